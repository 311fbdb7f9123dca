// The widget animates only while the session runs and it is visible, and repaints only what
// moved. Time comes from a fake clock; frames are stepped by hand, never waited for.

#include "diagram_test_support.h"
#include "ui/session/diagramwidget.h"

#include <QApplication>

using namespace effleur;
using namespace effleur::ui;
using namespace std::chrono_literals;

namespace {

std::shared_ptr<const Protocol> plastic_facial() {
    auto r = test::bundled_loader().load_file(std::filesystem::path(EFFLEUR_PROTOCOLS_DIR) /
                                              "plastic-facial.json");
    REQUIRE(r);
    return std::make_shared<const Protocol>(std::move(r.value()));
}

} // namespace

TEST_CASE("the widget's timer runs only while the session runs and the widget is visible",
          "[widget]") {
    FakeClock clock;
    SessionController controller(std::make_unique<StepEngine>(plastic_facial()), clock);
    StepEngine& engine = SessionControllerTestAccess::engine(controller);
    DiagramWidget w(test::catalog());
    w.resize(640, 400);
    w.set_controller(&controller);
    w.show();
    QApplication::processEvents();
    CHECK_FALSE(w.animating()); // idle

    REQUIRE(engine.start(clock.now()));
    CHECK(w.animating());
    CHECK(w.frame_interval_ms() >= 4);
    CHECK(w.frame_interval_ms() <= 42);

    clock.advance(3s);
    REQUIRE(engine.pause(clock.now()));
    CHECK_FALSE(w.animating());
    REQUIRE(engine.resume(clock.now()));
    CHECK(w.animating());

    w.hide();
    CHECK_FALSE(w.animating());
    w.show();
    CHECK(w.animating());

    // Detached, nothing runs.
    w.set_controller(nullptr);
    CHECK_FALSE(w.animating());
}

TEST_CASE("a frame repaints only where the hand moved, unless a line changed", "[widget]") {
    FakeClock clock;
    SessionController controller(std::make_unique<StepEngine>(plastic_facial()), clock);
    StepEngine& engine = SessionControllerTestAccess::engine(controller);
    DiagramWidget w(test::catalog());
    w.resize(1280, 800);
    w.set_controller(&controller);
    w.show();
    REQUIRE(engine.jump_to(clock.now(), 1, 0)); // kneading, one line
    REQUIRE(engine.state() == EngineState::Running);
    w.tick();
    CHECK(w.last_dirty() == QRegion(w.rect())); // the first frame of a step paints everything

    clock.advance(100ms);
    engine.advance(clock.now());
    w.tick();
    const QRegion dirty = w.last_dirty();
    CHECK_FALSE(dirty.isEmpty());
    long area = 0;
    for (const QRect& r : dirty) {
        area += static_cast<long>(r.width()) * r.height();
    }
    CHECK(area < w.width() * w.height() / 10);
    // One area around each hand (both sides are worked): two apart, not one spanning the face.
    CHECK(dirty.rectCount() >= 2);

    // Painting happens (and counts) when asked for.
    const auto before = w.frames_painted();
    (void)w.grab();
    CHECK(w.frames_painted() == before + 1);
}
