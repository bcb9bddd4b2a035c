#!/usr/bin/env bash
# Refreshes the translation files from the sources, after messages were added or changed:
#   - resources/translations/scoredesk_tr.ts: every message of the app's windows (src/app,
#     src/core, ui); new ones come in unfinished, for a translator (Qt Linguist) to fill;
#   - resources/translations/scoredesk_en.ts: the English plural forms of every %n message
#     (the CLI's too), filled by scripts/english-plurals.py.
# check_translations (ctest) fails while a message of the windows has no Turkish translation.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
lupdate="${LUPDATE:-/usr/lib/qt6/bin/lupdate}"
cd "$SCOREDESK_ROOT"
"$lupdate" -no-obsolete -locations none -target-language tr_TR src/app src/core ui -ts resources/translations/scoredesk_tr.ts
"$lupdate" -pluralonly -no-obsolete -locations none src -ts resources/translations/scoredesk_en.ts
python3 scripts/english-plurals.py
