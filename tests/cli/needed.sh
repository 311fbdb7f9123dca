#!/usr/bin/env bash
# The executable's start-up path: what the dynamic loader loads before main() is its DT_NEEDED
# list. It must not name the Qt libraries that only the modules use (they load on first use),
# and each module must name the one it stands for. Nor may any of them carry a library search
# path of its own (RPATH or RUNPATH): the loader would try each library there first, and an empty
# entry is the current folder, whatever it holds.
# Usage: needed.sh EFFLEUR MODULES_DIR
set -euo pipefail
exe=$1 modules=$2
needed() { readelf -d "$1" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'; }
fail() { echo "FAIL: $*" >&2; exit 1; }

list=$(needed "$exe")
grep -q '^libQt6Widgets\.so' <<<"$list" || fail "cannot read $exe's needed libraries: $list"
for lib in libQt6TextToSpeech libQt6Multimedia libQt6Charts libQt6PrintSupport; do
    if grep -q "^$lib\.so" <<<"$list"; then
        fail "$exe links $lib, which only a module needs"
    fi
done
for pair in effleur-voice:libQt6TextToSpeech effleur-voice:libQt6Multimedia \
    effleur-charts:libQt6Charts effleur-printing:libQt6PrintSupport; do
    module=$modules/${pair%%:*}.so lib=${pair#*:}
    [[ -f $module ]] || fail "no module $module"
    needed "$module" | grep -q "^$lib\.so" || fail "$module does not link $lib"
done
for f in "$exe" "$modules"/*.so; do
    path=$(readelf -d "$f" | sed -n 's/.*(\(RPATH\|RUNPATH\)).*\[\(.*\)\]/\1 "\2"/p')
    [[ -z $path ]] || fail "$f has a library search path of its own: $path"
done
echo "the executable needs: $(tr '\n' ' ' <<<"$list")"
