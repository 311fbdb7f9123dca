#!/usr/bin/env bash
# faults.sh EFFLEUR DATA_DIR CASE
# Faults of the machine, not of the file: a permissive umask, files of other users, a full disk, a
# killed app. Each case runs in a fresh folder; a case that needs root exits 77 (skipped) with the
# reason when it is not root. Every check fails with what was printed.
set -uo pipefail
effleur=$1 data=$2 case=$3
work=$(mktemp -d)
mounted=
cleanup() {
    [[ -n $mounted ]] && umount -l "$mounted"
    rm -rf "$work"
}
trap cleanup EXIT
export HOME=$work/home XDG_DATA_HOME=$work/home/data XDG_STATE_HOME=$work/home/state \
    XDG_CONFIG_HOME=$work/home/config QT_QPA_PLATFORM=offscreen

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
expect_mode() { # FILE MODE (octal, as stat %a prints it)
    local m
    m=$(stat -c %a "$1" 2>/dev/null) || fail "missing: $1"
    [[ $m == "$2" ]] || fail "$1 is mode $m, not $2"
}
need_root() {
    if [[ $(id -u) -ne 0 ]]; then
        echo "$case: skipped: $1 needs root (CI runs the tests as root)"
        exit 77
    fi
}
# A protocol with odd spacing, which format rewrites.
spaced() {
    tr -d '\n' <"$data/user/good.json" | sed 's/,/ ,  /g' >"$1"
}

case $case in
private-under-umask-000)
    # Whatever runs first under umask 000, every folder and file it creates is the user's alone:
    # the journal's data folder and database, its exports and backups.
    umask 000
    run journal export --csv "$work/sessions.csv"
    expect_code 0
    expect_mode "$XDG_DATA_HOME/effleur" 700
    expect_mode "$XDG_DATA_HOME/effleur/effleur.sqlite" 600
    expect_mode "$work/sessions.csv" 600
    expect_mode "$work/sessions-steps.csv" 600
    run journal export --json "$work/journal.json"
    expect_code 0
    expect_mode "$work/journal.json" 600
    run journal backup "$work/backup.sqlite"
    expect_code 0
    expect_mode "$work/backup.sqlite" 600
    ;;
log-private-and-kept-when-killed)
    # The app, started under umask 000 and killed without a chance to flush: its log folder and
    # file are the user's alone, and what it logged is in the file (flushed within a second).
    umask 000
    "$effleur" >"$work/app.out" 2>&1 &
    pid=$!
    log=$XDG_STATE_HOME/effleur/effleur.log
    for _ in $(seq 1 300); do
        grep -q "the main window is up" "$log" 2>/dev/null && break
        kill -0 $pid 2>/dev/null || break
        sleep 0.1
    done
    kill -9 $pid 2>/dev/null
    wait $pid 2>/dev/null
    out=$(cat "$work/app.out" "$log" 2>/dev/null)
    grep -q "the main window is up" "$log" 2>/dev/null || fail "the killed app's log lost its lines"
    expect_mode "$XDG_STATE_HOME/effleur" 700
    expect_mode "$log" 600
    ;;
format-keeps-owner-group-and-mode)
    # As root, format rewrites another user's file and keeps its owner, group and mode, the
    # set-user-ID bit included.
    need_root "giving a file to another user"
    mkdir "$work/p"
    spaced "$work/p/read-only.json"
    spaced "$work/p/setuid.json"
    chown 4242:4343 "$work/p/read-only.json" "$work/p/setuid.json"
    chmod 0444 "$work/p/read-only.json"
    chmod 04755 "$work/p/setuid.json"
    run format "$work/p/read-only.json" "$work/p/setuid.json"
    expect_code 0
    expect_line "2 files reformatted, 0 files already canonical"
    [[ $(stat -c %u:%g:%a "$work/p/read-only.json") == 4242:4343:444 ]] ||
        fail "read-only.json is now $(stat -c %u:%g:%a "$work/p/read-only.json")"
    [[ $(stat -c %u:%g:%a "$work/p/setuid.json") == 4242:4343:4755 ]] ||
        fail "setuid.json is now $(stat -c %u:%g:%a "$work/p/setuid.json")"
    run format --check "$work/p"
    expect_code 0
    ;;
format-full-disk)
    # A full disk: a clear reason, the file as it was, no temporary file left.
    need_root "mounting a small disk"
    mkdir "$work/disk"
    mount -t tmpfs -o size=256k tmpfs "$work/disk" || { echo "$case: skipped: cannot mount"; exit 77; }
    mounted=$work/disk
    spaced "$work/disk/spaced.json"
    before=$(sha256sum <"$work/disk/spaced.json")
    dd if=/dev/zero of="$work/disk/filler" bs=4k 2>/dev/null
    dd if=/dev/zero of="$work/disk/filler" bs=1 oflag=append conv=notrunc 2>/dev/null
    run format "$work/disk/spaced.json"
    expect_code 1
    expect_line "Could not save spaced.json: the disk is full"
    expect_no "Unknown error"
    [[ $(sha256sum <"$work/disk/spaced.json") == "$before" ]] || fail "the file changed"
    [[ $(ls -A "$work/disk" | wc -l) -eq 2 ]] || fail "left behind: $(ls -A "$work/disk")"
    rm "$work/disk/filler"
    run format "$work/disk/spaced.json"
    expect_code 0
    ;;
*)
    echo "unknown case $case"
    exit 2
    ;;
esac
