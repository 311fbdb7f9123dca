#!/usr/bin/env bash
# manpage.sh EFFLEUR
# The manual page that `effleur --man` writes (and the build installs) renders without a warning,
# and names every verb, and every option that each verb's --help lists.
set -uo pipefail
effleur=$1
fail() {
    echo "manpage: $*"
    exit 1
}
page=$("$effleur" --man) || fail "effleur --man exited $?"
warnings=$(LC_ALL=C.UTF-8 groff -man -ww -z -Tutf8 <<<"$page" 2>&1)
[[ -z $warnings ]] || fail "groff: $warnings"
text=$(LC_ALL=C.UTF-8 groff -man -Tutf8 -P-cbou <<<"$page" 2>/dev/null | tr -s " ")
# Every verb line of `effleur --help` ("  effleur journal pdf SESSION ...").
verbs=$("$effleur" --help | sed -n 's/^  effleur \([a-z-]*\)\( [a-z-]*\)\?\( .*\)\?$/\1\2/p')
[[ $(wc -l <<<"$verbs") -ge 18 ]] || fail "effleur --help lists too few verbs: $verbs"
while read -r verb; do
    # shellcheck disable=SC2086
    help=$("$effleur" $verb --help) || fail "effleur $verb --help exited $?"
    grep -qF -- "$verb " <<<"$text" || fail "the manual page does not name $verb"
    for option in $(grep -oE -- '^  --[a-z-]+' <<<"$help"); do
        grep -qF -- "$option" <<<"$text" || fail "the manual page does not name $option of $verb"
    done
done <<<"$verbs"
echo "the manual page names $(wc -l <<<"$verbs") verbs and all their options"
