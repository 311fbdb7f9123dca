#pragma once
// The session on screen, readable from 1–3 m: the diagram as the largest element, the step's
// technique and instruction, a very large countdown, "Step 7 of 23", a progress bar segmented by
// step and stage, the time left in the session, the next step, the cautions, and a breathing
// pacer on breathing steps. F11 is glance mode: full screen, larger type. A rehearsal also shows
// its speed, which [ and ] change while it plays (rehearsal_speeds), and can hide the next step
// so that a student has to recall it.
//
// The view only subscribes to its SessionController: it redraws on changed(), sends the keys'
// commands to it, and shows what it refused. Every number shown is computed from the engine as of
// the controller's clock; nothing counts ticks.
//
// Ownership: the view borrows the controller and the catalogue, which must outlive it.
// Commands the engine refuses are shown in the status line, never thrown. Nothing here throws or
// logs health data.

#include "core/catalog.h"
#include "render/diagramtheme.h"
#include "ui/session/keymap.h"
#include "ui/session/sessioncontroller.h"

#include <QWidget>

#include <utility>
#include <vector>

class QLabel;
class QSettings;
class QToolButton;

namespace effleur::ui {

class DiagramWidget;
class ItemLineLabel;
class SegmentBar;

// "0.5×", "2×", "10×".
[[nodiscard]] QString speed_text(double speed);

class SessionView : public QWidget {
    Q_OBJECT

public:
    SessionView(SessionController& controller, const Catalog& catalog, QWidget* parent = nullptr);
    ~SessionView() override;

    [[nodiscard]] SessionController& controller() const { return controller_; }
    [[nodiscard]] const StepEngine& engine() const { return controller_.engine(); }
    [[nodiscard]] bool glance() const { return glance_; }

    // A key's action: the controller's commands, and glance mode, which is the view's own.
    void trigger(SessionAction action);
    void set_theme(DiagramTheme theme);
    // A line under the controls, until the next command's answer replaces it.
    void show_notice(const QString& words) { show_refusal(words); }
    void set_glance(bool on);
    // Whether the next step is previewed; off, the preview asks the student to recall it.
    void set_show_next(bool on);
    [[nodiscard]] bool show_next() const { return show_next_; }
    // Installs the keys from the table (with remaps from `settings`, may be null).
    void bind_keys(const QSettings* settings);

    // Text of a named label, for tests and screenshots: "countdown", "position", ...
    [[nodiscard]] QString text_of(const char* name) const;
    [[nodiscard]] SegmentBar* progress() const { return bar_; }

Q_SIGNALS:
    void glanceChanged(bool on);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void build();
    void refresh();
    // The type sizes for the view's size, the cautions that fit (sessionfit.cpp). Only a shown
    // view is fitted: a hidden one has no size of its own yet, and is fitted when it shows.
    void apply_fonts();
    [[nodiscard]] int needed_height() const;
    void fit_cautions();
    void show_refusal(const QString& refusal);
    void refresh_controls();
    [[nodiscard]] QString next_preview() const;
    [[nodiscard]] Duration session_left(TimePoint now) const;

    SessionController& controller_;
    const Catalog& catalog_;
    bool glance_ = false;
    bool show_next_ = true;
    QStringList speed_keys_;    // "[ slower", "] faster", from the bound keys
    QString start_key_;         // the key the prompts name: "press Space to start"
    QString next_key_;          // and "press \u2192 for the next step"
    QStringList cautions_html_; // every caution; fit_cautions() shows those that fit
    // What the shown cautions were fitted to (the cautions, the room, the width, the type
    // size): the countdown refreshes the view every second, and the same fit is not redone.
    QStringList fitted_html_;
    int fitted_room_ = -1;
    int fitted_width_ = -1;
    int fitted_font_ = -1;
    std::size_t fitted_part_ = static_cast<std::size_t>(-1); // the part the fonts were fitted to
    bool fitted_paused_ = false;                             // and whether it was paused
    EngineState fitted_state_ = EngineState::Idle;           // and the state it was fitted to
    bool timed_plan_ = true; // false for a day of untimed parts alone (a procedure)

    DiagramWidget* diagram_ = nullptr;
    SegmentBar* bar_ = nullptr;
    QLabel* rehearsal_ = nullptr;
    QLabel* position_ = nullptr;
    QLabel* title_ = nullptr;
    ItemLineLabel* facts_ = nullptr;
    QLabel* instruction_ = nullptr;
    QLabel* countdown_ = nullptr;
    QLabel* state_ = nullptr;
    ItemLineLabel* speed_ = nullptr;
    QLabel* left_ = nullptr;
    QLabel* next_ = nullptr;
    QLabel* cautions_ = nullptr;
    QLabel* pacer_ = nullptr;
    QLabel* status_ = nullptr;
    QWidget* side_ = nullptr;
    std::vector<std::pair<QToolButton*, SessionAction>> control_buttons_; // on-screen controls
};

} // namespace effleur::ui
