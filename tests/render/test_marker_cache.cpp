// Hands blitted from cached sprites look like hands painted afresh: for every kind of marker, at
// several moments, on both sides, in both themes and at a device pixel ratio of 2, a frame with
// cached markers matches one painted directly, pixel by pixel, to within the antialiasing of a
// quarter-pixel offset; and a frame painted again at the same moment renders no new sprite.

#include "diagram_test_support.h"
#include "render/diagramrenderer.h"

#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cstdlib>
#include <utility>

using namespace effleur;
using namespace effleur::ui;

namespace {

const QRect target(0, 0, 1280, 800);

struct Difference {
    long pixels = 0;    // compared
    long painted = 0;   // where the hands changed the frame at all
    long different = 0; // of those, visibly different (more than 48 of 255 in a channel)
    int worst = 0;      // the largest difference in any channel
    double mean = 0;    // the mean difference per channel
};

QImage frame(DiagramRenderer& r, const DiagramFrame& f, bool cached, qreal dpr = 1.0) {
    QImage img(target.size() * dpr, QImage::Format_ARGB32_Premultiplied);
    img.setDevicePixelRatio(dpr);
    r.set_cached_markers(cached);
    QPainter p(&img);
    r.paint(&p, target, f);
    return img;
}

// Compares two frames where the hands are, against the frame without them.
Difference compare(const QImage& a, const QImage& b, const QImage& bare, const QRegion& where,
                   qreal dpr) {
    Difference d;
    double sum = 0;
    for (const QRect& logical : where) {
        const QRect r = QRect(logical.topLeft() * dpr, logical.size() * dpr) & a.rect();
        for (int y = r.top(); y <= r.bottom(); ++y) {
            const auto* pa = reinterpret_cast<const QRgb*>(a.constScanLine(y));
            const auto* pb = reinterpret_cast<const QRgb*>(b.constScanLine(y));
            const auto* pn = reinterpret_cast<const QRgb*>(bare.constScanLine(y));
            for (int x = r.left(); x <= r.right(); ++x) {
                auto channel = [](QRgb p, QRgb q, int shift) {
                    return std::abs(static_cast<int>((p >> shift) & 0xffU) -
                                    static_cast<int>((q >> shift) & 0xffU));
                };
                int worst = 0;
                bool touched = false;
                for (int shift : {0, 8, 16}) {
                    const int diff = channel(pa[x], pb[x], shift);
                    worst = std::max(worst, diff);
                    sum += diff;
                    touched = touched || channel(pb[x], pn[x], shift) > 8;
                }
                ++d.pixels;
                d.painted += touched ? 1 : 0;
                d.different += worst > 48 ? 1 : 0;
                d.worst = std::max(d.worst, worst);
            }
        }
    }
    d.mean = d.pixels > 0 ? sum / (3.0 * static_cast<double>(d.pixels)) : 0.0;
    return d;
}

// A step whose lines run in different directions, so that the hands turn.
Step step_for(Technique technique) {
    return test::make_step(
        "face-front",
        {{"nose-to-temple", Direction::AsDrawn}, {"chin-to-earlobe", Direction::AsDrawn}},
        technique, 24, 1);
}

const std::pair<Technique, const char*> techniques[] = {
    {Technique::Stroking, "glide"},  {Technique::Kneading, "circles"},
    {Technique::Rubbing, "circles"}, {Technique::Sawing, "to and fro"},
    {Technique::Tapping, "taps"},    {Technique::Vibration, "tremor"},
    {Technique::Pressing, "hold"},   {Technique::Rolling, "wave"},
    {Technique::Planing, "rake"},    {Technique::Shading, "comb"},
    {Technique::Pinching, "pinch"},  {Technique::Drainage, "drainage"},
};

void check_alike(DiagramRenderer& r, const Step& step, double fraction, qreal dpr) {
    const DiagramFrame f = test::frame_of(step, fraction, std::nullopt);
    const auto s = r.scene(f, QRectF(target));
    REQUIRE(s);
    REQUIRE_FALSE(s->markers.empty());
    const QImage direct = frame(r, f, false, dpr);
    const QImage cached = frame(r, f, true, dpr);
    QImage bare(direct.size(), QImage::Format_ARGB32_Premultiplied);
    {
        bare.setDevicePixelRatio(dpr);
        QPainter p(&bare);
        r.paint_base(&p, target, f);
        r.set_cached_markers(false);
        auto without = *s;
        without.markers.clear();
        r.paint_overlay(&p, without, f);
    }
    const QRegion where = r.moving_region(*s, f);
    const Difference d = compare(cached, direct, bare, where, dpr);
    INFO("pixels " << d.pixels << ", painted " << d.painted << ", different " << d.different
                   << ", worst " << d.worst << ", mean " << d.mean);
    // The hands are there at all, and the sprites paint all of them.
    REQUIRE(d.painted > 200);
    // Edges may shift by up to an eighth of a pixel and tips by a degree of turn: a few edge
    // pixels differ visibly, no more; a missing or misplaced part would differ in hundreds.
    CHECK(d.different * 50 <= d.painted);
    CHECK(d.mean < 1.5);
}

} // namespace

TEST_CASE("cached hands look like hands painted afresh, for every technique", "[render][sprites]") {
    DiagramRenderer r;
    for (const auto& [technique, name] : techniques) {
        const Step step = step_for(technique);
        for (double fraction : {0.04, 0.31, 0.58, 0.93}) {
            INFO(name << " at " << fraction);
            check_alike(r, step, fraction, 1.0);
        }
    }
}

TEST_CASE("cached hands look like hands painted afresh in the dark theme and at twice the pixels",
          "[render][sprites]") {
    DiagramRenderer r(DiagramTheme::Dark);
    for (const auto& [technique, name] : techniques) {
        const Step step = step_for(technique);
        INFO(name);
        check_alike(r, step, 0.42, 1.0);
        check_alike(r, step, 0.77, 2.0);
    }
}

TEST_CASE("a frame painted again at the same moment reuses its sprites", "[render][sprites]") {
    DiagramRenderer r;
    const Step step = step_for(Technique::Kneading);
    const DiagramFrame f = test::frame_of(step, 0.3, std::nullopt);
    const QImage first = frame(r, f, true);
    const auto rendered = r.sprites().rendered();
    CHECK(rendered > 0);
    const auto reused = r.sprites().reused();
    const QImage again = frame(r, f, true);
    CHECK(r.sprites().rendered() == rendered);
    CHECK(r.sprites().reused() > reused);
    CHECK(again == first);
    CHECK(r.sprites().size() <= MarkerSprites::max_sprites);
}
