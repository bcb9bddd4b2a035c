#!/usr/bin/env python3
"""Fills resources/translations/scoredesk_en.ts: the English plural forms of every %n message,
so that "(%n row(s))" reads "(1 row)" and "(2 rows)". The singular drops each "(s)", the plural
keeps an "s". After adding a %n message:

    lupdate -pluralonly -no-obsolete -locations none <the .cpp files with %n> -ts resources/translations/scoredesk_en.ts
    python3 scripts/english-plurals.py

Qt 6.4's lupdate never finishes on src/core/workspace/workspace.cpp, so calls of
QCoreApplication::translate("Context", "...%n...") are also found here, in every file.
"""
import html
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "scoredesk_en.ts"
EXPLICIT = re.compile(r'QCoreApplication::translate\(\s*"(?P<context>[^"]+)",\s*"(?P<source>(?:[^"\\]|\\.)*%n(?:[^"\\]|\\.)*)"')
MESSAGE = re.compile(r'(<message numerus="yes">\s*<source>(?P<source>.*?)</source>\s*)<translation[^>]*>.*?</translation>', re.S)


def forms(source):
    text = html.unescape(source)
    one, many = (html.escape(text.replace("(s)", replacement), quote=False) for replacement in ("", "s"))
    return f"<translation>\n            <numerusform>{one}</numerusform>\n            <numerusform>{many}</numerusform>\n        </translation>"


def main():
    ts = TS.read_text(encoding="utf-8")
    ts = re.sub(r"<TS version=\"2.1\"[^>]*>", '<TS version="2.1" language="en">', ts)
    for path in sorted((ROOT / "src").rglob("*.cpp")):
        for match in EXPLICIT.finditer(path.read_text(encoding="utf-8")):
            context, source = match.group("context"), html.escape(match.group("source").replace('\\"', '"'), quote=False)
            if f"<source>{source}</source>" in ts:
                continue
            entry = f'    <message numerus="yes">\n        <source>{source}</source>\n        <translation></translation>\n    </message>\n'
            block = f"<context>\n    <name>{context}</name>\n"
            ts = ts.replace(block, block + entry, 1) if block in ts else ts.replace("</TS>", f"{block}{entry}</context>\n</TS>")
    ts = MESSAGE.sub(lambda m: m.group(1) + forms(m.group("source")), ts)
    TS.write_text(ts, encoding="utf-8")
    print(f"{ts.count('numerus=')} plural messages in {TS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
