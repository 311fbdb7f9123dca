#!/usr/bin/env bash
# Renders every step of every bundled protocol at mid-step into docs/gallery/<protocol>/,
# and writes docs/gallery.md with the step titles. Usage:
#   scripts/render-gallery.sh [path/to/effleur] [WxH]
# The images are small on purpose (the repository keeps them); render-diagram renders any size.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
effleur=${1:-build/release/src/app/effleur}
size=${2:-640x400}
out=docs/gallery
export QT_QPA_PLATFORM=offscreen

rm -rf "$out"
mkdir -p "$out"
{
    echo "# Diagram gallery"
    echo
    echo "Every step of every bundled protocol, about halfway through it (halfway along a middle pass;"
    echo "on the first side of alternating steps), as \`effleur render-diagram\` paints it at $size in the light theme."
    echo "Regenerate with \`scripts/render-gallery.sh\`; preview one step at any moment with"
    echo "\`effleur render-diagram ID --step N --at SECONDS --out FILE.png\`."
    echo
    echo "The active line is solid, with arrowheads the way of travel and the hand on it; finished"
    echo "lines are dimmed; lines still to come are dashed. The tinted area is the step's focus."
} >docs/gallery.md

for file in protocols/*.json; do
    id=$(basename "$file" .json)
    mkdir -p "$out/$id"
    # step number, time into the step, title
    "$effleur" show "$id" --json | python3 -c '
import json, sys
p = json.load(sys.stdin)
print(p["title"] if isinstance(p["title"], str) else p["title"]["en"])
n = 0
for stage in p["stages"]:
    for s in stage["steps"]:
        n += 1
        title = s["title"] if isinstance(s["title"], str) else s["title"]["en"]
        # halfway through a middle pass, so the hand is out on a line; the first side only
        # when the step alternates sides
        passes = s.get("passes") or 1
        part = (s.get("seconds") or 0) / (2 if s.get("side") == "alternating" else 1)
        secs = part * (passes // 2 + 0.55) / passes if passes > 1 else part * 0.55
        print(f"{n}\t{secs:.3f}\t{title}")
' >"$out/$id/steps.tsv"
    title=$(head -n1 "$out/$id/steps.tsv")
    {
        echo
        echo "## $title (\`$id\`)"
        echo
    } >>docs/gallery.md
    tail -n +2 "$out/$id/steps.tsv" | while IFS=$'\t' read -r n at step_title; do
        png=$(printf "step-%02d.png" "$n")
        "$effleur" render-diagram "$id" --step "$n" --at "$at" --size "$size" --out "$out/$id/$png"
        printf '%s. %s\n\n   ![%s](gallery/%s/%s)\n\n' "$n" "$step_title" "$step_title" "$id" "$png" \
            >>docs/gallery.md
    done
    rm "$out/$id/steps.tsv"
done
du -sh "$out"
