#!/usr/bin/env bash
# Builds ScoreDesk with Qt 6.8 LTS, as Debian 13 ("trixie") ships it, in a chroot, and runs
# every test there (benchmarks aside) inside the same service harness as on Debian 12: what
# Windows and macOS users build with must build and pass too.
#   qt68-check.sh [prepare | build | test | all]     (default: all; needs root or sudo)
# prepare makes the chroot and installs Qt 6.8 in it (network and disk: scripts/test.sh runs it
# in the background while it builds); build and test bind the clone in at /scoredesk, with the
# build in build-qt68/ and the compiler cache bound in. The chroot is kept in
# $SCOREDESK_CACHE/chroots/trixie and reused by every clone.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
source "$SCOREDESK_ROOT/scripts/chroot-lib.sh"

TRIXIE_PACKAGES=(
    g++ cmake ninja-build python3 ccache lld
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-httpserver-dev qt6-websockets-dev
    qt6-charts-dev libqt6sql6-sqlite libqt6svg6 qt6-svg-plugins qt6-qpa-plugins libgl-dev libvulkan-dev libxkbcommon-dev
    qtkeychain-qt6-dev dbus dbus-bin gnome-keyring nodejs fonts-dejavu-core openssl curl
)
chroot_dir="${SCOREDESK_TRIXIE_CHROOT:-$CHROOT_CACHE/trixie}"
step="${1:-all}"

prepare() {
    make_chroot trixie "$chroot_dir"
    if [ ! -f "$chroot_dir/.scoredesk-packages" ] || [ "$(cat "$chroot_dir/.scoredesk-packages")" != "${TRIXIE_PACKAGES[*]}" ]; then
        mount_in_chroot "$chroot_dir"
        say "Installing Qt 6.8 and the build tools in the chroot"
        in_chroot "$chroot_dir" "apt-get update -qq && apt-get install -y -qq --no-install-recommends ${TRIXIE_PACKAGES[*]} >/tmp/apt.log 2>&1 || { tail -30 /tmp/apt.log; exit 1; }"
        echo "${TRIXIE_PACKAGES[*]}" | $SUDO tee "$chroot_dir/.scoredesk-packages" >/dev/null
        unmount_chroot
    fi
}

# The sources (with Azurite's pinned node_modules) and the compiler cache are bound in.
enter() {
    [ -f "$chroot_dir/.scoredesk-packages" ] || prepare
    mkdir -p "$SCOREDESK_CACHE/ccache-trixie" # its own: ccache 4.11 there, 4.7 here
    mount_in_chroot "$chroot_dir" "$SCOREDESK_ROOT:/scoredesk" "$SCOREDESK_CACHE/ccache-trixie:/ccache"
    QT_VERSION="$(in_chroot "$chroot_dir" "dpkg-query -W -f='\${Version}' qt6-base-dev")"
}

build() {
    enter
    say "Building with Qt $QT_VERSION (Debian 13)"
    local ccache_env="" launcher=""
    if [ -z "${SCOREDESK_NO_CCACHE:-}" ]; then
        ccache_env="export $(ccache_settings /ccache /scoredesk);"
        launcher="-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"
    fi
    # Benchmarks are not built: they run in the Debian 12 build only.
    in_chroot "$chroot_dir" "$ccache_env cmake -S /scoredesk -B /scoredesk/build-qt68 -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DSCOREDESK_BUILD_BENCHMARKS=OFF '${LINE_TABLES_RELWITHDEBINFO[0]}' $launcher >/dev/null && cmake --build /scoredesk/build-qt68 --parallel $(nproc)"
}

run_tests() {
    enter
    say "Running every test with Qt $QT_VERSION"
    in_chroot "$chroot_dir" "cd /scoredesk/build-qt68 && dbus-run-session -- /scoredesk/scripts/harness.sh /scoredesk/build-qt68 \
        ctest --output-on-failure --parallel 2 --timeout 600 -LE bench"
    say "Qt $QT_VERSION: built, and every test passed"
}

case "$step" in
    prepare) prepare ;;
    build) build ;;
    test) run_tests ;;
    all) prepare && install_azurite && build && unmount_chroot && run_tests ;;
    *) die "unknown step: $step (prepare, build, test or all)" ;;
esac
