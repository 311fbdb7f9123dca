// Painted pixels: the hand where the geometry says, arrowheads drawn pointing the way of travel,
// mirrored sides, dimmed and ghosted lines, the breathing figure, and the cached base.

#include "diagram_test_support.h"
#include "render/breathingfigure.h"
#include "render/diagramrenderer.h"
#include "render/markerpainter.h"

#include <QImage>
#include <QPainter>

#include <cmath>
#include <numbers>
#include <utility>
#include <vector>

using namespace effleur;
using namespace effleur::ui;

namespace {

const QRect target(0, 0, 1280, 800);

QImage overlay(DiagramRenderer& r, const DiagramFrame& f) {
    QImage img(target.size(), QImage::Format_ARGB32);
    img.fill(Qt::transparent);
    QPainter p(&img);
    r.paint_overlay(&p, target, f);
    return img;
}

QColor at(const QImage& img, QPointF p) {
    return img.pixelColor(static_cast<int>(std::floor(p.x())), static_cast<int>(std::floor(p.y())));
}

bool near(const QColor& a, const QColor& b, int tol = 40) {
    return std::abs(a.red() - b.red()) < tol && std::abs(a.green() - b.green()) < tol &&
           std::abs(a.blue() - b.blue()) < tol;
}

// The centre of the pixels of the marker's colour.
QPointF centroid_of(const QImage& img, const QColor& colour) {
    double sx = 0;
    double sy = 0;
    double n = 0;
    for (int y = 0; y < img.height(); ++y) {
        for (int x = 0; x < img.width(); ++x) {
            const QColor c = img.pixelColor(x, y);
            if (c.alpha() == 255 && near(c, colour, 12)) {
                sx += x + 0.5;
                sy += y + 0.5;
                n += 1;
            }
        }
    }
    REQUIRE(n > 50);
    return {sx / n, sy / n};
}

// The most opaque pixel within a few pixels of a point.
QColor strongest(const QImage& img, QPointF p, int r = 3) {
    QColor best(0, 0, 0, 0);
    for (int dy = -r; dy <= r; ++dy) {
        for (int dx = -r; dx <= r; ++dx) {
            const QColor c = at(img, p + QPointF(dx, dy));
            if (c.alpha() > best.alpha()) {
                best = c;
            }
        }
    }
    return best;
}

// A breathing step with these phases, and a frame of it (its moment still to be set).
Step breathing_step(Breathing b) {
    Step step;
    step.technique = Technique::Breathing;
    step.diagram = "face-front";
    step.breathing = std::move(b);
    return step;
}

DiagramFrame breathing_frame(const Step& step) {
    DiagramFrame f;
    f.diagram = &test::diagram("face-front");
    f.step = &step;
    return f;
}

// Where the breathing figure's belly area is on `target`.
QRectF belly_box(DiagramRenderer& r) {
    const auto art = r.breathing_art();
    REQUIRE(art);
    return breathing_layout(*art, QRectF(target))
        .to_device.mapRect(*art->element_bounds(QStringLiteral("breath-belly")));
}

} // namespace

TEST_CASE("the painted hand is where the geometry puts it, at each moment", "[render][marker]") {
    DiagramRenderer r;
    const Step step = test::make_step("face-front", {{"nose-to-temple", Direction::AsDrawn}});
    for (double fraction : {0.0, 0.5, 1.0}) {
        INFO("fraction " << fraction);
        const DiagramFrame f = test::frame_of(step, fraction, BodySide::Right);
        const auto s = r.scene(f, QRectF(target));
        REQUIRE(s);
        REQUIRE(s->markers.size() == 1);
        const QPointF painted = centroid_of(overlay(r, f), r.palette().marker);
        CHECK(std::hypot(painted.x() - s->markers[0].centre.x(),
                         painted.y() - s->markers[0].centre.y()) < 2.0);
    }
    // And it moves: from the nose wing towards the temple, i.e. outwards and up.
    const QPointF a =
        centroid_of(overlay(r, test::frame_of(step, 0.1, BodySide::Right)), r.palette().marker);
    const QPointF b =
        centroid_of(overlay(r, test::frame_of(step, 0.6, BodySide::Right)), r.palette().marker);
    CHECK(b.x() < a.x() - 20);
    CHECK(b.y() < a.y() - 10);
}

// The way a hand has just travelled fades evenly towards the back: no part of it is darker than
// the part ahead of it.
TEST_CASE("a gliding hand's trail fades evenly from the hand to the back", "[render][marker]") {
    DiagramRenderer r;
    // One pass along a long line, late in it: the whole trail is on the line.
    const Step step = test::make_step("back", {{"spine-to-flank-middle", Direction::AsDrawn}},
                                      Technique::Stroking, 20, 1);
    const DiagramFrame f = test::frame_of(step, 0.8, BodySide::Right);
    const auto s = r.scene(f, QRectF(target));
    REQUIRE(s);
    REQUIRE(s->markers.size() == 1);
    const SceneMarker& m = s->markers[0];
    REQUIRE(m.pose.style == MarkerStyle::Glide);
    QImage img(target.size(), QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    {
        QPainter p(&img);
        paint_marker(&p, *s, m, r.palette());
    }
    // Along the line, from six radii behind the hand (or the line's start) to where its pad
    // begins.
    const LinePath& path = s->lines[m.line].path;
    const double from = std::max(0.0, m.pose.travel - m.radius * 6.0 / path.length());
    const double to = m.pose.travel - (m.radius * 1.3 + s->stroke) / path.length();
    REQUIRE(to - from > 0.1);
    std::vector<int> alpha;
    for (int i = 0; i <= 40; ++i) {
        const double u = from + (to - from) * (0.02 + 0.98 * i / 40.0);
        alpha.push_back(img.pixelColor(path.point_at(u).toPoint()).alpha());
    }
    INFO("alpha from the back to the hand: " << Catch::Detail::stringify(alpha));
    CHECK(alpha.front() > 10);                // the back is faint but there
    CHECK(alpha.back() > alpha.front() + 60); // and the trail is strongest at the hand
    for (std::size_t i = 1; i < alpha.size(); ++i) {
        CHECK(alpha[i] >= alpha[i - 1] - 3);
    }
}

// The pad is filled over its halo: in either theme the halo must not show through it.
TEST_CASE("a hand's pad shows its own colour, not the halo under it, in both themes",
          "[render][marker]") {
    const Step step = test::make_step("back", {{"spine-to-flank-middle", Direction::AsDrawn}},
                                      Technique::Stroking, 20, 1);
    const DiagramFrame f = test::frame_of(step, 0.5, BodySide::Right);
    for (const DiagramTheme theme : {DiagramTheme::Light, DiagramTheme::Dark}) {
        INFO("theme " << static_cast<int>(theme));
        DiagramRenderer r(theme);
        const auto s = r.scene(f, QRectF(target));
        REQUIRE(s);
        REQUIRE(s->markers.size() == 1);
        QImage img(target.size(), QImage::Format_ARGB32);
        img.fill(Qt::transparent);
        {
            QPainter p(&img);
            paint_marker(&p, *s, s->markers[0], r.palette());
        }
        const QColor centre = at(img, s->markers[0].centre);
        CHECK(centre.alpha() == 255);
        CHECK(near(centre, r.palette().marker, 3));
    }
}

TEST_CASE("arrowheads are painted pointing the way of travel", "[render][arrows]") {
    DiagramRenderer r;
    for (Direction dir : {Direction::AsDrawn, Direction::Reversed}) {
        INFO("direction " << to_string(dir));
        const Step step = test::make_step("back", {{"spine-to-flank-middle", dir}});
        // Early in the step, so the hand is far from the end arrow.
        const DiagramFrame f = test::frame_of(step, 0.05, BodySide::Right);
        const auto s = r.scene(f, QRectF(target));
        REQUIRE(s);
        const QImage img = overlay(r, f);
        const SceneLine* line = nullptr;
        for (const SceneLine& l : s->lines) {
            if (l.current) {
                line = &l;
            }
        }
        REQUIRE(line != nullptr);
        const Arrow& arrow = line->arrows.back();
        const QPointF d = arrow.direction;
        const QPointF n(-d.y(), d.x());
        const double len = s->stroke * 3.6;
        // How far the paint reaches across the line at a point.
        auto half_width = [&](QPointF p) {
            double reach = 1e9;
            for (double sign : {-1.0, 1.0}) {
                double t = 0;
                while (t < 60 && at(img, p + n * (sign * t)).alpha() > 0) {
                    t += 0.25;
                }
                reach = std::min(reach, t);
            }
            return reach;
        };
        // The head widens behind its tip (it points forward) and nothing is painted ahead.
        const double near_tip = half_width(arrow.tip - d * (len * 0.2));
        const double at_base = half_width(arrow.tip - d * (len * 0.6));
        CHECK(at_base > near_tip + s->stroke * 0.3);
        CHECK(at_base > s->stroke * 1.3); // wider than the line with its halo
        CHECK(half_width(arrow.tip + d * (len * 0.6)) == 0);
        CHECK(near(at(img, arrow.tip - d * (len * 0.5)), r.palette().line));
        // The end arrow sits on the to-landmark, or the from-landmark when reversed.
        const auto art = r.art(test::diagram("back")).value_or(nullptr);
        const char* end = dir == Direction::AsDrawn ? "flank-middle" : "mid-back-side";
        const QPointF lm = s->to_device.map(*art->landmark(end, BodySide::Right));
        CHECK(std::hypot(arrow.tip.x() - lm.x(), arrow.tip.y() - lm.y()) < 0.5);
    }
}

TEST_CASE("the two sides are painted as mirror images", "[render][mirror]") {
    DiagramRenderer r;
    const Step step = test::make_step("face-front", {{"chin-to-earlobe", Direction::AsDrawn}},
                                      Technique::Kneading, 60, 2);
    auto mismatch = [&](std::optional<BodySide> side) {
        const QImage img = overlay(r, test::frame_of(step, 0.35, side));
        // The view is centred on the art, so its midline is the image's middle.
        const QImage flipped = img.mirrored(true, false);
        long differ = 0;
        long painted = 0;
        for (int y = 0; y < img.height(); ++y) {
            for (int x = 0; x < img.width(); ++x) {
                const int a = img.pixelColor(x, y).alpha();
                const int b = flipped.pixelColor(x, y).alpha();
                painted += a > 0 ? 1 : 0;
                differ += std::abs(a - b) > 64 ? 1 : 0;
            }
        }
        REQUIRE(painted > 1000);
        return static_cast<double>(differ) / static_cast<double>(painted);
    };
    CHECK(mismatch(std::nullopt) < 0.01);
    // One side only is nothing like its mirror image: the check can fail.
    CHECK(mismatch(BodySide::Right) > 0.9);
}

TEST_CASE("finished lines are dimmed and lines to come are ghosted", "[render][roles]") {
    DiagramRenderer r;
    const Step step =
        test::make_step("face-front", {{"mouth-corner-to-tragus", Direction::AsDrawn}});
    DiagramFrame f = test::frame_of(step, 0.2, BodySide::Right);
    f.done_lines = {"forehead-to-temple"};
    f.upcoming_lines = {"under-jaw-to-earlobe"};
    const auto s = r.scene(f, QRectF(target));
    REQUIRE(s);
    const QImage img = overlay(r, f);
    auto sample = [&](const std::string& id) {
        for (const SceneLine& l : s->lines) {
            if (l.id == id && l.side == BodySide::Right) {
                return strongest(img, l.path.point_at(0.3));
            }
        }
        FAIL("line not in the scene: " << id);
        return QColor();
    };
    QColor active;
    for (const SceneLine& l : s->lines) {
        if (l.current) {
            active = at(img, l.path.point_at(0.75)); // ahead of the hand and its trail
        }
    }
    const QColor done = sample("forehead-to-temple");
    const QColor upcoming = sample("under-jaw-to-earlobe");
    const DiagramPalette& pal = r.palette();
    CHECK(active.alpha() == 255);
    INFO("active " << active.name(QColor::HexArgb).toStdString());
    CHECK(near(active, pal.line, 8));
    // Dimmed: the line's hue, faint.
    CHECK(done.alpha() < 150);
    CHECK(done.alpha() > 40);
    CHECK(near(QColor(done.red(), done.green(), done.blue()), pal.line, 30));
    // Ghosted: the ink's grey, faint, not the line's colour.
    CHECK(upcoming.alpha() < 150);
    CHECK(upcoming.alpha() > 20);
    CHECK(near(QColor(upcoming.red(), upcoming.green(), upcoming.blue()), pal.ink, 30));
    CHECK_FALSE(near(QColor(upcoming.red(), upcoming.green(), upcoming.blue()), pal.line, 30));
}

TEST_CASE("the base is cached per size and theme, and themes paint their own background",
          "[render][base]") {
    DiagramRenderer r;
    const Step step = test::make_step("back", {{"sacrum-to-neck", Direction::AsDrawn}});
    const DiagramFrame f = test::frame_of(step, 0.2, std::nullopt);
    QImage img(target.size(), QImage::Format_ARGB32_Premultiplied);
    {
        QPainter p(&img);
        r.paint(&p, target, f);
        r.paint(&p, target, test::frame_of(step, 0.7, std::nullopt));
    }
    CHECK(r.cached_bases() == 1);
    CHECK(img.pixelColor(2, 2) == r.palette().background);
    r.set_theme(DiagramTheme::Dark);
    {
        QPainter p(&img);
        r.paint(&p, target, f);
    }
    CHECK(r.cached_bases() == 2);
    CHECK(img.pixelColor(2, 2) == palette_for(DiagramTheme::Dark).background);
    // The art is painted: the spine's middle is not background.
    const auto s = r.scene(f, QRectF(target));
    const QPointF spine = s->to_device.map(
        *r.art(test::diagram("back")).value()->landmark("spine-t7", BodySide::Right));
    CHECK(img.pixelColor(spine.toPoint()) != palette_for(DiagramTheme::Dark).background);
}

TEST_CASE("breathing fills the belly, then the chest, and empties them", "[render][breathing]") {
    Breathing b;
    b.phases = {{BreathPhaseKind::InhaleBelly, 4},
                {BreathPhaseKind::InhaleChest, 4},
                {BreathPhaseKind::ExhaleChest, 4},
                {BreathPhaseKind::ExhaleBelly, 4}};
    auto levels = [&](int phase, double fraction) {
        BreathingNow now;
        now.at.phase_index = phase;
        now.at.phase = b.phases[static_cast<std::size_t>(phase)].kind;
        now.phase_fraction = fraction;
        return breath_levels(b, now);
    };
    CHECK(levels(0, 0.0).belly == Approx(0));
    CHECK(levels(0, 0.5).belly == Approx(0.5));
    CHECK(levels(0, 0.5).chest == Approx(0));
    CHECK(levels(1, 0.5).belly == Approx(1));
    CHECK(levels(1, 0.5).chest == Approx(0.5));
    CHECK(levels(2, 1.0).chest == Approx(0));
    CHECK(levels(3, 0.5).belly == Approx(0.5));

    // Painted: the belly area has the belly colour when full, and not when empty.
    DiagramRenderer r;
    const Step step = breathing_step(b);
    DiagramFrame f = breathing_frame(step);
    auto belly_pixel = [&](int phase, double fraction) {
        f.breathing = BreathingNow{};
        f.breathing->at.phase_index = phase;
        f.breathing->at.phase = b.phases[static_cast<std::size_t>(phase)].kind;
        f.breathing->phase_fraction = fraction;
        QImage img(target.size(), QImage::Format_ARGB32_Premultiplied);
        QPainter p(&img);
        r.paint(&p, target, f);
        return img.pixelColor(belly_box(r).center().toPoint());
    };
    const QColor full = belly_pixel(1, 0.5);
    const QColor empty = belly_pixel(0, 0.0);
    CHECK(full.green() > full.red() + 40);
    CHECK_FALSE(full == empty);
}

// The dashed outline shows how full an area gets: it stands at the full breath's size while the
// area is still empty, and the colour swells into it.
TEST_CASE("an empty breathing area shows its outline at the full breath's size",
          "[render][breathing]") {
    Breathing b;
    b.phases = {{BreathPhaseKind::InhaleBelly, 4}, {BreathPhaseKind::ExhaleBelly, 4}};
    const Step step = breathing_step(b);
    DiagramFrame f = breathing_frame(step);
    f.breathing = BreathingNow{};
    f.breathing->at.phase = BreathPhaseKind::InhaleBelly; // the first moment: empty
    DiagramRenderer r;
    QImage img(target.size(), QImage::Format_ARGB32_Premultiplied);
    {
        QPainter p(&img);
        r.paint(&p, target, f);
    }
    const QRectF belly = belly_box(r);
    const QColor green = r.palette().belly;
    // The share of points along an ellipse of `scale` times the area that are the outline's colour.
    const auto outline_share = [&](double scale) {
        int on = 0;
        constexpr int points = 720;
        for (int i = 0; i < points; ++i) {
            const double a = 2 * std::numbers::pi * i / points;
            const QPoint at(static_cast<int>(std::lround(belly.center().x() +
                                                         belly.width() * scale / 2 * std::cos(a))),
                            static_cast<int>(std::lround(
                                belly.center().y() + belly.height() * scale / 2 * std::sin(a))));
            QColor c = img.pixelColor(at);
            c.setAlpha(255);
            QColor g = green;
            g.setAlpha(255);
            on += near(c, g, 60) ? 1 : 0;
        }
        return static_cast<double>(on) / points;
    };
    CHECK(outline_share(1.1) > 0.4);  // dashed: about two thirds of it is drawn
    CHECK(outline_share(1.0) < 0.05); // inside it, the empty area shows the figure
}

TEST_CASE("a cached frame paints what the base and a fresh overlay paint", "[render][base]") {
    DiagramRenderer r;
    const Step step = test::make_step(
        "face-front",
        {{"nose-to-temple", Direction::AsDrawn}, {"chin-to-earlobe", Direction::AsDrawn}},
        Technique::Tapping, 20, 2);
    for (double fraction : {0.1, 0.15, 0.8}) {
        INFO("fraction " << fraction);
        const DiagramFrame f = test::frame_of(step, fraction, std::nullopt);
        QImage cached(target.size(), QImage::Format_ARGB32_Premultiplied);
        QImage fresh(target.size(), QImage::Format_ARGB32_Premultiplied);
        {
            QPainter p(&cached);
            r.paint(&p, target, f);
        }
        {
            QPainter p(&fresh);
            r.paint_base(&p, target, f);
            r.paint_overlay(&p, target, f);
        }
        long differ = 0;
        for (int y = 0; y < target.height(); ++y) {
            for (int x = 0; x < target.width(); ++x) {
                differ += near(cached.pixelColor(x, y), fresh.pixelColor(x, y), 3) ? 0 : 1;
            }
        }
        CHECK(differ == 0);
    }
}

TEST_CASE("a frame painted only where exposed has the whole frame's pixels there and leaves the "
          "rest",
          "[render][exposed]") {
    const Step kneading = test::make_step(
        "face-front",
        {{"nose-to-temple", Direction::AsDrawn}, {"chin-to-earlobe", Direction::AsDrawn}},
        Technique::Kneading, 20, 1);
    Step breathing;
    breathing.technique = Technique::Breathing;
    breathing.diagram = "face-front";
    breathing.breathing = Breathing{{{BreathPhaseKind::InhaleBelly, 4}}, 1, 1.0};
    DiagramFrame breath = test::frame_of(breathing, 0.5, std::nullopt);
    breath.breathing = BreathingNow{};
    breath.breathing->at.phase = BreathPhaseKind::InhaleBelly;
    breath.breathing->phase_fraction = 0.5;
    const QRect placed(24, 16, 900, 600); // not at the device's origin
    // Two apart, one across an edge of the target, as a widget's update region can be.
    const QRegion exposed = QRegion(300, 200, 171, 133) + QRegion(880, 500, 90, 150);
    for (const qreal dpr : {1.0, 2.0}) {
        for (const DiagramFrame& f : {test::frame_of(kneading, 0.3, std::nullopt), breath}) {
            INFO("dpr " << dpr << (f.breathing ? ", breathing" : ", kneading"));
            DiagramRenderer r;
            auto image = [&] {
                QImage img(QSize(960, 640) * dpr, QImage::Format_ARGB32_Premultiplied);
                img.setDevicePixelRatio(dpr);
                img.fill(Qt::magenta);
                return img;
            };
            QImage whole = image();
            {
                QPainter p(&whole);
                r.paint(&p, placed, f);
            }
            QImage part = image();
            {
                QPainter p(&part);
                r.paint(&p, placed, f, nullptr, &exposed);
            }
            const QRegion inside = exposed & placed;
            long wrong_inside = 0;
            long wrong_outside = 0;
            for (int y = 0; y < part.height(); ++y) {
                for (int x = 0; x < part.width(); ++x) {
                    const QPoint logical(static_cast<int>(x / dpr), static_cast<int>(y / dpr));
                    if (inside.contains(logical)) {
                        wrong_inside += part.pixel(x, y) == whole.pixel(x, y) ? 0 : 1;
                    } else {
                        wrong_outside += part.pixel(x, y) == QColor(Qt::magenta).rgba() ? 0 : 1;
                    }
                }
            }
            CHECK(wrong_inside == 0);
            CHECK(wrong_outside == 0);
        }
    }
}
