#!/usr/bin/env bash
# Retakes every screenshot that README.md and docs/ show, from a built effleur, as a user makes
# them: each shot starts Effleur in a fresh temporary home on its own X server (Xvfb with openbox)
# and drives it by keys with xdotool (and the mouse for the editor's JSON tab); ImageMagick's
# import takes the picture. The protocol cards, the session summary and the course sheet are the
# first page of what `effleur card`, `effleur journal pdf` and `effleur journal course-pdf`
# print, rendered with pdftoppm.
#
#   scripts/screenshots.sh [EFFLEUR] [--only NAME[,NAME...]] [--lang CODE] [--out DIR]
#                          [--theme light|dark] [--list]
#
# EFFLEUR defaults to build/release/src/app/effleur. --list prints each shot with its size and
# theme. --lang takes the main views in another language (LANG=CODE), into docs/screenshots/CODE/
# unless --out says otherwise (with --only, any of the others, which may need that language's
# mnemonics in their functions). --theme overrides every shot's theme (with --only, to see one view
# in the other theme). The journal views are taken on journals made by keys in the app (a client's
# two sessions, with notes and findings), and the course views on one whose clients' past
# sessions and courses are written into the file the app created, dated back from today.
#
# Needs Xvfb, openbox, xdotool, xdpyinfo, imagemagick, poppler-utils and python3. The X servers
# use displays :41 (1280x800) and :42 (1920x1080); EFFLEUR_SHOTS_DISPLAYS="N M" chooses others.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
repo=$PWD

effleur=build/release/src/app/effleur
only=""
lang=""
out=""
theme_override=""
list_only=0
while (($#)); do
    case $1 in
    --only) only=${2:?--only needs a name}; shift 2 ;;
    --lang) lang=${2:?--lang needs a language code}; shift 2 ;;
    --out) out=${2:?--out needs a folder}; shift 2 ;;
    --theme) theme_override=${2:?--theme needs light or dark}; shift 2 ;;
    --list) list_only=1; shift ;;
    -h | --help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "screenshots.sh: unknown option $1" >&2; exit 2 ;;
    *) effleur=$1; shift ;;
    esac
done
case $theme_override in "" | light | dark) ;; *) echo "screenshots.sh: --theme light or dark" >&2; exit 2 ;; esac
[[ $effleur == /* ]] || effleur=$repo/$effleur
if [[ -z $out ]]; then
    out=$repo/docs/screenshots
    [[ -z $lang || $lang == en ]] || out=$out/$lang
fi
mkdir -p "$out"

# name size theme: what each shot shows is in its function, shot_NAME, below.
shots=(
    "library 1280x800 light"
    "gate-checklist 1280x800 light"
    "gate-acknowledgement 1280x800 light"
    "gate-blocked 1280x800 light"
    "gate-day-dark 1280x800 dark"
    "session-light 1280x800 light"
    "session-dark 1280x800 dark"
    "session-paused 1280x800 light"
    "breathing 1280x800 light"
    "glance 1280x800 dark"
    "session-1920 1920x1080 light"
    "session-dark-1920 1920x1080 dark"
    "glance-1920 1920x1080 light"
    "glance-1920-paused 1920x1080 light"
    "client-chooser 1280x800 light"
    "session-findings 1280x800 light"
    "session-notes 1280x800 light"
    "journal 1280x800 light"
    "journal-findings 1280x800 light"
    "session-summary 1280x800 light"
    "today 1280x800 light"
    "journal-course 1280x800 light"
    "course-sheet 1280x800 light"
    "preferences 1280x800 light"
    "help 1280x800 light"
    "practise 1280x800 light"
    "quiz-order 1280x800 light"
    "quiz-next 1280x800 light"
    "quiz-line 1280x800 light"
    "progress 1280x800 light"
    "problems 1280x800 light"
    "editor 1280x800 light"
    "editor-json 1280x800 light"
    "card-classic-back 1280x800 light"
    "card-kneading-prp-lymphatic 1280x800 light"
)

# With --lang (and no --only), the main views whose keys are the same in every language (the
# others press mnemonics, which each language places on its own letters).
lang_shots=library,gate-checklist,gate-blocked,session-light,session-paused,breathing,today,preferences,practise,card-classic-back
if [[ -n $lang && $lang != en && -z $only ]]; then
    only=$lang_shots
fi

if ((list_only)); then
    printf '%s\n' "${shots[@]}" | column -t
    exit 0
fi
[[ -x $effleur ]] || { echo "screenshots.sh: no effleur at $effleur (build it, or give its path)" >&2; exit 2; }
for tool in Xvfb openbox xdotool xdpyinfo import convert pdftoppm python3; do
    command -v "$tool" >/dev/null || { echo "screenshots.sh: $tool is missing" >&2; exit 2; }
done

read -r display_small display_large <<<"${EFFLEUR_SHOTS_DISPLAYS:-41 42}"
work=$(mktemp -d)
chmod 700 "$work"
pids=()     # every process this script started, ended at exit
app_pid=""  # the Effleur of the shot being taken

cleanup() {
    local p
    quit_app
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# The X servers, started when a shot first needs one. openbox maximises Effleur's main window
# on a key of its own (maximise below), so the 1280x800 and 1920x1080 shots show the window as a
# user with that screen sees it.
declare -A display_of=()
wait_for() { # WHAT COMMAND...: up to 30 s
    local what=$1 i
    shift
    for ((i = 0; i < 300; i++)); do
        "$@" >/dev/null 2>&1 && return 0
        sleep 0.1
    done
    echo "screenshots.sh: gave up waiting for $what" >&2
    return 1
}
start_display() { # SIZE -> sets DISPLAY
    local size=$1 n
    if [[ -z ${display_of[$size]:-} ]]; then
        if [[ $size == 1920x1080 ]]; then n=$display_large; else n=$display_small; fi
        if xdpyinfo -display ":$n" >/dev/null 2>&1; then
            echo "screenshots.sh: display :$n is in use (EFFLEUR_SHOTS_DISPLAYS chooses others)" >&2
            exit 2
        fi
        # -noreset: the server would otherwise reset when the xdpyinfo that waits for it
        # disconnects, and a slow machine could start openbox in that moment and fail.
        Xvfb ":$n" -screen 0 "${size}x24" -nolisten tcp -noreset >/dev/null 2>&1 &
        pids+=($!)
        wait_for ":$n" xdpyinfo -display ":$n" || { echo "screenshots.sh: Xvfb :$n did not start" >&2; exit 1; }
        sed 's|<keyboard>|<keyboard><keybind key="C-A-S-F12"><action name="Maximize"/></keybind>|' \
            /etc/xdg/openbox/rc.xml >"$work/openbox-$n.xml"
        DISPLAY=":$n" openbox --config-file "$work/openbox-$n.xml" >>"$work/openbox.log" 2>&1 &
        pids+=($!)
        wait_for "openbox on :$n" sh -c "DISPLAY=:$n xprop -root _NET_SUPPORTING_WM_CHECK | grep -q 'window id'" || {
            cat "$work/openbox.log" >&2
            exit 1
        }
        display_of[$size]=$n
    fi
    export DISPLAY=":${display_of[$size]}"
}

# A fresh home for Effleur, with the shot's theme; the language and the time zone are fixed so
# that dates and words come out the same on every machine.
new_home() { # THEME [FROM-HOME] -> sets HOME_DIR
    HOME_DIR=$(mktemp -d "$work/home.XXXXXX")
    chmod 700 "$HOME_DIR"
    [[ -z ${2:-} ]] || cp -a "$2/." "$HOME_DIR/"
    mkdir -p "$HOME_DIR/.config/Effleur"
    local n=1
    [[ $1 == dark ]] && n=2
    python3 - "$HOME_DIR/.config/Effleur/Effleur.conf" "$n" <<'EOF'
import configparser, sys
c = configparser.ConfigParser()
c.optionxform = str
c.read(sys.argv[1])
if not c.has_section("view"):
    c.add_section("view")
c["view"]["theme"] = sys.argv[2]
with open(sys.argv[1], "w") as f:
    c.write(f, space_around_delimiters=False)
EOF
}

# COMMAND in the shot's home and language (env runs it in its own process: $! is Effleur's).
app_env() {
    local l=${lang:-en}
    env -u XDG_DATA_HOME -u XDG_CONFIG_HOME -u XDG_STATE_HOME -u XDG_CACHE_HOME -u LC_ALL \
        -u LC_MESSAGES -u QT_QPA_PLATFORM -u EFFLEUR_PROTOCOLS_DIR -u EFFLEUR_TEST_HOOK \
        HOME="$HOME_DIR" TZ=UTC LANG="$(locale_of "$l")" LANGUAGE="$l" "$@"
}
locale_of() {
    case $1 in
    en) echo en_GB.UTF-8 ;;
    uk) echo uk_UA.UTF-8 ;;
    *) echo "${1}_$(tr '[:lower:]' '[:upper:]' <<<"$1").UTF-8" ;;
    esac
}

# Effleur with ARGS in the background; WINDOW is its first window with a title matching TITLE.
launch() { # TITLE ARGS...
    local title=$1
    shift
    # not app_env in the background: that would be a subshell, and $! not Effleur
    local l=${lang:-en}
    env -u XDG_DATA_HOME -u XDG_CONFIG_HOME -u XDG_STATE_HOME -u XDG_CACHE_HOME -u LC_ALL \
        -u LC_MESSAGES -u QT_QPA_PLATFORM -u EFFLEUR_PROTOCOLS_DIR -u EFFLEUR_TEST_HOOK \
        HOME="$HOME_DIR" TZ=UTC LANG="$(locale_of "$l")" LANGUAGE="$l" \
        "$effleur" "$@" >>"${LAUNCH_OUT:-$work/effleur.log}" 2>>"$work/effleur.log" &
    app_pid=$!
    echo "$app_pid" >>"$work/app.pids"
    WINDOW=$(wait_window "$title")
}
wait_window() { # TITLE -> the id of the newest visible window of the app with that title
    local w
    w=$(timeout 30 xdotool search --sync --onlyvisible --pid "$app_pid" --name "$1" | tail -n1) || {
        echo "screenshots.sh: no window \"$1\" appeared" >&2
        return 1
    }
    xdotool windowactivate --sync "$w" >/dev/null 2>&1 || true
    settle
    echo "$w"
}
main_window() { launch '.'; maximise; }
maximise() { # the main window fills the screen, as openbox maximises it
    local i screen_w
    screen_w=$(xdpyinfo | awk '/dimensions:/ {split($2, d, "x"); print d[1]}')
    for ((i = 0; i < 10; i++)); do
        xdotool windowactivate --sync "$WINDOW" >/dev/null 2>&1 || true
        xdotool key --clearmodifiers ctrl+alt+shift+F12
        settle 0.5
        [[ $(xwininfo -id "$WINDOW" | awk '/Width:/ {print $NF}') == "$screen_w" ]] && break
    done
    settle
}
quit_app() { # every Effleur the shot started
    local p
    [[ -f $work/app.pids ]] || return 0
    while read -r p; do
        kill "$p" 2>/dev/null || true
        while kill -0 "$p" 2>/dev/null; do sleep 0.1; done
    done <"$work/app.pids"
    rm -f "$work/app.pids"
}
# Lets the window paint what the last key changed. (A repaint has no signal to wait for.)
settle() { sleep "${1:-0.7}"; }
key() { xdotool key --clearmodifiers --delay 120 "$@"; settle 0.3; }
type_text() { xdotool type --delay 25 -- "$1"; settle 0.3; }
# N presses of KEY
press() { local i; for ((i = 0; i < $2; i++)); do xdotool key --clearmodifiers "$1"; sleep 0.12; done; settle 0.3; }

# The picture: the whole screen, or one window (without the window manager's frame).
snap() { # NAME [WINDOW]
    settle
    local crop=()
    if [[ -n ${2:-} ]]; then
        local x y w h
        x=$(xwininfo -id "$2" | awk '/Absolute upper-left X/ {print $NF}')
        y=$(xwininfo -id "$2" | awk '/Absolute upper-left Y/ {print $NF}')
        w=$(xwininfo -id "$2" | awk '/Width:/ {print $NF}')
        h=$(xwininfo -id "$2" | awk '/Height:/ {print $NF}')
        crop=(-crop "${w}x${h}+${x}+${y}" +repage)
    fi
    import -silent -window root "$work/snap.png"
    convert "$work/snap.png" "${crop[@]}" -strip -define png:exclude-chunks=date,time "$out/$1.png"
    echo "  $out/$1.png ($(identify -format '%wx%h' "$out/$1.png"))"
}
# The first page of a PDF at 80 dpi (an A4 page is 662x936).
pdf_page() { # PDF NAME
    pdftoppm -r 80 -f 1 -l 1 -singlefile -png "$1" "$work/page"
    convert "$work/page.png" -strip -define png:exclude-chunks=date,time "$out/$2.png"
    echo "  $out/$2.png ($(identify -format '%wx%h' "$out/$2.png"))"
}
resize_window() { # WINDOW W H
    xdotool windowsize "$1" "$2" "$3"
    settle
}

#----------------------------------------------------------------------------------------------
# The shots

shot_library() {
    main_window
    key Down Down # the three-day complex
    snap library
}

# The checklist alone, as `effleur gate` opens it.
gate() { # PROTOCOL [ARGS...]
    launch '.' gate "$@" --theme "$theme"
    resize_window "$WINDOW" 1000 700
}
shot_gate-checklist() {
    gate plastic-facial
    key n n n
    snap gate-checklist "$WINDOW"
}
shot_gate-acknowledgement() {
    gate classic-back
    key n n n n n n n y n # heart problems: tell the specialist
    key a
    press shift+Tab 4 # from Start session back to the note
    type_text "cleared by her cardiologist on 3 March"
    snap gate-acknowledgement "$WINDOW"
}
shot_gate-blocked() {
    gate plastic-facial
    key n n n y # inflamed lymph nodes: absolute
    snap gate-blocked "$WINDOW"
}
shot_gate-day-dark() {
    gate kneading-prp-lymphatic --stage 3
    key n n n
    snap gate-day-dark "$WINDOW"
}

rehearse() { # ARGS...
    launch '.' rehearse "$@"
    maximise
}
shot_session-light() { rehearse classic-back; settle 4; snap session-light; }
shot_session-dark() { rehearse classic-back; settle 4; snap session-dark; }
shot_session-1920() { rehearse classic-back; settle 4; snap session-1920; }
shot_session-dark-1920() { rehearse classic-back; settle 4; snap session-dark-1920; }
shot_session-paused() {
    rehearse plastic-facial
    settle 8
    key space
    snap session-paused
}
shot_breathing() {
    rehearse kneading-prp-lymphatic --stage 3 --from amphoric-breathing-1
    key Right # the breathing step waits for its start
    settle 9
    snap breathing
}
shot_glance() { rehearse classic-back; key F11; settle 3; snap glance; }
shot_glance-1920() { rehearse classic-back; key F11; settle 3; snap glance-1920; }
shot_glance-1920-paused() { rehearse classic-back; key F11; settle 3; key space; snap glance-1920-paused; }

shot_card-classic-back() {
    app_env "$effleur" card classic-back --paper a4 --out "$work/card.pdf" >/dev/null
    pdf_page "$work/card.pdf" card-classic-back
}
shot_card-kneading-prp-lymphatic() {
    app_env "$effleur" card kneading-prp-lymphatic --paper a4 --out "$work/card.pdf" >/dev/null
    pdf_page "$work/card.pdf" card-kneading-prp-lymphatic
}

# The newest window of the app other than WINDOW (a dialog it opened), once it has the focus.
wait_dialog() {
    local w="" i
    for ((i = 0; i < 150; i++)); do
        w=$(xdotool getactivewindow 2>/dev/null) || w=""
        [[ -n $w && $w != "$WINDOW" ]] && break
        sleep 0.1
    done
    [[ -n $w && $w != "$WINDOW" ]] || { echo "screenshots.sh: no dialog opened" >&2; return 1; }
    settle
    echo "$w"
}
# The library's search finds a protocol by its id in any language; Ctrl+Enter then starts it.
find_protocol() { # ID
    key ctrl+f
    type_text "$1"
    key Tab # to the list, the protocol selected
}

# A client session of ID for CLIENT by keys: the library, who the client is, the checklist
# answered "no" throughout. Leaves the session running.
client_session() { # ID CLIENT CHECKLIST-ITEMS
    find_protocol "$1"
    key ctrl+Return
    wait_dialog >/dev/null
    type_text "$2"
    key Return
    wait_dialog >/dev/null
    press n "$3"
    key Return
    settle 2
    key Right # the first step waits: "Get ready — press → to begin"
}
# Ends the running client session early by keys, and waits for the notes.
end_session() {
    key ctrl+w
    wait_dialog >/dev/null
    key alt+e
    wait_dialog >/dev/null
}
# In the notes' findings: a mark of KIND (its first letters) with WORDS, where the arrow KEYS
# move the cross from the middle of the diagram.
mark_finding() { # KIND WORDS KEYS...
    key alt+k
    type_text "$1"
    key alt+w
    xdotool key ctrl+a
    type_text "$2"
    key Tab # to the diagram
    shift 2
    (($# == 0)) || key "$@"
    key Return
}

# The journal of Marta Lindqvist's two sessions of the ball self-massage, made once by keys and
# copied into each shot's home: the first ended early with notes and a knot marked, the second
# shows the knot on its diagram, and ends with notes and two marks.
marta_home=$work/marta # made by the first shot that needs it (each shot runs in a subshell)
marta_session_two() { # leaves the second session running
    main_window
    client_session back-self-massage-balls "Marta" 9
}
seed_marta() {
    [[ ! -d $marta_home ]] || return 0
    echo "  (the journal of Marta Lindqvist's first session, by keys)"
    new_home light
    main_window
    client_session back-self-massage-balls "Marta Lindqvist" 9
    settle 5
    end_session
    key alt+f
    type_text "relaxed, a little sore"
    key alt+p
    type_text "firm"
    key alt+i
    type_text "knot under the right shoulder blade"
    mark_finding p knot Right Right Right Up Up Up
    key ctrl+Return
    settle
    quit_app
    mv "$HOME_DIR" "$marta_home"
}
with_marta() { seed_marta; new_home "$theme" "$marta_home"; }

shot_client-chooser() {
    with_marta
    main_window
    find_protocol back-self-massage-balls
    key ctrl+Return
    wait_dialog >/dev/null
    type_text "Marta"
    snap client-chooser
}
shot_session-findings() {
    with_marta
    marta_session_two
    settle 3
    snap session-findings
}
shot_session-notes() {
    with_marta
    marta_session_two
    settle 8
    end_session
    key alt+f
    type_text "better, knot softer"
    key alt+p
    type_text "medium"
    key alt+i
    type_text "knot smaller; tension at the base of the neck"
    mark_finding t "neck base" Up Up Up Up Up
    mark_finding p "knot, smaller" Right Right Right Up Up
    snap session-notes
}
shot_journal() {
    with_marta
    main_window
    key ctrl+j
    WINDOW=$(wait_dialog)
    key Down
    snap journal
}
shot_journal-findings() {
    with_marta
    main_window
    key ctrl+j
    WINDOW=$(wait_dialog)
    key Down
    key alt+m
    wait_dialog >/dev/null
    snap journal-findings
}
shot_session-summary() {
    with_marta
    app_env "$effleur" journal pdf 1 --paper a4 --out "$work/summary.pdf" >/dev/null
    pdf_page "$work/summary.pdf" session-summary
}

# Clients with courses under way, for Today and the course panel: the file is the journal
# Effleur created on its first start; the clients, their past sessions and their courses are
# written into it as the app writes them, dated back from today, so that some are due. Each
# session of the facial massage keeps the checklist record that `effleur gate` printed when
# answered by keys.
with_courses() {
    new_home "$theme"
    app_env "$effleur" journal list >/dev/null
    : >"$work/gate.json"
    LAUNCH_OUT=$work/gate.json launch '.' gate plastic-facial
    press n 8
    key Return
    wait_for "the checklist's record" sh -c "! kill -0 $app_pid"
    python3 - "$HOME_DIR/.local/share/effleur/effleur.sqlite" "$work/gate.json" <<'PY'
import datetime, json, sqlite3, sys
today = datetime.datetime.now(datetime.timezone.utc).replace(hour=9, minute=0, second=0, microsecond=0)
def ms(days_ago, hour=9):
    return int((today - datetime.timedelta(days=days_ago)).replace(hour=hour).timestamp() * 1000)
def day(days_ago):
    return (today - datetime.timedelta(days=days_ago)).date().isoformat()
con = sqlite3.connect(sys.argv[1])
record = json.load(open(sys.argv[2]))
def client(name):
    return con.execute("INSERT INTO clients (name, created_ms, updated_ms) VALUES (?, ?, ?)",
                       (name, ms(40), ms(40))).lastrowid
def session(who, protocol, title, days_ago, day_no=None, minutes=20):
    gate = "{}"
    if protocol == record.get("protocol", {}).get("id", record.get("protocol")):
        when = datetime.datetime.fromtimestamp(ms(days_ago) / 1000 - 300, datetime.timezone.utc)
        gate = json.dumps(dict(record, at=when.strftime("%Y-%m-%dT%H:%M:%S.000Z")))
    con.execute(
        "INSERT INTO sessions (client, protocol, protocol_version, protocol_title, protocol_hash, "
        "stage, day, started_ms, ended_ms, planned_ms, active_ms, outcome, verdict, gate_json) "
        "VALUES (?, ?, 1, ?, '00', ?, ?, ?, ?, ?, ?, 'finished', 'clear', ?)",
        (who, protocol, title, None if day_no is None else day_no - 1, day_no, ms(days_ago),
         ms(days_ago) + minutes * 60000, minutes * 60000, minutes * 60000, gate))
def course(who, protocol, started_days_ago):
    con.execute("INSERT INTO courses (client, protocol, started, created_ms) VALUES (?, ?, ?, ?)",
                (who, protocol, day(started_days_ago), ms(started_days_ago)))
facial = ("plastic-facial", "Plastic facial massage")
complex_ = ("kneading-prp-lymphatic",
            "Kneading massage, PRP mesotherapy and lymphatic drainage (three-day complex)")
anna = client("Anna Kowalska")
boris = client("Boris Levin")
clara = client("Clara Meier")
eva = client("Eva Nowak")
for d in (11, 9, 7, 5):                 # every other day, then a gap: overdue
    session(boris, *facial, d)
course(boris, facial[0], 11)
session(anna, *complex_, 1, day_no=1, minutes=13)   # day II is due today
course(anna, complex_[0], 1)
for d in range(26, 1, -2):               # twelve sessions, the next today
    session(eva, *facial, d)
course(eva, facial[0], 26)
course(clara, facial[0], -3)             # starts in three days
con.commit()
PY
}
shot_today() {
    with_courses
    main_window
    snap today
}
shot_journal-course() {
    with_courses
    main_window
    key Escape
    key ctrl+j
    WINDOW=$(wait_dialog)
    key alt+s
    type_text "Boris"
    key Down
    snap journal-course
}
shot_course-sheet() {
    with_courses
    app_env "$effleur" journal course-pdf "Boris Levin" --paper a4 --out "$work/course.pdf" >/dev/null
    pdf_page "$work/course.pdf" course-sheet
}

shot_preferences() {
    main_window
    key ctrl+comma
    WINDOW=$(wait_dialog)
    key Tab
    press Down 3 # Restart step
    key Return
    key Next # PgDown is "Next step"'s: refused
    snap preferences "$WINDOW"
}
shot_help() {
    main_window
    key F1
    WINDOW=$(wait_dialog)
    resize_window "$WINDOW" 960 720
    snap help "$WINDOW"
}
shot_practise() {
    main_window
    find_protocol plastic-facial
    key ctrl+r
    WINDOW=$(wait_dialog)
    snap practise "$WINDOW"
}

# The quiz window on the plastic facial massage, chooser filled by keys: the quiz (how many
# Downs from the first), the seed.
quiz() { # DOWNS SEED
    main_window
    find_protocol plastic-facial
    key ctrl+t
    WINDOW=$(wait_dialog)
    resize_window "$WINDOW" 1100 720
    press Down "$1"
    key alt+s ctrl+a
    type_text "$2"
    key Return
    settle
}
order_quiz() {
    quiz 0 475926
    key Down Down alt+Up Down Down Down alt+Down alt+Down
    key ctrl+Return
}
next_quiz() {
    quiz 1 827315
    key 1
}
shot_quiz-order() { order_quiz; snap quiz-order "$WINDOW"; }
shot_quiz-next() { next_quiz; snap quiz-next "$WINDOW"; }
shot_quiz-line() {
    quiz 2 674517
    key Tab Tab
    key Return
    snap quiz-line "$WINDOW"
}
shot_progress() {
    order_quiz
    key Return Escape Escape
    quit_app
    next_quiz
    key Return 2 Return 3 Return 4 Return 1 Return 2 Return 3 Return 4 Return 1 Return 2 Return
    key Escape Escape
    xdotool windowactivate "$(xdotool search --onlyvisible --pid "$app_pid" --name '^Effleur$' | head -n1)"
    WINDOW=$(xdotool search --onlyvisible --pid "$app_pid" --name '^Effleur$' | head -n1)
    key ctrl+shift+p
    WINDOW=$(wait_dialog)
    resize_window "$WINDOW" 1100 700
    snap progress "$WINDOW"
}

# An author's protocol with a misspelt technique, in their protocols folder.
shot_problems() {
    mkdir -p "$HOME_DIR/.local/share/effleur/protocols"
    sed '0,/"id": *"[^"]*"/s//"id": "my-neck"/' "$repo/tests/cli/data/misspelt-technique.json" \
        >"$HOME_DIR/.local/share/effleur/protocols/my-neck.json"
    main_window
    # the panel opened by itself for the broken file; F8 twice gives it the focus
    key F8
    key F8
    settle
    key Down
    snap problems
}
# The editor on a copy of the classic back massage (Ctrl+E on a bundled protocol offers one).
editor() {
    main_window
    find_protocol classic-back
    key ctrl+e
    wait_dialog >/dev/null
    key Return
    WINDOW=$(wait_dialog)
    resize_window "$WINDOW" 1200 740
    key Home Down Down # the first step
}
shot_editor() { editor; snap editor "$WINDOW"; }
shot_editor-json() {
    editor
    # the JSON tab and its text, by the mouse (the tab's mnemonic leaves the focus in the tree)
    xdotool mousemove --window "$WINDOW" 365 32 click 1
    settle
    xdotool mousemove --window "$WINDOW" 700 300 click 1
    settle 0.3
    # a typo in the audience (line 20, after the titles and summaries in four languages)
    key ctrl+Home
    press Down 19
    key End Left Left
    type_text "t"
    settle 2
    snap editor-json "$WINDOW"
}

#----------------------------------------------------------------------------------------------

wanted() { [[ -z $only ]] || [[ ",$only," == *",$1,"* ]]; }
if [[ -n $only ]]; then
    for n in ${only//,/ }; do
        printf '%s\n' "${shots[@]}" | grep -q "^$n " || { echo "screenshots.sh: no shot $n (--list)" >&2; exit 2; }
    done
fi

failed=()
for entry in "${shots[@]}"; do
    read -r name size theme <<<"$entry"
    wanted "$name" || continue
    [[ -z $theme_override ]] || theme=$theme_override
    echo "$name ($size, $theme)"
    start_display "$size"
    new_home "$theme"
    set +e
    (
        set -e
        "shot_$name"
    )
    rc=$?
    set -e
    ((rc == 0)) || failed+=("$name")
    quit_app
    rm -rf "$HOME_DIR"
done
if ((${#failed[@]})); then
    echo "screenshots.sh: not taken: ${failed[*]}; what Effleur said:" >&2
    tail -n 20 "$work/effleur.log" >&2 || true
    exit 1
fi
