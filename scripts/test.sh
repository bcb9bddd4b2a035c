#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test: in a normal build and under
# AddressSanitizer + UndefinedBehaviorSanitizer (Qt 6.4, Debian 12), each inside the service
# harness, then the fuzzers' smoke run, the package check and the suite again with Qt 6.8.
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

# The packages: DEB and TGZ made from the normal build, validated, the DEB installed and run
# in a clean Debian 12 chroot.
bash "$SCOREDESK_ROOT/scripts/package-check.sh" "$SCOREDESK_ROOT/build" || status=1

# Qt 6.8 LTS (Debian 13, in a chroot): the whole suite again, as Windows and macOS users build.
bash "$SCOREDESK_ROOT/scripts/qt68-check.sh" || status=1

if [ $status -eq 0 ]; then say "All tests passed (Qt 6.4 normal and ASan+UBSan, Qt 6.8), the fuzzers found nothing, the packages install"; else say "Some tests FAILED"; fi
exit $status
