# Runs a test binary COUNT times in a row and fails on the first failing run: the test of the
# tests that must not be flaky (history order, anything that depends on timing).
#   cmake -DBINARY=... -DCOUNT=50 -P Repeat.cmake
foreach(run RANGE 1 ${COUNT})
    execute_process(COMMAND ${BINARY} -silent RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "${BINARY} failed on run ${run} of ${COUNT}:\n${out}")
    endif()
endforeach()
message(STATUS "${BINARY}: ${COUNT} of ${COUNT} runs passed")
