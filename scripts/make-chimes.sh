#!/bin/sh
# Makes the three session chimes (resources/sounds/*.wav): short, distinct, 16-bit mono 22.05 kHz.
#   halfway      one soft mid tone
#   ten-seconds  two rising tones: "almost there"
#   step-end     a low-high-low bell, longer, unmistakable as "done"
# Needs sox. Run from anywhere; the files are committed, so builds do not need sox.
set -eu
out="$(cd "$(dirname "$0")/.." && pwd)/resources/sounds"
mkdir -p "$out"
fmt="-r 22050 -c 1 -b 16"

sox -n $fmt "$out/halfway.wav" synth 0.35 sine 660 fade q 0.01 0.35 0.25 vol 0.6

sox -n $fmt "$out/ten-a.wav" synth 0.18 sine 784 fade q 0.01 0.18 0.08 vol 0.6
sox -n $fmt "$out/ten-b.wav" synth 0.25 sine 1046 fade q 0.01 0.25 0.15 vol 0.6
sox "$out/ten-a.wav" "$out/ten-b.wav" "$out/ten-seconds.wav"
rm -f "$out/ten-a.wav" "$out/ten-b.wav"

sox -n $fmt "$out/step-end.wav" synth 0.9 sine 523 sine 784 sine 1046 \
    remix - fade q 0.01 0.9 0.7 vol 0.5
