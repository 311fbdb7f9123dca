#!/usr/bin/env bash
# card.sh EFFLEUR PROTOCOLS_DIR OUT_DIR
# The card of every protocol in PROTOCOLS_DIR, checked with poppler's tools: its text holds every
# step title in order, every font is embedded, it has one or two pages, and its first page shows
# the diagram (its lines' colour in the diagram's place, under the title).
set -uo pipefail
effleur=$1 protocols=$2 out=$3
mkdir -p "$out"
status=0
fail() {
    echo "$1: $2"
    status=1
}
count=0
for file in "$protocols"/*.json; do
    id=$(basename "$file" .json)
    pdf="$out/$id.pdf"
    count=$((count + 1))
    if ! "$effleur" card "$id" --out "$pdf" --paper a4; then
        fail "$id" "effleur card failed"
        continue
    fi
    pages=$(pdfinfo "$pdf" | sed -n 's/^Pages: *//p')
    [[ $pages == 1 || $pages == 2 ]] || fail "$id" "$pages pages, not one or two"
    pdfinfo "$pdf" | grep -q '^Page size: .* (A4)$' || fail "$id" "not A4"
    # Every font embedded: the emb column (the third from the right) says yes.
    fonts=$(pdffonts "$pdf" | tail -n +3)
    [[ -n $fonts ]] || fail "$id" "no fonts: the text is not text"
    while read -r line; do
        [[ -z $line ]] && continue
        emb=$(awk '{print $(NF-4)}' <<<"$line")
        [[ $emb == yes ]] || fail "$id" "a font is not embedded: $line"
    done <<<"$fonts"
    # The step titles, in order, in the text (pdftotext joins a wrapped cell's lines with
    # newlines: compare with all whitespace squeezed).
    text_raw=$(pdftotext -raw "$pdf" - | tr -s ' \n\t' ' ')
    titles=$("$effleur" show "$id" --json | python3 -c '
import json, sys
p = json.load(sys.stdin)
for st in p["stages"]:
    for s in st["steps"]:
        print(s["title"])')
    rest=$text_raw
    n=0
    while IFS= read -r title; do
        n=$((n + 1))
        squeezed=$(tr -s ' \n\t' ' ' <<<"$title")
        squeezed=${squeezed% }
        if [[ $rest != *"$squeezed"* ]]; then
            if [[ $text_raw == *"$squeezed"* ]]; then
                fail "$id" "step $n \"$title\" is out of order"
            else
                fail "$id" "step $n \"$title\" is not in the text"
            fi
            continue
        fi
        rest=${rest#*"$squeezed"}
    done <<<"$titles"
    [[ $n -gt 0 ]] || fail "$id" "no steps read"
    # The diagram: the first page at 50 dpi. The band under the title (a tenth to a half of the
    # way down the page) must hold the lines' teal, which nothing else on the card is drawn in.
    rm -f "$out/$id"-*.ppm
    pdftoppm -r 50 -f 1 -l 1 "$pdf" "$out/$id" || fail "$id" "pdftoppm failed"
    ppm=$(ls "$out/$id"-*1.ppm 2>/dev/null | head -n 1)
    if [[ -n $ppm ]]; then
        teal=$(python3 - "$ppm" <<'PY'
import sys
data = open(sys.argv[1], "rb").read()
# P6 header: magic, width, height, maxval, each ended by whitespace.
fields, pos = [], 0
while len(fields) < 4:
    while data[pos:pos + 1].isspace():
        pos += 1
    start = pos
    while not data[pos:pos + 1].isspace():
        pos += 1
    fields.append(data[start:pos])
pos += 1
w, h = int(fields[1]), int(fields[2])
pixels = data[pos:]
teal = 0
for y in range(h // 10, h // 2):
    for x in range(w):
        r, g, b = pixels[(y * w + x) * 3:(y * w + x) * 3 + 3]
        if g > r + 40 and b > r + 40:
            teal += 1
print(teal)
PY
)
        [[ $teal -gt 50 ]] || fail "$id" "no lines in the diagram's area ($teal teal pixels)"
    else
        fail "$id" "no page image"
    fi
done
[[ $count -gt 0 ]] || fail "$protocols" "no protocols"
[[ $status -eq 0 ]] && echo "$count cards checked"
exit $status
