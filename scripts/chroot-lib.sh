# Helpers for the scripts that check ScoreDesk in a clean Debian chroot. Sourced, not run.
# Needs root (debootstrap, mount, chroot): as root, or through sudo.

DEBIAN_MIRROR="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
# The chroots outlive a clone (they hold no source), so a second clone reuses them.
CHROOT_CACHE="$SCOREDESK_CACHE/chroots"

# make_chroot SUITE DIR: a minimal Debian SUITE in DIR, made once and reused after.
make_chroot() {
    local suite="$1" dir="$2"
    if [ -x "$dir/usr/bin/apt-get" ] && [ -f "$dir/.scoredesk-ready" ]; then
        return 0
    fi
    remove_chroot "$dir"
    $SUDO mkdir -p "$(dirname "$dir")"
    say "Making a clean Debian $suite chroot in ${dir#"$SCOREDESK_ROOT"/}"
    $SUDO debootstrap --variant=minbase "$suite" "$dir" "$DEBIAN_MIRROR" >"$dir.debootstrap.log" 2>&1 \
        || { tail -20 "$dir.debootstrap.log" >&2; die "debootstrap $suite failed (log above)"; }
    $SUDO cp /etc/resolv.conf "$dir/etc/resolv.conf"
    # A throwaway system: dpkg need not sync every file it unpacks (it runs beside the builds).
    echo force-unsafe-io | $SUDO tee "$dir/etc/dpkg/dpkg.cfg.d/scoredesk-unsafe-io" >/dev/null
    $SUDO touch "$dir/.scoredesk-ready"
}

# Mounts /proc (and binds what else is given as HOST:INSIDE) in the chroot, and unmounts them
# all on exit; nothing of the host stays mounted in it.
CHROOT_MOUNTS=()
mount_in_chroot() {
    local dir="$1"
    shift
    $SUDO mount -t proc proc "$dir/proc"
    CHROOT_MOUNTS+=("$dir/proc")
    local bind
    for bind in "$@"; do
        $SUDO mkdir -p "$dir${bind#*:}"
        $SUDO mount --bind "${bind%%:*}" "$dir${bind#*:}"
        CHROOT_MOUNTS+=("$dir${bind#*:}")
    done
    trap unmount_chroot EXIT INT TERM
}
unmount_chroot() {
    local i
    for ((i = ${#CHROOT_MOUNTS[@]} - 1; i >= 0; i--)); do
        $SUDO umount -l "${CHROOT_MOUNTS[$i]}" 2>/dev/null || true
    done
    CHROOT_MOUNTS=()
}

# remove_chroot DIR: unmounts whatever a killed run left mounted inside (a bound clone among
# them: removing through it would delete the sources), then removes DIR.
remove_chroot() {
    local dir="$1" target
    [ -e "$dir" ] || return 0
    for target in $(findmnt -rn -o TARGET | grep "^$dir/" | sort -r); do
        $SUDO umount -l "$target" || die "cannot unmount $target: not removing $dir"
    done
    $SUDO rm -rf --one-file-system "$dir"
}

# copy_chroot FROM TO: a throwaway copy of a prepared chroot, to install into and delete after,
# so that FROM stays as debootstrap made it (a check that installs into it stays a clean check).
copy_chroot() {
    remove_chroot "$2"
    $SUDO cp -a --reflink=auto "$1" "$2"
}

# in_chroot DIR COMMAND...: runs a shell command inside, as root, with a plain environment.
in_chroot() {
    local dir="$1"
    shift
    $SUDO chroot "$dir" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive bash -c "$*"
}
