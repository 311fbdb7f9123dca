#include "ui/session/diagramwidget.h"

#include "ui/journal/findings.h"

#include <QPaintEvent>
#include <QPainter>
#include <QScreen>

#include <algorithm>
#include <chrono>
#include <cmath>

namespace effleur::ui {

namespace {

// A moment within a part that changes nothing the ticks do not already follow: a breathing
// count, a pass, the halfway mark, the last seconds. Everything else (another part, a wait, a
// pause, a change of time or speed) lays the diagram out again and repaints it whole.
bool within_part(EventKind kind) {
    switch (kind) {
    case EventKind::Halfway:
    case EventKind::TenSecondsLeft:
    case EventKind::Countdown:
    case EventKind::PassChanged:
    case EventKind::BreathingPhase:
        return true;
    default:
        return false;
    }
}

} // namespace

DiagramWidget::DiagramWidget(const Catalog& catalog, QWidget* parent)
    : QWidget(parent), catalog_(catalog) {
    setAttribute(Qt::WA_OpaquePaintEvent); // the base covers every pixel
    timer_.setTimerType(Qt::PreciseTimer);
    timer_.setInterval(16);
    connect(&timer_, &QTimer::timeout, this, &DiagramWidget::tick);
}

void DiagramWidget::set_controller(const SessionController* controller) {
    renderer_.settle(); // a base under way reads the old engine's step
    disconnect(subscription_);
    controller_ = controller;
    if (controller_ != nullptr) {
        subscription_ = connect(controller_, &SessionController::delivered, this,
                                [this](const SessionEvent& e) {
                                    if (within_part(e.kind)) {
                                        update_timer(); // the next tick repaints what moved
                                    } else {
                                        refresh();
                                    }
                                });
    }
    refresh();
}

void DiagramWidget::set_theme(DiagramTheme theme) {
    renderer_.set_theme(theme);
    update();
}

void DiagramWidget::set_findings(std::vector<storage::Mark> marks) {
    findings_ = std::move(marks);
    update();
}

std::optional<DiagramFrame> DiagramWidget::frame_at(TimePoint now) const {
    const StepEngine* e = engine();
    if (e == nullptr) {
        return std::nullopt;
    }
    return frame_from_engine(*e, catalog_, now);
}

void DiagramWidget::refresh() {
    if (controller_ != nullptr) {
        now_ = controller_->now();
    }
    last_lines_.clear(); // the next tick repaints everything
    frame_.reset();      // and the next paint lays out afresh
    scene_.reset();
    geometry_.clear(); // the engine may have moved to another step or protocol
    update_timer();
    update();
}

void DiagramWidget::update_timer() {
    const bool run = controller_ != nullptr && isVisible() && !controller_->stopped() &&
                     controller_->engine().state() == EngineState::Running;
    if (!run) {
        timer_.stop();
        return;
    }
    // Tick at the display's rate; a frame more often would never be seen.
    double hz = 60.0;
    if (const QScreen* s = screen(); s != nullptr && s->refreshRate() > 1.0) {
        hz = std::clamp(s->refreshRate(), 24.0, 240.0);
    }
    display_interval_ms_ = std::max(1, static_cast<int>(std::lround(1000.0 / hz)));
    if (!timer_.isActive()) {
        last_hands_at_.clear();
        timer_.start(display_interval_ms_);
    }
}

void DiagramWidget::pace(const DiagramScene& scene) {
    // A glide, circling hands and a hand going to and fro are drawn around their centre, so
    // how far the centre moved (and the pad swelled) is how far the drawing moved. The other
    // hands pulse, ripple or pinch in place: they keep the display's rate.
    const bool paced =
        !scene.markers.empty() &&
        std::all_of(scene.markers.begin(), scene.markers.end(), [](const SceneMarker& m) {
            return m.pose.style == MarkerStyle::Glide || m.pose.style == MarkerStyle::Circles ||
                   m.pose.style == MarkerStyle::ToAndFro;
        });
    if (!paced) {
        last_hands_at_.clear();
        if (timer_.interval() != display_interval_ms_) {
            timer_.setInterval(display_interval_ms_);
        }
        return;
    }
    const double dpr = devicePixelRatioF();
    std::vector<HandAt> hands;
    hands.reserve(scene.markers.size());
    for (const SceneMarker& m : scene.markers) {
        hands.push_back({m.centre * dpr, m.radius * m.pose.scale * dpr,
                         std::max(min_hand_step_px, m.radius * dpr / hand_steps_per_radius)});
    }
    pace_by(std::move(hands));
}

void DiagramWidget::pace(const BreathingMotion& breath) {
    // The areas fill and swell along their height: an edge is a point moving along one line.
    std::vector<HandAt> edges;
    edges.reserve(breath.edges.size());
    for (const double edge : breath.edges) {
        edges.push_back({QPointF(0, edge), 0.0, min_hand_step_px});
    }
    pace_by(std::move(edges));
}

void DiagramWidget::pace_by(std::vector<HandAt> hands) {
    int interval = display_interval_ms_;
    const double dt = std::chrono::duration<double>(now_ - last_hands_time_).count();
    if (hands.size() == last_hands_at_.size() && dt > 0) {
        // The interval that moves the fastest about its step, from its last move.
        double fastest = 0; // steps per second
        for (std::size_t i = 0; i < hands.size(); ++i) {
            const QPointF d = hands[i].centre - last_hands_at_[i].centre;
            const double moved =
                std::hypot(d.x(), d.y()) + std::abs(hands[i].size - last_hands_at_[i].size);
            fastest = std::max(fastest, moved / hands[i].step / dt);
        }
        // At rest (a glide paused at its line's end, a breath held) waits the longest.
        const double ms = fastest > 0 ? 1000.0 / fastest : max_hand_interval_ms;
        interval = std::clamp(static_cast<int>(std::lround(ms)), display_interval_ms_,
                              std::max(display_interval_ms_, max_hand_interval_ms));
    }
    last_hands_at_ = std::move(hands);
    last_hands_time_ = now_;
    if (timer_.interval() != interval) {
        timer_.setInterval(interval);
    }
}

void DiagramWidget::tick() {
    if (controller_ == nullptr || controller_->stopped() ||
        controller_->engine().state() != EngineState::Running) {
        last_dirty_ = QRegion();
        update_timer();
        return;
    }
    now_ = controller_->now();
    frame_ = frame_at(now_);
    scene_ = frame_ ? renderer_.scene(*frame_, QRectF(rect()), &geometry_) : std::nullopt;
    std::optional<BreathingMotion> breath;
    if (frame_) {
        breath = renderer_.breathing_motion(*frame_, QRectF(rect()), devicePixelRatioF());
    }
    if (!frame_ || (!scene_ && !breath)) {
        last_dirty_ = rect();
        update();
        return;
    }
    std::string lines;
    std::string hands;
    QRegion moving;
    QRegion words;
    if (breath) {
        // The figure's areas fill and swell; its words change about once a second.
        pace(*breath);
        lines = "breathing";
        hands = std::move(breath->levels_key);
        moving = breath->areas;
        if (breath->words_key != last_words_) {
            words = breath->words;
            last_words_ = std::move(breath->words_key);
        }
    } else {
        pace(*scene_);
        lines = DiagramRenderer::line_state(*scene_);
        hands = DiagramRenderer::hand_state(*scene_);
        moving = renderer_.moving_region(*scene_, *frame_);
        last_words_.clear();
    }
    if (lines == last_lines_ && hands == last_hands_ && words.isEmpty()) {
        // A slow glide moves less than a pixel in most frames, a breath holds: nothing to
        // repaint.
        last_dirty_ = QRegion();
        return;
    }
    last_hands_ = std::move(hands);
    if (lines != last_lines_) {
        last_dirty_ = rect();
        last_lines_ = std::move(lines);
        update();
    } else {
        // Where the hands were and where they are now: usually a small part of the widget.
        last_dirty_ = (last_moving_ | moving | words) & rect();
        update(last_dirty_);
    }
    last_moving_ = moving;
}

void DiagramWidget::paintEvent(QPaintEvent* event) {
    QPainter painter(this);
    // The tick's layout, unless something else (a resize, an expose, an engine event) asked.
    const bool fresh = frame_ && scene_ && scene_->target == QRectF(rect());
    if (!fresh) {
        frame_ = frame_at(now_);
        scene_ = frame_ ? renderer_.scene(*frame_, QRectF(rect()), &geometry_) : std::nullopt;
    }
    if (!frame_) {
        painter.fillRect(rect(), renderer_.palette().background);
        return;
    }
    // Only the exposed part: the cached picture is copied there and only the hands over it are
    // painted.
    renderer_.paint(&painter, rect(), *frame_, scene_ ? &*scene_ : nullptr, &event->region());
    const bool breathing = frame_->step != nullptr && frame_->step->breathing && frame_->breathing;
    if (!findings_.empty() && scene_ && frame_->diagram != nullptr && !breathing) {
        painter.setClipRegion(event->region());
        paint_marks(&painter, scene_->to_device, frame_->diagram->id, findings_,
                    renderer_.palette());
    }
    ++frames_;
}

void DiagramWidget::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    refresh();
}

void DiagramWidget::hideEvent(QHideEvent* event) {
    QWidget::hideEvent(event);
    timer_.stop();
}

void DiagramWidget::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    last_lines_.clear();
    scene_.reset();
    // The base for the new size is rendered on another thread while the rest of the window is
    // laid out and painted; the paint waits only for what is left of it.
    if (const auto f = frame_at(now_)) {
        renderer_.prefetch_base(rect(), devicePixelRatioF(), *f);
    }
}

} // namespace effleur::ui
