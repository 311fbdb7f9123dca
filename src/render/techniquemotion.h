#pragma once
// How the hand marker moves for each technique: where along the line it is (some techniques
// travel in steps or surges rather than a glide) and the technique's own small motion around
// that point (circles, to-and-fro, pulses, tremor, a hold, a wave, a rake or a comb).
// Pure functions of time; nothing here throws.

#include "core/protocol.h"

#include <QPointF>

namespace effleur::ui {

// The marker's shape and the kind of motion it makes.
enum class MarkerStyle {
    Glide,    // stroking, squeezing: a pad gliding, with a fading trail
    Circles,  // kneading, rubbing: small circles on the line
    ToAndFro, // sawing: back and forth across the line
    Pulses,   // tapping: discrete taps, each a ring
    Tremor,   // vibration: a fine tremor with ripples
    Hold,     // pressing, fixation: press, hold, release, move on
    Wave,     // rolling: a fold of skin rolled along in a wave
    Rake,     // planing: a rake pushed along in short strokes
    Comb,     // shading: a comb hatching to and fro
    Pinch,    // pinching: two fingertips meeting across the line
    Surge,    // drainage: a wave of pressure pumped along the line
    None,     // breathing, procedures, preparation: no hand
};

[[nodiscard]] MarkerStyle marker_style(Technique technique);

struct MarkerPose {
    MarkerStyle style = MarkerStyle::Glide;
    // Where along the line the hand is, as a fraction of the arc length.
    double travel = 0;
    // The technique's own motion around that point, in marker radii, in the line's frame:
    // x along the travel, y across it (to the left of travel).
    QPointF offset;
    double scale = 1.0; // the pad's size
    double ring = 0;    // an effect ring's radius in marker radii; 0 for none
    double ring_alpha = 0;
    double phase = 0; // the technique's cycle, [0, 1), for shapes that animate (comb, pinch)
};

// `travel` is the even progress along the current line, [0, 1]; `stroke_seconds` how long one
// traversal of it takes; `t` seconds of the part so far (drives the rhythm).
[[nodiscard]] MarkerPose technique_pose(Technique technique, double travel, double stroke_seconds,
                                        double t);

} // namespace effleur::ui
