#include "render/diagramscene.h"

#include <QPainterPathStroker>

#include <algorithm>
#include <chrono>
#include <cmath>

namespace effleur::ui {

namespace {

// The sides a line is drawn on for a frame's side: both, or one; a midline line once.
std::vector<std::optional<BodySide>> sides_of(const DiagramArt& art, const MassageLine& line,
                                              std::optional<BodySide> side) {
    const std::vector<std::string> points = line.points();
    const bool bilateral = std::any_of(points.begin(), points.end(),
                                       [&](const std::string& id) { return art.bilateral(id); });
    if (!bilateral) {
        return {std::nullopt};
    }
    if (side) {
        return {side};
    }
    return {BodySide::Right, BodySide::Left};
}

// The line in SVG coordinates, in the direction of travel.
LinePath svg_path(const DiagramArt& art, const MassageLine& line, std::optional<BodySide> side,
                  bool reversed) {
    std::vector<QPointF> pts;
    for (const std::string& id : line.points()) {
        if (auto p = art.landmark(id, side.value_or(BodySide::Right))) {
            pts.push_back(*p);
        }
    }
    if (reversed) {
        std::reverse(pts.begin(), pts.end());
    }
    return LinePath(std::move(pts));
}

// A landmark's positions on the sides shown: one side when the step works one side.
void add_points(const DiagramArt& art, const std::string& id, std::optional<BodySide> side,
                std::vector<QPointF>& out) {
    for (BodySide s : {BodySide::Right, BodySide::Left}) {
        if (side && art.bilateral(id) && s != *side) {
            continue;
        }
        if (auto p = art.landmark(id, s)) {
            out.push_back(*p);
        }
    }
}

QRectF bounds(const std::vector<QPointF>& pts) {
    QRectF r(pts.front(), QSizeF(0, 0));
    for (const QPointF& p : pts) {
        r.setLeft(std::min(r.left(), p.x()));
        r.setRight(std::max(r.right(), p.x()));
        r.setTop(std::min(r.top(), p.y()));
        r.setBottom(std::max(r.bottom(), p.y()));
    }
    return r;
}

// Andrew's monotone chain.
QPolygonF convex_hull(std::vector<QPointF> pts) {
    std::sort(pts.begin(), pts.end(), [](QPointF a, QPointF b) {
        return a.x() < b.x() || (a.x() == b.x() && a.y() < b.y());
    });
    if (pts.size() < 3) {
        return QPolygonF(QList<QPointF>(pts.begin(), pts.end()));
    }
    auto cross = [](QPointF o, QPointF a, QPointF b) {
        return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
    };
    std::vector<QPointF> h(2 * pts.size());
    std::size_t k = 0;
    for (const QPointF& p : pts) {
        while (k >= 2 && cross(h[k - 2], h[k - 1], p) <= 0) {
            --k;
        }
        h[k++] = p;
    }
    for (std::size_t i = pts.size() - 1, t = k + 1; i > 0; --i) {
        while (k >= t && cross(h[k - 2], h[k - 1], pts[i - 1]) <= 0) {
            --k;
        }
        h[k++] = pts[i - 1];
    }
    h.resize(k - 1);
    return QPolygonF(QList<QPointF>(h.begin(), h.end()));
}

std::vector<QPointF> focus_points(const DiagramArt& art, const DiagramFrame& f) {
    std::vector<QPointF> pts;
    if (f.step == nullptr || f.step->focus.empty()) {
        return pts;
    }
    const auto region = f.diagram->regions.find(f.step->focus);
    if (region == f.diagram->regions.end()) {
        return pts;
    }
    for (const std::string& id : region->second) {
        add_points(art, id, f.side, pts);
    }
    return pts;
}

} // namespace

QRectF view_for(const DiagramArt& art, const DiagramFrame& frame, const QRectF& target) {
    const QRectF box = art.view_box();
    std::vector<QPointF> pts = focus_points(art, frame);
    QRectF r = box.adjusted(-box.width() * 0.03, -box.height() * 0.03, box.width() * 0.03,
                            box.height() * 0.03);
    if (!pts.empty()) {
        for (const LineRef& ref : frame.step->lines) {
            if (const MassageLine* line = frame.diagram->line(ref.line)) {
                for (const std::string& id : line->points()) {
                    add_points(art, id, frame.side, pts);
                }
            }
        }
        r = bounds(pts);
        const double pad = std::max(r.width(), r.height()) * 0.16 + box.height() * 0.05;
        r.adjust(-pad, -pad, pad, pad);
        // Never so close that the figure stops reading as a body.
        const double min_h = box.height() * 0.42;
        if (r.height() < min_h) {
            r.adjust(0, -(min_h - r.height()) / 2, 0, (min_h - r.height()) / 2);
        }
    }
    const double aspect = target.width() / std::max(1.0, target.height());
    if (r.width() / r.height() < aspect) {
        const double w = r.height() * aspect;
        r.adjust(-(w - r.width()) / 2, 0, (w - r.width()) / 2, 0);
    } else {
        const double h = r.width() / aspect;
        r.adjust(0, -(h - r.height()) / 2, 0, (h - r.height()) / 2);
    }
    // Keep inside the art where it fits, so a zoom shows no empty margin on one side only.
    auto fit = [](double lo, double len, double box_lo, double box_len) {
        if (len >= box_len) {
            return box_lo + (box_len - len) / 2;
        }
        return std::clamp(lo, box_lo, box_lo + box_len - len);
    };
    if (!pts.empty()) {
        r.moveLeft(fit(r.left(), r.width(), box.left(), box.width()));
        r.moveTop(fit(r.top(), r.height(), box.top(), box.height()));
    }
    return r;
}

void SceneCache::clear() {
    art_ = nullptr;
    diagram_ = nullptr;
    step_ = nullptr;
    side_.reset();
    target_ = QRectF();
    view_.reset();
    lines_.clear();
    lengths_.clear();
}

void SceneCache::use_for(const DiagramArt& art, const DiagramFrame& frame, const QRectF& target) {
    if (art_ == &art && diagram_ == frame.diagram && step_ == frame.step && side_ == frame.side &&
        target_ == target) {
        return;
    }
    clear();
    art_ = &art;
    diagram_ = frame.diagram;
    step_ = frame.step;
    side_ = frame.side;
    target_ = target;
}

DiagramScene layout_scene(const DiagramArt& art, const DiagramFrame& f, const QRectF& target,
                          bool with_zone, SceneCache* cache) {
    if (cache != nullptr) {
        cache->use_for(art, f, target);
    }
    DiagramScene s;
    s.target = target;
    if (cache == nullptr) {
        s.view = view_for(art, f, target);
    } else {
        if (!cache->view_) {
            cache->view_ = view_for(art, f, target);
        }
        s.view = *cache->view_;
    }
    const double scale = target.width() / s.view.width();
    s.to_device = QTransform::fromTranslate(-s.view.left(), -s.view.top()) *
                  QTransform::fromScale(scale, scale) *
                  QTransform::fromTranslate(target.left(), target.top());
    s.stroke = std::max(2.5, std::min(target.width(), target.height()) * 0.0085);

    if (const auto zone = with_zone ? focus_points(art, f) : std::vector<QPointF>{};
        !zone.empty()) {
        std::vector<QPointF> dev;
        dev.reserve(zone.size());
        for (const QPointF& p : zone) {
            dev.push_back(s.to_device.map(p));
        }
        QPainterPath hull;
        hull.addPolygon(convex_hull(dev));
        hull.closeSubpath();
        QPainterPathStroker grow;
        grow.setWidth(s.stroke * 9);
        grow.setJoinStyle(Qt::RoundJoin);
        grow.setCapStyle(Qt::RoundCap);
        s.zone = grow.createStroke(hull).united(hull).simplified();
    }
    if (f.step == nullptr || f.diagram == nullptr) {
        return s;
    }

    // The step's own lines and how far along them the session is. Each pass works every line
    // once, in order; each line takes time in proportion to its length.
    // A line's length in the art, and its curve and arrows on screen: from the cache if given.
    auto svg_length = [&](const MassageLine& line, bool reversed) {
        if (cache == nullptr) {
            return svg_path(art, line, BodySide::Right, reversed).length();
        }
        auto key = std::make_pair(line.id, reversed);
        auto it = cache->lengths_.find(key);
        if (it == cache->lengths_.end()) {
            const double len = svg_path(art, line, BodySide::Right, reversed).length();
            it = cache->lengths_.emplace(std::move(key), len).first;
        }
        return it->second;
    };
    SceneCache::Line uncached;
    auto geometry = [&](const MassageLine& line, std::optional<BodySide> side,
                        bool reversed) -> const SceneCache::Line& {
        auto build = [&] {
            SceneCache::Line g;
            g.path = svg_path(art, line, side, reversed).mapped(s.to_device);
            g.arrows = arrowheads(g.path);
            return g;
        };
        if (cache == nullptr) {
            uncached = build();
            return uncached;
        }
        auto key = std::make_tuple(line.id, side ? 1 + static_cast<int>(*side) : 0, reversed);
        auto it = cache->lines_.find(key);
        if (it == cache->lines_.end()) {
            it = cache->lines_.emplace(std::move(key), build()).first;
        }
        return it->second;
    };

    struct Own {
        const MassageLine* line;
        bool reversed;
        double length;
    };
    std::vector<Own> own;
    double total = 0;
    for (const LineRef& ref : f.step->lines) {
        if (const MassageLine* line = f.diagram->line(ref.line)) {
            const bool rev = ref.direction == Direction::Reversed;
            const double len = svg_length(*line, rev);
            own.push_back({line, rev, len});
            total += len;
        }
    }
    s.passes = std::max(1, f.step->passes);
    std::size_t current = 0;
    double travel = 0;
    double stroke_seconds = 0;
    if (total > 0) {
        const double d = std::clamp(f.fraction, 0.0, 1.0) * s.passes * total;
        const int pass = std::min(static_cast<int>(d / total), s.passes - 1);
        s.pass = pass + 1;
        double within = d - pass * total;
        while (current + 1 < own.size() && within > own[current].length) {
            within -= own[current].length;
            ++current;
        }
        travel = own[current].length > 0 ? std::clamp(within / own[current].length, 0.0, 1.0) : 0;
        const double part_s = std::chrono::duration<double>(f.step->part_duration()).count();
        stroke_seconds = part_s * own[current].length / (s.passes * total);
    }

    auto add_line = [&](const MassageLine& line, bool reversed, std::optional<BodySide> side,
                        LineRole role, bool is_current) {
        SceneLine l;
        l.id = line.id;
        l.side = side;
        l.role = role;
        l.current = is_current;
        l.reversed = reversed;
        const SceneCache::Line& g = geometry(line, side, reversed);
        l.path = g.path;
        l.arrows = g.arrows;
        s.lines.push_back(std::move(l));
    };
    auto context = [&](const std::vector<std::string>& ids, LineRole role) {
        for (const std::string& id : ids) {
            if (const MassageLine* line = f.diagram->line(id)) {
                for (auto side : sides_of(art, *line, std::nullopt)) {
                    add_line(*line, false, side, role, false);
                }
            }
        }
    };
    context(f.upcoming_lines, LineRole::Upcoming);
    context(f.done_lines, LineRole::Done);
    // On an alternating step the other side is still to come, or already done.
    if (f.side && f.step->side == Side::Alternating) {
        const BodySide other = *f.side == BodySide::Left ? BodySide::Right : BodySide::Left;
        for (const Own& o : own) {
            add_line(*o.line, o.reversed, other, f.part == 0 ? LineRole::Upcoming : LineRole::Done,
                     false);
        }
    }
    for (std::size_t i = own.size(); i-- > 0;) {
        if (i == current) {
            continue;
        }
        for (auto side : sides_of(art, *own[i].line, f.side)) {
            add_line(*own[i].line, own[i].reversed, side,
                     i < current ? LineRole::Done : LineRole::Upcoming, false);
        }
    }
    // Painted in this order, so the lines worked now stay on top.
    auto rank = [](LineRole r) {
        return r == LineRole::Upcoming ? 0 : r == LineRole::Done ? 1 : 2;
    };
    std::stable_sort(s.lines.begin(), s.lines.end(), [&](const SceneLine& a, const SceneLine& b) {
        return rank(a.role) < rank(b.role);
    });
    if (own.empty()) {
        return s;
    }
    for (auto side : sides_of(art, *own[current].line, f.side)) {
        add_line(*own[current].line, own[current].reversed, side, LineRole::Active, true);
        const SceneLine& l = s.lines.back();
        SceneMarker m;
        m.line = s.lines.size() - 1;
        m.pose = technique_pose(f.step->technique, travel, stroke_seconds, f.t_seconds);
        if (m.pose.style == MarkerStyle::None) {
            continue;
        }
        m.radius = s.stroke * 2.4;
        m.on_line = l.path.point_at(m.pose.travel);
        m.along = l.path.tangent_at(m.pose.travel);
        // The figure's left side moves as the mirror image of its right.
        const double flip = side == BodySide::Left ? -1.0 : 1.0;
        m.across = QPointF(-m.along.y(), m.along.x()) * flip;
        m.centre = m.on_line + (m.along * m.pose.offset.x() + m.across * m.pose.offset.y()) *
                                   (m.radius * m.pose.scale);
        s.markers.push_back(m);
    }
    return s;
}

} // namespace effleur::ui
