#pragma once
// Maps monotonic time to protocol time within the current part, exactly.
// Protocol time ("position") is held in picoseconds in 128-bit integers and speed in thousandths,
// so a real nanosecond at speed s is exactly s*1000 ps of position: pausing, resuming, changing
// speed and chaining parts lose nothing, at any speed from 0.001x to 1000x. Position only changes
// through anchors (set, stop, run, speed, shift); nothing is ever accumulated per tick.
// Value type; no function here throws.

#include "clock.h"

#include <cstdint>

namespace effleur {

__extension__ typedef __int128 Wide; // NOLINT: 128-bit arithmetic without a pedantic warning

inline constexpr Wide ps_per_ns = 1000;
inline constexpr std::int64_t unit_speed_milli = 1000; // 1x

[[nodiscard]] constexpr Wide to_ps(Duration d) {
    return Wide{d.count()} * ps_per_ns;
}
// Rounds towards minus infinity.
[[nodiscard]] constexpr Wide floor_div(Wide a, Wide b) {
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}
// Rounds towards plus infinity.
[[nodiscard]] constexpr Wide ceil_div(Wide a, Wide b) {
    return a >= 0 ? (a + b - 1) / b : a / b;
}
// Whole nanoseconds of a position, rounded down; saturates far beyond any session.
[[nodiscard]] Duration floor_ns(Wide ps);

class SessionClock {
public:
    SessionClock() = default;
    explicit SessionClock(std::int64_t speed_milli) : speed_milli_(speed_milli) {}

    // The position is `position` at `now`, moving if `running`.
    void set(TimePoint now, Wide position, bool running);
    // Freezes the position at its value at `now` / lets it move again from `now`.
    void stop(TimePoint now);
    void run(TimePoint now);
    // Keeps the position at `now` and moves at the new speed from then on.
    void set_speed(TimePoint now, std::int64_t speed_milli);
    // Moves the origin of positions: used when one part ends and the next begins at the same
    // instant, so the next part's position continues without re-anchoring.
    void shift(Wide delta) { anchor_position_ += delta; }

    [[nodiscard]] Wide position(TimePoint now) const;
    // The earliest time at which position(t) >= `position`. When stopped: the anchor time if the
    // position is already reached, else TimePoint::max().
    [[nodiscard]] TimePoint when(Wide position) const;

    [[nodiscard]] bool running() const { return running_; }
    [[nodiscard]] std::int64_t speed_milli() const { return speed_milli_; }
    [[nodiscard]] TimePoint anchor_time() const { return anchor_time_; }
    [[nodiscard]] Wide anchor_position() const { return anchor_position_; }

private:
    TimePoint anchor_time_{};
    Wide anchor_position_ = 0;
    std::int64_t speed_milli_ = unit_speed_milli;
    bool running_ = false;
};

} // namespace effleur
