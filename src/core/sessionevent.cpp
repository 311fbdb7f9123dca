#include "sessionevent.h"

namespace effleur {

std::string_view to_string(EventKind k) {
    switch (k) {
    case EventKind::StepStarted:
        return "step-started";
    case EventKind::Halfway:
        return "halfway";
    case EventKind::TenSecondsLeft:
        return "ten-seconds-left";
    case EventKind::Countdown:
        return "countdown";
    case EventKind::PassChanged:
        return "pass-changed";
    case EventKind::BreathingPhase:
        return "breathing-phase";
    case EventKind::StepEnded:
        return "step-ended";
    case EventKind::SideSwitch:
        return "side-switch";
    case EventKind::Waiting:
        return "waiting";
    case EventKind::Paused:
        return "paused";
    case EventKind::Resumed:
        return "resumed";
    case EventKind::Extended:
        return "extended";
    case EventKind::SpeedChanged:
        return "speed-changed";
    case EventKind::TempoChanged:
        return "tempo-changed";
    case EventKind::StageEnded:
        return "stage-ended";
    case EventKind::SessionFinished:
        return "session-finished";
    }
    return "?";
}

std::string_view to_string(EventCause c) {
    switch (c) {
    case EventCause::Clock:
        return "clock";
    case EventCause::Start:
        return "start";
    case EventCause::Next:
        return "next";
    case EventCause::Back:
        return "back";
    case EventCause::Restart:
        return "restart";
    case EventCause::Skip:
        return "skip";
    case EventCause::Jump:
        return "jump";
    case EventCause::Command:
        return "command";
    }
    return "?";
}

} // namespace effleur
