#include "ui/markerpainter.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace effleur::ui {

namespace {

constexpr double tau = 2.0 * std::numbers::pi;

QColor with_alpha(QColor c, double a) {
    c.setAlphaF(static_cast<float>(std::clamp(a, 0.0, 1.0)));
    return c;
}

// How far back along the line the trail reaches, as a fraction of the line.
double trail_span(const LinePath& path, double radius) {
    return path.length() > 0 ? std::min(1.0, radius * 6.0 / path.length()) : 0.0;
}

// The pad: a round or elongated fingertip, with a halo that keeps it readable over the art.
void pad(QPainter* p, const SceneMarker& m, double rx, double ry, const DiagramPalette& pal,
         double w) {
    p->save();
    p->translate(m.centre);
    p->rotate(std::atan2(m.along.y(), m.along.x()) * 180.0 / std::numbers::pi);
    p->setPen(QPen(pal.halo, w * 1.1));
    p->setBrush(Qt::NoBrush);
    p->drawEllipse(QPointF(0, 0), rx + w * 0.35, ry + w * 0.35);
    p->setPen(QPen(pal.marker_rim, w * 0.35));
    p->setBrush(pal.marker);
    p->drawEllipse(QPointF(0, 0), rx, ry);
    p->restore();
}

void ring(QPainter* p, QPointF c, double r, QColor colour, double alpha, double w) {
    if (r <= 0 || alpha <= 0) {
        return;
    }
    p->setPen(QPen(with_alpha(colour, alpha), w));
    p->setBrush(Qt::NoBrush);
    p->drawEllipse(c, r, r);
}

// A bar across the line with teeth pointing forward: a rake (few, long) or a comb (many, short).
void teeth(QPainter* p, const SceneMarker& m, int count, double width, double tooth, double w,
           const DiagramPalette& pal) {
    const QPointF a = m.centre - m.across * (width / 2);
    const QPointF b = m.centre + m.across * (width / 2);
    QPainterPath shape;
    shape.moveTo(a);
    shape.lineTo(b);
    for (int i = 0; i < count; ++i) {
        const QPointF root = a + (b - a) * (static_cast<double>(i) / (count - 1));
        shape.moveTo(root);
        shape.lineTo(root + m.along * tooth);
    }
    p->setBrush(Qt::NoBrush);
    p->setPen(QPen(pal.halo, w * 1.9, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p->drawPath(shape);
    p->setPen(QPen(pal.marker, w, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p->drawPath(shape);
}

} // namespace

// How far from the line point a technique's drawing reaches, in marker radii: the pad with its
// offset and halo, and any ring, orbit, teeth or crest. Kept tight: the widget repaints this.
double reach_of(MarkerStyle style) {
    switch (style) {
    case MarkerStyle::Glide:
    case MarkerStyle::Comb:
        return 1.7;
    case MarkerStyle::Circles:
        return 2.2;
    case MarkerStyle::Rake:
        return 2.0;
    case MarkerStyle::ToAndFro:
    case MarkerStyle::Pinch:
    case MarkerStyle::Wave:
        return 2.6;
    case MarkerStyle::Hold:
        return 2.5;
    case MarkerStyle::Pulses:
        return 2.9;
    case MarkerStyle::Surge:
        return 3.2;
    case MarkerStyle::Tremor:
        return 3.8;
    case MarkerStyle::None:
        return 0.0;
    }
    return 4.0;
}

QRectF marker_bounds(const DiagramScene& scene, const SceneMarker& m) {
    const double reach =
        m.radius * reach_of(m.pose.style) * std::max(1.0, m.pose.scale) + scene.stroke * 1.5;
    QRectF r(m.centre - QPointF(reach, reach), m.centre + QPointF(reach, reach));
    const LinePath& path = scene.lines[m.line].path;
    const double span = trail_span(path, m.radius);
    const QPolygonF trail = path.section(std::max(0.0, m.pose.travel - span), m.pose.travel);
    if (!trail.isEmpty()) {
        // The rolling wave swings across the way it leaves behind.
        const double w = scene.stroke * 1.5 + (m.pose.style == MarkerStyle::Wave ? m.radius : 0.0);
        r |= trail.boundingRect().adjusted(-w, -w, w, w);
    }
    return r;
}

void paint_marker(QPainter* p, const DiagramScene& scene, const SceneMarker& m,
                  const DiagramPalette& pal) {
    const double w = scene.stroke;
    const double R = m.radius;
    const double r = R * m.pose.scale;
    const LinePath& path = scene.lines[m.line].path;
    p->save();
    p->setRenderHint(QPainter::Antialiasing);

    // The way just travelled, fading towards the back.
    const double span = trail_span(path, R);
    const double from = std::max(0.0, m.pose.travel - span);
    if (m.pose.style != MarkerStyle::Wave && m.pose.travel > from) {
        constexpr int pieces = 4;
        for (int i = 0; i < pieces; ++i) {
            const double a = from + (m.pose.travel - from) * i / pieces;
            const double b = from + (m.pose.travel - from) * (i + 1) / pieces;
            p->setPen(QPen(with_alpha(pal.marker, 0.12 + 0.5 * (i + 1) / pieces), w * 1.5,
                           Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p->drawPolyline(path.section(a, b));
        }
    }

    switch (m.pose.style) {
    case MarkerStyle::Glide:
        pad(p, m, r * 1.3, r * 0.92, pal, w);
        break;
    case MarkerStyle::Circles:
        p->setPen(QPen(with_alpha(pal.marker_rim, m.pose.ring_alpha), w * 0.4, Qt::DashLine));
        p->setBrush(Qt::NoBrush);
        p->drawEllipse(m.on_line, m.pose.ring * R, m.pose.ring * R);
        pad(p, m, r, r, pal, w);
        break;
    case MarkerStyle::ToAndFro: {
        const QPointF a = m.on_line - m.across * (R * 1.9);
        const QPointF b = m.on_line + m.across * (R * 1.9);
        p->setPen(QPen(with_alpha(pal.marker, 0.55), w * 0.7, Qt::SolidLine, Qt::RoundCap));
        p->drawLine(a, b);
        pad(p, m, r * 0.8, r * 1.05, pal, w);
        break;
    }
    case MarkerStyle::Pulses:
    case MarkerStyle::Tremor:
        ring(p, m.on_line, m.pose.ring * R, pal.marker, m.pose.ring_alpha, w * 0.55);
        if (m.pose.style == MarkerStyle::Tremor) {
            ring(p, m.on_line, (m.pose.ring + 0.7) * R, pal.marker, m.pose.ring_alpha * 0.5,
                 w * 0.4);
        }
        pad(p, m, r, r, pal, w);
        break;
    case MarkerStyle::Hold:
        ring(p, m.on_line, m.pose.ring * R, pal.marker_rim, m.pose.ring_alpha, w * 0.5);
        pad(p, m, r, r, pal, w);
        if (m.pose.ring_alpha <= 0) {
            // Holding: the pressure is on.
            p->setPen(Qt::NoPen);
            p->setBrush(pal.marker_rim);
            p->drawEllipse(m.centre, r * 0.35, r * 0.35);
        }
        break;
    case MarkerStyle::Wave: {
        // The fold of skin rolled ahead, with the wave it leaves behind.
        QPolygonF wave;
        constexpr int n = 24;
        for (int i = 0; i <= n; ++i) {
            const double u = std::max(0.0, m.pose.travel - span * i / n);
            const double amp = R * 0.9 * (1.0 - static_cast<double>(i) / n);
            const QPointF t = path.tangent_at(u);
            const QPointF across(-t.y(), t.x());
            const double ph = tau * (m.pose.phase - static_cast<double>(i) / 8.0);
            wave << path.point_at(u) + across * (amp * std::sin(ph)) *
                                           (m.across.x() * across.x() + m.across.y() * across.y());
        }
        p->setPen(QPen(with_alpha(pal.marker, 0.6), w * 0.9, Qt::SolidLine, Qt::RoundCap));
        p->setBrush(Qt::NoBrush);
        p->drawPolyline(wave);
        pad(p, m, r * 0.75, r * 1.35, pal, w);
        break;
    }
    case MarkerStyle::Rake:
        teeth(p, m, 4, R * 2.6, R * 1.1, w * 0.75, pal);
        break;
    case MarkerStyle::Comb:
        teeth(p, m, 7, R * 2.4, R * 0.6, w * 0.5, pal);
        break;
    case MarkerStyle::Pinch: {
        const double close = 0.5 - 0.5 * std::cos(tau * m.pose.phase);
        const double d = R * (1.5 - 0.9 * close);
        SceneMarker a = m;
        a.centre = m.centre + m.across * d;
        SceneMarker b = m;
        b.centre = m.centre - m.across * d;
        pad(p, a, r * 0.62, r * 0.62, pal, w);
        pad(p, b, r * 0.62, r * 0.62, pal, w);
        break;
    }
    case MarkerStyle::Surge: {
        ring(p, m.on_line, m.pose.ring * R, pal.marker, m.pose.ring_alpha, w * 0.5);
        // The crest of the wave, just ahead of the hand.
        const QPointF crest = m.centre + m.along * (R * 1.7);
        QPainterPath arc;
        arc.moveTo(crest - m.across * (R * 1.2) - m.along * (R * 0.5));
        arc.quadTo(crest + m.along * (R * 0.5), crest + m.across * (R * 1.2) - m.along * (R * 0.5));
        p->setPen(QPen(with_alpha(pal.marker, 0.75), w * 0.6, Qt::SolidLine, Qt::RoundCap));
        p->setBrush(Qt::NoBrush);
        p->drawPath(arc);
        pad(p, m, r * 1.15, r, pal, w);
        break;
    }
    case MarkerStyle::None:
        break;
    }
    p->restore();
}

} // namespace effleur::ui
