#include "render/breathingfigure.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <numbers>
#include <string>
#include <utility>

namespace effleur::ui {

namespace {

void apply(BreathPhaseKind kind, double amount, BreathLevels& l) {
    switch (kind) {
    case BreathPhaseKind::InhaleBelly:
        l.belly = std::max(l.belly, amount);
        break;
    case BreathPhaseKind::InhaleChest:
        l.chest = std::max(l.chest, amount);
        break;
    case BreathPhaseKind::ExhaleChest:
        l.chest = std::min(l.chest, 1.0 - amount);
        break;
    case BreathPhaseKind::ExhaleBelly:
        l.belly = std::min(l.belly, 1.0 - amount);
        break;
    case BreathPhaseKind::Hold:
        break;
    }
}

// The figure's words, through the app's catalogue (English where none is installed).
struct Figure {
    Q_DECLARE_TR_FUNCTIONS(BreathingFigure)
};

QString phase_words(BreathPhaseKind kind) {
    switch (kind) {
    case BreathPhaseKind::InhaleBelly:
        return Figure::tr("Breathe in:\nbelly");
    case BreathPhaseKind::InhaleChest:
        return Figure::tr("Breathe in:\nchest");
    case BreathPhaseKind::ExhaleChest:
        return Figure::tr("Breathe out:\nchest");
    case BreathPhaseKind::ExhaleBelly:
        return Figure::tr("Breathe out:\nbelly");
    case BreathPhaseKind::Hold:
        return Figure::tr("Hold");
    }
    return {};
}

// The area swells a little as it fills.
QRectF swollen(const QRectF& area, double level) {
    const double grow = 1.0 + 0.1 * level;
    const QPointF c = area.center();
    return {c.x() - area.width() * grow / 2, c.y() - area.height() * grow / 2, area.width() * grow,
            area.height() * grow};
}

// The outline's width on `target`.
double outline_pen(const QRectF& target) {
    return std::max(2.0, target.height() * 0.004);
}

// The part of the ellipse in `r` below the height `top`, as one path: a segment closed by the
// chord, so the fill needs no clip.
QPainterPath segment_below(const QRectF& r, double top) {
    QPainterPath path;
    if (top >= r.bottom() || r.height() <= 0) {
        return path;
    }
    if (top <= r.top()) {
        path.addEllipse(r);
        return path;
    }
    // Angles as QPainterPath::arcTo counts them: counter-clockwise from three o'clock, y up.
    const double b = r.height() / 2;
    const double start =
        std::asin(std::clamp((r.center().y() - top) / b, -1.0, 1.0)) * 180.0 / std::numbers::pi;
    path.arcMoveTo(r, start);
    path.arcTo(r, start, -180.0 - 2.0 * start);
    path.closeSubpath();
    return path;
}

// The colour at `level`: the area swollen that far, filled from below up to `level` of its height.
// Full, it meets the outline's middle; the outline is the same colour, opaque, so the colour over
// it does not show.
void paint_fill(QPainter* painter, const QRectF& area, double level, const QColor& fill) {
    const QRectF r = swollen(area, level);
    const QPainterPath shape = segment_below(r, r.bottom() - r.height() * level);
    if (!shape.isEmpty()) {
        painter->fillPath(shape, fill);
    }
}

// The dashed outline of the area as full as it gets: painted once with the figure, so a frame
// repaints only the colour inside it.
void paint_outline(QPainter* painter, const QRectF& area, const QColor& fill, double pen) {
    QColor rim = fill;
    rim.setAlpha(255);
    painter->setPen(QPen(rim, pen, Qt::DashLine));
    painter->setBrush(Qt::NoBrush);
    painter->drawEllipse(swollen(area, 1.0));
}

// The largest pixel size, at most `largest`, at which every line fits within `width`.
int fitted_pixel_size(QFont font, std::initializer_list<QString> lines, double width,
                      double largest) {
    int size = std::max(8, static_cast<int>(largest));
    for (; size > 8; --size) {
        font.setPixelSize(size);
        const QFontMetricsF metrics(font);
        bool fits = true;
        for (const QString& line : lines) {
            fits = fits && metrics.horizontalAdvance(line) <= width;
        }
        if (fits) {
            break;
        }
    }
    return size;
}

} // namespace

BreathLevels breath_levels(const Breathing& breathing, const BreathingNow& now) {
    BreathLevels l;
    if (breathing.phases.empty()) {
        return l;
    }
    const int last = static_cast<int>(breathing.phases.size()) - 1;
    const int index = std::clamp(now.at.phase_index, 0, last);
    for (int i = 0; i < index; ++i) {
        apply(breathing.phases[static_cast<std::size_t>(i)].kind, 1.0, l);
    }
    // Eased, as a breath is.
    const double x = std::clamp(now.phase_fraction, 0.0, 1.0);
    apply(breathing.phases[static_cast<std::size_t>(index)].kind,
          0.5 - 0.5 * std::cos(x * std::numbers::pi), l);
    return l;
}

BreathingLayout breathing_layout(const DiagramArt& art, const QRectF& target) {
    BreathingLayout b;
    const bool wide = target.width() > target.height() * 1.2;
    b.figure = wide ? QRectF(target.left(), target.top(), target.width() * 0.64, target.height())
                    : QRectF(target.left(), target.top(), target.width(), target.height() * 0.8);
    b.words = wide
                  ? QRectF(b.figure.right(), target.top(), target.width() * 0.34, target.height())
                  : QRectF(target.left(), b.figure.bottom(), target.width(), target.height() * 0.2);
    const QRectF box = art.view_box();
    const QRectF area = b.figure.adjusted(b.figure.width() * 0.03, b.figure.height() * 0.04,
                                          -b.figure.width() * 0.03, -b.figure.height() * 0.04);
    const double scale = std::min(area.width() / box.width(), area.height() / box.height());
    const QPointF origin(area.center().x() - box.width() * scale / 2,
                         area.center().y() - box.height() * scale / 2);
    b.to_device = QTransform::fromTranslate(-box.left(), -box.top()) *
                  QTransform::fromScale(scale, scale) *
                  QTransform::fromTranslate(origin.x(), origin.y());
    return b;
}

BreathingMotion breathing_motion(const DiagramArt& art, const QRectF& target,
                                 const Breathing& breathing, const BreathingNow& now, qreal dpr) {
    BreathingMotion m;
    const BreathingLayout b = breathing_layout(art, target);
    const BreathLevels l = breath_levels(breathing, now);
    const std::pair<const char*, double> areas[] = {{"breath-chest", l.chest},
                                                    {"breath-belly", l.belly}};
    for (const auto& [id, level] : areas) {
        const auto bounds = art.element_bounds(QString::fromLatin1(id));
        if (!bounds) {
            continue;
        }
        const QRectF area = b.to_device.mapRect(*bounds);
        // The colour's antialiased edge reaches a pixel past its box.
        m.areas += swollen(area, level)
                       .adjusted(-1.0, -1.0, 1.0, 1.0)
                       .toAlignedRect()
                       .intersected(target.toAlignedRect());
        // The fill's edge and the swelling move by at most the area's height times the level.
        const double edge = level * area.height() * 1.2 * dpr;
        m.edges.push_back(edge);
        m.levels_key += std::to_string(std::lround(edge * 4.0));
        m.levels_key += ',';
    }
    // The words as paint_breathing() places them: the phase on one line ending at the middle
    // of their room, the counts on two lines below it. Their type is at most as large as asked
    // for there, and a line of text stays within one and a half times its type size.
    const double line_room = b.words.height() / 4.0;
    const double phase_size = std::max(8.0, std::min(target.height() * 0.075, line_room * 1.6));
    const double count_size =
        std::max(8.0, std::min({target.height() * 0.04, line_room * 0.8, phase_size * 0.6}));
    const double middle = b.words.top() + line_room * 2;
    const QRectF words(b.words.left(), middle - 1.5 * phase_size - 2.0, b.words.width(),
                       1.5 * phase_size + 3.0 * count_size + 4.0);
    m.words = words.toAlignedRect().intersected(target.toAlignedRect());
    m.words_key =
        (phase_words(now.at.phase) + QLatin1Char('|') + QString::number(now.at.count) +
         QLatin1Char('/') + QString::number(now.at.counts) + QLatin1Char('|') +
         QString::number(now.at.round) + QLatin1Char('/') + QString::number(now.at.rounds))
            .toStdString();
    return m;
}

void paint_breathing_base(QPainter* painter, const DiagramArt& art, const QRectF& target,
                          DiagramTheme theme) {
    const BreathingLayout b = breathing_layout(art, target);
    painter->save();
    painter->setClipRect(target);
    art.render(painter, b.to_device.mapRect(art.view_box()), theme);
    const DiagramPalette& palette = palette_for(theme);
    const double pen = outline_pen(target);
    painter->setRenderHint(QPainter::Antialiasing);
    if (const auto chest = art.element_bounds(QStringLiteral("breath-chest"))) {
        paint_outline(painter, b.to_device.mapRect(*chest), palette.chest, pen);
    }
    if (const auto belly = art.element_bounds(QStringLiteral("breath-belly"))) {
        paint_outline(painter, b.to_device.mapRect(*belly), palette.belly, pen);
    }
    painter->restore();
}

void paint_breathing(QPainter* painter, const DiagramArt& art, const QRectF& target,
                     const DiagramPalette& palette, const Breathing& breathing,
                     const BreathingNow& now) {
    const BreathingLayout b = breathing_layout(art, target);
    const BreathLevels l = breath_levels(breathing, now);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (const auto chest = art.element_bounds(QStringLiteral("breath-chest"))) {
        paint_fill(painter, b.to_device.mapRect(*chest), l.chest, palette.chest);
    }
    if (const auto belly = art.element_bounds(QStringLiteral("breath-belly"))) {
        paint_fill(painter, b.to_device.mapRect(*belly), l.belly, palette.belly);
    }
    // The words change about once a second: a frame that repaints only the areas leaves them.
    if (painter->hasClipping() && !painter->clipBoundingRect().intersects(b.words)) {
        painter->restore();
        return;
    }
    // The words get what room the layout leaves them: each line shrinks until it fits on one
    // line, so a tall, narrow view never pushes them into the figure or off the bottom.
    const QString phase = phase_words(now.at.phase);
    const QString counts = Figure::tr("count %1 of %2").arg(now.at.count).arg(now.at.counts);
    const QString rounds = Figure::tr("round %1 of %2").arg(now.at.round).arg(now.at.rounds);
    const double line_room = b.words.height() / 4.0; // phase takes two of four, the counts one each
    QFont font;
    font.setBold(true);
    const int phase_size = fitted_pixel_size(font, {phase}, b.words.width() * 0.95,
                                             std::min(target.height() * 0.075, line_room * 1.6));
    font.setPixelSize(phase_size);
    painter->setFont(font);
    painter->setPen(palette.text);
    const QRectF upper(b.words.left(), b.words.top(), b.words.width(), line_room * 2);
    painter->drawText(upper, Qt::AlignHCenter | Qt::AlignBottom | Qt::TextSingleLine, phase);
    font.setBold(false);
    font.setPixelSize(
        fitted_pixel_size(font, {counts, rounds}, b.words.width() * 0.95,
                          std::min({target.height() * 0.04, line_room * 0.8, phase_size * 0.6})));
    painter->setFont(font);
    const QRectF lower(b.words.left(), upper.bottom(), b.words.width(), line_room * 2);
    painter->drawText(lower, Qt::AlignHCenter | Qt::AlignTop, counts + QLatin1Char('\n') + rounds);
    painter->restore();
}

} // namespace effleur::ui
