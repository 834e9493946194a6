#!/usr/bin/env bash
# The two quick-start commands of the README:
#   packaging/dev.sh run    install what is missing, build, start the GUI on the demo database
#   packaging/dev.sh test   install what is missing, build, run the whole test suite with ctest
# Both are idempotent; a second run with nothing changed only checks and exits quickly.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${JIXIAO_BUILD_DIR:-$here/build}"
jobs="${JIXIAO_JOBS:-2}"

"$here/packaging/install-deps.sh"

launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)

configure() {
    if [ ! -f "$build/CMakeCache.txt" ]; then
        cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE="${JIXIAO_BUILD_TYPE:-RelWithDebInfo}" \
            -DJIXIAO_BUILD_TESTS=ON "${launcher[@]}" "$@"
    fi
}

case "${1:-}" in
run)
    configure
    cmake --build "$build" -j "$jobs"
    shift
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
        echo "No display found: starting under xvfb-run (set DISPLAY to see the window)." >&2
        exec xvfb-run -a "$build/bin/jixiao" "$@"
    fi
    exec "$build/bin/jixiao" "$@"
    ;;
test)
    configure
    cmake --build "$build" -j "$jobs"
    cd "$build"
    exec ctest --output-on-failure -j "$jobs" --timeout 600
    ;;
*)
    echo "usage: packaging/dev.sh run|test" >&2
    exit 2
    ;;
esac
