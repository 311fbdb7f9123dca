#pragma once
// The session on screen, readable from 1–3 m: the diagram as the largest element, the step's
// technique and instruction, a very large countdown, "Step 7 of 23", a progress bar segmented by
// step and stage, the time left in the session, the next step, the cautions, and a breathing
// pacer on breathing steps. F11 is glance mode: full screen, larger type. A rehearsal also shows
// its speed, which [ and ] change while it plays (rehearsal_speeds), and can hide the next step
// so that a student has to recall it.
//
// The view drives its engine: a precise single-shot timer is armed for next_deadline(), and a
// second one for the moment the countdown's whole second changes. Every number shown is computed
// from the engine as of clock.now(); nothing counts ticks.
//
// Ownership: the view owns the engine (moved in); it borrows the catalogue and the clock, which
// must outlive it. Commands the engine refuses are shown in the status line, never thrown.
// Nothing here throws or logs health data.

#include "core/catalog.h"
#include "core/clock.h"
#include "core/stepengine.h"
#include "render/diagramtheme.h"
#include "ui/session/keymap.h"

#include <QTimer>
#include <QWidget>

#include <array>
#include <memory>

class QLabel;
class QSettings;

namespace effleur::ui {

class DiagramWidget;
class SegmentBar;

// The speeds a rehearsal steps through with the speed keys, slowest first.
inline constexpr std::array<double, 10> rehearsal_speeds = {0.5, 0.75, 1, 1.5, 2, 3, 4, 6, 8, 10};
// The next speed in that list above (direction > 0) or below `current`; `current` at the ends.
[[nodiscard]] double stepped_speed(double current, int direction);
// "0.5×", "2×", "10×".
[[nodiscard]] QString speed_text(double speed);

class SessionView : public QWidget {
    Q_OBJECT

public:
    SessionView(std::unique_ptr<StepEngine> engine, const Catalog& catalog, const Clock& clock,
                QWidget* parent = nullptr);
    ~SessionView() override;

    [[nodiscard]] StepEngine& engine() { return *engine_; }
    [[nodiscard]] bool glance() const { return glance_; }

    // Starts the session (the engine's start at clock.now()).
    void begin();
    // Delivers what fell due by clock.now(), refreshes, re-arms the timers. The timers call it;
    // tests call it after moving a fake clock.
    void pump();
    void trigger(SessionAction action);
    void set_theme(DiagramTheme theme);
    void set_glance(bool on);
    // Whether the next step is previewed; off, the preview asks the student to recall it.
    void set_show_next(bool on);
    [[nodiscard]] bool show_next() const { return show_next_; }
    // Installs the keys from the table (with remaps from `settings`, may be null).
    void bind_keys(const QSettings* settings);

    // Text of a named label, for tests and screenshots: "countdown", "position", ...
    [[nodiscard]] QString text_of(const char* name) const;
    [[nodiscard]] SegmentBar* progress() const { return bar_; }
    // The armed timers' intervals in ms (-1 when not armed): the engine's next event, and the
    // countdown's next whole second.
    [[nodiscard]] int deadline_ms() const {
        return deadline_.isActive() ? deadline_.interval() : -1;
    }
    [[nodiscard]] int second_ms() const { return second_.isActive() ? second_.interval() : -1; }

Q_SIGNALS:
    // The session is over (finished, or the therapist closed it).
    void finished();
    void glanceChanged(bool on);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void build();
    void refresh();
    void arm();
    void apply_fonts();
    [[nodiscard]] int needed_height() const;
    void fit_cautions();
    void show_result(const CommandResult& result);
    [[nodiscard]] QString next_preview() const;
    [[nodiscard]] Duration session_left(TimePoint now) const;

    std::unique_ptr<StepEngine> engine_;
    const Catalog& catalog_;
    const Clock& clock_;
    Notifier<SessionEvent>::Subscription subscription_;
    QTimer deadline_; // the engine's next event
    QTimer second_;   // the countdown's next whole second
    bool glance_ = false;
    bool show_next_ = true;
    QString speed_keys_; // "[ slower · ] faster", from the bound keys
    bool finished_sent_ = false;
    QStringList cautions_html_; // every caution; fit_cautions() shows those that fit
    std::size_t fitted_part_ = static_cast<std::size_t>(-1); // the part the fonts were fitted to

    DiagramWidget* diagram_ = nullptr;
    SegmentBar* bar_ = nullptr;
    QLabel* rehearsal_ = nullptr;
    QLabel* position_ = nullptr;
    QLabel* title_ = nullptr;
    QLabel* facts_ = nullptr;
    QLabel* instruction_ = nullptr;
    QLabel* countdown_ = nullptr;
    QLabel* state_ = nullptr;
    QLabel* speed_ = nullptr;
    QLabel* left_ = nullptr;
    QLabel* next_ = nullptr;
    QLabel* cautions_ = nullptr;
    QLabel* pacer_ = nullptr;
    QLabel* status_ = nullptr;
    QWidget* side_ = nullptr;
};

} // namespace effleur::ui
