#include "render/linegeometry.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace effleur::ui {

namespace {

constexpr int samples_per_segment = 24;

double distance(QPointF a, QPointF b) {
    return std::hypot(b.x() - a.x(), b.y() - a.y());
}

QPointF unit(QPointF v) {
    const double n = std::hypot(v.x(), v.y());
    return n > 1e-9 ? v / n : QPointF(1, 0);
}

// Control points of the Bezier through p1..p2 of a uniform Catmull-Rom spline.
std::pair<QPointF, QPointF> controls(const std::vector<QPointF>& p, std::size_t i) {
    const QPointF p0 = p[i == 0 ? 0 : i - 1];
    const QPointF p1 = p[i];
    const QPointF p2 = p[i + 1];
    const QPointF p3 = p[std::min(i + 2, p.size() - 1)];
    return {p1 + (p2 - p0) / 6.0, p2 - (p3 - p1) / 6.0};
}

QPointF bezier(QPointF a, QPointF b, QPointF c, QPointF d, double t) {
    const double u = 1.0 - t;
    return a * (u * u * u) + b * (3.0 * u * u * t) + c * (3.0 * u * t * t) + d * (t * t * t);
}

} // namespace

LinePath::LinePath() {
    static const auto empty = std::make_shared<const Data>();
    d_ = empty;
}

LinePath::LinePath(std::vector<QPointF> points) {
    auto d = std::make_shared<Data>();
    d->points = std::move(points);
    const std::vector<QPointF>& p = d->points;
    if (p.size() >= 2) {
        d->samples.reserve(1 + (p.size() - 1) * samples_per_segment);
        d->samples.push_back(p.front());
        for (std::size_t i = 0; i + 1 < p.size(); ++i) {
            const auto [c1, c2] = controls(p, i);
            for (int k = 1; k <= samples_per_segment; ++k) {
                d->samples.push_back(
                    bezier(p[i], c1, c2, p[i + 1], static_cast<double>(k) / samples_per_segment));
            }
        }
        d->lengths.reserve(d->samples.size());
        d->lengths.push_back(0.0);
        for (std::size_t i = 1; i < d->samples.size(); ++i) {
            d->lengths.push_back(d->lengths.back() + distance(d->samples[i - 1], d->samples[i]));
        }
    }
    d_ = std::move(d);
}

std::size_t LinePath::segment_at(double d) const {
    // The sample segment [i, i+1] that holds arc length d.
    const std::vector<double>& lengths = d_->lengths;
    const auto it = std::upper_bound(lengths.begin(), lengths.end(), d);
    const auto i = static_cast<std::size_t>(std::max<std::ptrdiff_t>(1, it - lengths.begin()));
    return std::min(i, lengths.size() - 1) - 1;
}

QPointF LinePath::point_at(double fraction) const {
    const std::vector<QPointF>& samples = d_->samples;
    const std::vector<double>& lengths = d_->lengths;
    if (samples.empty()) {
        return d_->points.empty() ? QPointF() : d_->points.front();
    }
    const double d = std::clamp(fraction, 0.0, 1.0) * length();
    const std::size_t i = segment_at(d);
    const double span = lengths[i + 1] - lengths[i];
    const double t = span > 1e-12 ? (d - lengths[i]) / span : 0.0;
    return samples[i] + (samples[i + 1] - samples[i]) * t;
}

QPointF LinePath::tangent_at(double fraction) const {
    const std::vector<QPointF>& samples = d_->samples;
    if (samples.size() < 2) {
        return QPointF(1, 0);
    }
    const double d = std::clamp(fraction, 0.0, 1.0) * length();
    const std::size_t i = segment_at(d);
    return unit(samples[i + 1] - samples[i]);
}

QPainterPath LinePath::path() const {
    const std::vector<QPointF>& p = d_->points;
    QPainterPath path;
    if (p.size() < 2) {
        return path;
    }
    path.moveTo(p.front());
    for (std::size_t i = 0; i + 1 < p.size(); ++i) {
        const auto [c1, c2] = controls(p, i);
        path.cubicTo(c1, c2, p[i + 1]);
    }
    return path;
}

QPolygonF LinePath::section(double from, double to) const {
    const std::vector<QPointF>& samples = d_->samples;
    const std::vector<double>& lengths = d_->lengths;
    QPolygonF poly;
    if (samples.size() < 2 || to <= from) {
        return poly;
    }
    const double d0 = std::clamp(from, 0.0, 1.0) * length();
    const double d1 = std::clamp(to, 0.0, 1.0) * length();
    poly << point_at(from);
    // Only the samples strictly between the two ends.
    auto i = static_cast<std::size_t>(std::upper_bound(lengths.begin(), lengths.end(), d0) -
                                      lengths.begin());
    for (; i < samples.size() && lengths[i] < d1; ++i) {
        poly << samples[i];
    }
    poly << point_at(to);
    return poly;
}

QPolygonF LinePath::band(double from, double to, double half_width) const {
    std::vector<QPointF> points;
    for (const QPointF& at : section(from, to)) {
        if (points.empty() || distance(points.back(), at) > 1e-6) {
            points.push_back(at);
        }
    }
    QPolygonF band;
    if (points.size() < 2) {
        return band;
    }
    // The way along at each point, and across it.
    const std::size_t last = points.size() - 1;
    std::vector<QPointF> along(points.size());
    for (std::size_t i = 0; i <= last; ++i) {
        along[i] = unit(points[std::min(i + 1, last)] - points[i > 0 ? i - 1 : 0]);
    }
    const auto across = [&](std::size_t i) { return QPointF(-along[i].y(), along[i].x()); };
    constexpr int cap = 8; // steps of each round end
    band.reserve(2 * static_cast<qsizetype>(points.size()) + qsizetype{2} * cap);
    for (std::size_t i = 0; i <= last; ++i) {
        band << points[i] + across(i) * half_width;
    }
    for (int k = 1; k < cap; ++k) { // round the front, from one side to the other
        const double a = std::numbers::pi * k / cap;
        band << points[last] +
                    (across(last) * std::cos(a) + along[last] * std::sin(a)) * half_width;
    }
    for (std::size_t i = points.size(); i-- > 0;) {
        band << points[i] - across(i) * half_width;
    }
    for (int k = 1; k < cap; ++k) { // and the back
        const double a = std::numbers::pi * k / cap;
        band << points[0] - (across(0) * std::cos(a) + along[0] * std::sin(a)) * half_width;
    }
    return band;
}

LinePath LinePath::mapped(const QTransform& t) const {
    std::vector<QPointF> pts;
    pts.reserve(d_->points.size());
    for (const QPointF& p : d_->points) {
        pts.push_back(t.map(p));
    }
    return LinePath(std::move(pts));
}

std::vector<Arrow> arrowheads(const LinePath& travel) {
    if (travel.length() <= 0.0) {
        return {};
    }
    // The end arrow sits on the curve, its tip at the end; the middle one halfway.
    return {Arrow{travel.point_at(0.55), travel.tangent_at(0.5)},
            Arrow{travel.point_at(1.0), travel.tangent_at(0.985)}};
}

QPolygonF arrowhead_polygon(const Arrow& arrow, double length, double width) {
    const QPointF d = arrow.direction;
    const QPointF n(-d.y(), d.x());
    const QPointF base = arrow.tip - d * length;
    QPolygonF tri;
    tri << arrow.tip << base + n * (width / 2.0) << base + d * (length * 0.28)
        << base - n * (width / 2.0);
    return tri;
}

} // namespace effleur::ui
