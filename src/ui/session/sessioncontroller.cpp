#include "ui/session/sessioncontroller.h"

#include <algorithm>
#include <chrono>

namespace effleur::ui {

namespace {

using namespace std::chrono_literals;

constexpr Duration extend_step = 15s;

// Milliseconds until `t`, rounded up so that a timer never fires before the deadline.
int ms_until(TimePoint t, TimePoint now) {
    const auto ns = (t - now).count();
    if (ns <= 0)
        return 0;
    const auto ms = (ns + 999'999) / 1'000'000;
    return ms > 86'400'000 ? 86'400'000 : static_cast<int>(ms);
}

} // namespace

double stepped_speed(double current, int direction) {
    if (direction > 0) {
        for (const double s : rehearsal_speeds)
            if (s > current + 1e-9)
                return s;
    } else if (direction < 0) {
        // Reverse iterators: clang 14 cannot compile libstdc++ 12's std::views::reverse.
        const auto slower = std::find_if(rehearsal_speeds.rbegin(), rehearsal_speeds.rend(),
                                         [current](double s) { return s < current - 1e-9; });
        if (slower != rehearsal_speeds.rend())
            return *slower;
    }
    return current;
}

SessionController::SessionController(std::unique_ptr<StepEngine> engine, const Clock& clock,
                                     QObject* parent)
    : QObject(parent), engine_(std::move(engine)), clock_(clock) {
    // Precise: the deadline is the event's time, not "about then".
    deadline_.setSingleShot(true);
    deadline_.setTimerType(Qt::PreciseTimer);
    second_.setSingleShot(true);
    second_.setTimerType(Qt::PreciseTimer);
    connect(&deadline_, &QTimer::timeout, this, &SessionController::pump);
    connect(&second_, &QTimer::timeout, this, &SessionController::pump);
    subscription_ = engine_->notifier().subscribe(
        [this](const SessionEvent& event) { Q_EMIT delivered(event); });
}

SessionController::~SessionController() = default;

bool SessionController::over() const {
    return stopped_ || engine_->state() == EngineState::Finished;
}

void SessionController::begin() {
    apply(engine_->start(clock_.now()));
}

void SessionController::pump() {
    if (!stopped_)
        engine_->advance(clock_.now());
    settle();
}

void SessionController::pause_resume() {
    const TimePoint now = clock_.now();
    switch (engine_->state()) {
    case EngineState::Idle:
        apply(engine_->start(now));
        break;
    case EngineState::Paused:
        apply(engine_->resume(now));
        break;
    default:
        apply(engine_->pause(now));
        break;
    }
}

void SessionController::next() {
    const TimePoint now = clock_.now();
    apply(engine_->state() == EngineState::Idle ? engine_->start(now) : engine_->next(now));
}

void SessionController::back() {
    apply(engine_->back(clock_.now()));
}

void SessionController::restart_step() {
    apply(engine_->restart_step(clock_.now()));
}

void SessionController::extend(Duration by) {
    apply(engine_->extend(clock_.now(), by));
}

void SessionController::step_speed(int direction) {
    if (engine_->kind() != SessionKind::Rehearsal) {
        answer(tr("The speed changes only in a rehearsal"));
        return;
    }
    apply(engine_->set_speed(clock_.now(), stepped_speed(engine_->speed(), direction)));
}

CommandResult SessionController::jump_to(std::size_t stage, std::size_t step) {
    CommandResult result = engine_->jump_to(clock_.now(), stage, step);
    apply(result);
    return result;
}

bool SessionController::pause_if_running() {
    if (stopped_ || engine_->state() != EngineState::Running)
        return false;
    apply(engine_->pause(clock_.now()));
    return engine_->state() == EngineState::Paused;
}

void SessionController::stop(StopReason reason) {
    if (over())
        return;
    engine_->advance(clock_.now()); // what fell due before the stop still happened
    stopped_ = true;
    deadline_.stop();
    second_.stop();
    Q_EMIT stoppedEarly(reason);
    Q_EMIT changed();
}

bool SessionController::trigger(SessionAction action) {
    switch (action) {
    case SessionAction::PauseResume:
        pause_resume();
        return true;
    case SessionAction::Next:
        next();
        return true;
    case SessionAction::Back:
        back();
        return true;
    case SessionAction::Restart:
        restart_step();
        return true;
    case SessionAction::ExtendMore:
        extend(extend_step);
        return true;
    case SessionAction::ExtendLess:
        extend(-extend_step);
        return true;
    case SessionAction::SpeedDown:
    case SessionAction::SpeedUp:
        step_speed(action == SessionAction::SpeedUp ? 1 : -1);
        return true;
    case SessionAction::Glance:
    case SessionAction::LeaveGlance:
        return false;
    }
    return false;
}

void SessionController::apply(const CommandResult& result) {
    answer(result ? QString() : RefusalWords::text(result.refusal, keys_));
}

void SessionController::answer(const QString& refusal) {
    if (stopped_) {
        Q_EMIT answered(RefusalWords::text(Refusal(RefusalKind::Finished), keys_));
        return;
    }
    Q_EMIT answered(refusal);
    settle();
}

void SessionController::settle() {
    arm();
    Q_EMIT changed();
    if (engine_->state() == EngineState::Finished && !finished_sent_) {
        finished_sent_ = true;
        Q_EMIT finished();
    }
}

void SessionController::arm() {
    deadline_.stop();
    second_.stop();
    if (stopped_)
        return;
    const TimePoint now = clock_.now();
    if (const auto due = engine_->next_deadline())
        deadline_.start(ms_until(*due, now));
    if (engine_->state() != EngineState::Running ||
        engine_->current_part().kind == PartKind::Untimed)
        return;
    // The countdown shows whole seconds rounded up; it changes when the time left reaches the
    // whole second below.
    using namespace std::chrono;
    const auto left = engine_->remaining(now);
    const auto whole = duration_cast<seconds>(left + nanoseconds(999'999'999));
    if (whole <= 0s)
        return;
    if (const auto at = engine_->when_remaining(whole - 1s))
        second_.start(ms_until(*at, now));
}

} // namespace effleur::ui
