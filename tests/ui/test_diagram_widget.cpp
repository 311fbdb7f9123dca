// The widget animates only while the session runs and it is visible, and repaints only what
// moved: painted in parts inside a window, tick by tick, it shows what it shows painted whole.
// Time comes from a fake clock; frames are stepped by hand, never waited for.

#include "diagram_test_support.h"
#include "ui/session/diagramwidget.h"

#include <QApplication>
#include <QImage>
#include <QPaintEvent>
#include <QPainter>
#include <QPixmap>
#include <QScreen>
#include <QTest>
#include <QVBoxLayout>

#include <algorithm>
#include <filesystem>
#include <string>
#include <utility>

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

TEST_CASE("a resized widget has its base rendered ahead, and paints what a renderer paints",
          "[widget]") {
    FakeClock clock;
    SessionController controller(std::make_unique<StepEngine>(plastic_facial()), clock);
    DiagramWidget w(test::catalog());
    w.resize(640, 400);
    w.set_controller(&controller);
    w.show();
    QApplication::processEvents();
    w.renderer().settle(); // the first size's, if the first paint has not taken it
    w.resize(700, 460);
    // Begun at the resize, before any paint asks for it.
    CHECK(w.renderer().bases_under_way() == 1);
    const QImage shown = w.grab().toImage();
    CHECK(w.renderer().bases_under_way() == 0);
    const auto frame = frame_from_engine(controller.engine(), test::catalog(), clock.now());
    REQUIRE(frame);
    QImage expected(shown.size(), shown.format());
    expected.setDevicePixelRatio(shown.devicePixelRatio());
    {
        DiagramRenderer renderer;
        QPainter p(&expected);
        renderer.paint(&p, w.rect(), *frame);
    }
    CHECK(shown == expected);
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

namespace {

// A step of every technique on the face, each working two lines that run different ways, then the
// breathing exercise of the kneading protocol.
std::shared_ptr<const Protocol> every_technique() {
    Protocol p;
    p.id = "every-technique";
    p.diagrams = {"face-front"};
    Stage stage;
    stage.id = "all";
    stage.diagram = "face-front";
    for (const Technique t :
         {Technique::Stroking, Technique::Kneading, Technique::Rubbing, Technique::Sawing,
          Technique::Tapping, Technique::Vibration, Technique::Pressing, Technique::Rolling,
          Technique::Planing, Technique::Shading, Technique::Pinching, Technique::Drainage}) {
        Step s = test::make_step(
            "face-front",
            {{"nose-to-temple", Direction::AsDrawn}, {"chin-to-earlobe", Direction::AsDrawn}}, t,
            24, 1);
        s.id = "step-" + std::to_string(stage.steps.size());
        stage.steps.push_back(std::move(s));
    }
    auto lymph = test::bundled_loader().load_file(std::filesystem::path(EFFLEUR_PROTOCOLS_DIR) /
                                                  "kneading-prp-lymphatic.json");
    REQUIRE(lymph);
    const Step& breathing = lymph.value().stages.at(2).steps.at(4);
    REQUIRE(breathing.breathing);
    stage.steps.push_back(breathing);
    p.stages.push_back(std::move(stage));
    return std::make_shared<const Protocol>(std::move(p));
}

long area_of(const QRegion& r) {
    long a = 0;
    for (const QRect& rect : r) {
        a += static_cast<long>(rect.width()) * rect.height();
    }
    return a;
}

// Collects the areas a widget is asked to paint.
class PaintLog : public QObject {
public:
    QRegion painted;  // all of them
    long largest = 0; // the largest asked for at once
    int events = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint) {
            const QRegion& r = static_cast<QPaintEvent*>(event)->region();
            painted += r;
            largest = std::max(largest, area_of(r));
            ++events;
        }
        return QObject::eventFilter(watched, event);
    }
};

// The diagram inside a window, away from its corner, as the session view holds it.
struct Windowed {
    FakeClock clock;
    SessionController controller;
    QWidget window;
    DiagramWidget* diagram;

    explicit Windowed(std::shared_ptr<const Protocol> protocol)
        : controller(std::make_unique<StepEngine>(std::move(protocol)), clock),
          diagram(new DiagramWidget(test::catalog(), &window)) {
        auto* layout = new QVBoxLayout(&window);
        layout->setContentsMargins(13, 7, 5, 3);
        layout->addWidget(diagram);
        window.resize(820, 530);
        diagram->set_controller(&controller);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
    }
    StepEngine& engine() { return SessionControllerTestAccess::engine(controller); }
    // Goes to a step of the only stage and begins it (a breathing exercise waits to be begun).
    void go_to(std::size_t step) {
        REQUIRE(engine().jump_to(clock.now(), 0, step));
        if (engine().state() == EngineState::WaitingForTherapist) {
            REQUIRE(engine().next(clock.now()));
        }
        REQUIRE(engine().state() == EngineState::Running);
    }
    // A frame later, painted as the window would paint it.
    // What the last frame's tick asked to repaint. Taken before the events run: the widget's own
    // timer may tick again in them, at the same fake time, and find nothing more to repaint.
    QRegion dirty;
    void frame(Duration later) {
        clock.advance(later);
        engine().advance(clock.now());
        diagram->tick();
        dirty = diagram->last_dirty();
        QApplication::processEvents();
    }
    // What the window shows where the diagram is, as its paints have left it.
    [[nodiscard]] QImage shown() const {
        const QPixmap all = window.screen()->grabWindow(window.winId());
        return all.copy(diagram->geometry()).toImage().convertToFormat(QImage::Format_RGB32);
    }
    // The diagram painted whole at the same moment.
    [[nodiscard]] QImage whole() const {
        return diagram->grab().toImage().convertToFormat(QImage::Format_RGB32);
    }
};

// The pixels where two pictures differ, and where.
std::pair<long, QRect> difference(const QImage& a, const QImage& b) {
    REQUIRE(a.size() == b.size());
    long n = 0;
    QRect where;
    for (int y = 0; y < a.height(); ++y) {
        const auto* pa = reinterpret_cast<const QRgb*>(a.constScanLine(y));
        const auto* pb = reinterpret_cast<const QRgb*>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x) {
            if (pa[x] != pb[x]) {
                ++n;
                where |= QRect(x, y, 1, 1);
            }
        }
    }
    return {n, where};
}

} // namespace

TEST_CASE("a tick asks the window to paint only around what moves: hands, a glide, the pacer",
          "[widget][diagram]") {
    Windowed rig(every_technique());
    DiagramWidget& w = *rig.diagram;
    const long whole = static_cast<long>(w.width()) * w.height();
    // Stroking (a glide), kneading (circling hands), and the breathing figure.
    for (const std::size_t step : {std::size_t{0}, std::size_t{1}, std::size_t{12}}) {
        INFO("step " << step + 1);
        rig.go_to(step);
        rig.frame(1500ms); // the first frame of a step is painted whole
        PaintLog log;
        w.installEventFilter(&log);
        for (int i = 0; i < 5; ++i) {
            rig.frame(120ms);
        }
        w.removeEventFilter(&log);
        INFO("painted " << area_of(log.painted) << " of " << whole);
        CHECK(log.events >= 3); // it did move
        // and each frame painted a small part of it, never the whole.
        INFO("largest frame " << log.largest);
        CHECK(log.largest * 4 < whole);
        CHECK(area_of(log.painted) * 2 < whole);
    }
}

TEST_CASE("painted in parts, tick by tick, the diagram is the diagram painted whole, for every "
          "technique and the breathing pacer",
          "[widget][diagram]") {
    Windowed rig(every_technique());
    DiagramWidget& w = *rig.diagram;
    const long whole = static_cast<long>(w.width()) * w.height();
    const std::size_t steps = rig.engine().protocol().stages.front().steps.size();
    for (std::size_t step = 0; step < steps; ++step) {
        INFO("step " << step + 1 << ", " << rig.engine().protocol().stages.front().steps[step].id);
        const auto& sprites = w.renderer().sprites();
        const auto blits = sprites.rendered() + sprites.reused();
        rig.go_to(step);
        rig.frame(900ms);
        // The hands are blitted from their sprites in a window too.
        if (!rig.engine().protocol().stages.front().steps[step].breathing) {
            CHECK(sprites.rendered() + sprites.reused() > blits);
        }
        long partial = 0;
        for (int i = 0; i < 8; ++i) {
            rig.frame(130ms);
            REQUIRE(rig.engine().state() == EngineState::Running);
            const QRegion& dirty = rig.dirty;
            partial += !dirty.isEmpty() && area_of(dirty) < whole ? 1 : 0;
            const auto [n, where] = difference(rig.shown(), rig.whole());
            INFO("tick " << i + 1 << ": " << n << " pixels differ in " << where.x() << ","
                         << where.y() << " " << where.width() << "x" << where.height());
            CHECK(n == 0);
        }
        CHECK(partial >= 4); // most ticks repainted a part, not the whole
    }
}

// A tick repaints where the hands were and where they are: a region of several rectangles. Each
// hand inside it is painted once, as in a whole frame, not once for each rectangle it touches.
TEST_CASE("a tick's frame paints each hand once, as a whole frame does", "[widget][diagram]") {
    Windowed rig(every_technique());
    DiagramWidget& w = *rig.diagram;
    const auto& sprites = w.renderer().sprites();
    for (const std::size_t step : {std::size_t{1}, std::size_t{3}}) { // kneading, sawing
        INFO("step " << step + 1);
        rig.go_to(step);
        rig.frame(1500ms); // the first frame of a step is painted whole
        int several = 0;
        for (int i = 0; i < 6; ++i) {
            const auto before = sprites.rendered() + sprites.reused();
            rig.frame(120ms);
            several += rig.dirty.rectCount() > 1 ? 1 : 0;
            const auto ticked = sprites.rendered() + sprites.reused() - before;
            const auto grabbed = sprites.rendered() + sprites.reused();
            (void)w.grab(); // the whole frame, at the same moment
            const auto whole = sprites.rendered() + sprites.reused() - grabbed;
            CHECK(ticked > 0);
            CHECK(ticked == whole);
        }
        CHECK(several > 0); // the test saw regions of several rectangles
    }
}
