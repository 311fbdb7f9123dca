#!/usr/bin/env python3
"""Fills the English plural forms of translations/effleur_en.ts after lupdate.

English is the source language, so only the %n strings need a translation: "%n step(s)" becomes
"%n step" and "%n steps". The rule: "word(s)" is "word" / "words", "word(es)" is "word" /
"wordes"; a few phrases whose verb agrees are listed below. Forms already filled are kept.
Usage: scripts/fill-english-plurals.py translations/effleur_en.ts
"""
import html
import re
import sys

# Phrases the general rule cannot make: (singular, plural) by source text.
SPECIAL = {
    "%n item(s) not answered yet.": ("%n item is not answered yet.",
                                     "%n items are not answered yet."),
}


def forms(source: str) -> tuple[str, str]:
    if source in SPECIAL:
        return SPECIAL[source]
    one = re.sub(r"(\w)\((?:s|es)\)", r"\1", source)
    many = re.sub(r"(\w)\((s|es)\)", r"\1\2", source)
    return one, many


MESSAGE = re.compile(
    r'(<message numerus="yes">\s*<source>(.*?)</source>\s*)<translation[^>]*>(.*?)</translation>',
    re.S)


def fill(match: re.Match) -> str:
    head, source, body = match.group(1), html.unescape(match.group(2)), match.group(3)
    existing = re.findall(r"<numerusform>(.*?)</numerusform>", body, re.S)
    if len(existing) == 2 and all(existing):
        one, many = existing
    else:
        one, many = (html.escape(f, quote=False) for f in forms(source))
    indent = " " * 12
    return (f"{head}<translation>\n{indent}<numerusform>{one}</numerusform>\n"
            f"{indent}<numerusform>{many}</numerusform>\n        </translation>")


def main() -> int:
    path = sys.argv[1]
    with open(path, encoding="utf-8") as f:
        text = f.read()
    with open(path, "w", encoding="utf-8") as f:
        f.write(MESSAGE.sub(fill, text))
    return 0


if __name__ == "__main__":
    sys.exit(main())
