#!/usr/bin/env bash
# Installs what building, running and testing ScoreDesk need on Debian 12.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
install_dependencies "$@"
