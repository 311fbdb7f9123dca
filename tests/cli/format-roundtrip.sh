#!/usr/bin/env bash
# format-roundtrip.sh EFFLEUR DATA_DIR
# A protocol with odd spacing, in a fresh folder: `effleur format --check` reports it and leaves
# it alone, `effleur format FOLDER` rewrites it to exactly the canonical text, and then --check
# passes. Nothing else is left in the folder.
set -euo pipefail
effleur=$1 data=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/protocols"
cp "$data/odd-spacing.json" "$work/protocols/odd-spacing.json"
file=$work/protocols/odd-spacing.json

set +e
out=$("$effleur" format --check "$file")
code=$?
set -e
[[ $code -eq 1 ]] || { echo "format --check exited $code, expected 1"; exit 1; }
grep -qx "would reformat $file" <<<"$out" || { echo "not reported: $out"; exit 1; }
cmp -s "$file" "$data/odd-spacing.json" || { echo "--check changed the file"; exit 1; }

out=$("$effleur" format "$work/protocols")
grep -qx "reformatted $file" <<<"$out" || { echo "not reformatted: $out"; exit 1; }
cmp "$file" "$data/odd-spacing.canonical.json" || { echo "not the canonical text"; exit 1; }

"$effleur" format --check "$file" >/dev/null || { echo "--check fails after formatting"; exit 1; }
[[ $(ls -A "$work/protocols") == odd-spacing.json ]] || { echo "left behind: $(ls -A "$work/protocols")"; exit 1; }
echo "ok"
