#!/usr/bin/env bash
# Effleur's one entry point for a Debian 12 machine: installs what is missing, builds, and then
#   run    starts the app with its bundled protocols
#   test   runs the whole test suite (release build)
#   asan   runs the whole test suite under AddressSanitizer and UndefinedBehaviorSanitizer
#   bench  runs the benchmarks
#   package  builds the Debian package (build/release/effleur_*.deb) and checks it with lintian
#   fuzz [SECONDS]  builds the libFuzzer targets in fuzz/ with clang and runs each for SECONDS
#            (default 60), seeded with the bundled protocols and the test data
#   tidy [FOLDER...]  runs clang-tidy (.clang-tidy) over the sources of the given folders of src/
#            (default: all of them) with the release build's compile commands; fails on a finding
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
action=${1:-run}
shift || true

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-qpa-plugins qt6-svg-dev qt6-speech-dev qt6-speech-flite-plugin qt6-multimedia-dev qt6-declarative-dev qt6-charts-dev libqt6sql6-sqlite fonts-dejavu-core
    nlohmann-json3-dev libspdlog-dev libvalijson-dev catch2
    libcli11-dev # the command line's parser: every verb, its help and the manual page from one definition
    qt6-l10n-tools # lrelease compiles the catalogues; lupdate keeps effleur_en.ts up to date
    qt6-translations-l10n # Qt's own strings (dialog buttons, the file dialog) in ru, uk and pl
    qt6-speech-speechd-plugin # Qt's speech-dispatcher engine: the cues in ru, uk and pl
    speech-dispatcher # the speech server that engine talks to
    speech-dispatcher-espeak-ng # its espeak-ng voices, which speak ru, uk and pl
    libsqlite3-dev # the journal's backup and restore use SQLite's online backup API
    dbus # dbus-run-session: the screen-saver tests run on a private session bus
    poppler-utils # the card tests read the PDFs with pdftotext, pdffonts, pdfinfo and pdftoppm
    desktop-file-utils appstream groff-base # the install tests validate the desktop file, metainfo and manual page
    python3-icalendar # the course tests read the exported iCalendar file back with a real parser
    dpkg-dev lintian # ./scripts/dev.sh package: CPack's dependencies by dpkg-shlibdeps, then lintian
)

# Only for ./scripts/dev.sh fuzz: clang, its libFuzzer runtime (libclang_rt.fuzzer, in
# libclang-rt-14-dev) and libFuzzer's own headers and library (libfuzzer-14-dev).
[[ $action == fuzz ]] && packages+=(clang libclang-rt-14-dev libfuzzer-14-dev)
# Only for ./scripts/dev.sh tidy.
[[ $action == tidy ]] && packages+=(clang-tidy)

install_missing() {
    local missing=() p
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    ((${#missing[@]} == 0)) && return 0
    local sudo=()
    [[ $(id -u) -ne 0 ]] && sudo=(sudo)
    echo "Installing: ${missing[*]}"
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build() {
    cmake --preset "$1" >/dev/null
    cmake --build --preset "$1"
}

install_missing
case "$action" in
run)
    build release
    exec build/release/src/app/effleur "$@"
    ;;
test)
    build release
    QT_QPA_PLATFORM=offscreen ctest --preset release "$@"
    ;;
asan)
    build asan
    # The kill campaigns check what a killed process leaves on disk, not memory; they run in the
    # release suite, and under the sanitizers they would only take three times as long.
    QT_QPA_PLATFORM=offscreen ctest --preset asan -LE crash "$@"
    ;;
bench)
    build release
    cmake --build --preset release --target bench
    ;;
package)
    build release
    rm -f build/release/effleur_*.deb
    (cd build/release && cpack -G DEB)
    # Errors fail; warnings and notes are printed. lintian warns when it runs as root.
    lintian --fail-on error --display-info build/release/effleur_*.deb
    ;;
fuzz)
    seconds=${1:-60}
    cmake -S fuzz -B build/fuzz -G Ninja -DEFFLEUR_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++ \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    cmake --build build/fuzz
    # Seeds: every JSON file of the bundled protocols and the test data. The corpus each run
    # grows is kept in build/fuzz/corpus/TARGET; a crashing input is saved in build/fuzz/findings.
    seeds=build/fuzz/seeds
    rm -rf "$seeds" && mkdir -p "$seeds" build/fuzz/findings
    n=0
    while IFS= read -r -d '' f; do
        cp "$f" "$seeds/seed-$((n++)).json"
    done < <(find protocols tests/data tests/cli/data -name '*.json' -type f -print0)
    # The backup check reads SQLite files: the test data's databases are its seeds.
    backup_seeds=build/fuzz/backup-seeds
    rm -rf "$backup_seeds" && mkdir -p "$backup_seeds"
    cp tests/storage/data/*.sqlite "$backup_seeds/"
    for target in fuzz_loader fuzz_format fuzz_gate_record fuzz_snapshot fuzz_backup; do
        mkdir -p "build/fuzz/corpus/$target"
        echo "== $target for ${seconds} s"
        log=build/fuzz/$target.log
        status=0
        inputs=(-dict=fuzz/protocol.dict "build/fuzz/corpus/$target" "$seeds")
        [[ $target == fuzz_backup ]] && inputs=("build/fuzz/corpus/$target" "$backup_seeds")
        "build/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
            -max_len=1048576 -print_final_stats=1 \
            -artifact_prefix=build/fuzz/findings/"$target"- \
            "${inputs[@]}" >"$log" 2>&1 || status=$?
        grep -E '^(#[0-9]+[[:space:]]+(INITED|DONE)|Done |stat::number_of_executed_units|stat::peak_rss_mb|SUMMARY|==[0-9]+==ERROR|Test unit written)' "$log" || true
        [[ $status -eq 0 ]] || { echo "$target found a problem; see $log and build/fuzz/findings" >&2; exit 1; }
    done
    ;;
tidy)
    cmake --preset release >/dev/null
    cmake --build --preset release # the generated headers (moc, translations) must exist
    folders=("$@")
    if ((${#folders[@]} == 0)); then
        for dir in src/*/; do folders+=("$(basename "$dir")"); done
    fi
    for folder in "${folders[@]}"; do
        [[ -d src/$folder ]] || { echo "tidy: src/$folder is not a folder" >&2; exit 2; }
    done
    pattern="$PWD/src/($(IFS='|'; echo "${folders[*]}"))/.*\.cpp\$"
    # Exits 1 when any file has a finding (.clang-tidy makes every warning an error) or does
    # not compile.
    run-clang-tidy -p build/release -quiet -j "$(nproc)" "$pattern"
    ;;
*)
    echo "usage: scripts/dev.sh [run|test|asan|bench|package|fuzz|tidy] [args...]" >&2
    exit 2
    ;;
esac
