// The step's geometry is laid out once and reused by the following frames: a frame laid out
// from the cache must be the same scene, and paint the same pixels, as one laid out afresh. And
// the widget paces a slow glide below the display's rate without changing what it shows.

#include "diagram_test_support.h"
#include "render/diagramrenderer.h"
#include "ui/session/diagramwidget.h"

#include <QImage>
#include <QPainter>

using namespace effleur;
using namespace effleur::ui;
using namespace std::chrono_literals;

namespace {

std::shared_ptr<const Protocol> bundled(const std::string& id) {
    auto r = test::bundled_loader().load_file(std::filesystem::path(EFFLEUR_PROTOCOLS_DIR) /
                                              (id + ".json"));
    REQUIRE(r);
    return std::make_shared<const Protocol>(std::move(r.value()));
}

void check_same(const DiagramScene& a, const DiagramScene& b) {
    CHECK(a.view == b.view);
    CHECK(a.to_device == b.to_device);
    CHECK(a.pass == b.pass);
    REQUIRE(a.lines.size() == b.lines.size());
    for (std::size_t i = 0; i < a.lines.size(); ++i) {
        CHECK(a.lines[i].id == b.lines[i].id);
        CHECK(a.lines[i].side == b.lines[i].side);
        CHECK(a.lines[i].role == b.lines[i].role);
        CHECK(a.lines[i].path.points() == b.lines[i].path.points());
        CHECK(a.lines[i].path.length() == b.lines[i].path.length());
        REQUIRE(a.lines[i].arrows.size() == b.lines[i].arrows.size());
        for (std::size_t k = 0; k < a.lines[i].arrows.size(); ++k) {
            CHECK(a.lines[i].arrows[k].tip == b.lines[i].arrows[k].tip);
        }
    }
    REQUIRE(a.markers.size() == b.markers.size());
    for (std::size_t i = 0; i < a.markers.size(); ++i) {
        CHECK(a.markers[i].centre == b.markers[i].centre);
        CHECK(a.markers[i].line == b.markers[i].line);
    }
}

QImage painted(DiagramRenderer& renderer, const DiagramFrame& frame, const DiagramScene* scene) {
    QImage image(640, 400, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::black);
    QPainter p(&image);
    renderer.paint(&p, image.rect(), frame, scene);
    return image;
}

// A whole frame painted onto a 640x400 device of ratio `dpr`.
QImage painted_at(DiagramRenderer& renderer, const DiagramFrame& frame, qreal dpr) {
    QImage image(QSize(640, 400) * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::black);
    QPainter p(&image);
    renderer.paint(&p, QRect(0, 0, 640, 400), frame);
    return image;
}

} // namespace

TEST_CASE("A base rendered ahead on another thread paints the pixels of one rendered on the paint",
          "[diagram][cache]") {
    int compared = 0;
    for (const char* id : {"plastic-facial", "classic-back", "kneading-prp-lymphatic",
                           "neck-self-massage", "back-self-massage-balls"}) {
        const StepEngine engine(bundled(id));
        const SessionPlan& plan = engine.plan();
        for (std::size_t i = 0; i < plan.size(); i += 3) {
            const auto f = frame_for_part(test::catalog(), plan, i, 2s);
            if (!f)
                continue;
            const bool breathing = f->step != nullptr && f->step->breathing && f->breathing;
            for (const DiagramTheme theme : {DiagramTheme::Light, DiagramTheme::Dark}) {
                for (const qreal dpr : {1.0, 2.0}) {
                    INFO(id << " part " << i + 1 << ", theme " << static_cast<int>(theme)
                            << ", ratio " << dpr);
                    DiagramRenderer ahead(theme);
                    DiagramRenderer on_paint(theme);
                    ahead.prefetch_base(QRect(0, 0, 640, 400), dpr, *f);
                    // A breathing step's base is left to the paint.
                    CHECK(ahead.bases_under_way() == (breathing ? 0U : 1U));
                    const QImage a = painted_at(ahead, *f, dpr);
                    CHECK(ahead.bases_under_way() == 0); // the paint took it
                    CHECK(a == painted_at(on_paint, *f, dpr));
                    ++compared;
                }
            }
        }
    }
    CHECK(compared >= 60);
}

TEST_CASE("A base asked for ahead and then for another size is still painted right",
          "[diagram][cache]") {
    const StepEngine engine(bundled("classic-back"));
    const auto f = frame_for_part(test::catalog(), engine.plan(), 0, 2s);
    REQUIRE(f);
    DiagramRenderer ahead;
    DiagramRenderer on_paint;
    // The second makes the first skip its work if it has not begun; the paint then asks for
    // the first size after all.
    ahead.prefetch_base(QRect(0, 0, 640, 400), 1.0, *f);
    ahead.prefetch_base(QRect(0, 0, 800, 500), 1.0, *f);
    CHECK(ahead.bases_under_way() >= 1); // the first, done already and never asked for, may go
    CHECK(painted_at(ahead, *f, 1.0) == painted_at(on_paint, *f, 1.0));
    // The other size, not asked for yet, unless the paint had to render the first itself (it
    // then waits for every base under way, since they paint the same art).
    CHECK(ahead.bases_under_way() <= 1);
    ahead.settle();
    CHECK(ahead.bases_under_way() == 0);
}

TEST_CASE("Frames laid out from the geometry cache are the frames laid out afresh",
          "[diagram][cache]") {
    // Stroking on seven lines of both sides, and rolling along the back on one side.
    const Step face = test::make_step(
        "face-front", {{"forehead-to-temple"}, {"chin-to-earlobe"}, {"nose-to-temple"}},
        Technique::Stroking, 20.0, 2);
    const Step back = test::make_step("back", {{"sacrum-to-neck"}, {"spine-to-flank-middle"}},
                                      Technique::Rolling, 12.0, 3);
    for (const auto& [step, side] : {std::pair{&face, std::optional<BodySide>{}},
                                     std::pair{&back, std::optional{BodySide::Left}}}) {
        DiagramRenderer cached_renderer;
        DiagramRenderer fresh_renderer;
        SceneCache cache;
        const QRectF target(0, 0, 640, 400);
        for (double fraction : {0.0, 0.13, 0.37, 0.5, 0.74, 0.99, 1.0}) {
            DiagramFrame f = test::frame_of(*step, fraction, side);
            if (step == &face) { // the steps before and after, dimmed and ghosted
                f.done_lines = {"mouth-corner-to-tragus"};
                f.upcoming_lines = {"under-jaw-to-earlobe"};
            }
            const auto cached = cached_renderer.scene(f, target, &cache);
            const auto fresh = fresh_renderer.scene(f, target);
            REQUIRE(cached);
            REQUIRE(fresh);
            check_same(*cached, *fresh);
            CHECK(painted(cached_renderer, f, &*cached) == painted(fresh_renderer, f, nullptr));
        }
        // Every line of the step is kept, for both sides when both are drawn.
        CHECK(cache.lines() >= step->lines.size());
    }
}

TEST_CASE("The geometry cache forgets a step when another is laid out", "[diagram][cache]") {
    const Step one = test::make_step("face-front", {{"forehead-to-temple"}});
    const Step two = test::make_step("face-front", {{"chin-to-earlobe"}});
    DiagramRenderer renderer;
    SceneCache cache;
    const QRectF target(0, 0, 640, 400);
    const auto first = renderer.scene(test::frame_of(one, 0.5, std::nullopt), target, &cache);
    const auto second = renderer.scene(test::frame_of(two, 0.5, std::nullopt), target, &cache);
    const auto fresh = renderer.scene(test::frame_of(two, 0.5, std::nullopt), target);
    REQUIRE(first);
    REQUIRE(second);
    REQUIRE(fresh);
    check_same(*second, *fresh);
    CHECK(second->lines.front().id == "chin-to-earlobe");
    // A new size is a new layout too.
    const auto wide =
        renderer.scene(test::frame_of(two, 0.5, std::nullopt), QRectF(0, 0, 1280, 400), &cache);
    REQUIRE(wide);
    check_same(*wide,
               *renderer.scene(test::frame_of(two, 0.5, std::nullopt), QRectF(0, 0, 1280, 400)));
}

// The hands are painted as often as they move about a sixth of their radius, at least 30 times a
// second. Kneading circles 0.9 of the hand's radius 1.1 times a second (techniquemotion.cpp):
// about 6.2 radii a second, 37 steps of a sixth, every 27 ms. Tapping pulses in place and keeps
// the display's rate.
TEST_CASE("Hands are ticked as often as they move a sixth of their size, pulses at the display's "
          "rate",
          "[widget][cache]") {
    FakeClock clock;
    SessionController controller(std::make_unique<StepEngine>(bundled("plastic-facial")), clock);
    StepEngine& engine = SessionControllerTestAccess::engine(controller);
    DiagramWidget w(test::catalog());
    w.resize(1280, 800);
    w.set_controller(&controller);
    w.show();
    REQUIRE(engine.start(clock.now())); // stroking, gliding slowly along the face's lines
    REQUIRE(marker_style(engine.current_step().technique) == MarkerStyle::Glide);
    const int display = w.frame_interval_ms();
    const auto run = [&](int ticks) {
        w.tick();
        for (int i = 0; i < ticks; ++i) {
            clock.advance(std::chrono::milliseconds(w.frame_interval_ms()));
            engine.advance(clock.now());
            w.tick();
        }
    };
    run(5);
    CHECK(w.frame_interval_ms() > display);
    CHECK(w.frame_interval_ms() <= DiagramWidget::max_hand_interval_ms);
    CHECK(w.animating());

    REQUIRE(engine.jump_to(clock.now(), 1, 0)); // kneading: circles
    REQUIRE(marker_style(engine.current_step().technique) == MarkerStyle::Circles);
    // Over a whole turn, the intervals stay near the 27 ms of a sixth of a radius.
    int shortest = 1000;
    int longest = 0;
    for (int i = 0; i < 40; ++i) {
        run(1);
        shortest = std::min(shortest, w.frame_interval_ms());
        longest = std::max(longest, w.frame_interval_ms());
    }
    CHECK(shortest >= 20);
    CHECK(longest <= DiagramWidget::max_hand_interval_ms);

    REQUIRE(engine.jump_to(clock.now(), 3, 0)); // tapping: pulses on the spot
    REQUIRE(marker_style(engine.current_step().technique) == MarkerStyle::Pulses);
    run(3);
    CHECK(w.frame_interval_ms() == display);
}

// The breathing figure's areas fill and swell: it is painted as often as an area's edge moves
// about two device pixels, at least 30 times a second.
TEST_CASE("The breathing figure is ticked as often as its areas move", "[widget][cache]") {
    FakeClock clock;
    SessionController controller(std::make_unique<StepEngine>(bundled("kneading-prp-lymphatic")),
                                 clock);
    StepEngine& engine = SessionControllerTestAccess::engine(controller);
    DiagramWidget w(test::catalog());
    w.resize(1280, 800);
    w.set_controller(&controller);
    w.show();
    REQUIRE(engine.start(clock.now()));
    REQUIRE(engine.jump_to(clock.now(), 2, 4)); // the breathing exercise of the third day
    REQUIRE(engine.current_step().breathing);
    if (engine.state() == EngineState::WaitingForTherapist) {
        REQUIRE(engine.next(clock.now())); // a breathing exercise waits to be begun
    }
    REQUIRE(engine.state() == EngineState::Running);
    w.refresh();
    const int display = w.frame_interval_ms();
    int longer = 0;
    w.tick();
    for (int i = 0; i < 60; ++i) {
        clock.advance(std::chrono::milliseconds(w.frame_interval_ms()));
        engine.advance(clock.now());
        w.tick();
        CHECK(w.frame_interval_ms() <= DiagramWidget::max_hand_interval_ms);
        longer += w.frame_interval_ms() > display ? 1 : 0;
    }
    CHECK(w.animating());
    // The quick breath in (a count for each area) is followed at the display's rate; the turns
    // and the slow breath out (two and four counts) are not.
    CHECK(longer >= 10);
}
