#pragma once
// The geometry of a massage line: a smooth curve through its landmarks (uniform Catmull-Rom,
// as cubic Beziers), measured by arc length, and its arrowheads. The same functions place the
// hand marker, draw the line and let tests check both. Pure values (copies share the immutable
// curve, so copying is cheap); nothing here throws.

#include <QPainterPath>
#include <QPointF>
#include <QPolygonF>
#include <QTransform>

#include <memory>
#include <vector>

namespace effleur::ui {

class LinePath {
public:
    LinePath();
    // `points` in the order of travel (from, via..., to; reversed for a reversed line). Fewer
    // than two points make an empty path of length 0.
    explicit LinePath(std::vector<QPointF> points);

    [[nodiscard]] const std::vector<QPointF>& points() const { return d_->points; }
    [[nodiscard]] double length() const { return d_->lengths.empty() ? 0.0 : d_->lengths.back(); }
    // The point at a fraction of the arc length, clamped to [0, 1].
    [[nodiscard]] QPointF point_at(double fraction) const;
    // The unit direction of travel there.
    [[nodiscard]] QPointF tangent_at(double fraction) const;
    // The curve, for painting.
    [[nodiscard]] QPainterPath path() const;
    // The part of the curve between two fractions, as a polyline.
    [[nodiscard]] QPolygonF section(double from, double to) const;
    // The same part as a band `half_width` either side of the curve, with round ends: one closed
    // outline, to be filled with Qt::WindingFill (on a tight turn its inner side folds over).
    // Empty when the part is shorter than a point.
    [[nodiscard]] QPolygonF band(double from, double to, double half_width) const;
    // The same line through a transform. Fractions are kept under a similarity (zoom, move).
    [[nodiscard]] LinePath mapped(const QTransform& t) const;

private:
    // Immutable once built and shared between copies: a scene copies its lines every frame.
    struct Data {
        std::vector<QPointF> points;  // the landmarks, in order of travel
        std::vector<QPointF> samples; // the curve, densely sampled
        std::vector<double> lengths;  // arc length to each sample
    };
    std::shared_ptr<const Data> d_;
    [[nodiscard]] std::size_t segment_at(double distance) const;
};

// An arrowhead: its tip and the unit direction it points in.
struct Arrow {
    QPointF tip;
    QPointF direction;
};

// Where a line's arrowheads go: one in the middle and one at the end of travel, both pointing
// the way of travel.
[[nodiscard]] std::vector<Arrow> arrowheads(const LinePath& travel);
// The filled triangle of an arrowhead, `length` long and `width` wide at its base.
[[nodiscard]] QPolygonF arrowhead_polygon(const Arrow& arrow, double length, double width);

} // namespace effleur::ui
