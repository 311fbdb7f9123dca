#include "ui/session/sessionwidgets.h"

#include <QPainter>
#include <QPalette>

#include <cmath>

namespace effleur::ui {

SegmentBar::SegmentBar(QWidget* parent) : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setObjectName(QStringLiteral("progress"));
}

void SegmentBar::set_plan(const SessionPlan& plan) {
    segments_.clear();
    for (std::size_t i = 0; i < plan.size(); ++i) {
        const PlanPart& p = plan[i];
        const double seconds = std::chrono::duration<double>(p.planned).count();
        // Untimed steps still need to be seen: a share like a one-minute step.
        const double weight = p.kind == PartKind::Untimed ? 60.0 : std::max(seconds, 1.0);
        if (p.part > 0 && !segments_.empty()) {
            segments_.back().weight += weight;
            segments_.back().last_part = i;
            continue;
        }
        const bool stage_start = i == 0 || plan[i - 1].stage != p.stage;
        segments_.push_back({weight, stage_start, i, i});
    }
    update();
}

void SegmentBar::set_position(std::size_t part, double fraction) {
    for (std::size_t s = 0; s < segments_.size(); ++s) {
        const Segment& seg = segments_[s];
        if (part >= seg.first_part && part <= seg.last_part) {
            const double parts = static_cast<double>(seg.last_part - seg.first_part + 1);
            current_ = s;
            fraction_ = (static_cast<double>(part - seg.first_part) + fraction) / parts;
            break;
        }
    }
    update();
}

double SegmentBar::overall() const {
    double total = 0, done = 0;
    for (std::size_t s = 0; s < segments_.size(); ++s) {
        total += segments_[s].weight;
        if (s < current_)
            done += segments_[s].weight;
        else if (s == current_)
            done += segments_[s].weight * fraction_;
    }
    return total > 0 ? done / total : 0;
}

void SegmentBar::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    double total = 0;
    for (const Segment& s : segments_)
        total += s.weight;
    if (total <= 0)
        return;
    const QPalette& pal = palette();
    const double w = width();
    const double gap = 3;
    const double top = 6, h = height() - 12;
    double x = 0;
    for (std::size_t i = 0; i < segments_.size(); ++i) {
        const Segment& s = segments_[i];
        const double sw = s.weight / total * w;
        const QRectF r(x + gap / 2, top, std::max(sw - gap, 1.0), h);
        p.fillRect(r, pal.color(QPalette::Mid));
        double filled = 0;
        if (i < current_)
            filled = r.width();
        else if (i == current_)
            filled = r.width() * fraction_;
        p.fillRect(QRectF(r.left(), r.top(), filled, r.height()), pal.color(QPalette::Highlight));
        if (i == current_) {
            p.setPen(QPen(pal.color(QPalette::WindowText), 2));
            p.drawRect(r);
        }
        if (s.stage_start && i > 0) {
            // A stage (a day) begins: a full-height tick.
            p.fillRect(QRectF(x - 1.5, 0, 3, height()), pal.color(QPalette::WindowText));
        }
        x += sw;
    }
}

QString countdown_text(Duration left) {
    using namespace std::chrono;
    const auto secs = duration_cast<seconds>(left + nanoseconds(999'999'999)).count();
    const long long h = secs / 3600, m = secs / 60 % 60, s = secs % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(h)
            .arg(m, 2, 10, QLatin1Char('0'))
            .arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

QString technique_name(Technique technique) {
    QString name = QString::fromLatin1(to_string(technique).data(),
                                       static_cast<qsizetype>(to_string(technique).size()));
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

QString step_facts(const Step& step, const std::optional<BodySide>& side) {
    QStringList parts{technique_name(step.technique)};
    if (step.depth)
        parts << QString::fromLatin1(to_string(*step.depth).data()) + QStringLiteral(" pressure");
    if (side)
        parts << (*side == BodySide::Left ? QStringLiteral("left side")
                                          : QStringLiteral("right side"));
    else if (step.side == Side::Left || step.side == Side::Right)
        parts << QString::fromLatin1(to_string(step.side).data()) + QStringLiteral(" side");
    if (!step.lines.empty())
        parts << (step.lines.size() == 1 ? QStringLiteral("1 line")
                                         : QStringLiteral("%1 lines").arg(step.lines.size()));
    if (step.passes > 1)
        parts << QStringLiteral("%1 passes").arg(step.passes);
    return parts.join(QStringLiteral("  \u00b7  "));
}

QString phase_words(BreathPhaseKind phase) {
    switch (phase) {
    case BreathPhaseKind::InhaleBelly:
        return QStringLiteral("Breathe in \u2014 belly");
    case BreathPhaseKind::InhaleChest:
        return QStringLiteral("Breathe in \u2014 chest");
    case BreathPhaseKind::ExhaleChest:
        return QStringLiteral("Breathe out \u2014 chest");
    case BreathPhaseKind::ExhaleBelly:
        return QStringLiteral("Breathe out \u2014 belly");
    case BreathPhaseKind::Hold:
        return QStringLiteral("Hold");
    }
    return {};
}

} // namespace effleur::ui
