#!/usr/bin/env bash
# Effleur installed as a user or a distribution installs it, checked step by step:
#   check.sh install BUILD PREFIX    cmake --install BUILD into a fresh PREFIX; every file is there
#   check.sh desktop PREFIX          desktop-file-validate on the installed desktop file
#   check.sh metainfo PREFIX         appstreamcli validate --no-net on the installed metainfo, and
#                                    its release, the manual page and --version are one version
#   check.sh manpage PREFIX          the manual page renders without a warning and names every verb
#   check.sh list PREFIX             the installed binary lists the five bundled protocols
#   check.sh library PREFIX          the installed binary validates its library, from its own share/
#   check.sh window PREFIX           the installed app opens its window (offscreen) and quits
#   check.sh home BUILD              installed into ~/.local, beside the user's own protocols
# Each check runs with a HOME and XDG folders of its own, removed afterwards.
set -euo pipefail

check=$1
shift
app_id=app.effleur.Effleur

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME=$home XDG_DATA_HOME=$home/.local/share XDG_CONFIG_HOME=$home/.config \
    XDG_STATE_HOME=$home/.local/state XDG_CACHE_HOME=$home/.cache
unset EFFLEUR_PROTOCOLS_DIR

case "$check" in
install)
    build=$1 prefix=$2
    rm -rf "$prefix"
    "${CMAKE:-cmake}" --install "$build" --prefix "$prefix" >/dev/null
    for f in bin/effleur \
        share/applications/$app_id.desktop \
        share/metainfo/$app_id.metainfo.xml \
        share/icons/hicolor/scalable/apps/$app_id.svg \
        share/icons/hicolor/{16x16,22x22,24x24,32x32,48x48,64x64,128x128,256x256}/apps/$app_id.png \
        share/man/man1/effleur.1.gz \
        share/effleur/bundled-protocols/{plastic-facial,kneading-prp-lymphatic,classic-back,neck-self-massage,back-self-massage-balls}.json \
        share/effleur/bundled-protocols/schema/{protocol,diagram,contraindications,sources}.schema.json \
        share/effleur/bundled-protocols/catalog/{contraindications,sources}.json \
        share/effleur/bundled-protocols/catalog/diagrams/{back,face-front,upper-body}.json \
        share/doc/effleur/README.md share/doc/effleur/LICENSE share/doc/effleur/docs/protocol-format.md \
        share/doc/effleur/docs/screenshots/session-light.png; do
        [[ -f $prefix/$f ]] || fail "$prefix/$f was not installed"
    done
    # The modules the binary loads on first use, in the lib folder it was configured with.
    for m in voice charts printing; do
        compgen -G "$prefix/lib*/effleur/modules/effleur-$m.so" >/dev/null ||
            compgen -G "$prefix/lib/*/effleur/modules/effleur-$m.so" >/dev/null ||
            fail "the module effleur-$m.so was not installed under $prefix/lib"
    done
    # The installed binary finds every library in the system's folders alone.
    if readelf -d "$prefix/bin/effleur" | grep -Eq '\((RPATH|RUNPATH)\)'; then
        fail "the installed binary has a library search path of its own"
    fi
    # Debian's copyright file and changelog belong to the package alone.
    [[ ! -e $prefix/share/doc/effleur/copyright ]] || fail "the package's copyright file was installed"
    echo "installed into $prefix"
    ;;
desktop)
    file=$1/share/applications/$app_id.desktop
    out=$(desktop-file-validate "$file" 2>&1) || true
    # Debian 12's desktop-file-validate knows the specification up to 1.4; SingleMainWindow is 1.5.
    rest=$(grep -v 'key "SingleMainWindow" in group "Desktop Entry", but keys extending the format should start with "X-"' <<<"$out" || true)
    [[ -z $rest ]] || fail "desktop-file-validate: $rest"
    grep -qx 'SingleMainWindow=true' "$file" || fail "no SingleMainWindow=true"
    echo "desktop file valid"
    ;;
metainfo)
    metainfo=$1/share/metainfo/$app_id.metainfo.xml
    appstreamcli validate --no-net "$metainfo"
    # One version: the binary's, the newest release's and the manual page's.
    version=$("$1/bin/effleur" --version)
    version=${version#effleur }
    grep -q "<release version=\"$version\"" "$metainfo" || fail "the metainfo has no release $version"
    zcat "$1/share/man/man1/effleur.1.gz" | grep -q "^\.TH EFFLEUR 1 .*\"Effleur $version\"" ||
        fail "the manual page is not of version $version"
    ;;
manpage)
    page=$1/share/man/man1/effleur.1.gz
    warnings=$(zcat "$page" | LC_ALL=C.UTF-8 groff -man -ww -z -Tutf8 2>&1)
    [[ -z $warnings ]] || fail "groff: $warnings"
    text=$(zcat "$page" | LC_ALL=C.UTF-8 groff -man -Tutf8 -P-cbou 2>/dev/null)
    for verb in rehearse validate format list show run gate render-diagram card "journal list" \
        "journal show" "journal export" "journal backup" "journal restore" "journal pdf" \
        "journal course-pdf" "course due" "course show" "course export" --lang --version --help; do
        grep -qF -- "$verb" <<<"$text" || fail "the manual page does not name $verb"
    done
    echo "manual page renders and names every verb"
    ;;
list)
    out=$("$1/bin/effleur" list)
    echo "$out"
    grep -qx '5 protocols, 0 broken' <<<"$out" || fail "expected 5 protocols, 0 broken"
    # Found relative to the binary: the files listed are the installed ones.
    json=$("$1/bin/effleur" list --json)
    n=$(grep -c "\"file\": \"$1/share/effleur/bundled-protocols/" <<<"$json" || true)
    [[ $n == 5 ]] || fail "expected the 5 protocols from $1/share/effleur/bundled-protocols, found $n"
    ;;
library)
    set +e
    out=$("$1/bin/effleur" validate --library 2>&1)
    code=$?
    set -e
    echo "$out"
    [[ $code == 0 ]] || fail "validate --library exited $code"
    grep -q '^5 valid, 0 invalid' <<<"$out" || fail "expected 5 valid, 0 invalid"
    ;;
window)
    # The app from its installed files, offscreen: up to its first frame, then out.
    XDG_RUNTIME_DIR=$home timeout 60 "$1/bin/effleur" --exit-after-first-frame ||
        fail "effleur --exit-after-first-frame exited $?"
    echo "the first frame came up"
    ;;
home)
    # Installed for one user, into ~/.local: the bundled protocols are not the user's own folder,
    # ~/.local/share/effleur/protocols, so nothing is read twice.
    build=$1
    "${CMAKE:-cmake}" --install "$build" --prefix "$HOME/.local" >/dev/null
    mkdir -p "$XDG_DATA_HOME/effleur/protocols"
    sed 's/"id": "neck-self-massage"/"id": "my-neck"/' \
        "$HOME/.local/share/effleur/bundled-protocols/neck-self-massage.json" \
        >"$XDG_DATA_HOME/effleur/protocols/my-neck.json"
    out=$("$HOME/.local/bin/effleur" list)
    echo "$out"
    grep -qx '6 protocols, 0 broken' <<<"$out" || fail "expected 6 protocols, 0 broken"
    ;;
*)
    echo "usage: check.sh install|desktop|metainfo|manpage|list|library|window|home ..." >&2
    exit 2
    ;;
esac
