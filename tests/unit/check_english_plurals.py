#!/usr/bin/env python3
"""Every message with a %n in the sources has its English plural forms in
resources/translations/scoredesk_en.ts, both filled: else a user would read "1 row(s)".
Fails naming the messages that lack them (scripts/english-plurals.py fills them)."""
import html
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
LITERAL = re.compile(r'"((?:[^"\\]|\\.)*%n(?:[^"\\]|\\.)*)"')
ts = (ROOT / "resources" / "translations" / "scoredesk_en.ts").read_text(encoding="utf-8")
translated = {}
for message in re.finditer(r'<message numerus="yes">\s*<source>(.*?)</source>\s*<translation>(.*?)</translation>', ts, re.S):
    forms = re.findall(r"<numerusform>(.*?)</numerusform>", message.group(2), re.S)
    translated[html.unescape(message.group(1))] = len(forms) == 2 and all(forms) and "(s)" not in "".join(forms)
missing = []
for path in sorted((ROOT / "src").rglob("*.cpp")):
    if "sandbox" in path.parts or "cli" in path.parts:
        continue
    for literal in LITERAL.findall(path.read_text(encoding="utf-8")):
        source = literal.replace('\\"', '"')
        if not translated.get(source):
            missing.append(f"{path.relative_to(ROOT)}: {source}")
print(f"{len(translated)} plural messages checked")
for line in missing:
    print("no English plural forms:", line)
sys.exit(1 if missing else 0)
