#include "ui/session/refusalwords.h"

#include "core/stepengine.h"
#include "ui/session/keymap.h"

#include <QLocale>

#include <chrono>

namespace effleur::ui {

PromptKeys prompt_keys(const QSettings* settings) {
    return {key_name(SessionAction::PauseResume, settings), key_name(SessionAction::Next, settings),
            key_name(SessionAction::Back, settings), key_name(SessionAction::Restart, settings)};
}

QString RefusalWords::text(const Refusal& refusal, const PromptKeys& keys) {
    const QLocale locale;
    using enum RefusalKind;
    switch (refusal.kind) {
    case None:
        return {};
    case ImpossibleState:
        return tr("The session is in a state it cannot be in");
    case RestoreAfterStart:
        return tr("A session that has started cannot be resumed from a saved state");
    case NotStarted:
        return keys.start.isEmpty()
                   ? tr("The session has not started yet")
                   : tr("The session has not started yet: press %1 to start").arg(keys.start);
    case AlreadyStarted:
        return tr("The session has already started");
    case NotPaused:
        return tr("The session is not paused");
    case AlreadyPaused:
        return tr("The session is already paused");
    case WaitingTimeStopped:
        return tr("The session is waiting for you: its time is already stopped");
    case WaitingUseNext:
        return keys.next.isEmpty()
                   ? tr("The session is waiting for you")
                   : tr("The session is waiting for you: press %1 to go on").arg(keys.next);
    case StepNotStarted:
        return keys.next.isEmpty()
                   ? tr("The step has not started yet")
                   : tr("The step has not started yet: press %1 to start it").arg(keys.next);
    case UntimedNoRestart:
        return tr("An untimed step has no time to restart");
    case UntimedNoExtend:
        return tr("An untimed step has no time to add or take off");
    case StepTimeUp:
        if (!keys.back.isEmpty() && !keys.restart.isEmpty())
            return tr("The step's time is up: press %1 or %2 to run it again")
                .arg(keys.back, keys.restart);
        if (!keys.back.isEmpty() || !keys.restart.isEmpty())
            return tr("The step's time is up: press %1 to run it again")
                .arg(keys.back.isEmpty() ? keys.restart : keys.back);
        return tr("The step's time is up");
    case Finished:
        return tr("The session has ended");
    case InsideEventHandler:
        return tr("The session was busy: give the command again");
    case FirstStep:
        return tr("This is the first step of the session");
    case BreathingExtend:
        return tr("A breathing step is timed by its counts: change the tempo instead");
    case ExtendByZero:
        return tr("Adding no time changes nothing");
    case EndBeforeNow: {
        const auto most = std::chrono::floor<std::chrono::seconds>(refusal.most).count();
        return tr("The step would end before now: at most %n second(s) can be taken off", nullptr,
                  static_cast<int>(most));
    }
    case LongerThanMax:
        return tr("A step cannot last more than %n hour(s)", nullptr,
                  static_cast<int>(
                      std::chrono::duration_cast<std::chrono::hours>(max_part_length).count()));
    case NotInSession:
        return tr("Stage %1, step %2 is not in this session")
            .arg(locale.toString(static_cast<qulonglong>(refusal.stage) + 1),
                 locale.toString(static_cast<qulonglong>(refusal.step) + 1));
    case SpeedOutOfRange:
        return tr("The speed must be more than %1 and at most %2")
            .arg(locale.toString(0), locale.toString(max_speed));
    case CountScaleOutOfRange:
        return tr("The breathing tempo must be from %1 to %2")
            .arg(locale.toString(min_count_scale), locale.toString(max_count_scale));
    case Snapshot:
        return tr("The saved session does not fit this protocol");
    }
    return tr("The session did not do that");
}

} // namespace effleur::ui
