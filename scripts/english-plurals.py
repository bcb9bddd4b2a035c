#!/usr/bin/env python3
"""Fills resources/translations/scoredesk_en.ts: the English plural forms of every %n message,
so that "(%n row(s))" reads "(1 row)" and "(2 rows)". The singular drops each "(s)", the plural
keeps an "s". scripts/update-translations.sh runs lupdate, then this.
"""
import html
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "scoredesk_en.ts"
MESSAGE = re.compile(r'(<message numerus="yes">\s*<source>(?P<source>.*?)</source>\s*)<translation[^>]*>.*?</translation>', re.S)


def forms(source):
    text = html.unescape(source)
    one, many = (html.escape(text.replace("(s)", replacement), quote=False) for replacement in ("", "s"))
    return f"<translation>\n            <numerusform>{one}</numerusform>\n            <numerusform>{many}</numerusform>\n        </translation>"


def main():
    ts = TS.read_text(encoding="utf-8")
    ts = re.sub(r"<TS version=\"2.1\"[^>]*>", '<TS version="2.1" language="en">', ts)
    ts = MESSAGE.sub(lambda m: m.group(1) + forms(m.group("source")), ts)
    TS.write_text(ts, encoding="utf-8")
    print(f"{ts.count('numerus=')} plural messages in {TS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
