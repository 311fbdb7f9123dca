#!/usr/bin/env python3
"""Fails when a Qt Linguist catalogue is not finished.

Usage: check_ts.py FILE.ts|FOLDER...   (a folder: every effleur_*.ts in it)

For every <message> of every file: a translation that lupdate left "unfinished", or marked
"vanished" or "obsolete" (its source text is gone from the code), is an error, and so is an
empty translation or plural form. The English catalogue is the source language's: its strings
need no translation, only its plural forms ("%n step(s)" -> "1 step", "2 steps") must be filled.
A file that is not well-formed XML is an error too. Prints
each problem as FILE: CONTEXT: "SOURCE": WHAT, and exits 1 when there is any.
"""

import pathlib
import sys
import xml.etree.ElementTree as ET


def problems(path):
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as e:
        yield f"{path}: not well-formed XML: {e}"
        return
    except OSError as e:
        yield f"{path}: cannot be read: {e.strerror}"
        return
    if root.tag != "TS":
        yield f"{path}: not a Qt Linguist catalogue (the root is <{root.tag}>)"
        return
    source_language = root.get("language", "").split("_")[0] == "en"
    for context in root.iter("context"):
        name = context.findtext("name", default="?")
        for message in context.iter("message"):
            source = message.findtext("source", default="")
            where = f'{path}: {name}: "{source}"'
            translation = message.find("translation")
            if translation is None:
                yield f"{where}: no translation"
                continue
            kind = translation.get("type")
            numerus = message.get("numerus") == "yes"
            if source_language and not numerus and kind in (None, "unfinished"):
                continue  # the source text is the English
            if kind in ("unfinished", "vanished", "obsolete"):
                yield f"{where}: {kind}"
                continue
            if numerus:
                forms = translation.findall("numerusform")
                if not forms or any(not (f.text or "").strip() for f in forms):
                    yield f"{where}: an empty plural form"
            elif not (translation.text or "").strip():
                yield f"{where}: empty"


def main(argv):
    if len(argv) < 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    paths = []
    for arg in argv[1:]:
        folder = pathlib.Path(arg)
        paths += sorted(folder.glob("effleur_*.ts")) if folder.is_dir() else [folder]
    found = [p for path in paths for p in problems(path)]
    for p in found:
        print(p)
    checked = len(paths)
    print(f"{checked} catalogue(s) checked, {len(found)} problem(s)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
