#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test twice: once in a normal build and
# once under AddressSanitizer + UndefinedBehaviorSanitizer, each inside the service harness.
# Exits non-zero when anything fails.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

install_dependencies
# The benchmarks' baseline for blob transfers: Microsoft's Storage SDK for JavaScript.
install_npm_folder "$SCOREDESK_ROOT/tests/bench/sdk" "the Azure Storage SDK"
install_npm_folder "$SCOREDESK_ROOT/tests/apim" "the OpenAPI validator"

# run_suite BUILD_DIR NAME [ctest options...]
run_suite() {
    local dir="$1" name="$2"
    shift 2
    say "Running every test ($name)"
    dbus-run-session -- "$SCOREDESK_ROOT/scripts/harness.sh" "$dir" \
        ctest --test-dir "$dir" --output-on-failure --parallel 2 --timeout 600 "$@"
}

status=0
configure_and_build "$SCOREDESK_ROOT/build" RelWithDebInfo
run_suite "$SCOREDESK_ROOT/build" "normal build" || status=1

configure_and_build "$SCOREDESK_ROOT/build-asan" Debug -DSCOREDESK_SANITIZE=ON
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1"
export LSAN_OPTIONS="suppressions=$SCOREDESK_ROOT/tests/support/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# Benchmarks only in the normal build: under sanitizers they would measure the sanitizers.
run_suite "$SCOREDESK_ROOT/build-asan" "ASan+UBSan build" -LE bench || status=1

# The fuzz targets, built with clang as coverage-guided fuzzers, 20 s each: a smoke run that
# catches what a change broke (the long runs and their figures are in the README).
bash "$SCOREDESK_ROOT/scripts/fuzz.sh" 20 || status=1

if [ $status -eq 0 ]; then say "All tests passed in both builds, and the fuzzers found nothing"; else say "Some tests FAILED"; fi
exit $status
