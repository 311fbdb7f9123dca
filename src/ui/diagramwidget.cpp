#include "ui/diagramwidget.h"

#include <QPaintEvent>
#include <QPainter>
#include <QScreen>

#include <algorithm>
#include <cmath>

namespace effleur::ui {

DiagramWidget::DiagramWidget(const Catalog& catalog, QWidget* parent)
    : QWidget(parent), catalog_(catalog) {
    setAttribute(Qt::WA_OpaquePaintEvent); // the base covers every pixel
    timer_.setTimerType(Qt::PreciseTimer);
    timer_.setInterval(16);
    connect(&timer_, &QTimer::timeout, this, &DiagramWidget::tick);
}

void DiagramWidget::set_engine(StepEngine* engine, const Clock* clock) {
    subscription_.reset();
    engine_ = engine;
    clock_ = clock;
    if (engine_ != nullptr) {
        subscription_ = engine_->notifier().subscribe([this](const SessionEvent&) { refresh(); });
    }
    refresh();
}

void DiagramWidget::set_theme(DiagramTheme theme) {
    renderer_.set_theme(theme);
    update();
}

std::optional<DiagramFrame> DiagramWidget::frame_at(TimePoint now) const {
    if (engine_ == nullptr) {
        return std::nullopt;
    }
    return frame_from_engine(*engine_, catalog_, now);
}

void DiagramWidget::refresh() {
    if (clock_ != nullptr) {
        now_ = clock_->now();
    }
    last_lines_.clear(); // the next tick repaints everything
    frame_.reset();      // and the next paint lays out afresh
    scene_.reset();
    update_timer();
    update();
}

void DiagramWidget::update_timer() {
    const bool run = engine_ != nullptr && clock_ != nullptr && isVisible() &&
                     engine_->state() == EngineState::Running;
    if (!run) {
        timer_.stop();
        return;
    }
    // Tick at the display's rate; a frame more often would never be seen.
    double hz = 60.0;
    if (const QScreen* s = screen(); s != nullptr && s->refreshRate() > 1.0) {
        hz = std::clamp(s->refreshRate(), 24.0, 240.0);
    }
    timer_.setInterval(std::max(1, static_cast<int>(std::lround(1000.0 / hz))));
    if (!timer_.isActive()) {
        timer_.start();
    }
}

void DiagramWidget::tick() {
    if (engine_ == nullptr || clock_ == nullptr || engine_->state() != EngineState::Running) {
        update_timer();
        return;
    }
    now_ = clock_->now();
    frame_ = frame_at(now_);
    scene_ = frame_ ? renderer_.scene(*frame_, QRectF(rect())) : std::nullopt;
    if (!frame_ || !scene_) {
        last_dirty_ = rect();
        update();
        return;
    }
    const std::string lines = DiagramRenderer::line_state(*scene_);
    std::string hands = DiagramRenderer::hand_state(*scene_);
    if (lines == last_lines_ && hands == last_hands_ && !frame_->breathing) {
        // A slow glide moves less than a pixel in most frames: nothing to repaint.
        last_dirty_ = QRegion();
        return;
    }
    last_hands_ = std::move(hands);
    const QRegion moving = renderer_.moving_region(*scene_, *frame_);
    if (lines != last_lines_) {
        last_dirty_ = rect();
        last_lines_ = lines;
        update();
    } else {
        // Where the hands were and where they are now: usually a small part of the widget.
        last_dirty_ = (last_moving_ | moving) & rect();
        update(last_dirty_);
    }
    last_moving_ = moving;
}

void DiagramWidget::paintEvent(QPaintEvent* event) {
    QPainter painter(this);
    painter.setClipRegion(event->region());
    // The tick's layout, unless something else (a resize, an expose, an engine event) asked.
    const bool fresh = frame_ && scene_ && scene_->target == QRectF(rect());
    if (!fresh) {
        frame_ = frame_at(now_);
        scene_ = frame_ ? renderer_.scene(*frame_, QRectF(rect())) : std::nullopt;
    }
    if (!frame_) {
        painter.fillRect(rect(), renderer_.palette().background);
        return;
    }
    renderer_.paint(&painter, rect(), *frame_, scene_ ? &*scene_ : nullptr);
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
}

} // namespace effleur::ui
