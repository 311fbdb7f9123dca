#!/bin/sh
# Records what a rehearsal actually plays, to check by ear and by numbers that the spoken
# prompts and the chimes reach an audio device (the unit tests only record what was asked for).
#
# It starts a private PulseAudio server with a null sink (no sound card needed), a private X
# display (Xvfb), runs `effleur rehearse PROTOCOL --speed SPEED` for SECONDS while recording the
# sink's monitor, then prints `sox stat` for the whole take and its RMS per two seconds, and
# draws a spectrogram. Speech shows as broadband formants up to about 8 kHz (flite speaks at
# 16 kHz); the chimes as narrow tones: halfway 660 Hz, ten seconds 784 then 1046 Hz, step end
# 523 + 784 + 1046 Hz together.
#
# It also runs the app with --verbose and lists every prompt and chime as the app started it
# ("saying ..." once the audio device has begun it, with the try: a prompt the text-to-speech
# engine fails is said again), each with the RMS of the take from that moment to the next cue
# (at most 1.5 s): over the whole band, and above 1.5 kHz, where speech has energy and the
# chimes (all below 1.1 kHz) have none. Silence after a "saying" line means an unheard prompt.
#
# LANGUAGE (en, ru, uk or pl) runs the app in that language, chosen as Preferences would (the
# throw-away settings file): the cues with a text in it are said by speech-dispatcher's
# espeak-ng voice for it, the rest in English by flite. speech-dispatcher needs no display or
# session bus: the app's speech library starts it on demand (autospawn) with a socket in
# XDG_RUNTIME_DIR, and it plays into the same private PulseAudio server; the script stops it at
# the end. (speech-dispatcher refuses to start under a LANG whose locale is not generated on the
# machine, so the script leaves LANG as it is.)
#
# Last, each "saying" line is judged: heard when the take from it to the next prompt (at most
# 1.5 s) has speech energy above 1.5 kHz (louder than 0.3% of full scale) for at least 0.2 s; it
# exits 1 if any prompt went unheard. A chime does not end the window: it has no energy above
# 1.5 kHz, and the voice starts a moment after the engine reports it speaking (speech-dispatcher
# more so than flite), so a chime rung just after a prompt began would hide the prompt.
#
# Usage: scripts/record-cues.sh [BUILD_DIR] [PROTOCOL] [SPEED] [SECONDS] [LANGUAGE]
#   defaults: build/release neck-self-massage 10 15 en; writes /tmp/effleur-cues.wav,
#   /tmp/effleur-cues.png and /tmp/effleur-cues.log (the app's console output).
# Needs pulseaudio, pulseaudio-utils (parec, pactl), sox and Xvfb; none of them is needed to
# build or test Effleur. Everything it starts it stops; the user's settings are not touched
# (a throw-away XDG_CONFIG_HOME is used).
set -eu
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build/release}"
protocol="${2:-neck-self-massage}"
speed="${3:-10}"
seconds="${4:-15}"
language="${5:-en}"
case "$language" in
en | ru | uk | pl) ;;
*) echo "record-cues: LANGUAGE is en, ru, uk or pl" >&2; exit 2 ;;
esac
wav=/tmp/effleur-cues.wav
png=/tmp/effleur-cues.png
log=/tmp/effleur-cues.log

for tool in pulseaudio pactl parec sox Xvfb bc; do
    command -v "$tool" >/dev/null || { echo "record-cues: $tool is missing" >&2; exit 1; }
done
[ -x "$build/src/app/effleur" ] || { echo "record-cues: no $build/src/app/effleur" >&2; exit 1; }

work="$(mktemp -d)"
export XDG_RUNTIME_DIR="$work/run" XDG_CONFIG_HOME="$work/config" XDG_STATE_HOME="$work/state"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
mkdir -p "$XDG_CONFIG_HOME/Effleur"
printf '[ui]\nlanguage=%s\n' "$language" >"$XDG_CONFIG_HOME/Effleur/Effleur.conf"

xvfb_pid=""
rec_pid=""
cleanup() {
    [ -n "$rec_pid" ] && kill "$rec_pid" 2>/dev/null || true
    # The speech server the app started, by the pid it wrote.
    spd_pid_file="$XDG_RUNTIME_DIR/speech-dispatcher/pid/speech-dispatcher.pid"
    [ -s "$spd_pid_file" ] && kill "$(cat "$spd_pid_file")" 2>/dev/null || true
    pulseaudio --kill 2>/dev/null || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

# Its own server (-n: no default.pa), so that a desktop's server, if any, is left alone; the
# null sink becomes the only, hence the default, output.
pulseaudio -D -n --exit-idle-time=-1 --disallow-exit --system=false \
    --load=module-native-protocol-unix \
    --load="module-null-sink sink_name=effleur_null" --log-target=file:"$work/pulse.log"
pactl set-default-sink effleur_null

# Xvfb picks a free display and writes its number to fd 3.
Xvfb -displayfd 3 -screen 0 1280x800x24 3>"$work/display" >/dev/null 2>&1 &
xvfb_pid=$!
tries=0
while [ ! -s "$work/display" ]; do
    tries=$((tries + 1))
    [ "$tries" -lt 100 ] || { echo "record-cues: Xvfb did not start" >&2; exit 1; }
    sleep 0.1
done
display=":$(cat "$work/display")"

rm -f "$wav"
parec -d effleur_null.monitor --format=s16le --rate=44100 --channels=2 --file-format=wav \
    "$wav" &
rec_pid=$!
# The take's time zero on the wall clock: parec needs a moment to connect, so wait until data
# flows and subtract what has been written (176400 bytes a second, after a 44-byte header).
tries=0
while [ "$(stat -c %s "$wav" 2>/dev/null || echo 0)" -lt 20000 ]; do
    tries=$((tries + 1))
    [ "$tries" -lt 100 ] || { echo "record-cues: parec records nothing" >&2; exit 1; }
    sleep 0.05
done
now="$(date +%s.%N)"
start="$(echo "$now - ($(stat -c %s "$wav") - 44) / 176400" | bc -l)"
DISPLAY="$display" timeout "$seconds" "$build/src/app/effleur" --verbose rehearse "$protocol" \
    --speed "$speed" >"$log" 2>&1 || true
sleep 1
kill "$rec_pid" 2>/dev/null || true
rec_pid=""
sleep 0.5

echo "== $wav: the whole take"
sox "$wav" -n stat 2>&1 | grep -E "Length|Maximum amp|RMS +amp"
echo "== RMS amplitude per 2 s (0 means silence)"
length="$(sox --i -D "$wav")"
length="${length%.*}"
t=0
while [ "$t" -lt "$length" ]; do
    printf '%3d s  ' "$t"
    sox "$wav" -n trim "$t" 2 stat 2>&1 | sed -n 's/^RMS *amplitude: *//p'
    t=$((t + 2))
done
echo "== cues as the app started them: seconds into the take, RMS all / above 1.5 kHz"
# spdlog stamps lines with the local wall-clock time: [YYYY-MM-DD HH:MM:SS.mmm]
sed -n 's/^\[\([0-9-]* [0-9:.]*\)\].*\(saying .*\|chime: .*\)$/\1|\2/p' "$log" |
    while IFS='|' read -r stamp what; do
        printf '%s|%s\n' "$(echo "$(date -d "$stamp" +%s.%N) - $start" | bc)" "$what"
    done >"$work/cues"
length_f="$(sox --i -D "$wav")"
# Each cue's window runs to the next cue, at most 1.5 s, at least 0.3 s.
awk -F'|' '{ t[NR] = $1; w[NR] = $2 } END {
    for (i = 1; i <= NR; ++i) {
        d = (i < NR ? t[i + 1] - t[i] : 1.5); if (d > 1.5) d = 1.5; if (d < 0.3) d = 0.3
        printf "%.2f|%.2f|%s\n", t[i], d, w[i] } }' "$work/cues" |
    while IFS='|' read -r at span what; do
        rms() { sox "$wav" -n trim "$at" "$span" "$@" stat 2>&1 | sed -n 's/^RMS *amplitude: *//p'; }
        if [ "$(echo "$at + $span > $length_f" | bc)" = 1 ]; then
            printf '%7s s  %-8s %-8s  %s\n' "$at" "-" "-" "$what (after the take)"
        else
            printf '%7s s  %-8s %-8s  %s\n' "$at" "$(rms)" "$(rms sinc 1500)" "$what"
        fi
    done
grep -E "warning|error" "$log" || echo "(no warnings)"
echo "== each prompt heard? (speech above 1.5 kHz for at least 0.2 s)"
unheard=0
# A try that the engine failed is followed by the next try of the same prompt: only the last
# try of each prompt is judged.
awk -F'|' '{ t[NR] = $1; w[NR] = $2 } END {
    for (i = 1; i <= NR; ++i) {
        if (w[i] !~ /^saying /) continue
        p = w[i]; sub(/ \(try [0-9]+\)$/, "", p)
        retried = 0
        for (j = i + 1; j <= NR; ++j) {
            if (w[j] !~ /^saying /) continue
            q = w[j]; sub(/ \(try [0-9]+\)$/, "", q)
            retried = (q == p && w[j] ~ /\(try [2-9]\)$/); break
        }
        if (!retried) print t[i] "|" w[i] } }' "$work/cues" >"$work/judged"
while IFS='|' read -r at what; do
    # The next prompt, not the next chime (see the header).
    next="$(awk -F'|' -v t="$at" '$1 > t && $2 ~ /^saying / { print $1; exit }' "$work/cues")"
    [ -n "$next" ] && span="$(echo "$next - $at" | bc)" || span=1.5
    [ "$(echo "$span > 1.5" | bc)" = 1 ] && span=1.5
    if [ "$(echo "$at + $span > $length_f" | bc)" = 1 ]; then
        continue
    fi
    # The take's clock is known to within a few tenths of a second: the window opens 0.5 s early.
    from="$(echo "if ($at > 0.5) $at - 0.5 else 0" | bc)"
    span="$(echo "$span + $at - $from" | bc)"
    # The length of what stays once the quiet (below 0.3% of full scale) is taken from both ends.
    heard="$(sox "$wav" -n trim "$from" "$span" sinc 1500 silence 1 0.02 0.3% reverse \
        silence 1 0.02 0.3% reverse stat 2>&1 | sed -n 's/^Length (seconds): *//p')"
    if [ "$(echo "${heard:-0} >= 0.2" | bc)" = 1 ]; then
        printf '  heard %5.2f s  %s\n' "$heard" "$what"
    else
        printf '  UNHEARD         %s\n' "$what"
        unheard=$((unheard + 1))
    fi
done <"$work/judged"
sox "$wav" -n spectrogram -x 1200 -y 400 -t "effleur rehearse $protocol --speed $speed" -o "$png"
echo "== spectrogram: $png"
[ "$unheard" -eq 0 ] || { echo "record-cues: $unheard prompt(s) unheard" >&2; exit 1; }
