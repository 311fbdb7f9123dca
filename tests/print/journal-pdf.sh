#!/usr/bin/env bash
# journal-pdf.sh EFFLEUR DATA_DIR OUT_DIR
# `effleur journal pdf` on a journal with one recorded session (data/journal-one-session.sqlite:
# Анна Ковальчук's classic back massage, paused once, the third step skipped and the first
# extended, a note in Russian, a finding on the back), checked with poppler's tools: the summary
# is written, private, on the paper asked for, its text holds the client's name and note in
# Cyrillic and the pause in words, every font is embedded; --pdfa makes PDF/A-1b; a missing
# session, a bad option and an unwritable file fail with a message and leave no file.
# `effleur journal course-pdf` on a journal with a course (data/journal-course.sqlite: the same
# client's plastic facial massage, three sessions held, the sixth moved): one page with every
# session, found by the client's name in any case or by number.
set -uo pipefail
effleur=$1 data=$2 out=$3
rm -rf "$out"
mkdir -p "$out"
cp "$data/journal-one-session.sqlite" "$out/journal.sqlite"
db=$out/journal.sqlite
status=0
fail() {
    echo "FAIL: $1"
    status=1
}

"$effleur" journal pdf 1 --database "$db" --out "$out/summary.pdf" --paper a4 >"$out/stdout" ||
    fail "journal pdf exited $?"
grep -q "wrote $out/summary.pdf" "$out/stdout" || fail "no 'wrote' line: $(cat "$out/stdout")"
[[ $(stat -c %a "$out/summary.pdf") == 600 ]] || fail "the summary is not owner-only"
pdfinfo "$out/summary.pdf" | grep -q '^Page size: .* (A4)$' || fail "not A4"
text=$(pdftotext -raw "$out/summary.pdf" - | tr -s ' \n\t' ' ')
[[ $text == *"Анна Ковальчук"* ]] || fail "the client's name is not in the text"
[[ $text == *"Напряжение в шее ушло, сон лучше"* ]] || fail "the note is not in the text"
[[ $text == *"paused 1 time, 0:30 in all"* ]] || fail "the pause is not in the text, in words"
[[ $text == *"Alternate rubbing"*"skipped"*"Spiral stroking"* ]] || fail "the skipped step is not marked"
[[ $text == *"Superficial planar stroking"*"extended by 0:15"*"Deep flat stroking"* ]] ||
    fail "the extended step is not marked"
fonts=$(pdffonts "$out/summary.pdf" | tail -n +3)
[[ -n $fonts ]] || fail "no fonts: the text is not text"
while read -r line; do
    [[ -z $line ]] && continue
    [[ $(awk '{print $(NF-4)}' <<<"$line") == yes ]] || fail "a font is not embedded: $line"
done <<<"$fonts"
pdfinfo -meta "$out/summary.pdf" | grep -q pdfaid && fail "a plain summary claims PDF/A"

"$effleur" journal pdf 1 --database "$db" --out "$out/archival.pdf" --paper letter --pdfa \
    >/dev/null || fail "journal pdf --pdfa exited $?"
pdfinfo "$out/archival.pdf" | grep -q '(letter)' || fail "not Letter"
meta=$(pdfinfo -meta "$out/archival.pdf")
[[ $meta == *'pdfaid:part="1"'* || $meta == *'<pdfaid:part>1</pdfaid:part>'* ]] ||
    fail "--pdfa: the metadata does not say PDF/A-1"
[[ $meta == *'pdfaid:conformance="B"'* || $meta == *'<pdfaid:conformance>B</pdfaid:conformance>'* ]] ||
    fail "--pdfa: the metadata does not say conformance B"

expect_error() { # code message args...
    local code=$1 message=$2
    shift 2
    local err
    err=$("$effleur" journal "$@" 2>&1 >/dev/null)
    local got=$?
    [[ $got == "$code" ]] || fail "journal $*: exit $got, not $code"
    [[ $err == *"$message"* ]] || fail "journal $*: said \"$err\", not \"$message\""
}
expect_error 1 "no session 7" pdf 7 --database "$db" --out "$out/none.pdf"
[[ -e $out/none.pdf ]] && fail "a file was left for a missing session"
expect_error 2 "journal pdf: needs --out FILE.pdf" pdf 1 --database "$db"
expect_error 2 "--paper: must be a4 or letter" pdf 1 --database "$db" --out "$out/x.pdf" --paper a3
expect_error 2 "journal pdf: needs SESSION" pdf --database "$db" --out "$out/x.pdf"
expect_error 2 "is not a session number" pdf one --database "$db" --out "$out/x.pdf"
expect_error 2 "unknown option \"--pdfa\"" show 1 --pdfa --database "$db"
expect_error 1 "cannot write" pdf 1 --database "$db" --out "$out/no-folder/x.pdf"
[[ -e $out/x.pdf ]] && fail "a file was left after a usage error"

cp "$data/journal-course.sqlite" "$out/course.sqlite"
cdb=$out/course.sqlite
"$effleur" journal course-pdf "анна ковальчук" --database "$cdb" --out "$out/course.pdf" \
    --paper a4 >/dev/null || fail "journal course-pdf exited $?"
[[ $(pdfinfo "$out/course.pdf" | sed -n 's/^Pages: *//p') == 1 ]] || fail "the course sheet is not one page"
[[ $(stat -c %a "$out/course.pdf") == 600 ]] || fail "the course sheet is not owner-only"
sheet=$(pdftotext -raw "$out/course.pdf" - | tr -s ' \n\t' ' ')
[[ $sheet == *"Анна Ковальчук"*"Plastic facial massage"* ]] || fail "the sheet lacks the client or protocol"
[[ $sheet == *"1 Mon 2 Mar 2026"* ]] || fail "the first session's date is not on the sheet"
[[ $sheet == *"6 Sat 14 Mar 2026"*"moved: client away"*"15 "* ]] || fail "the moved session or the last row is missing"
"$effleur" journal course-pdf 1 --database "$cdb" --out "$out/by-number.pdf" >/dev/null ||
    fail "course-pdf by the client's number exited $?"
expect_error 1 "no client \"Bob\"" course-pdf Bob --database "$cdb" --out "$out/bob.pdf"
expect_error 1 "has no course of classic-back" course-pdf 1 --protocol classic-back --database "$cdb" --out "$out/none.pdf"
[[ -e $out/bob.pdf || -e $out/none.pdf ]] && fail "a file was left when there was no course"
expect_error 2 "journal course-pdf: needs --out FILE.pdf" course-pdf 1 --database "$cdb"
exit $status
