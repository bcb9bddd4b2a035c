#!/usr/bin/env bash
# Runs a command with the services ScoreDesk's tests need, and stops them afterwards:
#   - an unlocked gnome-keyring (Secret Service) in this D-Bus session,
#   - Azurite's blob service, in memory, on a free loopback port,
#   - the ScoreDesk sandbox on a free loopback port.
# Must run inside a private D-Bus session: scripts/test.sh calls it through dbus-run-session.
#   harness.sh BUILD_DIR COMMAND [ARGS...]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

build_dir="$1"
shift
[ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] || die "harness.sh needs a D-Bus session (run it under dbus-run-session)"

state="$(mktemp -d "${TMPDIR:-/tmp}/scoredesk-harness.XXXXXX")"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -rf "$state"
}
trap cleanup EXIT INT TERM

# The keyring lives in the harness's own folder, never in the user's real one.
export XDG_DATA_HOME="$state/data" XDG_RUNTIME_DIR="$state/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
# A non-empty password makes gnome-keyring create the login collection without prompting.
eval "$(printf 'scoredesk-harness' | gnome-keyring-daemon --unlock --components=secrets --daemonize)"
eval "$(gnome-keyring-daemon --start --components=secrets)"
# The daemon ends with the D-Bus session that dbus-run-session tears down after us.

blob_port="$(free_port)" || die "no free port for Azurite"
# Started from the harness folder: whatever Azurite writes beside itself goes away with it.
(cd "$state" && exec "$AZURITE_DIR/node_modules/.bin/azurite-blob" --blobHost 127.0.0.1 --blobPort "$blob_port" \
    --inMemoryPersistence --disableTelemetry --skipApiVersionCheck --silent) >"$state/azurite.log" 2>&1 &
pids+=($!)
wait_for_port "$blob_port" 60 || { cat "$state/azurite.log" >&2; die "Azurite did not start"; }
export SCOREDESK_TEST_BLOB_ENDPOINT="http://127.0.0.1:$blob_port/devstoreaccount1"
export SCOREDESK_TEST_STORAGE="UseDevelopmentStorage=true;DevelopmentStorageProxyUri=http://127.0.0.1:$blob_port"

"$build_dir/src/sandbox/scoredesk-sandbox" --port 0 --storage "$SCOREDESK_TEST_STORAGE" \
    >"$state/sandbox.out" 2>"$state/sandbox.log" &
pids+=($!)
for _ in $(seq 1 150); do [ -s "$state/sandbox.out" ] && break; sleep 0.2; done
ready="$(head -n 1 "$state/sandbox.out")"
[ -n "$ready" ] || { cat "$state/sandbox.log" >&2; die "the sandbox did not start"; }
export SCOREDESK_TEST_SANDBOX_URL="$(json_field url <<<"$ready")"
export SCOREDESK_TEST_SANDBOX_GATEWAY_URL="$(json_field gateway_url <<<"$ready")"
export SCOREDESK_TEST_SANDBOX_API_KEY="$(json_field api_key <<<"$ready")"
export SCOREDESK_TEST_SANDBOX_GATEWAY_KEY="$(json_field gateway_key <<<"$ready")"

say "Harness up: keyring, Azurite on $blob_port, sandbox at $SCOREDESK_TEST_SANDBOX_URL"
set +e
"$@"
status=$?
set -e
exit $status
