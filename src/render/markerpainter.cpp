#include "render/markerpainter.h"

#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <utility>
#include <vector>

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

enum class PartKind { Pad, Disc, Ring, DashedRing, Bar, Teeth, Crest };

// One rigid part of a marker, drawn around its anchor with x along the travel and y across it.
// Every part is symmetric across the line, so the side's mirroring never changes it.
struct MarkerPart {
    PartKind kind = PartKind::Pad;
    QPointF at;       // the anchor, in the painter's coordinates
    double angle = 0; // degrees: the direction of travel
    double a = 0;     // pad: radius along; disc, ring: radius; bar: half length; teeth: width;
                      // crest: the marker's radius
    double b = 0;     // pad: radius across; teeth: tooth length
    double w = 0;     // pad: the scene's stroke; else the pen's width
    int count = 0;    // teeth
    QColor colour;    // disc, ring, bar, crest
    double alpha = 1; // the part's opacity
};

namespace {

// Draws a part at the origin of `p`, already turned to the direction of travel; `alpha` goes
// into the pen's colour (a sprite is drawn opaque and blitted with the opacity instead).
void draw_part(QPainter* p, const MarkerPart& part, const DiagramPalette& pal, double alpha) {
    const QColor colour = with_alpha(part.colour, alpha);
    switch (part.kind) {
    case PartKind::Pad: {
        // The pad of radii a and b, its rim (0.35 w wide, on its edge) and the halo around it
        // (1.1 w wide, from 0.2 w inside the edge). The pad and its rim are opaque in every
        // palette and hide the halo's inner part, so the three are filled from the outside in:
        // three fills cost less than stroking two outlines.
        p->setPen(Qt::NoPen);
        const std::pair<double, QColor> layers[] = {{part.w * 0.9, pal.halo},
                                                    {part.w * 0.175, pal.marker_rim},
                                                    {-part.w * 0.175, pal.marker}};
        for (const auto& [out, fill] : layers) {
            p->setBrush(fill);
            p->drawEllipse(QPointF(0, 0), part.a + out, part.b + out);
        }
        break;
    }
    case PartKind::Disc:
        p->setPen(Qt::NoPen);
        p->setBrush(colour);
        p->drawEllipse(QPointF(0, 0), part.a, part.a);
        break;
    case PartKind::Ring:
    case PartKind::DashedRing:
        p->setPen(
            QPen(colour, part.w, part.kind == PartKind::DashedRing ? Qt::DashLine : Qt::SolidLine));
        p->setBrush(Qt::NoBrush);
        p->drawEllipse(QPointF(0, 0), part.a, part.a);
        break;
    case PartKind::Bar:
        p->setPen(QPen(colour, part.w, Qt::SolidLine, Qt::RoundCap));
        p->drawLine(QPointF(0, -part.a), QPointF(0, part.a));
        break;
    case PartKind::Teeth: {
        // A bar across the line with teeth pointing forward: a rake (few, long) or a comb.
        const QPointF a(0, -part.a / 2);
        const QPointF b(0, part.a / 2);
        QPainterPath shape;
        shape.moveTo(a);
        shape.lineTo(b);
        for (int i = 0; i < part.count; ++i) {
            const QPointF root = a + (b - a) * (static_cast<double>(i) / (part.count - 1));
            shape.moveTo(root);
            shape.lineTo(root + QPointF(part.b, 0));
        }
        p->setBrush(Qt::NoBrush);
        p->setPen(QPen(pal.halo, part.w * 1.9, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p->drawPath(shape);
        p->setPen(QPen(pal.marker, part.w, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p->drawPath(shape);
        break;
    }
    case PartKind::Crest: {
        // The crest of the wave, just ahead of the hand.
        const double R = part.a;
        QPainterPath arc;
        arc.moveTo(R * 1.2, -R * 1.2);
        arc.quadTo(R * 2.2, 0, R * 1.2, R * 1.2);
        p->setPen(QPen(colour, part.w, Qt::SolidLine, Qt::RoundCap));
        p->setBrush(Qt::NoBrush);
        p->drawPath(arc);
        break;
    }
    }
}

// How far from its anchor a part may paint, antialiasing included.
double extent_of(const MarkerPart& part) {
    switch (part.kind) {
    case PartKind::Pad:
        return std::max(part.a, part.b) + part.w * 0.9 + 1.0;
    case PartKind::Disc:
        return part.a + 1.0;
    case PartKind::Ring:
    case PartKind::DashedRing:
    case PartKind::Bar:
    case PartKind::Crest:
        return part.a * (part.kind == PartKind::Crest ? 2.2 : 1.0) + part.w / 2 + 1.0;
    case PartKind::Teeth:
        return std::hypot(part.a / 2, part.b) + part.w * 0.95 + 1.0;
    }
    return 0;
}

// The turn that changes how a part looks: none for round ones, half a turn for the pad and bar.
double turn_of(const MarkerPart& part) {
    switch (part.kind) {
    case PartKind::Pad:
        return std::abs(part.a - part.b) < 1e-9 ? 0.0 : 180.0;
    case PartKind::Bar:
        return 180.0;
    case PartKind::Teeth:
    case PartKind::Crest:
        return 360.0;
    case PartKind::Disc:
    case PartKind::Ring:
    case PartKind::DashedRing:
        return 0.0;
    }
    return 360.0;
}

constexpr double max_turn_px = 0.25; // how far a sprite's turn may be off at its tips

// The way just travelled, fading towards the back: one band along the line, as wide as a line
// and a half, with round ends, whose colour fades from the hand to the back. Filled as one outline
// of its own: stroking the line in pieces cost more, and the pieces' round ends overlapped in
// darker beads.
void paint_trail(QPainter* p, const DiagramScene& scene, const SceneMarker& m,
                 const DiagramPalette& pal) {
    const LinePath& path = scene.lines[m.line].path;
    const double from = std::max(0.0, m.pose.travel - trail_span(path, m.radius));
    if (m.pose.style == MarkerStyle::Wave || m.pose.travel <= from) {
        return;
    }
    const double half = scene.stroke * 0.75;
    const QPolygonF band = path.band(from, m.pose.travel, half);
    if (band.isEmpty()) {
        return;
    }
    QLinearGradient fade(path.point_at(from) - path.tangent_at(from) * half,
                         path.point_at(m.pose.travel));
    fade.setColorAt(0, with_alpha(pal.marker, 0.12));
    fade.setColorAt(1, with_alpha(pal.marker, 0.62));
    p->setPen(Qt::NoPen);
    p->setBrush(fade);
    p->drawPolygon(band, Qt::WindingFill);
}

// The fold of skin rolled ahead, with the wave it leaves behind.
void paint_wave(QPainter* p, const DiagramScene& scene, const SceneMarker& m,
                const DiagramPalette& pal) {
    if (m.pose.style != MarkerStyle::Wave) {
        return;
    }
    const double R = m.radius;
    const LinePath& path = scene.lines[m.line].path;
    const double span = trail_span(path, R);
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
    p->setPen(QPen(with_alpha(pal.marker, 0.6), scene.stroke * 0.9, Qt::SolidLine, Qt::RoundCap));
    p->setBrush(Qt::NoBrush);
    p->drawPolyline(wave);
}

// The rigid parts of a marker, in painting order (over its trail and wave).
std::vector<MarkerPart> parts_of(const DiagramScene& scene, const SceneMarker& m,
                                 const DiagramPalette& pal) {
    const double w = scene.stroke;
    const double R = m.radius;
    const double r = R * m.pose.scale;
    const double angle = std::atan2(m.along.y(), m.along.x()) * 180.0 / std::numbers::pi;
    std::vector<MarkerPart> parts;
    auto pad = [&](QPointF at, double rx, double ry) {
        parts.push_back({PartKind::Pad, at, angle, rx, ry, w, 0, QColor(), 1.0});
    };
    auto ring = [&](PartKind kind, QPointF at, double radius, QColor colour, double alpha,
                    double width) {
        if (radius > 0 && alpha > 0) {
            parts.push_back({kind, at, 0.0, radius, 0.0, width, 0, colour, alpha});
        }
    };
    switch (m.pose.style) {
    case MarkerStyle::Glide:
        pad(m.centre, r * 1.3, r * 0.92);
        break;
    case MarkerStyle::Circles:
        ring(PartKind::DashedRing, m.on_line, m.pose.ring * R, pal.marker_rim, m.pose.ring_alpha,
             w * 0.4);
        pad(m.centre, r, r);
        break;
    case MarkerStyle::ToAndFro:
        parts.push_back(
            {PartKind::Bar, m.on_line, angle, R * 1.9, 0.0, w * 0.7, 0, pal.marker, 0.55});
        pad(m.centre, r * 0.8, r * 1.05);
        break;
    case MarkerStyle::Pulses:
    case MarkerStyle::Tremor:
        ring(PartKind::Ring, m.on_line, m.pose.ring * R, pal.marker, m.pose.ring_alpha, w * 0.55);
        if (m.pose.style == MarkerStyle::Tremor) {
            ring(PartKind::Ring, m.on_line, (m.pose.ring + 0.7) * R, pal.marker,
                 m.pose.ring_alpha * 0.5, w * 0.4);
        }
        pad(m.centre, r, r);
        break;
    case MarkerStyle::Hold:
        ring(PartKind::Ring, m.on_line, m.pose.ring * R, pal.marker_rim, m.pose.ring_alpha,
             w * 0.5);
        pad(m.centre, r, r);
        if (m.pose.ring_alpha <= 0) {
            // Holding: the pressure is on.
            parts.push_back(
                {PartKind::Disc, m.centre, 0.0, r * 0.35, 0.0, 0.0, 0, pal.marker_rim, 1.0});
        }
        break;
    case MarkerStyle::Wave:
        pad(m.centre, r * 0.75, r * 1.35);
        break;
    case MarkerStyle::Rake:
        parts.push_back(
            {PartKind::Teeth, m.centre, angle, R * 2.6, R * 1.1, w * 0.75, 4, QColor(), 1.0});
        break;
    case MarkerStyle::Comb:
        parts.push_back(
            {PartKind::Teeth, m.centre, angle, R * 2.4, R * 0.6, w * 0.5, 7, QColor(), 1.0});
        break;
    case MarkerStyle::Pinch: {
        const double close = 0.5 - 0.5 * std::cos(tau * m.pose.phase);
        const double d = R * (1.5 - 0.9 * close);
        pad(m.centre + m.across * d, r * 0.62, r * 0.62);
        pad(m.centre - m.across * d, r * 0.62, r * 0.62);
        break;
    }
    case MarkerStyle::Surge:
        ring(PartKind::Ring, m.on_line, m.pose.ring * R, pal.marker, m.pose.ring_alpha, w * 0.5);
        parts.push_back({PartKind::Crest, m.centre, angle, R, 0.0, w * 0.6, 0, pal.marker, 0.75});
        pad(m.centre, r * 1.15, r);
        break;
    case MarkerStyle::None:
        break;
    }
    return parts;
}

std::int64_t quantised(double v, double per_unit) {
    return static_cast<std::int64_t>(std::llround(v * per_unit));
}

} // namespace

void paint_marker(QPainter* p, const DiagramScene& scene, const SceneMarker& m,
                  const DiagramPalette& pal) {
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    paint_trail(p, scene, m, pal);
    paint_wave(p, scene, m, pal);
    for (const MarkerPart& part : parts_of(scene, m, pal)) {
        p->save();
        p->translate(part.at);
        p->rotate(part.angle);
        draw_part(p, part, pal, part.alpha);
        p->restore();
    }
    p->restore();
}

void MarkerSprites::clear() {
    sprites_.clear();
    lru_.clear();
    trails_.clear();
}

const MarkerSprites::Sprite& MarkerSprites::sprite(const Key& key, const MarkerPart& part,
                                                   double angle, double scale, QPointF offset,
                                                   const DiagramPalette& pal) {
    if (const auto it = sprites_.find(key); it != sprites_.end()) {
        lru_.splice(lru_.begin(), lru_, it->second);
        ++reused_;
        return lru_.front();
    }
    ++rendered_;
    const int half = static_cast<int>(std::ceil(extent_of(part) * scale)) + 1;
    QImage image(2 * half + 1, 2 * half + 1, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter q(&image);
        q.setRenderHint(QPainter::Antialiasing);
        q.translate(QPointF(half, half) + offset);
        q.scale(scale, scale);
        q.rotate(angle);
        draw_part(&q, part, pal, 1.0);
    }
    lru_.push_front(Sprite{key, std::move(image), half});
    sprites_[key] = lru_.begin();
    if (lru_.size() > max_sprites) {
        sprites_.erase(lru_.back().key);
        lru_.pop_back();
    }
    return lru_.front();
}

const MarkerSprites::Trail& MarkerSprites::trail(const DiagramScene& scene, const SceneMarker& m,
                                                 const QTransform& device,
                                                 const DiagramPalette& pal) {
    const LinePath& path = scene.lines[m.line].path;
    const double scale = device.m11();
    const QPointF start = device.map(path.point_at(0)); // which line, where on screen
    // To a device pixel along the line: a kneading hand moves a third of one a frame.
    const TrailKey key{static_cast<std::int64_t>(m.line),
                       quantised(m.pose.travel * path.length() * scale, 1),
                       quantised(path.length() * scale, 4),
                       quantised(start.x(), 4),
                       quantised(start.y(), 4),
                       quantised(m.radius * scale, 4),
                       quantised(scene.stroke * scale, 8),
                       static_cast<std::int64_t>(pal.marker.rgba())};
    for (auto it = trails_.begin(); it != trails_.end(); ++it) {
        if (it->key == key) {
            trails_.splice(trails_.begin(), trails_, it);
            ++reused_;
            return trails_.front();
        }
    }
    ++rendered_;
    const double from = std::max(0.0, m.pose.travel - trail_span(path, m.radius));
    const double pen = scene.stroke * 0.75 + 1.0;
    const QRect box = device.mapRect(path.section(from, m.pose.travel).boundingRect())
                          .adjusted(-pen * scale, -pen * scale, pen * scale, pen * scale)
                          .toAlignedRect();
    QImage image(box.size().expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter q(&image);
        q.setRenderHint(QPainter::Antialiasing);
        q.setTransform(device * QTransform::fromTranslate(-box.x(), -box.y()));
        paint_trail(&q, scene, m, pal);
    }
    trails_.push_front(Trail{key, std::move(image), box.topLeft()});
    if (trails_.size() > max_trails) {
        trails_.pop_back();
    }
    return trails_.front();
}

void MarkerSprites::paint(QPainter* p, const DiagramScene& scene, const SceneMarker& m,
                          const DiagramPalette& pal) {
    // Blits land on whole device pixels: only a painter that scales and translates can map a
    // part's anchor to one, and it must be able to paint in device pixels. A widget inside a
    // window paints into the window's buffer at its own offset: a whole number of device pixels
    // that the blits are shifted by.
    const QTransform device = p->deviceTransform();
    const double scale = device.m11();
    bool blit = device.type() <= QTransform::TxScale && scale > 0 &&
                std::abs(device.m22() - scale) <= 1e-9 && p->device() != nullptr;
    const double dpr = blit ? p->device()->devicePixelRatioF() : 1.0;
    QPointF shift;
    if (blit) {
        p->save();
        p->resetTransform();
        p->setWorldTransform(QTransform::fromScale(1.0 / dpr, 1.0 / dpr));
        const QTransform rest = p->deviceTransform();
        shift = QPointF(rest.dx(), rest.dy());
        blit = rest.type() <= QTransform::TxTranslate && shift.x() == std::round(shift.x()) &&
               shift.y() == std::round(shift.y());
        p->restore();
    }
    if (!blit) {
        paint_marker(p, scene, m, pal);
        return;
    }
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    paint_wave(p, scene, m, pal); // it ripples every frame: nothing to keep
    const std::vector<MarkerPart> parts = parts_of(scene, m, pal);
    // Where each part lands, in device pixels of the painter's own area.
    std::vector<QPointF> anchors;
    anchors.reserve(parts.size());
    for (const MarkerPart& part : parts) {
        anchors.push_back(device.map(part.at) - shift);
    }
    const LinePath& path = scene.lines[m.line].path;
    const bool trailing = m.pose.style != MarkerStyle::Wave &&
                          m.pose.travel > std::max(0.0, m.pose.travel - trail_span(path, m.radius));
    // A glide's trail moves with it by pixels a frame: a kept image of it would be rendered again
    // every frame, which costs more than painting the trail itself. The slower hands keep theirs.
    const bool keep_trail = trailing && m.pose.style != MarkerStyle::Glide;
    if (trailing && !keep_trail) {
        paint_trail(p, scene, m, pal);
    }
    // Paint in device pixels from here on.
    p->resetTransform();
    p->setWorldTransform(QTransform::fromScale(1.0 / dpr, 1.0 / dpr));
    if (keep_trail) {
        const Trail& t =
            trail(scene, m, device * QTransform::fromTranslate(-shift.x(), -shift.y()), pal);
        p->drawImage(t.at, t.image);
    }
    const double opacity = p->opacity();
    const auto colours = [](const QColor& a, const QColor& b) {
        return static_cast<std::int64_t>((static_cast<std::uint64_t>(a.rgba()) << 32U) |
                                         static_cast<std::uint64_t>(b.rgba()));
    };
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const MarkerPart& part = parts[i];
        // The anchor to a quarter pixel, the turn to angle_step.
        double ix = std::floor(anchors[i].x());
        double iy = std::floor(anchors[i].y());
        std::int64_t qx = quantised(anchors[i].x() - ix, 4);
        std::int64_t qy = quantised(anchors[i].y() - iy, 4);
        if (qx == 4) {
            ix += 1;
            qx = 0;
        }
        if (qy == 4) {
            iy += 1;
            qy = 0;
        }
        // Turned in steps that move its farthest point a quarter pixel at most.
        const double turn = turn_of(part);
        const double angle = turn > 0 ? std::fmod(std::fmod(part.angle, turn) + turn, turn) : 0.0;
        const std::int64_t steps = std::max<std::int64_t>(
            1, static_cast<std::int64_t>(
                   std::ceil(turn / 360.0 * tau * extent_of(part) * scale / max_turn_px)));
        const std::int64_t step =
            quantised(angle / std::max(turn, 1.0), static_cast<double>(steps)) % steps;
        const Key key{static_cast<std::int64_t>(part.kind),
                      quantised(part.a * scale, 4),
                      quantised(part.b * scale, 4),
                      quantised(part.w * scale, 8),
                      part.count,
                      step,
                      qx,
                      qy,
                      quantised(scale, 64),
                      colours(part.colour, pal.halo),
                      colours(pal.marker_rim, pal.marker)};
        const Sprite& s =
            sprite(key, part, static_cast<double>(step) * turn / static_cast<double>(steps), scale,
                   QPointF(static_cast<double>(qx) / 4.0, static_cast<double>(qy) / 4.0), pal);
        p->setOpacity(opacity * part.alpha);
        p->drawImage(QPointF(ix - s.half, iy - s.half), s.image);
    }
    p->restore();
}

} // namespace effleur::ui
