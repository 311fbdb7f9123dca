#!/usr/bin/env bash
# hostile.sh EFFLEUR DATA_DIR CASE
# Hostile files and folders on the command line, each in a fresh folder: the exit code and what
# the user reads. Every check fails with what was printed.
set -uo pipefail
effleur=$1 data=$2 case=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME=$work/data XDG_STATE_HOME=$work/state XDG_CONFIG_HOME=$work/config

out= code=
run() {
    out=$(timeout 60 "$effleur" "$@" 2>&1)
    code=$?
}
fail() {
    echo "$case: $1"
    echo "--- exit $code, output:"
    printf '%s\n' "$out"
    exit 1
}
expect_code() { [[ $code -eq $1 ]] || fail "expected exit code $1"; }
expect_line() { grep -qxF -- "$1" <<<"$out" || fail "no line: $1"; }
expect_no() { ! grep -qF -- "$1" <<<"$out" || fail "printed: $1"; }

mkdir "$work/p"
case $case in
validate-folder-links-out)
    # A link to a private file and one to a good protocol outside the folder: both refused, and
    # nothing of the private file is printed.
    printf 'root:x:0:0:root:/root:/bin/bash\n' >"$work/passwd"
    cp "$data/user/good.json" "$work/outside.json"
    cp "$data/user/good.json" "$work/p/good.json"
    ln -s "$work/passwd" "$work/p/passwd.json"
    ln -s "$work/outside.json" "$work/p/outside.json"
    run validate "$work/p"
    expect_code 1
    expect_line "$work/p/passwd.json: refused: this link points outside its folder"
    expect_line "$work/p/outside.json: refused: this link points outside its folder"
    expect_line "1 valid, 2 invalid, 1 warning"
    expect_no "root:x"
    ;;
validate-folder-fifo)
    # A named pipe is reported, not skipped, and does not hang the scan.
    mkfifo "$work/p/pipe.json"
    cp "$data/user/good.json" "$work/p/good.json"
    run validate "$work/p"
    expect_code 1
    expect_line "$work/p/pipe.json: not a regular file; refused"
    expect_line "1 valid, 1 invalid, 1 warning"
    ;;
validate-empty-folder)
    mkdir "$work/x.json"
    run validate "$work/x.json"
    expect_code 1
    expect_line "$work/x.json: a folder with no *.json files in it"
    ;;
validate-nul)
    # Junk after a NUL is an error at the NUL, not silently ignored.
    printf '{}\n\0 junk }}}' >"$work/p/nul.json"
    run validate "$work/p/nul.json"
    expect_code 1
    expect_line "$work/p/nul.json:2:1: the byte 0x00 (NUL); a protocol file is UTF-8 text, which never holds it"
    ;;
validate-escapes-control)
    # An ESC c (terminal reset) in a bad token and in the file name is printed escaped.
    name=$(printf 'evil\033c.json')
    printf '{"id": tru\033c}' >"$work/p/$name"
    run validate "$work/p"
    expect_code 1
    [[ $out != *$'\033'* ]] || fail "a raw ESC was printed"
    grep -qF 'evil\x1Bc.json:1:8: ' <<<"$out" || fail "the file name is not escaped"
    grep -qF "'tru\\x1Bc'" <<<"$out" || fail "the token is not escaped"
    ;;
list-escapes-title)
    mkdir -p "$XDG_DATA_HOME/effleur/protocols"
    sed 's/"A user.s own protocol"/"Reset\\u001bc me"/' "$data/user/good.json" \
        >"$XDG_DATA_HOME/effleur/protocols/esc.json"
    run list
    expect_code 0
    [[ $out != *$'\033'* ]] || fail "a raw ESC was printed"
    grep -qF 'Reset\x1Bc me' <<<"$out" || fail "the title is not shown escaped"
    run show user-good
    expect_code 0
    [[ $out != *$'\033'* ]] || fail "show printed a raw ESC"
    expect_line 'Reset\x1Bc me  [user-good, version 1]'
    ;;
format-nul)
    printf '{}\0junk' >"$work/p/nul.json"
    cp "$work/p/nul.json" "$work/before"
    run format "$work/p/nul.json"
    expect_code 1
    expect_line "$work/p/nul.json:1:3: the byte 0x00 (NUL); a protocol file is UTF-8 text, which never holds it"
    cmp -s "$work/p/nul.json" "$work/before" || fail "the file was changed"
    ;;
format-refuses-huge-output)
    # 40,000 empty arrays 250 levels down: 120 KB that would format to more than 16 MiB.
    {
        printf '%0.s[' $(seq 250)
        printf '[],%.0s' $(seq 39999)
        printf '[]'
        printf '%0.s]' $(seq 250)
    } >"$work/p/deep.json"
    cp "$work/p/deep.json" "$work/before"
    run format "$work/p/deep.json"
    expect_code 1
    expect_line "$work/p/deep.json: formatted, this file would be over 16777216 bytes, which Effleur refuses to read; left unchanged"
    cmp -s "$work/p/deep.json" "$work/before" || fail "the file was changed"
    [[ $(ls -A "$work/p") == deep.json ]] || fail "left behind: $(ls -A "$work/p")"
    ;;
format-folder-link-out)
    cp "$data/odd-spacing.json" "$work/outside.json"
    cp "$work/outside.json" "$work/before"
    ln -s "$work/outside.json" "$work/p/outside.json"
    run format "$work/p"
    expect_code 1
    expect_line "$work/p/outside.json: refused: this link points outside its folder"
    cmp -s "$work/outside.json" "$work/before" || fail "the file outside was changed"
    ;;
*)
    echo "unknown case $case"
    exit 2
    ;;
esac
echo ok
