#include "enginestate.h"

#include <array>
#include <utility>

namespace effleur {

namespace {

constexpr std::string_view not_started = "the session has not started: use start (or jump)";
constexpr std::string_view finished = "the session has finished";

} // namespace

bool valid_state(EngineState state, WaitReason reason) {
    if (state == EngineState::WaitingForTherapist)
        return reason != WaitReason::None;
    return reason == WaitReason::None;
}

std::optional<std::string_view> refusal(EngineState state, WaitReason reason, Command command) {
    if (!valid_state(state, reason))
        return "the engine is in an impossible state";
    if (command == Command::Restore) {
        if (state == EngineState::Idle)
            return std::nullopt;
        return "only an engine that has not started can restore a snapshot";
    }
    switch (state) {
    case EngineState::Idle:
        switch (command) {
        case Command::Start:
        case Command::Jump:
        case Command::SetSpeed:
        case Command::SetTempo:
            return std::nullopt;
        default:
            return not_started;
        }
    case EngineState::Finished:
        return finished;
    case EngineState::Running:
        switch (command) {
        case Command::Start:
            return "the session has already started";
        case Command::Resume:
            return "the session is not paused";
        default:
            return std::nullopt;
        }
    case EngineState::Paused:
        switch (command) {
        case Command::Start:
            return "the session has already started";
        case Command::Pause:
            return "the session is already paused";
        default:
            return std::nullopt;
        }
    case EngineState::WaitingForTherapist:
        break;
    }
    // Waiting for the therapist: the time is stopped; `next` is how the therapist goes on.
    switch (command) {
    case Command::Start:
        return "the session has already started";
    case Command::Pause:
        return "the session is waiting for the therapist; its time is already stopped";
    case Command::Resume:
        return "the session is waiting for the therapist: use next to go on";
    case Command::Restart:
        if (reason == WaitReason::BeforeStep)
            return "the step has not started yet: use next to start it";
        if (reason == WaitReason::Procedure)
            return "an untimed step has no time to restart";
        return std::nullopt;
    case Command::Extend:
        if (reason == WaitReason::BeforeStep)
            return "the step has not started yet: use next to start it";
        if (reason == WaitReason::Procedure)
            return "an untimed step has no time to extend";
        return "the step's time is up: use back or restart to run it again";
    default:
        return std::nullopt;
    }
}

namespace {

constexpr std::array<std::pair<EngineState, std::string_view>, 5> state_names{{
    {EngineState::Idle, "idle"},
    {EngineState::Running, "running"},
    {EngineState::Paused, "paused"},
    {EngineState::WaitingForTherapist, "waiting-for-therapist"},
    {EngineState::Finished, "finished"},
}};
constexpr std::array<std::pair<WaitReason, std::string_view>, 4> reason_names{{
    {WaitReason::None, "none"},
    {WaitReason::BeforeStep, "before-step"},
    {WaitReason::Procedure, "procedure"},
    {WaitReason::StepDone, "step-done"},
}};
constexpr std::array<std::pair<Command, std::string_view>, 12> command_names{{
    {Command::Start, "start"},
    {Command::Pause, "pause"},
    {Command::Resume, "resume"},
    {Command::Next, "next"},
    {Command::Back, "back"},
    {Command::Restart, "restart"},
    {Command::Skip, "skip"},
    {Command::Extend, "extend"},
    {Command::Jump, "jump"},
    {Command::SetSpeed, "set-speed"},
    {Command::SetTempo, "set-tempo"},
    {Command::Restore, "restore"},
}};

template <class E, std::size_t N>
std::string_view name_of(const std::array<std::pair<E, std::string_view>, N>& names, E value) {
    for (const auto& [v, name] : names) {
        if (v == value)
            return name;
    }
    return "?";
}

template <class E, std::size_t N>
std::optional<E> parse(const std::array<std::pair<E, std::string_view>, N>& names,
                       std::string_view text) {
    for (const auto& [v, name] : names) {
        if (name == text)
            return v;
    }
    return std::nullopt;
}

} // namespace

std::string_view to_string(EngineState s) {
    return name_of(state_names, s);
}
std::string_view to_string(WaitReason r) {
    return name_of(reason_names, r);
}
std::string_view to_string(Command c) {
    return name_of(command_names, c);
}
std::optional<EngineState> engine_state_from_string(std::string_view t) {
    return parse(state_names, t);
}
std::optional<WaitReason> wait_reason_from_string(std::string_view t) {
    return parse(reason_names, t);
}

} // namespace effleur
