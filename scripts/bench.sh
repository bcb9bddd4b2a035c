#!/usr/bin/env bash
# Builds (normal build) and runs only the benchmarks, inside the service harness, printing their
# figures: the figures in the README come from this command.
#   scripts/bench.sh [ctest -R pattern]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

install_dependencies
install_npm_folder "$SCOREDESK_ROOT/tests/bench/sdk" "the Azure Storage SDK"
configure_and_build "$SCOREDESK_ROOT/build" RelWithDebInfo
filter=()
[ $# -gt 0 ] && filter=(-R "$1")
dbus-run-session -- "$SCOREDESK_ROOT/scripts/harness.sh" "$SCOREDESK_ROOT/build" \
    ctest --test-dir "$SCOREDESK_ROOT/build" -L bench --verbose --timeout 1800 "${filter[@]}"
