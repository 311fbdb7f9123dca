#pragma once
// The session's diagram on screen. It animates only while the session is running and the
// widget is visible; paused, waiting, finished or hidden, no timer runs. It ticks at the
// display's frame rate, except for a slow glide, which moves no more than a couple of pixels
// a frame and is ticked just often enough for that. Each tick asks to repaint only what moved
// (the markers and their trails, or the breathing figure's areas, and its words when they
// change), unless a line changed role, when it repaints the whole diagram; a paint copies only
// the exposed part of the cached picture, which is kept at the device's pixels.
//
// Ownership: the widget borrows the catalogue and the session controller; they must outlive it,
// or be detached with set_controller(nullptr) first. It never drives the session: it reads the
// controller's engine and redraws on its events. Nothing here throws.

#include "core/catalog.h"
#include "render/diagramrenderer.h"
#include "storage/journal.h"
#include "ui/session/sessioncontroller.h"

#include <QRegion>
#include <QTimer>
#include <QWidget>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace effleur::ui {

class DiagramWidget : public QWidget {
    Q_OBJECT

public:
    explicit DiagramWidget(const Catalog& catalog, QWidget* parent = nullptr);

    void set_controller(const SessionController* controller);
    void set_theme(DiagramTheme theme);
    // Findings from the client's earlier session, drawn where they lie on the diagram shown
    // (those on another diagram wait for a step on theirs).
    void set_findings(std::vector<storage::Mark> marks);
    [[nodiscard]] const std::vector<storage::Mark>& findings() const { return findings_; }
    [[nodiscard]] DiagramRenderer& renderer() { return renderer_; }

    // True while the animation timer runs.
    [[nodiscard]] bool animating() const { return timer_.isActive(); }
    // The time between frames: the display's, or longer for slow hands (see pace()).
    [[nodiscard]] int frame_interval_ms() const { return timer_.interval(); }
    // A hand whose whole drawing moves with it (a glide, circles, to and fro) is painted again
    // when it has moved about a sixth of its radius (hand_steps_per_radius), and never less than
    // min_hand_step_px device pixels, but at least every max_hand_interval_ms. So a hand takes
    // the same number of steps across its own size whatever the window's size, and moves
    // smoothly: at most a few pixels a frame, well inside its own outline.
    static constexpr double hand_steps_per_radius = 6.0;
    static constexpr double min_hand_step_px = 2.0;
    static constexpr int max_hand_interval_ms = 33;
    [[nodiscard]] std::uint64_t frames_painted() const { return frames_; }
    // The area the last tick asked to repaint.
    [[nodiscard]] QRegion last_dirty() const { return last_dirty_; }

    // One animation frame: what the timer calls. Public so that tests can step frames with a
    // fake clock instead of waiting for the timer.
    void tick();

    // Reads the engine again: starts or stops the timer and repaints. The engine's events call
    // it; call it after changing the engine without events.
    void refresh();

    [[nodiscard]] QSize sizeHint() const override { return {960, 600}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void update_timer();
    // Sets the frame interval for what the scene shows: the display's rate, unless every hand
    // moves with its centre, when it is the interval that moves the fastest about a step.
    void pace(const DiagramScene& scene);
    // The same for the breathing figure: the interval that moves an area's edge about
    // min_hand_step_px.
    void pace(const BreathingMotion& breath);
    struct HandAt {
        QPointF centre;  // device pixels
        double size = 0; // its radius as drawn, the squeeze of kneading included
        double step = 0; // how far it may move between two frames
    };
    // Sets the interval that moves the fastest of `hands` (as they were at the last tick) about
    // its step, within the display's rate and max_hand_interval_ms.
    void pace_by(std::vector<HandAt> hands);
    [[nodiscard]] std::optional<DiagramFrame> frame_at(TimePoint now) const;

    const Catalog& catalog_;
    [[nodiscard]] const StepEngine* engine() const {
        return controller_ != nullptr ? &controller_->engine() : nullptr;
    }
    const SessionController* controller_ = nullptr;
    QMetaObject::Connection subscription_;
    DiagramRenderer renderer_;
    QTimer timer_;
    TimePoint now_{}; // the moment painted: fixed at each tick so paint and dirty areas agree
    std::optional<DiagramFrame> frame_; // the moment painted, laid out once per tick
    std::optional<DiagramScene> scene_;
    SceneCache geometry_; // the step's lines on screen: a tick only places the hands
    QRegion last_moving_;
    QRegion last_dirty_;
    std::string last_lines_;
    std::string last_hands_;
    std::string last_words_; // the breathing figure's words, as last painted
    std::uint64_t frames_ = 0;
    int display_interval_ms_ = 16;
    std::vector<HandAt> last_hands_at_; // the hands at the last tick, when they are paced
    TimePoint last_hands_time_{};
    std::vector<storage::Mark> findings_;
};

} // namespace effleur::ui
