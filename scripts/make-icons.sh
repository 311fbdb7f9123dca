#!/bin/sh
# Renders the application icon (resources/icons/app.effleur.Effleur.svg) into the PNG sizes of the
# hicolor icon theme, resources/icons/<N>x<N>/app.effleur.Effleur.png. Needs rsvg-convert
# (librsvg2-bin). Run from anywhere; the PNGs are committed, so builds do not need it.
set -eu
icons="$(cd "$(dirname "$0")/.." && pwd)/resources/icons"
for n in 16 22 24 32 48 64 128 256; do
    mkdir -p "$icons/${n}x${n}"
    rsvg-convert -w "$n" -h "$n" "$icons/app.effleur.Effleur.svg" -o "$icons/${n}x${n}/app.effleur.Effleur.png"
done
