#!/usr/bin/env bash
# Makes the DEB and TGZ packages from a build, validates what they hold (the .desktop file,
# the AppStream metainfo, the man pages), then installs the DEB in a clean Debian 12 chroot
# with apt, which may only pull Debian's own packages, and runs the three programs there.
#   package-check.sh [BUILD_DIR]    (default: build; needs root or sudo for the chroot)
#   package-check.sh --prepare      (only makes the chroot and fetches Qt's packages into it:
#                                    scripts/test.sh runs this in the background while it builds)
# The chroot is made once, kept in $SCOREDESK_CACHE/chroots/bookworm and never installed into:
# each check installs into a throwaway copy of it, so that it stays a clean Debian 12.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
source "$SCOREDESK_ROOT/scripts/chroot-lib.sh"

base_chroot="$CHROOT_CACHE/bookworm"
# What the DEB will pull, fetched ahead (downloaded only, not installed) so that the check
# itself waits for no network; apt fetches whatever else the DEB names at install time.
PREFETCH=(qt6-qpa-plugins libqt6sql6-sqlite libqt6svg6 libqt6widgets6 libqt6charts6 libqt6network6
          libqt6httpserver6 libqt6keychain1)

prepare() {
    make_chroot bookworm "$base_chroot"
    if [ ! -f "$base_chroot/.scoredesk-prefetched" ] || [ "$(cat "$base_chroot/.scoredesk-prefetched")" != "${PREFETCH[*]}" ]; then
        say "Fetching Qt's packages into the Debian 12 chroot"
        in_chroot "$base_chroot" "apt-get update -qq && apt-get install -y -qq --download-only --no-install-recommends ${PREFETCH[*]} >/tmp/fetch.log 2>&1 || { tail -30 /tmp/fetch.log; exit 1; }"
        echo "${PREFETCH[*]}" | $SUDO tee "$base_chroot/.scoredesk-prefetched" >/dev/null
    fi
}

if [ "${1:-}" = --prepare ]; then
    prepare
    exit 0
fi

build="$(cd "${1:-$SCOREDESK_ROOT/build}" && pwd)"
out="$build/packages"
rm -rf "$out"
say "Making the DEB and TGZ packages"
(cd "$build" && cpack -G "DEB;TGZ" -B "$out" >"$out.log" 2>&1) || { cat "$out.log" >&2; die "cpack failed (log above)"; }
deb="$(ls "$out"/scoredesk_*.deb)"
tgz="$(ls "$out"/scoredesk-*.tar.gz)"

say "Validating what the packages hold"
tree="$out/deb-tree"
mkdir -p "$tree"
dpkg-deb -x "$deb" "$tree"
tgz_files="$(tar -tzf "$tgz")"
for file in usr/bin/scoredesk usr/bin/scoredesk-cli usr/bin/scoredesk-sandbox \
    usr/share/applications/io.github.scoredesk.scoredesk.desktop \
    usr/share/metainfo/io.github.scoredesk.scoredesk.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/io.github.scoredesk.scoredesk.svg \
    usr/share/man/man1/scoredesk-cli.1 usr/share/man/man1/scoredesk-sandbox.1; do
    [ -f "$tree/$file" ] || die "the DEB lacks $file"
    grep -q "/${file#usr/}$" <<<"$tgz_files" || die "the TGZ lacks $file"
done
desktop-file-validate "$tree/usr/share/applications/io.github.scoredesk.scoredesk.desktop"
appstreamcli validate --pedantic --no-net "$tree/usr/share/metainfo/io.github.scoredesk.scoredesk.metainfo.xml"
for page in "$tree"/usr/share/man/man1/*.1; do
    warnings="$(LC_ALL=C.UTF-8 MANROFFSEQ='' groff -man -Tutf8 -ww -z "$page" 2>&1)"
    [ -z "$warnings" ] || die "$(basename "$page"): $warnings"
done

prepare
chroot_dir="$base_chroot.check"
copy_chroot "$base_chroot" "$chroot_dir"
mount_in_chroot "$chroot_dir"
say "Installing the DEB in the clean Debian 12 chroot"
$SUDO cp "$deb" "$chroot_dir/tmp/"
in_chroot "$chroot_dir" "apt-get update -qq && apt-get install -y -qq --no-install-recommends /tmp/$(basename "$deb") >/tmp/install.log 2>&1 || { tail -30 /tmp/install.log; exit 1; }"
# Every package apt installed must come from Debian's archive (the DEB itself aside).
in_chroot "$chroot_dir" "apt-cache policy \$(dpkg-query -W -f='\${Package} ' | sed 's/scoredesk //') 2>/dev/null | grep -A1 '^ \*\*\*' | grep -v -e '^ \*\*\*' -e '^--' -e 'deb.debian.org' -e '/var/lib/dpkg/status' && exit 1 || true"
for program in scoredesk-cli scoredesk-sandbox scoredesk; do
    version="$(in_chroot "$chroot_dir" "$program --version")"
    [ "$version" = "$program $(sed -n 's/^project(ScoreDesk VERSION \([0-9.]*\).*/\1/p' "$SCOREDESK_ROOT/CMakeLists.txt")" ] \
        || die "$program --version in the chroot said: $version"
    say "In the chroot: $version"
done
in_chroot "$chroot_dir" "man -w scoredesk-cli >/dev/null 2>&1 || test -f /usr/share/man/man1/scoredesk-cli.1"
in_chroot "$chroot_dir" "apt-get remove -y -qq scoredesk >/dev/null 2>&1"
unmount_chroot
remove_chroot "$chroot_dir"
say "Packages made, validated, installed in a clean Debian 12 and run"
