#pragma once
// The step engine's states and which commands each allows: the transition table as data.
// docs/step-engine.md gives the same table with each command's exact timing. Pure functions; no
// function here throws.

#include <optional>
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

// Whether a (state, reason) pair can occur at all.
[[nodiscard]] bool valid_state(EngineState state, WaitReason reason);

// Why `command` is refused in this state, or nullopt when the state allows it. A command the
// state allows may still be refused for its arguments (see StepEngine).
[[nodiscard]] std::optional<std::string_view> refusal(EngineState state, WaitReason reason,
                                                      Command command);

// Kebab-case names, as in snapshots, traces and docs; parsing returns nullopt for unknown names.
[[nodiscard]] std::string_view to_string(EngineState);
[[nodiscard]] std::string_view to_string(WaitReason);
[[nodiscard]] std::string_view to_string(Command);
[[nodiscard]] std::optional<EngineState> engine_state_from_string(std::string_view);
[[nodiscard]] std::optional<WaitReason> wait_reason_from_string(std::string_view);

} // namespace effleur
