#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test: in a normal build and under
# AddressSanitizer + UndefinedBehaviorSanitizer (Qt 6.4, Debian 12), each inside the service
# harness, then the fuzzers' smoke run, the benchmarks, the package check and the suite again
# with Qt 6.8. Exits non-zero when anything fails, and prints every stage's wall time at the end.
#
# What waits for the network or the disk (the npm installs, the two Debian chroots and the
# packages inside them) starts first, in the background, while the builds use the processors;
# each is joined before the first stage that needs it. Builds go through ccache, kept outside
# the clone ($SCOREDESK_CACHE), so that another clone on the same machine compiles little.
# Functional tests run two at a time; the benchmarks run after every other stage, one at a time,
# so that their figures and the timing-sensitive tests never share the processors.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
source "$SCOREDESK_ROOT/scripts/stages.sh"

# run_suite BUILD_DIR [ctest options...]
run_suite() {
    local dir="$1"
    shift
    dbus-run-session -- "$SCOREDESK_ROOT/scripts/harness.sh" "$dir" \
        ctest --test-dir "$dir" --output-on-failure --timeout 600 "$@"
}

run_sanitized_suite() (
    export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1"
    export LSAN_OPTIONS="suppressions=$SCOREDESK_ROOT/tests/support/lsan.supp:print_suppressions=0"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
    run_suite "$@"
)

# The benchmarks here check that every comparison still runs and comes out right, on smaller
# loads than scripts/bench.sh, whose runs give the README's figures: the monitor watches 30 s
# (not 5 minutes) and 256 MiB go through blob storage (not 512 MiB and 1 GiB).
run_benchmarks() (
    export SCOREDESK_BENCH_MONITOR_SECONDS=30 SCOREDESK_BENCH_BLOB_MIB=256
    run_suite "$SCOREDESK_ROOT/build" --parallel 1 -L bench
)

install_npm_folders() {
    install_azurite
    # The benchmarks' baseline for blob transfers: Microsoft's Storage SDK for JavaScript.
    install_npm_folder "$SCOREDESK_ROOT/tests/bench/sdk" "the Azure Storage SDK"
    install_npm_folder "$SCOREDESK_ROOT/tests/apim" "the OpenAPI validator"
}

finish() {
    stage_wait_all
    print_stage_table
    if [ "$STAGES_FAILED" -eq 0 ]; then
        say "All tests passed (Qt 6.4 normal and ASan+UBSan, Qt 6.8), the fuzzers found nothing, the packages install"
    else
        say "Some tests FAILED (see the stages marked FAILED above)"
    fi
}
trap finish EXIT

stage "apt: Debian packages" install_debian_packages
[ "$STAGES_FAILED" -eq 0 ] || exit 1

stage_bg "npm: Azurite, Storage SDK, OpenAPI validator" install_npm_folders
stage_bg "chroot: Debian 13 with Qt 6.8 (make, install)" bash "$SCOREDESK_ROOT/scripts/qt68-check.sh" prepare
stage_bg "chroot: Debian 12 for the package (make, fetch)" bash "$SCOREDESK_ROOT/scripts/package-check.sh" --prepare

stage "build: normal (RelWithDebInfo)" configure_and_build "$SCOREDESK_ROOT/build" RelWithDebInfo "${LINE_TABLES_RELWITHDEBINFO[@]}"
stage_wait "npm: Azurite, Storage SDK, OpenAPI validator"
stage "tests: normal build" run_suite "$SCOREDESK_ROOT/build" --parallel 2 -LE bench

# Benchmarks only in the normal build: under sanitizers they would measure the sanitizers.
stage "build: ASan+UBSan (Debug)" configure_and_build "$SCOREDESK_ROOT/build-asan" Debug \
    -DSCOREDESK_SANITIZE=ON -DSCOREDESK_BUILD_BENCHMARKS=OFF "${LINE_TABLES_DEBUG[@]}"
stage "tests: ASan+UBSan build" run_sanitized_suite "$SCOREDESK_ROOT/build-asan" --parallel 2

# The fuzz targets, built with clang as coverage-guided fuzzers, 20 s each: a smoke run that
# catches what a change broke (the long runs and their figures are in the README). The package
# check, which mostly waits on compression and dpkg, runs beside them: the fuzzers are bounded by
# time, not by a figure that sharing the processors would change.
stage "build: fuzz targets (clang-14)" bash "$SCOREDESK_ROOT/scripts/fuzz.sh" --build-only
# The packages: DEB and TGZ made from the normal build, validated, the DEB installed and run
# in a clean Debian 12 chroot.
stage_wait "chroot: Debian 12 for the package (make, fetch)"
stage_bg "package check (DEB, TGZ, clean Debian 12)" bash "$SCOREDESK_ROOT/scripts/package-check.sh" "$SCOREDESK_ROOT/build"
stage "fuzz: every target for 20 s" bash "$SCOREDESK_ROOT/scripts/fuzz.sh" 20
stage_wait "package check (DEB, TGZ, clean Debian 12)"

# Qt 6.8 LTS (Debian 13, in a chroot): the whole suite again, as Windows and macOS users build.
stage_wait "chroot: Debian 13 with Qt 6.8 (make, install)"
stage "build: Qt 6.8 (Debian 13 chroot)" bash "$SCOREDESK_ROOT/scripts/qt68-check.sh" build
stage "tests: Qt 6.8 build" bash "$SCOREDESK_ROOT/scripts/qt68-check.sh" test

# Last and alone: nothing else runs while they measure.
stage "benchmarks: one at a time" run_benchmarks

exit "$STAGES_FAILED"
