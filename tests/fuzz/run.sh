#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (build-fuzz/) and runs each for a bounded time on its
# seed corpus (tests/data/fuzz/*, and the malformed JSON corpus). Exits non-zero on a crash.
#   tests/fuzz/run.sh [SECONDS per target, default 20]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
seconds="${1:-20}"
build="${JIXIAO_FUZZ_BUILD_DIR:-$here/build-fuzz}"
if ! command -v clang++ >/dev/null 2>&1; then
    echo "fuzz: clang++ is not installed; skipping the fuzz run (packaging/install-deps.sh installs it)."
    exit 0
fi
launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
        -DJIXIAO_FUZZ=ON -DJIXIAO_GUI=OFF -DJIXIAO_BUILD_TESTS=OFF "${launcher[@]}" >/dev/null
fi
cmake --build "$build" -j "${JIXIAO_JOBS:-2}" --target fuzz_json_import fuzz_amount fuzz_database_open fuzz_xlsx_reader
export ASAN_OPTIONS="detect_leaks=0:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:${UBSAN_OPTIONS:-}"
export QT_LOGGING_RULES="*.warning=false"
data="$here/tests/data"
run() {
    local target=$1 max_len=$2; shift 2
    local work
    work=$(mktemp -d)
    echo "fuzz: $target for ${seconds}s"
    if ! (cd "$work" && "$build/bin/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len="$max_len" -print_final_stats=1 "$work" "$@" >"$work/log" 2>&1); then
        tail -n 60 "$work/log"
        mkdir -p "$build/crashes"
        cp "$work"/crash-* "$work"/timeout-* "$work"/oom-* "$build/crashes/" 2>/dev/null || true
        echo "fuzz: $target FAILED; the input is in $build/crashes"
        rm -rf "$work"
        return 1
    fi
    grep -E "^Done|stat::number_of_executed_units|stat::new_units_added" "$work/log" || true
    rm -rf "$work"
}
run fuzz_json_import 65536 "$data/fuzz/json" "$data/malformed/json"
run fuzz_amount 256 "$data/fuzz/amount"
run fuzz_database_open 262144 "$data/fuzz/database"
run fuzz_xlsx_reader 262144 "$data/fuzz/xlsx"
echo "fuzz: no crash"
