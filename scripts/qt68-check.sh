#!/usr/bin/env bash
# Builds ScoreDesk with Qt 6.8 LTS, as Debian 13 ("trixie") ships it, in a chroot, and runs
# every test there (benchmarks aside) inside the same service harness as on Debian 12: what
# Windows and macOS users build with must build and pass too.
#   qt68-check.sh     (needs root or sudo; the chroot is kept in build-chroots/trixie)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
source "$SCOREDESK_ROOT/scripts/chroot-lib.sh"

TRIXIE_PACKAGES=(
    g++ cmake ninja-build python3
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-httpserver-dev qt6-websockets-dev
    qt6-charts-dev libqt6sql6-sqlite libqt6svg6 qt6-svg-plugins qt6-qpa-plugins libgl-dev libvulkan-dev libxkbcommon-dev
    qtkeychain-qt6-dev dbus dbus-bin gnome-keyring nodejs fonts-dejavu-core openssl curl
)
chroot_dir="${SCOREDESK_TRIXIE_CHROOT:-$SCOREDESK_ROOT/build-chroots/trixie}"
make_chroot trixie "$chroot_dir"
# The sources (with Azurite's pinned node_modules) are bound in; the build stays in the chroot.
install_azurite
mount_in_chroot "$chroot_dir" "$SCOREDESK_ROOT:/scoredesk"
if [ ! -f "$chroot_dir/.scoredesk-packages" ] || [ "$(cat "$chroot_dir/.scoredesk-packages")" != "${TRIXIE_PACKAGES[*]}" ]; then
    say "Installing Qt 6.8 and the build tools in the chroot"
    in_chroot "$chroot_dir" "apt-get update -qq && apt-get install -y -qq --no-install-recommends ${TRIXIE_PACKAGES[*]} >/tmp/apt.log 2>&1 || { tail -30 /tmp/apt.log; exit 1; }"
    echo "${TRIXIE_PACKAGES[*]}" | $SUDO tee "$chroot_dir/.scoredesk-packages" >/dev/null
fi
qt_version="$(in_chroot "$chroot_dir" "dpkg-query -W -f='\${Version}' qt6-base-dev")"
say "Building with Qt $qt_version (Debian 13)"
in_chroot "$chroot_dir" "cmake -S /scoredesk -B /root/build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null && cmake --build /root/build --parallel $(nproc)"
say "Running every test with Qt $qt_version"
in_chroot "$chroot_dir" "cd /root/build && dbus-run-session -- /scoredesk/scripts/harness.sh /root/build \
    ctest --output-on-failure --parallel 2 --timeout 600 -LE bench"
say "Qt $qt_version: built, and every test passed"
