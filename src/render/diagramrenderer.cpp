#include "render/diagramrenderer.h"

#include "render/breathingfigure.h"
#include "render/markerpainter.h"

#include <QCoreApplication>
#include <QFont>
#include <QLinearGradient>
#include <QPainter>
#include <QThreadPool>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <new>

namespace effleur::ui {

namespace {

bool breathing_step(const DiagramFrame& f) {
    return f.step != nullptr && f.step->breathing && f.breathing;
}

QString base_key(const std::string& art, DiagramTheme theme, const QRect& target, qreal dpr,
                 const QRectF& view, const DiagramFrame& f) {
    const QString focus = f.step ? QString::fromStdString(f.step->focus) : QString();
    const QString side = f.side ? QString::number(static_cast<int>(*f.side)) : QString();
    return QStringLiteral("%1|%2|%3x%4@%5|%6,%7,%8,%9|%10|%11|%12")
        .arg(QString::fromStdString(art), QString::number(static_cast<int>(theme)))
        .arg(target.width())
        .arg(target.height())
        .arg(dpr)
        .arg(view.x(), 0, 'f', 1)
        .arg(view.y(), 0, 'f', 1)
        .arg(view.width(), 0, 'f', 1)
        .arg(view.height(), 0, 'f', 1)
        .arg(focus)
        .arg(breathing_step(f) ? 1 : 0)
        .arg(side);
}

void paint_line(QPainter* p, const SceneLine& l, double w, const DiagramPalette& pal) {
    const QPainterPath path = l.path.path();
    p->setBrush(Qt::NoBrush);
    QColor colour;
    double width = w;
    double arrow = 1.0;
    switch (l.role) {
    case LineRole::Upcoming: {
        colour = pal.upcoming;
        width = w * 0.55;
        arrow = 0.7;
        QPen pen(colour, width, Qt::CustomDashLine, Qt::RoundCap, Qt::RoundJoin);
        pen.setDashPattern({2.0, 2.2});
        p->setPen(pen);
        p->drawPath(path);
        break;
    }
    case LineRole::Done:
        colour = pal.done;
        width = w * 0.7;
        arrow = 0.75;
        p->setPen(QPen(colour, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p->drawPath(path);
        break;
    case LineRole::Active:
        colour = pal.line;
        p->setPen(QPen(pal.halo, w * 2.1, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p->drawPath(path);
        p->setPen(QPen(colour, w, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p->drawPath(path);
        break;
    }
    // Active lines carry an arrow midway as well; the others only at the end of travel.
    const std::size_t first = l.role == LineRole::Active ? 0 : l.arrows.size() - 1;
    for (std::size_t i = first; i < l.arrows.size(); ++i) {
        const QPolygonF tri = arrowhead_polygon(l.arrows[i], w * 3.6 * arrow, w * 3.4 * arrow);
        if (l.role == LineRole::Active) {
            p->setPen(QPen(pal.halo, w * 0.9, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        } else {
            p->setPen(Qt::NoPen);
        }
        p->setBrush(colour);
        p->drawPolygon(tri);
    }
}

} // namespace

DiagramRenderer::DiagramRenderer(DiagramTheme theme) : theme_(theme) {}

Result<std::shared_ptr<const DiagramArt>> DiagramRenderer::art(const Diagram& diagram) {
    if (const auto it = arts_.find(diagram.id); it != arts_.end()) {
        return it->second;
    }
    if (const auto it = art_errors_.find(diagram.id); it != art_errors_.end()) {
        return it->second;
    }
    auto loaded = DiagramArt::load_bundled(diagram);
    if (!loaded) {
        art_errors_[diagram.id] = loaded.errors().front();
        return loaded.errors().front();
    }
    arts_[diagram.id] = loaded.value();
    return loaded;
}

std::shared_ptr<const DiagramArt> DiagramRenderer::breathing_art() {
    if (!breathing_tried_) {
        breathing_tried_ = true;
        Diagram figure;
        figure.id = "breathing";
        auto loaded = DiagramArt::load(figure, bundled_svg("breathing"),
                                       QStringLiteral(":/diagrams/breathing.svg"));
        breathing_art_ = loaded.value_or(nullptr);
    }
    return breathing_art_;
}

std::optional<DiagramScene> DiagramRenderer::scene(const DiagramFrame& frame, const QRectF& target,
                                                   SceneCache* cache) {
    if (frame.diagram == nullptr) {
        return std::nullopt;
    }
    const auto a = art(*frame.diagram).value_or(nullptr);
    if (!a) {
        return std::nullopt;
    }
    return layout_scene(*a, frame, target, false, cache);
}

void DiagramRenderer::render_base(QPainter* p, const QRectF& target, const DiagramFrame& f) {
    const DiagramPalette& pal = palette();
    p->fillRect(target, pal.background);
    if (breathing_step(f)) {
        if (const auto b = breathing_art()) {
            paint_breathing_base(p, *b, target, theme_);
        }
        return;
    }
    if (f.diagram == nullptr) {
        return;
    }
    const auto loaded = art(*f.diagram);
    if (!loaded) {
        p->setPen(pal.text);
        p->drawText(target, Qt::AlignCenter | Qt::TextWordWrap,
                    QString::fromStdString(loaded.message()));
        return;
    }
    paint_art_base(p, target, f, *loaded.value(), theme_);
}

void DiagramRenderer::paint_art_base(QPainter* p, const QRectF& target, const DiagramFrame& f,
                                     const DiagramArt& art, DiagramTheme theme) {
    const DiagramPalette& pal = palette_for(theme);
    const DiagramScene s = layout_scene(art, f, target, true);
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setRenderHint(QPainter::SmoothPixmapTransform);
    p->setClipRect(target);
    // The art is a crop of a body: clip it to its view box and let its lower edge fade out.
    const QRectF art_box = s.to_device.mapRect(art.view_box());
    p->save();
    p->setClipRect(art_box.intersected(target));
    art.render(p, art_box, theme);
    p->restore();
    const double fade = art_box.height() * 0.07;
    QLinearGradient g(0, art_box.bottom() - fade, 0, art_box.bottom());
    QColor clear = pal.background;
    clear.setAlpha(0);
    g.setColorAt(0, clear);
    g.setColorAt(1, pal.background);
    p->fillRect(QRectF(art_box.left(), art_box.bottom() - fade, art_box.width(), fade), g);
    // The focus zone tints the art, over it, so it shows on the skin as well.
    if (!s.zone.isEmpty()) {
        p->setPen(Qt::NoPen);
        p->setBrush(pal.zone);
        p->drawPath(s.zone);
    }
    // Which side is which: the figure's right is on the viewer's left in a front view.
    QFont font;
    font.setPixelSize(std::max(10, static_cast<int>(target.height() * 0.035)));
    font.setBold(true);
    p->setFont(font);
    p->setPen(pal.detail);
    const QRectF corner = target.adjusted(target.width() * 0.03, target.height() * 0.02,
                                          -target.width() * 0.03, -target.height() * 0.02);
    const bool back = art.posterior();
    // The same letters as the printed card's, in the user's language.
    const QString left = QCoreApplication::translate("ProtocolCard", "L");
    const QString right = QCoreApplication::translate("ProtocolCard", "R");
    p->drawText(corner, Qt::AlignLeft | Qt::AlignBottom, back ? left : right);
    p->drawText(corner, Qt::AlignRight | Qt::AlignBottom, back ? right : left);
    p->restore();
}

DiagramRenderer::~DiagramRenderer() {
    settle();
}

QString DiagramRenderer::base_key_for(const QRect& target, qreal dpr, const DiagramFrame& f) {
    QRectF view;
    std::string id;
    if (f.diagram != nullptr) {
        id = f.diagram->id;
        if (const auto a = art(*f.diagram).value_or(nullptr)) {
            view = view_for(*a, f, QRectF(QPointF(0, 0), QSizeF(target.size())));
        }
    }
    return base_key(id, theme_, target, dpr, view, f);
}

const QPixmap& DiagramRenderer::keep_base(QString key, QPixmap pixmap) {
    bases_.push_front(Base{std::move(key), std::move(pixmap)});
    if (bases_.size() > max_cached_bases) {
        bases_.pop_back();
    }
    return bases_.front().pixmap;
}

const QPixmap& DiagramRenderer::base(const QRect& target, qreal dpr, const DiagramFrame& f) {
    const QString key = base_key_for(target, dpr, f);
    for (auto it = bases_.begin(); it != bases_.end(); ++it) {
        if (it->key == key) {
            bases_.splice(bases_.begin(), bases_, it);
            return bases_.front().pixmap;
        }
    }
    const auto under_way = std::find_if(prefetches_.begin(), prefetches_.end(),
                                        [&key](const Prefetch& p) { return p.key == key; });
    if (under_way != prefetches_.end()) {
        under_way->wanted->store(true); // asked for after all, if a newer one had made it skip
        QImage image = under_way->image.get();
        prefetches_.erase(under_way);
        drop_finished(); // other sizes, done while this one was waited for
        if (!image.isNull()) {
            return keep_base(key, QPixmap::fromImage(std::move(image), Qt::NoFormatConversion));
        }
        // It had already skipped its work: rendered here, as without it.
    }
    settle(); // a base under way for another size may be using the art's renderer
    QPixmap pixmap(target.size() * dpr);
    pixmap.setDevicePixelRatio(dpr);
    {
        QPainter p(&pixmap);
        render_base(&p, QRectF(QPointF(0, 0), QSizeF(target.size())), f);
    }
    return keep_base(key, std::move(pixmap));
}

void DiagramRenderer::prefetch_base(const QRect& target, qreal dpr, const DiagramFrame& f) {
    if (target.isEmpty() || breathing_step(f) || f.diagram == nullptr) {
        return;
    }
    // Without art, the base is a message: nothing to gain.
    std::shared_ptr<const DiagramArt> a = art(*f.diagram).value_or(nullptr);
    if (!a) {
        return;
    }
    drop_finished();
    const QString key = base_key_for(target, dpr, f);
    if (std::any_of(bases_.begin(), bases_.end(), [&key](const Base& b) { return b.key == key; }) ||
        std::any_of(prefetches_.begin(), prefetches_.end(),
                    [&key](const Prefetch& p) { return p.key == key; })) {
        return;
    }
    for (Prefetch& p : prefetches_) {
        p.wanted->store(false); // a newer size or step: an older one not yet begun is not needed
    }
    // In the format a pixmap of this device has, so that it becomes one without a conversion.
    static const QImage::Format native = QPixmap(1, 1).toImage().format();
    auto promise = std::make_shared<std::promise<QImage>>();
    auto wanted = std::make_shared<std::atomic<bool>>(true);
    prefetches_.push_back(Prefetch{key, promise->get_future().share(), wanted});
    const DiagramTheme theme = theme_;
    const QSize size = target.size();
    QThreadPool::globalInstance()->start(
        [promise, wanted, a, theme, size, dpr, f, format = native] {
            QImage image; // null when skipped or out of memory: the paint then renders it itself
            try {
                if (wanted->load()) {
                    image = QImage(size * dpr, format);
                    image.setDevicePixelRatio(dpr);
                    const QRectF whole(QPointF(0, 0), QSizeF(size));
                    QPainter p(&image);
                    p.fillRect(whole, palette_for(theme).background); // as render_base() does
                    paint_art_base(&p, whole, f, *a, theme);
                }
            } catch (const std::bad_alloc&) {
                image = QImage();
            }
            promise->set_value(std::move(image));
        });
}

void DiagramRenderer::drop_finished() {
    // Done and never asked for: their pixels go, and a paint that wants one renders it again.
    std::erase_if(prefetches_, [](const Prefetch& p) {
        return p.image.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
    });
}

void DiagramRenderer::settle() {
    for (const Prefetch& p : prefetches_) {
        p.image.wait();
    }
    prefetches_.clear();
}

void DiagramRenderer::paint_base(QPainter* painter, const QRect& target,
                                 const DiagramFrame& frame) {
    const qreal dpr = painter->device() != nullptr ? painter->device()->devicePixelRatioF() : 1.0;
    painter->drawPixmap(target.topLeft(), base(target, dpr, frame));
}

void DiagramRenderer::blit(QPainter* painter, const QRect& target, const QPixmap& pixmap,
                           const QRegion& area) {
    const qreal dpr = pixmap.devicePixelRatio();
    for (const QRect& r : area) {
        // The source in the pixmap's own pixels: one to one on the device, never scaled.
        const QRectF source((r.x() - target.x()) * dpr, (r.y() - target.y()) * dpr, r.width() * dpr,
                            r.height() * dpr);
        painter->drawPixmap(QRectF(r), pixmap, source);
    }
}

void DiagramRenderer::paint(QPainter* painter, const QRect& target, const DiagramFrame& frame,
                            const DiagramScene* given, const QRegion* exposed) {
    const QRegion area = exposed != nullptr ? (*exposed & target) : QRegion(target);
    if (area.isEmpty()) {
        return;
    }
    const qreal dpr = painter->device() != nullptr ? painter->device()->devicePixelRatioF() : 1.0;
    std::optional<DiagramScene> own;
    const DiagramScene* s = nullptr;
    if (!breathing_step(frame)) {
        if (given == nullptr) {
            own = scene(frame, QRectF(target));
        }
        s = given != nullptr ? given : own ? &*own : nullptr;
    }
    if (!s) {
        blit(painter, target, base(target, dpr, frame), area);
        painter->save();
        if (exposed != nullptr) {
            painter->setClipRegion(area, Qt::IntersectClip);
        }
        paint_overlay(painter, target, frame);
        painter->restore();
        return;
    }
    // The base with the lines on it, kept until a line changes role: a frame is then one opaque
    // blit and the hands.
    const QString key = QStringLiteral("%1|%2x%3@%4|%5,%6,%7,%8|%9|%10")
                            .arg(static_cast<int>(theme_))
                            .arg(target.width())
                            .arg(target.height())
                            .arg(dpr)
                            .arg(s->view.x(), 0, 'f', 2)
                            .arg(s->view.y(), 0, 'f', 2)
                            .arg(s->view.width(), 0, 'f', 2)
                            .arg(s->view.height(), 0, 'f', 2)
                            .arg(QString::fromStdString(frame.step ? frame.step->focus : ""))
                            .arg(QString::fromStdString(line_state(*s)));
    if (key != lines_key_) {
        const QPixmap& under = base(target, dpr, frame);
        lines_ = QPixmap(target.size() * dpr);
        lines_.setDevicePixelRatio(dpr);
        QPainter p(&lines_);
        p.drawPixmap(0, 0, under);
        p.setRenderHint(QPainter::Antialiasing);
        p.translate(-target.topLeft());
        for (const SceneLine& l : s->lines) {
            paint_line(&p, l, s->stroke, palette());
        }
        lines_key_ = key;
    }
    blit(painter, target, lines_, area);
    // Each hand where it is exposed. A hand wholly inside the exposed area (as a tick asks: where
    // the hands were and are) is painted once, clipped to its own box. Otherwise it is painted
    // one exposed rectangle at a time: a rectangular clip keeps Qt's fast paths, and the
    // rectangles of a region never overlap, so no pixel is painted twice.
    for (const SceneMarker& m : s->markers) {
        const auto paint_in = [&](const QRect& clip) {
            painter->save();
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setClipRect(clip, Qt::IntersectClip);
            paint_marker_at(painter, *s, m);
            painter->restore();
        };
        const QRect bounds = marker_bounds(*s, m).toAlignedRect();
        if (QRegion(bounds).subtracted(area).isEmpty()) {
            paint_in(bounds);
            continue;
        }
        for (const QRect& r : area) {
            if (bounds.intersects(r)) {
                paint_in(r);
            }
        }
    }
}

std::optional<BreathingMotion> DiagramRenderer::breathing_motion(const DiagramFrame& frame,
                                                                 const QRectF& target, qreal dpr) {
    if (!breathing_step(frame)) {
        return std::nullopt;
    }
    const auto b = breathing_art();
    if (!b) {
        return std::nullopt;
    }
    return ui::breathing_motion(*b, target, *frame.step->breathing, *frame.breathing, dpr);
}

void DiagramRenderer::paint_overlay(QPainter* painter, const QRect& target,
                                    const DiagramFrame& frame) {
    if (breathing_step(frame)) {
        if (const auto b = breathing_art()) {
            paint_breathing(painter, *b, QRectF(target), palette(), *frame.step->breathing,
                            *frame.breathing);
        }
        return;
    }
    if (const auto s = scene(frame, QRectF(target))) {
        paint_overlay(painter, *s, frame);
    }
}

void DiagramRenderer::paint_overlay(QPainter* painter, const DiagramScene& s,
                                    const DiagramFrame& frame) {
    if (breathing_step(frame)) {
        if (const auto b = breathing_art()) {
            paint_breathing(painter, *b, s.target, palette(), *frame.step->breathing,
                            *frame.breathing);
        }
        return;
    }
    const DiagramPalette& pal = palette();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setClipRect(s.target);
    for (const SceneLine& l : s.lines) {
        paint_line(painter, l, s.stroke, pal);
    }
    paint_markers(painter, s);
    painter->restore();
}

void DiagramRenderer::paint_markers(QPainter* painter, const DiagramScene& s) {
    for (const SceneMarker& m : s.markers) {
        paint_marker_at(painter, s, m);
    }
}

void DiagramRenderer::paint_marker_at(QPainter* painter, const DiagramScene& s,
                                      const SceneMarker& m) {
    if (cached_markers_) {
        sprites_.paint(painter, s, m, palette());
    } else {
        paint_marker(painter, s, m, palette());
    }
}

QRegion DiagramRenderer::moving_region(const DiagramScene& s, const DiagramFrame& frame) const {
    if (breathing_step(frame)) {
        return QRegion(s.target.toAlignedRect());
    }
    // One rectangle per hand: the hands on the two sides are far apart.
    QRegion r;
    for (const SceneMarker& m : s.markers) {
        r += marker_bounds(s, m).intersected(s.target).toAlignedRect();
    }
    return r;
}

std::string DiagramRenderer::hand_state(const DiagramScene& s) {
    std::string key;
    auto put = [&](double v) {
        key += std::to_string(std::lround(v));
        key += ',';
    };
    for (const SceneMarker& m : s.markers) {
        // Quarter pixels for positions and sizes; the phase in 64ths for shapes that animate.
        put(m.centre.x() * 4);
        put(m.centre.y() * 4);
        put(m.radius * m.pose.scale * 4);
        put(m.pose.ring * m.radius * 4);
        put(m.pose.ring_alpha * 64);
        put(m.pose.phase * 64);
        put(m.pose.travel * 4096);
        key += ';';
    }
    return key;
}

std::string DiagramRenderer::line_state(const DiagramScene& s) {
    std::string key;
    for (const SceneLine& l : s.lines) {
        key += l.id;
        key += l.side ? (*l.side == BodySide::Left ? ":l" : ":r") : ":m";
        key += static_cast<char>('0' + static_cast<int>(l.role));
        key += l.current ? '*' : ' ';
    }
    return key;
}

} // namespace effleur::ui
