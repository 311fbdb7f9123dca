#pragma once
// The session's diagram on screen. It animates at the display's frame rate only while the
// session is running and the widget is visible; paused, waiting, finished or hidden, no timer
// runs. Each tick repaints only what moved (the markers and their trails), unless a line changed
// role, when it repaints the whole diagram.
//
// Ownership: the widget borrows the catalogue, the engine and the clock; they must outlive it,
// or be detached with set_engine(nullptr, nullptr) first. It never drives the engine (its owner
// calls advance() and the commands); it reads the engine and listens to its notifier. Nothing
// here throws.

#include "core/catalog.h"
#include "core/clock.h"
#include "core/stepengine.h"
#include "ui/diagramrenderer.h"

#include <QRegion>
#include <QTimer>
#include <QWidget>

#include <optional>
#include <string>

namespace effleur::ui {

class DiagramWidget : public QWidget {
    Q_OBJECT

public:
    explicit DiagramWidget(const Catalog& catalog, QWidget* parent = nullptr);

    void set_engine(StepEngine* engine, const Clock* clock);
    void set_theme(DiagramTheme theme);
    [[nodiscard]] DiagramRenderer& renderer() { return renderer_; }

    // True while the animation timer runs.
    [[nodiscard]] bool animating() const { return timer_.isActive(); }
    [[nodiscard]] int frame_interval_ms() const { return timer_.interval(); }
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
    [[nodiscard]] std::optional<DiagramFrame> frame_at(TimePoint now) const;

    const Catalog& catalog_;
    StepEngine* engine_ = nullptr;
    const Clock* clock_ = nullptr;
    Notifier<SessionEvent>::Subscription subscription_;
    DiagramRenderer renderer_;
    QTimer timer_;
    TimePoint now_{}; // the moment painted: fixed at each tick so paint and dirty areas agree
    std::optional<DiagramFrame> frame_; // the moment painted, laid out once per tick
    std::optional<DiagramScene> scene_;
    QRegion last_moving_;
    QRegion last_dirty_;
    std::string last_lines_;
    std::string last_hands_;
    std::uint64_t frames_ = 0;
};

} // namespace effleur::ui
