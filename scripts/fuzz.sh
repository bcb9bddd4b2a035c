#!/usr/bin/env bash
# Builds the libFuzzer targets (clang-14, ASan+UBSan) in build-fuzz and runs each for a given
# time, two at a time, starting from its seed corpus (tests/fuzz/corpus/<parser>) and from what
# earlier runs here found interesting (build-fuzz/corpus/<parser>). Prints executions, speed,
# coverage and findings per target; exits non-zero when any target found a fault, whose input
# is then in build-fuzz/findings/ (add it to the seed corpus as regression-<what> once fixed).
#   scripts/fuzz.sh [SECONDS per target, default 20] [PARSER...]
#   scripts/fuzz.sh --build-only
# FUZZ_RUNS=N stops a target after N executions if that comes first.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

build="$SCOREDESK_ROOT/build-fuzz"
install_debian_packages clang-14 libclang-rt-14-dev
use_ccache
say "Building the fuzz targets (clang-14, ASan+UBSan) in build-fuzz"
# Without precompiled headers: this build is the one that shows a core or sandbox source that
# compiles only because a precompiled header brought in what it forgot to include.
CC=clang-14 CXX=clang++-14 cmake -S "$SCOREDESK_ROOT" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSCOREDESK_FUZZ=ON \
    -DSCOREDESK_PCH=OFF "${LINE_TABLES_RELWITHDEBINFO[@]}" "${LAUNCHER_ARGS[@]}" >/dev/null
cmake --build "$build" --parallel "$(nproc)"
[ "${1:-}" != --build-only ] || exit 0

seconds="${1:-20}"
shift || true

parsers=("$@")
if [ ${#parsers[@]} -eq 0 ]; then
    for target in "$build"/tests/fuzz/fuzz_*; do
        [ -x "$target" ] && [ -f "$target" ] && parsers+=("$(basename "$target" | sed 's/^fuzz_//')")
    done
fi
[ ${#parsers[@]} -gt 0 ] || die "no fuzz target was built in build-fuzz"
mkdir -p "$build/findings" "$build/logs"

run_one() {
    local parser="$1" corpus="$build/corpus/$1"
    mkdir -p "$corpus"
    local runs=()
    [ -n "${FUZZ_RUNS:-}" ] && runs=(-runs="$FUZZ_RUNS")
    ASAN_OPTIONS="detect_leaks=1:abort_on_error=1" UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
        "$build/tests/fuzz/fuzz_$parser" "$corpus" "$SCOREDESK_ROOT/tests/fuzz/corpus/$parser" \
        -max_total_time="$seconds" "${runs[@]}" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$build/findings/$parser-" >"$build/logs/$parser.log" 2>&1 || true
}

say "Running ${#parsers[@]} targets for ${seconds} s each, two at a time"
for ((i = 0; i < ${#parsers[@]}; i += 2)); do
    run_one "${parsers[i]}" &
    [ $((i + 1)) -lt ${#parsers[@]} ] && run_one "${parsers[i + 1]}" &
    wait
done

status=0
printf '%-20s %14s %10s %8s %s\n' target executions "exec/s" "units" findings
for parser in "${parsers[@]}"; do
    log="$build/logs/$parser.log"
    executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
    findings=$(find "$build/findings" -name "$parser-*" | wc -l)
    units=$(find "$build/corpus/$parser" -type f | wc -l)
    if [ -z "$executions" ] || [ "$findings" -gt 0 ] || grep -q "ERROR: \|runtime error:" "$log"; then
        status=1
        printf '%-20s %14s %10s %8s %s\n' "$parser" "${executions:-?}" "${speed:-?}" "$units" "FOUND: see $log"
    else
        printf '%-20s %14s %10s %8s %s\n' "$parser" "$executions" "$speed" "$units" none
    fi
done
exit $status
