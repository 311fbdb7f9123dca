// The geometry that both the painter and these tests use: line curves, arrowheads, the scene's
// line roles, the hand's position along a line at a moment, and mirroring.

#include "diagram_test_support.h"
#include "render/diagramscene.h"
#include "render/techniquemotion.h"

#include <cmath>

using namespace effleur;
using namespace effleur::ui;

namespace {

const QRectF target(0, 0, 1280, 800);

std::shared_ptr<const DiagramArt> art_of(const std::string& id) {
    auto loaded = DiagramArt::load_bundled(test::diagram(id));
    REQUIRE(loaded.ok());
    return loaded.value();
}

double dist(QPointF a, QPointF b) {
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

const SceneLine& current_line(const DiagramScene& s, BodySide side) {
    for (const SceneLine& l : s.lines) {
        if (l.current && l.side == side) {
            return l;
        }
    }
    FAIL("no current line on that side");
    return s.lines.front();
}

} // namespace

TEST_CASE("a line's curve passes through its landmarks and is measured by arc length",
          "[geometry]") {
    const LinePath straight({QPointF(0, 0), QPointF(100, 0)});
    CHECK(straight.length() == Approx(100));
    CHECK(dist(straight.point_at(0.25), QPointF(25, 0)) < 1e-6);
    const LinePath bent({QPointF(0, 0), QPointF(50, 40), QPointF(100, 0)});
    CHECK(dist(bent.point_at(0), QPointF(0, 0)) < 1e-9);
    CHECK(dist(bent.point_at(1), QPointF(100, 0)) < 1e-9);
    // The via point is on the curve, halfway along a symmetric curve.
    CHECK(dist(bent.point_at(0.5), QPointF(50, 40)) < 0.5);
    double last = -1;
    for (int i = 0; i <= 20; ++i) {
        const double x = bent.point_at(i / 20.0).x();
        CHECK(x > last);
        last = x;
    }
}

TEST_CASE("arrowheads point the way of travel, and the other way on a reversed line",
          "[geometry][arrows]") {
    const std::vector<QPointF> pts = {QPointF(0, 0), QPointF(50, 10), QPointF(100, 0)};
    const auto forward = arrowheads(LinePath(pts));
    const auto back = arrowheads(LinePath(std::vector<QPointF>(pts.rbegin(), pts.rend())));
    REQUIRE(forward.size() == 2);
    REQUIRE(back.size() == 2);
    CHECK(forward.back().direction.x() > 0.9);
    CHECK(back.back().direction.x() < -0.9);
    CHECK(dist(forward.back().tip, QPointF(100, 0)) < 1e-6);
    CHECK(dist(back.back().tip, QPointF(0, 0)) < 1e-6);
    // The triangle's tip is ahead of its base.
    const QPolygonF tri =
        arrowhead_polygon(arrowheads(LinePath({QPointF(0, 0), QPointF(100, 0)})).back(), 20, 16);
    CHECK(tri.boundingRect().right() == Approx(100));
    CHECK(tri.boundingRect().left() == Approx(80));
}

TEST_CASE("the hand starts on the from-landmark, is halfway at half a pass, and ends on the "
          "to-landmark",
          "[geometry][marker]") {
    const auto art = art_of("face-front");
    const Step step =
        test::make_step("face-front", {{"mouth-corner-to-tragus", Direction::AsDrawn}});
    auto scene_at = [&](double fraction) {
        return layout_scene(*art, test::frame_of(step, fraction, BodySide::Right), target);
    };
    const DiagramScene s0 = scene_at(0.0);
    REQUIRE(s0.markers.size() == 1);
    const QPointF from = s0.to_device.map(*art->landmark("mouth-corner", BodySide::Right));
    const QPointF to = s0.to_device.map(*art->landmark("tragus", BodySide::Right));
    CHECK(dist(s0.markers[0].centre, from) < 0.5);

    const DiagramScene s5 = scene_at(0.5);
    const SceneLine& line = current_line(s5, BodySide::Right);
    CHECK(dist(s5.markers[0].centre, line.path.point_at(0.5)) < 0.5);
    // Halfway by arc length: as far along the curve from either end.
    const double to_mid = line.path.length() * 0.5;
    CHECK(dist(s5.markers[0].centre, from) < to_mid + 0.5);
    CHECK(dist(s5.markers[0].centre, to) < to_mid + 0.5);
    CHECK(dist(s5.markers[0].centre, from) > to_mid * 0.5);

    CHECK(dist(scene_at(1.0).markers[0].centre, to) < 0.5);
}

TEST_CASE("a reversed line starts at its to-landmark and its arrows point back", "[geometry]") {
    const auto art = art_of("face-front");
    const Step drawn = test::make_step("face-front", {{"chin-to-earlobe", Direction::AsDrawn}});
    const Step reversed = test::make_step("face-front", {{"chin-to-earlobe", Direction::Reversed}});
    const DiagramScene a = layout_scene(*art, test::frame_of(drawn, 0.0, BodySide::Right), target);
    const DiagramScene b =
        layout_scene(*art, test::frame_of(reversed, 0.0, BodySide::Right), target);
    const QPointF earlobe = b.to_device.map(*art->landmark("earlobe", BodySide::Right));
    CHECK(dist(b.markers[0].centre, earlobe) < 0.5);
    // The reversed line's end arrow is on the chin, pointing against the drawn direction there.
    const Arrow& fb = current_line(b, BodySide::Right).arrows.back();
    const QPointF drawn_there = current_line(a, BodySide::Right).path.tangent_at(0.01);
    const QPointF chin = b.to_device.map(*art->landmark("chin-middle", BodySide::Right));
    CHECK(dist(fb.tip, chin) < 0.5);
    CHECK(drawn_there.x() * fb.direction.x() + drawn_there.y() * fb.direction.y() < -0.95);
    CHECK(current_line(b, BodySide::Right).reversed);
}

TEST_CASE("passes: each pass travels the line once", "[geometry][marker]") {
    const auto art = art_of("back");
    const Step step = test::make_step("back", {{"sacrum-to-neck", Direction::AsDrawn}},
                                      Technique::Stroking, 30, 3);
    const DiagramScene s = layout_scene(*art, test::frame_of(step, 0.5, BodySide::Left), target);
    CHECK(s.pass == 2);
    CHECK(s.passes == 3);
    const SceneLine& l = current_line(s, BodySide::Left);
    CHECK(dist(s.markers[0].centre, l.path.point_at(0.5)) < 0.5);
    const DiagramScene t = layout_scene(*art, test::frame_of(step, 0.9, BodySide::Left), target);
    CHECK(t.pass == 3);
    CHECK(dist(t.markers[0].centre, l.path.point_at(0.7)) < 0.5);
}

TEST_CASE("a step's lines are worked in order: done, current, upcoming", "[geometry][roles]") {
    const auto art = art_of("face-front");
    const Step step = test::make_step("face-front", {{"forehead-to-temple", Direction::AsDrawn},
                                                     {"nose-to-temple", Direction::AsDrawn},
                                                     {"chin-to-earlobe", Direction::AsDrawn}});
    auto roles = [&](double fraction) {
        std::map<std::string, LineRole> r;
        for (const SceneLine& l :
             layout_scene(*art, test::frame_of(step, fraction, {}), target).lines) {
            r[l.id] = l.role;
        }
        return r;
    };
    auto early = roles(0.05);
    CHECK(early["forehead-to-temple"] == LineRole::Active);
    CHECK(early["nose-to-temple"] == LineRole::Upcoming);
    auto late = roles(0.95);
    CHECK(late["forehead-to-temple"] == LineRole::Done);
    CHECK(late["nose-to-temple"] == LineRole::Done);
    CHECK(late["chin-to-earlobe"] == LineRole::Active);
}

TEST_CASE("both sides mirror each other across the midline", "[geometry][mirror]") {
    const auto art = art_of("face-front");
    const Step step = test::make_step("face-front", {{"nose-to-temple", Direction::AsDrawn}},
                                      Technique::Kneading, 60, 2);
    const DiagramScene s = layout_scene(*art, test::frame_of(step, 0.3, std::nullopt), target);
    REQUIRE(s.markers.size() == 2);
    const double mid = s.to_device.map(QPointF(art->midline(), 0)).x();
    const SceneLine& r = current_line(s, BodySide::Right);
    const SceneLine& l = current_line(s, BodySide::Left);
    for (double f : {0.0, 0.3, 0.7, 1.0}) {
        CHECK(r.path.point_at(f).x() - mid == Approx(mid - l.path.point_at(f).x()).margin(1e-6));
        CHECK(r.path.point_at(f).y() == Approx(l.path.point_at(f).y()));
    }
    // The hands, the technique's circles included, mirror too.
    CHECK(s.markers[0].centre.x() - mid == Approx(mid - s.markers[1].centre.x()).margin(1e-6));
    CHECK(s.markers[0].centre.y() == Approx(s.markers[1].centre.y()));
    // One side only when the step works one side.
    CHECK(layout_scene(*art, test::frame_of(step, 0.3, BodySide::Left), target).markers.size() ==
          1);
}

TEST_CASE("each technique moves in its own way", "[motion]") {
    // Stroking glides: no motion around the point.
    const MarkerPose glide = technique_pose(Technique::Stroking, 0.4, 5, 1.23);
    CHECK(glide.offset == QPointF(0, 0));
    CHECK(glide.travel == Approx(0.4));
    // Kneading circles: a quarter turn later the offset has turned by about 90 degrees.
    const MarkerPose k0 = technique_pose(Technique::Kneading, 0.4, 5, 0.0);
    const MarkerPose k1 = technique_pose(Technique::Kneading, 0.4, 5, 0.25 / 1.1);
    CHECK(k0.offset.x() * k1.offset.x() + k0.offset.y() * k1.offset.y() == Approx(0).margin(1e-6));
    // Pressing holds: the hand stays put for most of each station.
    const MarkerPose p0 = technique_pose(Technique::Pressing, 0.50, 20, 0);
    const MarkerPose p1 = technique_pose(Technique::Pressing, 0.52, 20, 0);
    CHECK(p0.travel == Approx(p1.travel));
    // Tapping pulses: the ring restarts four times a second.
    CHECK(technique_pose(Technique::Tapping, 0.5, 5, 0.01).ring <
          technique_pose(Technique::Tapping, 0.5, 5, 0.2).ring);
    CHECK(technique_pose(Technique::Tapping, 0.5, 5, 0.26).ring <
          technique_pose(Technique::Tapping, 0.5, 5, 0.2).ring);
    CHECK(marker_style(Technique::Breathing) == MarkerStyle::None);
    CHECK(marker_style(Technique::Rolling) == MarkerStyle::Wave);
}
