# Shared helpers for ScoreDesk's scripts. Sourced, not run.

SCOREDESK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
AZURITE_DIR="$SCOREDESK_ROOT/scripts/azurite"

# What outlives a clone: the compiler cache and the test chroots. A second clone on the same
# machine reuses them; removing the folder costs only time.
if [ -z "${SCOREDESK_CACHE:-}" ]; then
    if [ "$(id -u)" -eq 0 ]; then SCOREDESK_CACHE=/var/cache/scoredesk; else SCOREDESK_CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/scoredesk"; fi
fi

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Debian 12 packages that building, running and testing need.
DEBIAN_PACKAGES=(
    build-essential cmake ninja-build pkg-config git ccache lld
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev libqt6opengl6-dev
    libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins libgl-dev libvulkan-dev libxkbcommon-dev
    qtkeychain-qt6-dev
    dbus dbus-bin gnome-keyring
    clang-14 libclang-rt-14-dev
    fonts-dejavu-core
    curl python3 python3-pandas openssl
    debootstrap desktop-file-utils appstream groff-base
)

# Installs the Debian packages that are missing; a second run finds none and costs nothing.
install_debian_packages() {
    local missing=()
    for package in "${DEBIAN_PACKAGES[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
    done
    command -v node >/dev/null && command -v npm >/dev/null || missing+=(nodejs npm)
    [ ${#missing[@]} -eq 0 ] && return 0
    say "Installing Debian packages: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Azurite, pinned by scripts/azurite/package-lock.json, installed into that folder only.
install_azurite() {
    install_npm_folder "$AZURITE_DIR" Azurite
}

# install_npm_folder DIR WHAT: the packages pinned by DIR/package-lock.json, into DIR only.
install_npm_folder() {
    local dir="$1"
    if [ -d "$dir/node_modules" ] && [ "$dir/node_modules/.package-lock.json" -nt "$dir/package-lock.json" ]; then
        return 0
    fi
    say "Installing $2 (pinned) into ${dir#"$SCOREDESK_ROOT"/}"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
}

install_dependencies() {
    install_debian_packages "$@"
    install_azurite
}

# The compiler cache, kept outside the clone (the Qt 6.8 chroot binds one of its own). base_dir
# makes paths inside the clone relative and hash_dir off leaves the build folder out of the hash;
# the sloppiness is what ccache asks for precompiled headers. The depend mode reads the
# compiler's own dependency file instead of running the preprocessor on a miss: with a
# precompiled header, preprocessing would parse the very Qt headers that the header saves.
# Known gap (measured): a clone in another folder still misses nearly everything, because test
# definitions carry the clone's absolute paths and each clone's precompiled headers differ; a
# rebuild in the same clone hits. Without ccache, builds work as before.
# ccache_settings DIR BASEDIR: the settings as shell words (quoted, so a path may hold spaces).
ccache_settings() {
    printf '%q ' "CCACHE_DIR=$1" "CCACHE_BASEDIR=$2" CCACHE_NOHASHDIR=1 CCACHE_DEPEND=1 \
        CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime "CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-8G}"
}
eval "CCACHE_SETTINGS=($(ccache_settings "$SCOREDESK_CACHE/ccache" "$SCOREDESK_ROOT"))"
# use_ccache: exports the settings and sets LAUNCHER_ARGS for cmake (empty without ccache, or
# with SCOREDESK_NO_CCACHE set).
LAUNCHER_ARGS=()
use_ccache() {
    LAUNCHER_ARGS=()
    [ -z "${SCOREDESK_NO_CCACHE:-}" ] && command -v ccache >/dev/null || return 0
    export "${CCACHE_SETTINGS[@]}"
    mkdir -p "$CCACHE_DIR"
    LAUNCHER_ARGS=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
}

# The test command's builds keep line tables only (-g1): stack traces and sanitizer reports still
# name file and line, and the compiler and the linker write a fraction of the debug information.
LINE_TABLES_RELWITHDEBINFO=("-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG")
LINE_TABLES_DEBUG=("-DCMAKE_CXX_FLAGS_DEBUG=-g1")

# configure_and_build BUILD_DIR BUILD_TYPE [extra cmake args...]
configure_and_build() {
    local dir="$1" type="$2"
    shift 2
    use_ccache
    say "Building ($type) in ${dir#"$SCOREDESK_ROOT"/}${LAUNCHER_ARGS[*]:+, through ccache}"
    cmake -S "$SCOREDESK_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" "${LAUNCHER_ARGS[@]}" "$@" >/dev/null
    cmake --build "$dir" --parallel "$(nproc)"
}

# A TCP port on 127.0.0.1 that nothing listens on right now.
free_port() {
    local port
    for _ in $(seq 1 100); do
        port=$((20000 + RANDOM % 40000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    return 1
}

# wait_for_port PORT SECONDS
wait_for_port() {
    local deadline=$((SECONDS + $2))
    while [ $SECONDS -lt $deadline ]; do
        (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
        sleep 0.2
    done
    return 1
}

# json_field NAME < one-line JSON object of string values
json_field() { sed -n "s/.*\"$1\":\"\\([^\"]*\\)\".*/\\1/p"; }

# Makes a private state folder (STATE) and a trap that, on any exit, stops every process whose
# pid was added to PIDS and removes the folder. Used by the harness and the run script.
PIDS=()
start_session_state() {
    STATE="$(mktemp -d "${TMPDIR:-/tmp}/$1.XXXXXX")"
    trap stop_session EXIT INT TERM
}
stop_session() {
    local pid
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -rf "$STATE"
}

# start_azurite PORT LOG [persistent data folder]: starts Azurite's blob service on
# 127.0.0.1:PORT, in memory unless a folder is given; sets AZURITE_PID.
start_azurite() {
    local port="$1" log="$2" location="${3:-}"
    local storage=(--inMemoryPersistence)
    [ -n "$location" ] && { mkdir -p "$location"; storage=(--location "$location"); }
    (cd "${location:-$(dirname "$log")}" && exec "$AZURITE_DIR/node_modules/.bin/azurite-blob" --blobHost 127.0.0.1 \
        --blobPort "$port" "${storage[@]}" --disableTelemetry --skipApiVersionCheck --silent) >"$log" 2>&1 &
    AZURITE_PID=$!
    wait_for_port "$port" 60 || { cat "$log" >&2; die "Azurite did not start (log above)"; }
}

# start_sandbox BUILD_DIR LOG [sandbox options...]: starts scoredesk-sandbox on a free port
# and reads its ready line through a pipe, so that the keys it prints never touch a file.
# Sets SANDBOX_PID, SANDBOX_URL, SANDBOX_GATEWAY_URL, SANDBOX_SCORE_URL, SANDBOX_API_KEY, SANDBOX_GATEWAY_KEY.
start_sandbox() {
    local build_dir="$1" log="$2"
    shift 2
    coproc SANDBOX_PROC { exec "$build_dir/src/sandbox/scoredesk-sandbox" --port 0 "$@" 2>"$log"; }
    SANDBOX_PID=$SANDBOX_PROC_PID
    local ready=""
    read -r -t 30 ready <&"${SANDBOX_PROC[0]}" || true
    [ -n "$ready" ] || { cat "$log" >&2; die "the sandbox did not start (log above)"; }
    SANDBOX_URL="$(json_field url <<<"$ready")"
    SANDBOX_GATEWAY_URL="$(json_field gateway_url <<<"$ready")"
    SANDBOX_SCORE_URL="$(json_field score_url <<<"$ready")"
    SANDBOX_API_KEY="$(json_field api_key <<<"$ready")"
    SANDBOX_GATEWAY_KEY="$(json_field gateway_key <<<"$ready")"
}

# Starts an unlocked gnome-keyring in the current (private) D-Bus session, keeping its files
# in the given folder. A non-empty password makes it create the login collection silently.
# Sets KEYRING_PID: the daemon forks away from us, so it is found by the folder that only it
# was given, and can be stopped with everything else (never someone else's keyring).
start_private_keyring() {
    local folder="$1" pid
    KEYRING_PID=""
    mkdir -p "$folder/data" "$folder/run" && chmod 700 "$folder/run"
    eval "$(printf 'scoredesk-private' | XDG_DATA_HOME="$folder/data" XDG_RUNTIME_DIR="$folder/run" \
        gnome-keyring-daemon --unlock --components=secrets --daemonize)"
    eval "$(XDG_DATA_HOME="$folder/data" XDG_RUNTIME_DIR="$folder/run" gnome-keyring-daemon --start --components=secrets)"
    for pid in $(pgrep -f gnome-keyring-daemon || true); do
        if tr '\0' '\n' <"/proc/$pid/environ" 2>/dev/null | grep -qx "XDG_DATA_HOME=$folder/data"; then
            KEYRING_PID="$pid"
        fi
    done
}
