#!/usr/bin/env python3
"""Fails unless the Turkish translation covers every message of the app's windows as the
sources say them now: runs lupdate over src/app, src/core and ui into a copy of
resources/translations/scoredesk_tr.ts, then looks for messages new to it, left unfinished or
empty, plural forms left out, and %1-style place markers lost in translation.

    check_translations.py LUPDATE SOURCE_DIR
"""
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree


def markers(text):
    return sorted(set(re.findall(r"%(?:\d+|n)", text or "")))


def main():
    lupdate, root = sys.argv[1], pathlib.Path(sys.argv[2])
    with tempfile.TemporaryDirectory() as folder:
        copy = pathlib.Path(folder) / "scoredesk_tr.ts"
        shutil.copyfile(root / "resources" / "translations" / "scoredesk_tr.ts", copy)
        run = subprocess.run([lupdate, "-no-obsolete", "-locations", "none", "-target-language", "tr_TR",
                              "src/app", "src/core", "ui", "-ts", str(copy)],
                             cwd=root, capture_output=True, text=True, timeout=300)
        if run.returncode != 0:
            print(run.stdout, run.stderr)
            return 1
        tree = ElementTree.parse(copy)
    problems = []
    count = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            count += 1
            source = message.findtext("source")
            translation = message.find("translation")
            forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
            where = f"{name}: {source!r}"
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                problems.append(f"not translated ({translation.get('type')}): {where}")
            elif any(not form.strip() for form in forms):
                problems.append(f"empty translation: {where}")
            else:
                for form in forms:
                    if markers(form) != markers(source) and not (message.get("numerus") == "yes" and markers(form) == [m for m in markers(source) if m != "%n"]):
                        problems.append(f"place markers differ ({markers(source)} → {markers(form)}): {where}")
    for problem in problems:
        print(problem)
    print(f"{count} messages, {len(problems)} problems")
    return 1 if problems or count == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
