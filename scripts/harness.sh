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

start_session_state scoredesk-harness

# Every sandbox (the harness's and the ones tests start) writes sanitizer reports here; one
# report fails the run, even when no test noticed.
export SCOREDESK_SANITIZER_LOG_DIR="$STATE/sanitizer"
mkdir -p "$SCOREDESK_SANITIZER_LOG_DIR"

# The keyring lives in the harness's own folder, never in the user's real one; it ends with
# the D-Bus session that dbus-run-session tears down after us.
start_private_keyring "$STATE/keyring"
[ -z "$KEYRING_PID" ] || PIDS+=("$KEYRING_PID")

blob_port="$(free_port)" || die "no free port for Azurite"
start_azurite "$blob_port" "$STATE/azurite.log"
PIDS+=("$AZURITE_PID")
export SCOREDESK_TEST_BLOB_ENDPOINT="http://127.0.0.1:$blob_port/devstoreaccount1"
export SCOREDESK_TEST_STORAGE="UseDevelopmentStorage=true;DevelopmentStorageProxyUri=http://127.0.0.1:$blob_port"

ASAN_OPTIONS="${ASAN_OPTIONS:-}:log_path=$SCOREDESK_SANITIZER_LOG_DIR/harness-sandbox" \
UBSAN_OPTIONS="${UBSAN_OPTIONS:-}:log_path=$SCOREDESK_SANITIZER_LOG_DIR/harness-sandbox" \
    start_sandbox "$build_dir" "$STATE/sandbox.log" --storage "$SCOREDESK_TEST_STORAGE"
PIDS+=("$SANDBOX_PID")
export SCOREDESK_TEST_SANDBOX_URL="$SANDBOX_URL" SCOREDESK_TEST_SANDBOX_GATEWAY_URL="$SANDBOX_GATEWAY_URL"
export SCOREDESK_TEST_SANDBOX_API_KEY="$SANDBOX_API_KEY" SCOREDESK_TEST_SANDBOX_GATEWAY_KEY="$SANDBOX_GATEWAY_KEY"

say "Harness up: keyring, Azurite on $blob_port, sandbox at $SCOREDESK_TEST_SANDBOX_URL"
set +e
"$@"
status=$?
set -e

# The sandbox must stop cleanly when asked: exit code 0, no sanitizer report (a leak report
# comes at exit, after every test passed).
kill -TERM "$SANDBOX_PID" 2>/dev/null || true
sandbox_status=0
wait "$SANDBOX_PID" || sandbox_status=$?
if [ "$sandbox_status" -ne 0 ]; then
    say "The sandbox did not stop cleanly (exit status $sandbox_status); its log ends:"
    tail -n 20 "$STATE/sandbox.log" >&2
    status=1
fi
reports=("$SCOREDESK_SANITIZER_LOG_DIR"/*)
if [ -e "${reports[0]}" ]; then
    say "Sanitizer reports from the sandbox:"
    cat "${reports[@]}" >&2
    status=1
fi
exit $status
