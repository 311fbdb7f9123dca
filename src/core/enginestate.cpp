#include "enginestate.h"

#include <array>
#include <utility>

namespace effleur {

bool valid_state(EngineState state, WaitReason reason) {
    if (state == EngineState::WaitingForTherapist)
        return reason != WaitReason::None;
    return reason == WaitReason::None;
}

RefusalKind refusal(EngineState state, WaitReason reason, Command command) {
    using enum RefusalKind;
    if (!valid_state(state, reason))
        return ImpossibleState;
    if (command == Command::Restore)
        return state == EngineState::Idle ? None : RestoreAfterStart;
    switch (state) {
    case EngineState::Idle:
        switch (command) {
        case Command::Start:
        case Command::Jump:
        case Command::SetSpeed:
        case Command::SetTempo:
            return None;
        default:
            return NotStarted;
        }
    case EngineState::Finished:
        return Finished;
    case EngineState::Running:
        switch (command) {
        case Command::Start:
            return AlreadyStarted;
        case Command::Resume:
            return NotPaused;
        default:
            return None;
        }
    case EngineState::Paused:
        switch (command) {
        case Command::Start:
            return AlreadyStarted;
        case Command::Pause:
            return AlreadyPaused;
        default:
            return None;
        }
    case EngineState::WaitingForTherapist:
        break;
    }
    // Waiting for the therapist: the time is stopped; `next` is how the therapist goes on.
    switch (command) {
    case Command::Start:
        return AlreadyStarted;
    case Command::Pause:
        return WaitingTimeStopped;
    case Command::Resume:
        return WaitingUseNext;
    case Command::Restart:
        if (reason == WaitReason::BeforeStep)
            return StepNotStarted;
        if (reason == WaitReason::Procedure)
            return UntimedNoRestart;
        return None;
    case Command::Extend:
        if (reason == WaitReason::BeforeStep)
            return StepNotStarted;
        if (reason == WaitReason::Procedure)
            return UntimedNoExtend;
        return StepTimeUp;
    default:
        return None;
    }
}

Refusal Refusal::not_in_session(std::size_t stage, std::size_t step) {
    Refusal r(RefusalKind::NotInSession);
    r.stage = stage;
    r.step = step;
    return r;
}

Refusal Refusal::end_before_now(Duration most) {
    Refusal r(RefusalKind::EndBeforeNow);
    r.most = most;
    return r;
}

Refusal Refusal::snapshot(std::string why) {
    Refusal r(RefusalKind::Snapshot);
    r.detail = std::move(why);
    return r;
}

std::string to_string(const Refusal& r) {
    using enum RefusalKind;
    switch (r.kind) {
    case None:
        return {};
    case ImpossibleState:
        return "the engine is in an impossible state";
    case RestoreAfterStart:
        return "only an engine that has not started can restore a snapshot";
    case NotStarted:
        return "the session has not started: use start (or jump)";
    case AlreadyStarted:
        return "the session has already started";
    case NotPaused:
        return "the session is not paused";
    case AlreadyPaused:
        return "the session is already paused";
    case WaitingTimeStopped:
        return "the session is waiting for the therapist; its time is already stopped";
    case WaitingUseNext:
        return "the session is waiting for the therapist: use next to go on";
    case StepNotStarted:
        return "the step has not started yet: use next to start it";
    case UntimedNoRestart:
        return "an untimed step has no time to restart";
    case UntimedNoExtend:
        return "an untimed step has no time to extend";
    case StepTimeUp:
        return "the step's time is up: use back or restart to run it again";
    case Finished:
        return "the session has finished";
    case InsideEventHandler:
        return "a command cannot be given from inside an event handler";
    case FirstStep:
        return "this is the first step of the session";
    case BreathingExtend:
        return "a breathing step is timed by its counts: change the tempo instead";
    case ExtendByZero:
        return "extending by 0 s changes nothing";
    case EndBeforeNow:
        return "the step would end before now: at most " +
               std::to_string(std::chrono::floor<std::chrono::milliseconds>(r.most).count()) +
               " ms can be taken off";
    case LongerThanMax:
        return "a step cannot last more than 24 hours";
    case NotInSession:
        return "stage " + std::to_string(r.stage + 1) + ", step " + std::to_string(r.step + 1) +
               " is not in this session";
    case SpeedOutOfRange:
        return "the speed must be more than 0 and at most 1000";
    case CountScaleOutOfRange:
        return "the breathing count scale must be from 0.25 to 4";
    case Snapshot:
        return r.detail;
    }
    return "refused";
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
