#pragma once
// The running session: owns its StepEngine and the clock-driven timers, takes the therapist's
// commands and announces what happens through signals. The session view, the diagram widget, the
// cues, the screen-awake guard and the journal recorder only subscribe; none of them holds the
// engine or drives it.
//
// A precise single-shot timer is armed for the engine's next deadline, and a second one for the
// moment the countdown's whole second changes, so that a subscriber redraws exactly when what it
// shows changes. Nothing counts ticks: every number comes from the engine as of clock.now().
//
// Ownership: owns the engine (moved in); borrows the clock, which must outlive it.
// Errors: a command the engine refuses is announced by answered() with its reason in the user's
// language (RefusalWords, naming the keys set by set_prompt_keys()), never thrown.
// Nothing here logs a client's data.

#include "core/clock.h"
#include "core/stepengine.h"
#include "core/stopreason.h"
#include "ui/session/keymap.h"
#include "ui/session/refusalwords.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <array>
#include <memory>

namespace effleur::ui {

// The speeds a rehearsal steps through with the speed keys, slowest first.
inline constexpr std::array<double, 10> rehearsal_speeds = {0.5, 0.75, 1, 1.5, 2, 3, 4, 6, 8, 10};
// The next speed in that list above (direction > 0) or below `current`; `current` at the ends.
[[nodiscard]] double stepped_speed(double current, int direction);

class SessionController : public QObject {
    Q_OBJECT

public:
    SessionController(std::unique_ptr<StepEngine> engine, const Clock& clock,
                      QObject* parent = nullptr);
    ~SessionController() override;

    // Read-only: subscribers look, commands go through the controller.
    [[nodiscard]] const StepEngine& engine() const { return *engine_; }
    [[nodiscard]] const Clock& clock() const { return clock_; }
    [[nodiscard]] TimePoint now() const { return clock_.now(); }
    [[nodiscard]] bool client() const { return engine_->kind() == SessionKind::Client; }
    // Finished, or stopped by the therapist.
    [[nodiscard]] bool over() const;
    [[nodiscard]] bool stopped() const { return stopped_; }

    // Starts the session at clock.now().
    void begin();
    // Delivers what fell due by clock.now() and re-arms the timers. The timers call it; tests
    // call it after moving a fake clock.
    void pump();

    // The engine's commands, as of clock.now().
    void pause_resume();
    void next();
    void back();
    void restart_step();
    void extend(Duration by);
    // One step along rehearsal_speeds (a rehearsal only).
    void step_speed(int direction);
    // Goes to a step (a rehearsal, or a preview); the engine's answer.
    CommandResult jump_to(std::size_t stage, std::size_t step);
    // Pauses a running session (a dialog opened over it); false when it was not running.
    bool pause_if_running();
    // Ends the session before its end, e.g. the therapist closed it. Announces stoppedEarly()
    // once, with the reason.
    void stop(StopReason reason);

    // A key's command. False for the actions that belong to the view (glance mode).
    bool trigger(SessionAction action);
    // The keys that refusals tell the therapist to press (the defaults until set).
    void set_prompt_keys(const PromptKeys& keys) { keys_ = keys; }

    // The armed timers' intervals in ms (-1 when not armed).
    [[nodiscard]] int deadline_ms() const {
        return deadline_.isActive() ? deadline_.interval() : -1;
    }
    [[nodiscard]] int second_ms() const { return second_.isActive() ? second_.interval() : -1; }

Q_SIGNALS:
    // Each engine event, in order, as it is delivered.
    void delivered(const effleur::SessionEvent& event);
    // After every command and every delivery: what is shown may have changed.
    void changed();
    // After every command: empty when it was done, else why it was refused, in the user's
    // language.
    void answered(const QString& refusal);
    // Once, when the last part ended.
    void finished();
    // Once, when the therapist ended the session before its end.
    void stoppedEarly(effleur::StopReason reason);

private:
    friend struct SessionControllerTestAccess;
    void apply(const CommandResult& result);
    void answer(const QString& refusal);
    void arm();
    void settle();

    std::unique_ptr<StepEngine> engine_;
    const Clock& clock_;
    Notifier<SessionEvent>::Subscription subscription_;
    QTimer deadline_; // the engine's next event
    QTimer second_;   // the countdown's next whole second
    PromptKeys keys_ = prompt_keys(nullptr);
    bool finished_sent_ = false;
    bool stopped_ = false;
};

// For tests only: the engine itself, to set up a moment past the controller's commands.
struct SessionControllerTestAccess {
    static StepEngine& engine(SessionController& c) { return *c.engine_; }
};

} // namespace effleur::ui
