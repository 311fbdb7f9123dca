#!/usr/bin/env python3
"""Fails when src/ui or src/print builds user words with QStringLiteral instead of tr().

A literal is taken for user words when it holds a capitalised word followed by another word
("Start session", "Next: the end"). Literals that are not user text (settings keys, formats,
names of fonts or D-Bus interfaces) are listed, one per line, in the allow-list file.
Usage: check_user_strings.py SOURCE_DIR ALLOW_LIST
"""
import pathlib
import re
import sys

# The literal may start on the line after "QStringLiteral(", as clang-format leaves a long one.
LITERAL = re.compile(r'QStringLiteral\(\s*"((?:[^"\\]|\\.)*)"')
WORDS = re.compile(r"\b[A-Z][a-z']+ [A-Za-z]")


def main() -> int:
    root = pathlib.Path(sys.argv[1])
    allowed = set()
    for line in pathlib.Path(sys.argv[2]).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            allowed.add(line.strip())
    found = []
    for folder in ("src/ui", "src/print"):
        for path in sorted((root / folder).rglob("*")):
            if path.suffix not in (".cpp", ".h"):
                continue
            text = path.read_text(encoding="utf-8")
            for match in LITERAL.finditer(text):
                literal = match.group(1)
                if WORDS.search(literal) and literal.strip() not in allowed:
                    number = text.count("\n", 0, match.start(1)) + 1
                    found.append(f"{path.relative_to(root)}:{number}: \"{literal}\"")
    for f in found:
        print(f)
    if found:
        print(f"{len(found)} user string(s) built with QStringLiteral: use tr(), or add the "
              "literal to the allow-list if it is not user text.")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
