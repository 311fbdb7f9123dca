#include "ui/session/sessionwidgets.h"

#include "ui/common/words.h"
#include "ui/session/sessionview.h"

#include <QEvent>
#include <QFontMetrics>
#include <QPainter>
#include <QPalette>
#include <QTextOption>

#include <algorithm>
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

namespace {

const QString item_separator = QStringLiteral("  \u00b7  ");

} // namespace

ItemLineLabel::ItemLineLabel(QWidget* parent) : QLabel(parent) {
    setWordWrap(true); // only an item wider than the label wraps inside
    setTextFormat(Qt::PlainText);
}

void ItemLineLabel::set_items(QStringList items) {
    if (items == items_)
        return;
    items_ = std::move(items);
    relayout();
}

QString ItemLineLabel::laid_out(int width) const {
    const QFontMetrics fm(font());
    QStringList lines;
    for (const QString& item : items_) {
        if (!lines.isEmpty() &&
            fm.horizontalAdvance(lines.back() + item_separator + item) <= width) {
            lines.back() += item_separator + item;
        } else {
            lines << item;
        }
    }
    return lines.join(QLatin1Char('\n'));
}

int ItemLineLabel::text_width(int width) const {
    const QMargins m = contentsMargins();
    return width - m.left() - m.right() - 2 * margin();
}

int ItemLineLabel::heightForWidth(int width) const {
    const QMargins m = contentsMargins();
    const int w = text_width(width);
    const QRect r = QFontMetrics(font()).boundingRect(
        QRect(0, 0, std::max(w, 1), 1 << 20), static_cast<int>(alignment()) | Qt::TextWordWrap,
        laid_out(w));
    return r.height() + m.top() + m.bottom() + 2 * margin();
}

void ItemLineLabel::resizeEvent(QResizeEvent* event) {
    QLabel::resizeEvent(event);
    relayout();
}

void ItemLineLabel::changeEvent(QEvent* event) {
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        relayout();
}

void ItemLineLabel::relayout() {
    const QString text = laid_out(text_width(width()));
    if (text != this->text())
        setText(text);
}

QString technique_name(Technique technique) {
    return Words::technique(technique);
}

QStringList step_fact_items(const Step& step, const std::optional<BodySide>& side) {
    QStringList parts{technique_name(step.technique)};
    if (step.depth)
        parts << Words::pressure(*step.depth);
    if (side)
        parts << Words::side(*side);
    else if (step.side == Side::Left || step.side == Side::Right)
        parts << Words::side(step.side == Side::Left ? BodySide::Left : BodySide::Right);
    if (!step.lines.empty())
        parts << SessionView::tr("%n line(s)", nullptr, static_cast<int>(step.lines.size()));
    if (step.passes > 1)
        parts << SessionView::tr("%n pass(es)", nullptr, step.passes);
    // A narrow panel wraps between the facts, never inside one ("2 / lines").
    for (QString& part : parts)
        part.replace(QLatin1Char(' '), QChar(0x00a0));
    return parts;
}

QString step_facts(const Step& step, const std::optional<BodySide>& side) {
    return step_fact_items(step, side).join(item_separator);
}

QString phase_words(BreathPhaseKind phase) {
    return Words::breath_phase(phase);
}

RichTextMeasure::RichTextMeasure(const QLabel& label, int width) {
    // As QLabel::heightForWidth() does for rich text: the margins come off the width, and the
    // document's height, rounded up, gets them back.
    const QMargins m = label.contentsMargins();
    const int margin = label.margin();
    extra_ = m.top() + m.bottom() + 2 * margin;
    minimum_ = label.minimumHeight();
    doc_.setUndoRedoEnabled(false);
    doc_.setDefaultFont(label.font());
    QTextOption option = doc_.defaultTextOption();
    option.setAlignment(label.alignment());
    option.setWrapMode(QTextOption::WordWrap);
    doc_.setDefaultTextOption(option);
    doc_.setDocumentMargin(0);
    doc_.setTextWidth(std::max(width - m.left() - m.right() - 2 * margin, 0));
}

int RichTextMeasure::height(const QString& html) {
    doc_.setHtml(html);
    return std::max(static_cast<int>(std::ceil(doc_.size().height())) + extra_, minimum_);
}

int MeasuredLabel::heightForWidth(int width) const {
    if (text() != text_ || font() != font_) {
        heights_.clear();
        text_ = text();
        font_ = font();
    }
    for (const auto& [w, h] : heights_) {
        if (w == width)
            return h;
    }
    constexpr std::size_t kept = 8; // the widths a resize passes through are not all kept
    if (heights_.size() == kept)
        heights_.erase(heights_.begin());
    heights_.emplace_back(width, QLabel::heightForWidth(width));
    return heights_.back().second;
}

} // namespace effleur::ui
