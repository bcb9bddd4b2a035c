#!/usr/bin/env bash
# Installs what is missing, builds, starts the local sandbox service and the blob emulator on
# loopback, makes sure the "Local sandbox" workspaces exist, and launches ScoreDesk. When the
# app closes, everything this script started is stopped. A second run skips the installs and
# the build is incremental, so it starts in seconds.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

build_dir="$SCOREDESK_ROOT/build"
data_dir="${XDG_DATA_HOME:-$HOME/.local/share}/ScoreDesk"

secret_service_reachable() {
    [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] || return 1
    local method
    for method in ListNames ListActivatableNames; do
        dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            "org.freedesktop.DBus.$method" 2>/dev/null | grep -q '"org.freedesktop.secrets"' && return 0
    done
    return 1
}

if [ -z "${SCOREDESK_RUN_INNER:-}" ]; then
    install_dependencies
    configure_and_build "$build_dir" RelWithDebInfo
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        die "no desktop display found (DISPLAY / WAYLAND_DISPLAY): run this from a desktop session"
    fi
    if ! secret_service_reachable; then
        # No desktop keychain: run inside a private D-Bus session with a temporary keyring.
        export SCOREDESK_RUN_INNER=private-keyring
        exec dbus-run-session -- bash "${BASH_SOURCE[0]}" "$@"
    fi
    export SCOREDESK_RUN_INNER=desktop-keyring
fi

start_session_state scoredesk-run

if [ "$SCOREDESK_RUN_INNER" = private-keyring ]; then
    say "No desktop keychain is running: using a temporary one for this run (keys you add are forgotten when ScoreDesk closes)"
    start_private_keyring "$STATE/keyring"
    [ -z "$KEYRING_PID" ] || PIDS+=("$KEYRING_PID")
fi

blob_port=10000
(exec 3<>"/dev/tcp/127.0.0.1/$blob_port") 2>/dev/null && blob_port="$(free_port)"
say "Starting the blob emulator (Azurite) on 127.0.0.1:$blob_port"
start_azurite "$blob_port" "$STATE/azurite.log" "$data_dir/azurite"
PIDS+=("$AZURITE_PID")
storage="UseDevelopmentStorage=true;DevelopmentStorageProxyUri=http://127.0.0.1:$blob_port"

# The gateway side gets the guide's Starter product limits: 5 calls a minute, 100 a week.
say "Starting the sandbox service"
start_sandbox "$build_dir" "$STATE/sandbox.log" --storage "$storage" --rate-limit 5/60 --quota 100
PIDS+=("$SANDBOX_PID")

# Fresh keys every run: the workspaces are updated in place, keys go to the keychain.
cli="$build_dir/src/cli/scoredesk-cli"
SD_API="$SANDBOX_API_KEY" SD_GW="$SANDBOX_GATEWAY_KEY" SD_STORAGE="$storage" \
    "$cli" workspace add "Local sandbox" --url "$SANDBOX_URL" --api-key-env SD_API \
    --storage-env SD_STORAGE --container scoredesk-demo --notes "Started by scripts/run.sh" >/dev/null
SD_API="$SANDBOX_API_KEY" SD_GW="$SANDBOX_GATEWAY_KEY" SD_STORAGE="$storage" \
    "$cli" workspace add "Local sandbox via gateway" --url "$SANDBOX_GATEWAY_URL" --api-key-env SD_API \
    --subscription-key-env SD_GW --storage-env SD_STORAGE --container scoredesk-demo \
    --notes "The same service behind the sandbox's API gateway: 5 calls a minute, 100 a week" >/dev/null
SD_API="$SANDBOX_API_KEY" \
    "$cli" workspace add "Local online endpoint" --url "$SANDBOX_SCORE_URL" --api-key-env SD_API \
    --notes "The same model as an Azure ML online endpoint: deployments blue (3 bits, the default) and green (4 bits)" >/dev/null
say "Workspaces \"Local sandbox\" and \"Local sandbox via gateway\" point at $SANDBOX_URL; \"Local online endpoint\" at $SANDBOX_SCORE_URL"

say "Launching ScoreDesk"
"$build_dir/src/app/scoredesk" "$@"
