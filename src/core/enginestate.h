#pragma once
// The step engine's states and which commands each allows: the transition table as data, and
// why a command is refused, as data too: a view words a Refusal in the user's language, and
// to_string() gives the plain English the command line and the logs print.
// docs/step-engine.md gives the same table with each command's exact timing. Pure functions; no
// function here throws except to_string(const Refusal&), which may throw std::bad_alloc.

#include "clock.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace effleur {

enum class EngineState {
    Idle,                // built, not started
    Running,             // a timed part is under way
    Paused,              // a timed part is under way, its time stopped
    WaitingForTherapist, // the time is stopped until the therapist says `next`; see WaitReason
    Finished,            // the last part is over; terminal
};

// Why the engine waits. None unless the state is WaitingForTherapist.
enum class WaitReason {
    None,
    BeforeStep, // the step has wait_before; it has not started yet
    Procedure,  // an untimed step (a clinical procedure) is under way
    StepDone,   // a manual step's time is up; the step has ended
};

enum class Command {
    Start,
    Pause,
    Resume,
    Next,
    Back,
    Restart,
    Skip,
    Extend,
    Jump,
    SetSpeed,
    SetTempo,
    Restore,
};

// Why a command was refused. The state's reasons (the transition table) come first, then the
// reasons a command's arguments or the moment give.
enum class RefusalKind {
    None,                 // not refused
    ImpossibleState,      // the state and wait reason cannot go together
    RestoreAfterStart,    // restore on an engine that has started
    NotStarted,           // idle: start (or jump) first
    AlreadyStarted,       // start again
    NotPaused,            // resume while running
    AlreadyPaused,        // pause while paused
    WaitingTimeStopped,   // pause while waiting for the therapist
    WaitingUseNext,       // resume while waiting for the therapist: next goes on
    StepNotStarted,       // restart or extend before a step that waits: next starts it
    UntimedNoRestart,     // restart during an untimed step (a procedure)
    UntimedNoExtend,      // extend during an untimed step
    StepTimeUp,           // extend after a manual step's time is up: back or restart runs it again
    Finished,             // any command after the end
    InsideEventHandler,   // a command from inside an event handler
    FirstStep,            // back from the session's first step, which has not started
    BreathingExtend,      // extend a breathing step: its counts time it
    ExtendByZero,         // extend by 0
    EndBeforeNow,         // shortening by more than is left; Refusal::most says how much may go
    LongerThanMax,        // a part longer than max_part_length (24 h)
    NotInSession,         // jump to a step outside the session; Refusal::stage and ::step say which
    SpeedOutOfRange,      // not in (0, max_speed]
    CountScaleOutOfRange, // not in [min_count_scale, max_count_scale]
    Snapshot,             // restore of a snapshot that does not fit; Refusal::detail says why
};

// A refusal and the values its words need. Equal refusals read the same.
struct Refusal {
    RefusalKind kind = RefusalKind::None;
    std::size_t stage = 0; // NotInSession: the step asked for, 0-based
    std::size_t step = 0;  // (within Protocol::stages[stage])
    Duration most{0};      // EndBeforeNow: the most that can still be taken off, >= 0
    std::string detail;    // Snapshot: what does not fit, in plain English (for the log)

    Refusal() = default;
    explicit Refusal(RefusalKind why) : kind(why) {}
    [[nodiscard]] static Refusal not_in_session(std::size_t stage, std::size_t step);
    [[nodiscard]] static Refusal end_before_now(Duration most);
    [[nodiscard]] static Refusal snapshot(std::string why);
    bool operator==(const Refusal&) const = default;
};

// Whether a (state, reason) pair can occur at all.
[[nodiscard]] bool valid_state(EngineState state, WaitReason reason);

// Why `command` is refused in this state, or None when the state allows it. A command the state
// allows may still be refused for its arguments (see StepEngine).
[[nodiscard]] RefusalKind refusal(EngineState state, WaitReason reason, Command command);

// The refusal in plain English, as the command line and the logs print it ("stage 1, step 8 is
// not in this session"); empty for None. A view words it in the user's language instead.
[[nodiscard]] std::string to_string(const Refusal& refusal);

// Kebab-case names, as in snapshots, traces and docs; parsing returns nullopt for unknown names.
[[nodiscard]] std::string_view to_string(EngineState);
[[nodiscard]] std::string_view to_string(WaitReason);
[[nodiscard]] std::string_view to_string(Command);
[[nodiscard]] std::optional<EngineState> engine_state_from_string(std::string_view);
[[nodiscard]] std::optional<WaitReason> wait_reason_from_string(std::string_view);

} // namespace effleur
