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
# Usage: scripts/record-cues.sh [BUILD_DIR] [PROTOCOL] [SPEED] [SECONDS]
#   defaults: build/prefs neck-self-massage 10 15; writes /tmp/effleur-cues.wav and
#   /tmp/effleur-cues.png.
# Needs pulseaudio, pulseaudio-utils (parec, pactl), sox and Xvfb; none of them is needed to
# build or test Effleur. Everything it starts it stops; the user's settings are not touched
# (a throw-away XDG_CONFIG_HOME is used).
set -eu
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build/prefs}"
protocol="${2:-neck-self-massage}"
speed="${3:-10}"
seconds="${4:-15}"
wav=/tmp/effleur-cues.wav
png=/tmp/effleur-cues.png
display=:97

for tool in pulseaudio pactl parec sox Xvfb; do
    command -v "$tool" >/dev/null || { echo "record-cues: $tool is missing" >&2; exit 1; }
done
[ -x "$build/src/app/effleur" ] || { echo "record-cues: no $build/src/app/effleur" >&2; exit 1; }

work="$(mktemp -d)"
export XDG_RUNTIME_DIR="$work/run" XDG_CONFIG_HOME="$work/config" XDG_STATE_HOME="$work/state"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

xvfb_pid=""
rec_pid=""
cleanup() {
    [ -n "$rec_pid" ] && kill "$rec_pid" 2>/dev/null || true
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

Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb_pid=$!
sleep 1

rm -f "$wav"
parec -d effleur_null.monitor --file-format=wav "$wav" &
rec_pid=$!
DISPLAY="$display" timeout "$seconds" "$build/src/app/effleur" rehearse "$protocol" \
    --speed "$speed" || true
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
sox "$wav" -n spectrogram -x 1200 -y 400 -t "effleur rehearse $protocol --speed $speed" -o "$png"
echo "== spectrogram: $png"
