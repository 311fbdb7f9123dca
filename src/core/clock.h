#pragma once
// Monotonic time for the step engine and whoever drives it.
// The engine never reads a clock itself: its driver (a QTimer in the UI, the runner's loop, a
// test) owns a Clock and passes `now` into every call. FakeClock moves only when told to, so
// tests never sleep. No function here throws.

#include <chrono>
#include <type_traits>

namespace effleur {

// Every time in the engine is a point on the steady (CLOCK_MONOTONIC) clock, in nanoseconds.
using TimePoint = std::chrono::steady_clock::time_point;
using Duration = std::chrono::nanoseconds;
static_assert(std::is_same_v<std::chrono::steady_clock::duration, Duration>,
              "the engine's arithmetic assumes a nanosecond steady clock");

class Clock {
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual TimePoint now() const = 0;

protected:
    Clock() = default;
    Clock(const Clock&) = default;
    Clock& operator=(const Clock&) = default;
};

// The real monotonic clock.
class SteadyClock final : public Clock {
public:
    [[nodiscard]] TimePoint now() const override { return std::chrono::steady_clock::now(); }
};

// A clock for tests and rehearsal tools. It never goes backwards: a negative step or an
// earlier time is ignored by design, which keeps it a valid monotonic clock.
class FakeClock final : public Clock {
public:
    // Starts an hour past the epoch so that "before the start" is still a valid time point.
    explicit FakeClock(TimePoint start = TimePoint{} + std::chrono::hours(1)) : now_(start) {}

    [[nodiscard]] TimePoint now() const override { return now_; }
    void advance(Duration by) {
        if (by > Duration::zero())
            now_ += by;
    }
    void set(TimePoint t) {
        if (t > now_)
            now_ = t;
    }

private:
    TimePoint now_;
};

} // namespace effleur
