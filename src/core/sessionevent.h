#pragma once
// What the step engine tells its consumers (UI, cues, journal, runner), in order.
// Every event carries where the session was (stage, step, side part, pass) and two times: when
// it was due and when it was delivered (delivered >= scheduled, always). Plain values; no
// function here throws.

#include "clock.h"
#include "enginestate.h"
#include "protocol.h"

#include <cstdint>
#include <optional>
#include <string_view>

namespace effleur {

enum class EventKind {
    StepStarted,     // a part (a step, or one side of an alternating step) starts
    Halfway,         // half of the part's planned time is over
    TenSecondsLeft,  // ten seconds of the part remain
    Countdown,       // 3, 2, 1 seconds remain (value)
    PassChanged,     // a new pass of a pass-timed step begins (pass)
    BreathingPhase,  // a breathing count begins (phase, count); count == 1 is a new phase
    StepEnded,       // a part ends, by its time or by a command (cause)
    SideSwitch,      // between the two sides of an alternating step; side is the new side
    Waiting,         // the engine waits for the therapist (wait)
    Paused,          // by command
    Resumed,         // by command
    Extended,        // the part's time was changed by `amount`
    SpeedChanged,    // the session speed is now value_milli / 1000
    TempoChanged,    // the breathing count length scale is now value_milli / 1000
    StageEnded,      // the last step of a stage is over
    SessionFinished, // the last event of a session
};

// What made an event happen: the time, or a command.
enum class EventCause { Clock, Start, Next, Back, Restart, Skip, Jump, Command };

struct SessionEvent {
    std::uint64_t seq = 0; // 1, 2, 3, ... within a session, without gaps
    EventKind kind = EventKind::StepStarted;
    EventCause cause = EventCause::Clock;

    // Where: indices into Protocol::stages and Stage::steps, the side part of the step (0, or 1
    // for the second side of an alternating step) and the side worked (nullopt: both at once).
    std::size_t stage = 0;
    std::size_t step = 0;
    int part = 0;
    int parts = 1;
    std::optional<BodySide> side;
    int pass = 1; // 1-based pass under way
    int passes = 1;

    int value = 0;                      // Countdown: 3, 2 or 1
    Duration amount{0};                 // Extended: by how much protocol time (may be negative)
    std::int64_t value_milli = 0;       // SpeedChanged, TempoChanged: the new factor x 1000
    WaitReason wait = WaitReason::None; // Waiting: why

    // BreathingPhase: the phase, its 0-based index in Breathing::phases, the 1-based count within
    // the phase and the phase's length in counts, the 1-based round, and the length of one count.
    std::optional<BreathPhaseKind> phase;
    int phase_index = 0;
    int count = 0;
    int counts = 0;
    int round = 0;
    int rounds = 0;
    Duration count_length{0};

    TimePoint scheduled; // when it was due on the monotonic clock, after speed and pauses
    TimePoint delivered; // the `now` of the call that returned it

    friend bool operator==(const SessionEvent&, const SessionEvent&) = default;
};

[[nodiscard]] std::string_view to_string(EventKind);  // kebab-case, e.g. "step-started"
[[nodiscard]] std::string_view to_string(EventCause); // e.g. "clock", "next"

} // namespace effleur
