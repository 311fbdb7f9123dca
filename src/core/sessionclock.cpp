#include "sessionclock.h"

#include <limits>

namespace effleur {

namespace {

constexpr Wide max_ns = std::numeric_limits<std::int64_t>::max();

TimePoint offset(TimePoint t, Wide ns) {
    // Saturate rather than overflow: a time that far away means "never".
    const Wide base = t.time_since_epoch().count();
    const Wide sum = base + ns;
    if (sum >= max_ns)
        return TimePoint::max();
    if (sum <= -max_ns)
        return TimePoint::min();
    return TimePoint{Duration{static_cast<std::int64_t>(sum)}};
}

} // namespace

Duration floor_ns(Wide ps) {
    const Wide ns = floor_div(ps, ps_per_ns);
    if (ns >= max_ns)
        return Duration::max();
    if (ns <= -max_ns)
        return Duration::min();
    return Duration{static_cast<std::int64_t>(ns)};
}

void SessionClock::set(TimePoint now, Wide position, bool running) {
    anchor_time_ = now;
    anchor_position_ = position;
    running_ = running;
}

void SessionClock::stop(TimePoint now) {
    set(now, position(now), false);
}

void SessionClock::run(TimePoint now) {
    set(now, position(now), true);
}

void SessionClock::set_speed(TimePoint now, std::int64_t speed_milli) {
    const Wide here = position(now);
    speed_milli_ = speed_milli;
    // A stopped clock keeps its anchor time: it is the time the position was last reached.
    if (running_)
        set(now, here, true);
}

Wide SessionClock::position(TimePoint now) const {
    if (!running_)
        return anchor_position_;
    const Wide elapsed = (now - anchor_time_).count();
    return anchor_position_ + elapsed * speed_milli_;
}

TimePoint SessionClock::when(Wide position) const {
    if (!running_)
        return position <= anchor_position_ ? anchor_time_ : TimePoint::max();
    return offset(anchor_time_, ceil_div(position - anchor_position_, speed_milli_));
}

} // namespace effleur
