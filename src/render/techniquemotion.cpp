#include "render/techniquemotion.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace effleur::ui {

namespace {

constexpr double tau = 2.0 * std::numbers::pi;

double frac(double x) {
    return x - std::floor(x);
}
double smoothstep(double x) {
    const double t = std::clamp(x, 0.0, 1.0);
    return t * t * (3.0 - 2.0 * t);
}

// Travel in `stations` stops: hold at each for `hold` of its share, then move on quickly.
// Starts at 0 and ends at 1 like an even glide, so a line is still covered in its time.
double stepped(double travel, int stations, double hold) {
    if (stations < 2) {
        return travel;
    }
    const double n = static_cast<double>(stations - 1);
    const double x = std::clamp(travel, 0.0, 1.0) * n;
    const double k = std::min(std::floor(x), n - 1.0);
    const double within = x - k;
    const double move = within < hold ? 0.0 : smoothstep((within - hold) / (1.0 - hold));
    return (k + move) / n;
}

int stations_for(double stroke_seconds, double seconds_per_station) {
    return std::max(2, static_cast<int>(std::lround(stroke_seconds / seconds_per_station)) + 1);
}

} // namespace

MarkerStyle marker_style(Technique technique) {
    switch (technique) {
    case Technique::Stroking:
    case Technique::Squeezing:
        return MarkerStyle::Glide;
    case Technique::Kneading:
    case Technique::Rubbing:
        return MarkerStyle::Circles;
    case Technique::Sawing:
        return MarkerStyle::ToAndFro;
    case Technique::Tapping:
        return MarkerStyle::Pulses;
    case Technique::Vibration:
        return MarkerStyle::Tremor;
    case Technique::Pressing:
    case Technique::Fixation:
        return MarkerStyle::Hold;
    case Technique::Rolling:
        return MarkerStyle::Wave;
    case Technique::Planing:
        return MarkerStyle::Rake;
    case Technique::Shading:
        return MarkerStyle::Comb;
    case Technique::Pinching:
        return MarkerStyle::Pinch;
    case Technique::Drainage:
        return MarkerStyle::Surge;
    case Technique::Breathing:
    case Technique::Procedure:
    case Technique::Preparation:
        return MarkerStyle::None;
    }
    return MarkerStyle::None;
}

MarkerPose technique_pose(Technique technique, double travel, double stroke_seconds, double t) {
    MarkerPose pose;
    pose.style = marker_style(technique);
    pose.travel = std::clamp(travel, 0.0, 1.0);
    switch (pose.style) {
    case MarkerStyle::Glide:
    case MarkerStyle::None:
        break;
    case MarkerStyle::Circles: {
        // Kneading turns slower and wider than rubbing; both circle on the line.
        const double hz = technique == Technique::Kneading ? 1.1 : 2.0;
        const double r = technique == Technique::Kneading ? 0.9 : 0.6;
        const double a = tau * hz * t;
        pose.offset = QPointF(std::cos(a) * r, std::sin(a) * r);
        pose.phase = frac(hz * t);
        pose.ring = r;
        pose.ring_alpha = 0.55;
        // The squeeze of kneading: the pad is smallest where it presses.
        pose.scale = technique == Technique::Kneading ? 0.9 + 0.12 * std::sin(a) : 1.0;
        break;
    }
    case MarkerStyle::ToAndFro: {
        const double a = tau * 2.4 * t;
        pose.offset = QPointF(0.0, 1.3 * std::sin(a));
        pose.phase = frac(2.4 * t);
        break;
    }
    case MarkerStyle::Pulses: {
        // Four taps a second; the pad drops at each tap and a ring spreads from it.
        const double p = frac(4.0 * t);
        pose.phase = p;
        pose.scale = p < 0.2 ? 0.75 : 1.0;
        pose.ring = 1.0 + 1.6 * p;
        pose.ring_alpha = std::max(0.0, 1.0 - p);
        pose.travel = stepped(travel, stations_for(stroke_seconds, 0.25), 0.7);
        break;
    }
    case MarkerStyle::Tremor: {
        // Incommensurate frequencies make a fine, irregular tremor.
        pose.offset = QPointF(0.16 * std::sin(tau * 23.0 * t) + 0.08 * std::sin(tau * 31.0 * t),
                              0.16 * std::cos(tau * 19.0 * t) + 0.08 * std::sin(tau * 37.0 * t));
        pose.phase = frac(3.0 * t);
        pose.ring = 1.3 + 0.8 * pose.phase;
        pose.ring_alpha = 0.8 * (1.0 - pose.phase);
        break;
    }
    case MarkerStyle::Hold: {
        // Press and hold about 2 s at each point; the ring closes in as the pressure builds.
        const double per = 2.0;
        const int n = stations_for(stroke_seconds, per);
        pose.travel = stepped(travel, n, 0.8);
        const double within = frac(std::min(travel, 0.9999) * (n - 1));
        const double press = within < 0.8 ? within / 0.8 : 1.0;
        pose.ring = 2.2 - 1.1 * press;
        pose.ring_alpha = within < 0.8 ? 0.9 : 0.0;
        pose.scale = 1.0 - 0.15 * press;
        break;
    }
    case MarkerStyle::Wave: {
        const double a = tau * 1.2 * t;
        pose.offset = QPointF(0.0, 0.9 * std::sin(a));
        pose.phase = frac(1.2 * t);
        break;
    }
    case MarkerStyle::Rake: {
        // Short pushes forward, each about 0.6 s: out fast, back slowly.
        const double p = frac(t / 0.6);
        const double push = p < 0.55 ? smoothstep(p / 0.55) : 1.0 - smoothstep((p - 0.55) / 0.45);
        pose.offset = QPointF(1.4 * push - 0.7, 0.0);
        pose.phase = p;
        break;
    }
    case MarkerStyle::Comb: {
        const double a = tau * 2.0 * t;
        pose.offset = QPointF(0.9 * std::sin(a), 0.0);
        pose.phase = frac(2.0 * t);
        break;
    }
    case MarkerStyle::Pinch: {
        pose.phase = frac(1.6 * t);
        pose.travel = stepped(travel, stations_for(stroke_seconds, 0.625), 0.75);
        break;
    }
    case MarkerStyle::Surge: {
        // A pump every 1.5 s: push the lymph along, then let go.
        const int n = stations_for(stroke_seconds, 1.5);
        pose.travel = stepped(travel, n, 0.35);
        const double within = frac(std::min(travel, 0.9999) * (n - 1));
        pose.phase = within;
        pose.scale = within < 0.35 ? 1.0 + 0.25 * std::sin(std::numbers::pi * within / 0.35) : 1.0;
        pose.ring = within < 0.35 ? 1.2 + 1.2 * within / 0.35 : 0.0;
        pose.ring_alpha = within < 0.35 ? 0.7 * (1.0 - within / 0.35) : 0.0;
        break;
    }
    }
    return pose;
}

} // namespace effleur::ui
