// The diagram's per-frame cost at 1280x800, in the same run, for a few kinds of step: blitting
// the cached base alone; the overlay painted from scratch (every line and hand); and a whole
// frame as the widget paints it (base, cached lines layer, hands). Prints the median and the
// 99th percentile of each, in microseconds.
//
//   effleur_bench_diagram [--frames N] [--direct-markers]
//   effleur_bench_diagram --animate SECONDS [--protocol ID] [--step STAGE:STEP] [--size WxH]
//                         [--diagram-only] [--direct-markers]
//
// With --animate it shows a rehearsal of a bundled protocol (the plastic facial massage unless
// given) at that step in a session view of WxH (1280x800 unless given), driven by its controller
// on the real clock as in a session, for SECONDS after a second to settle, then prints the frames
// painted, the CPU time the process used, and how often the diagram and the other widgets were
// painted and how much of them: run it under Xvfb for the session's CPU share. Then, as a
// baseline in the same run, a bare window of that size moves two antialiased discs of about the
// hands' size at the rate the session ran at, and the session's share is printed beside the
// baseline's. --diagram-only shows the diagram widget alone at that size. --direct-markers paints
// the hands afresh each frame instead of blitting their cached sprites, for comparison.

#include "core/loader.h"
#include "core/sessionplan.h"
#include "render/diagramframe.h"
#include "render/diagramrenderer.h"
#include "ui/session/diagramwidget.h"
#include "ui/session/sessioncontroller.h"
#include "ui/session/sessionview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPaintEvent>
#include <QPainter>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

using BenchClock = std::chrono::steady_clock;
using namespace effleur;

namespace {

struct Stats {
    double median = 0;
    double p99 = 0;
};

Stats time_it(int frames, const std::function<void(int)>& body) {
    std::vector<double> us;
    us.reserve(static_cast<std::size_t>(frames));
    for (int i = 0; i < frames; ++i) {
        const auto t0 = BenchClock::now();
        body(i);
        us.push_back(std::chrono::duration<double, std::micro>(BenchClock::now() - t0).count());
    }
    std::sort(us.begin(), us.end());
    auto at = [&](double q) {
        return us[std::min(us.size() - 1,
                           static_cast<std::size_t>(q * static_cast<double>(us.size())))];
    };
    return {at(0.5), at(0.99)};
}

struct Case {
    const char* name;
    const char* protocol;
    std::size_t stage;
    std::size_t step;
};

double cpu_seconds() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    auto s = [](const timeval& t) {
        return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
    };
    return s(u.ru_utime) + s(u.ru_stime);
}

// Counts the paint events of every widget in the window and the pixels they asked for.
class PaintCounter : public QObject {
public:
    struct Count {
        std::uint64_t events = 0;
        double pixels = 0;
    };
    Count diagram;
    Count others;
    std::map<QString, Count> by_name; // the other widgets, by object name or class
    const QWidget* diagram_widget = nullptr;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint && watched->isWidgetType()) {
            Count& c = watched == diagram_widget ? diagram : others;
            double pixels = 0;
            for (const QRect& r : static_cast<QPaintEvent*>(event)->region()) {
                pixels += static_cast<double>(r.width()) * r.height();
            }
            ++c.events;
            c.pixels += pixels;
            if (watched != diagram_widget) {
                const QString name = watched->objectName().isEmpty()
                                         ? QString::fromLatin1(watched->metaObject()->className())
                                         : watched->objectName();
                ++by_name[name].events;
                by_name[name].pixels += pixels;
            }
        }
        return false;
    }
};

// The baseline of an animation: a bare window of the same size whose only widget keeps a plain
// picture at device pixels and, at a given interval, moves two antialiased discs round a circle,
// repainting only where they were and where they are, as the diagram does with its hands. What
// it costs is Qt's own cost of a frame: the timer, the paint event, the blits and the flush.
class BaselineWidget : public QWidget {
public:
    BaselineWidget(double radius, int interval_ms) : radius_(radius) {
        setAttribute(Qt::WA_OpaquePaintEvent);
        timer_.setTimerType(Qt::PreciseTimer);
        connect(&timer_, &QTimer::timeout, this, [this] {
            const QRegion before = discs();
            ++tick_;
            update(before | discs());
            ++frames_;
        });
        timer_.start(interval_ms);
    }
    [[nodiscard]] std::uint64_t frames() const { return frames_; }

protected:
    void paintEvent(QPaintEvent* event) override {
        const qreal dpr = devicePixelRatioF();
        if (picture_.size() != size() * dpr) {
            picture_ = QImage(size() * dpr, QImage::Format_RGB32);
            picture_.setDevicePixelRatio(dpr);
            picture_.fill(QColor(0xf4, 0xef, 0xe9));
        }
        QPainter p(this);
        for (const QRect& r : event->region()) {
            p.drawImage(r.topLeft(), picture_,
                        QRectF(QPointF(r.topLeft()) * dpr, QSizeF(r.size()) * dpr).toRect());
        }
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(QColor(0x8e, 0x44, 0xad), radius_ * 0.2));
        p.setBrush(QColor(0xd7, 0xbd, 0xe2));
        for (const QPointF& c : centres()) {
            p.drawEllipse(c, radius_, radius_);
        }
    }

private:
    [[nodiscard]] std::array<QPointF, 2> centres() const {
        const double a = static_cast<double>(tick_) * 0.12;
        const QPointF middle(width() / 2.0, height() / 2.0);
        const QPointF turn(std::cos(a) * radius_ * 2, std::sin(a) * radius_ * 2);
        return {middle - QPointF(radius_ * 4, 0) + turn, middle + QPointF(radius_ * 4, 0) - turn};
    }
    [[nodiscard]] QRegion discs() const {
        QRegion r;
        for (const QPointF& c : centres()) {
            const double reach = radius_ * 1.2 + 2;
            r += QRectF(c - QPointF(reach, reach), c + QPointF(reach, reach)).toAlignedRect();
        }
        return r;
    }

    double radius_;
    QTimer timer_;
    QImage picture_;
    std::uint64_t tick_ = 0;
    std::uint64_t frames_ = 0;
};

// Runs the baseline for `seconds` after a second to settle; returns its CPU share and frames.
std::pair<double, double> run_baseline(QSize size, double radius, int interval_ms, double seconds) {
    BaselineWidget w(radius, interval_ms);
    w.resize(size);
    w.show();
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 1000) {
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    const double cpu0 = cpu_seconds();
    const auto t0 = BenchClock::now();
    const auto frames0 = w.frames();
    QTimer::singleShot(static_cast<int>(seconds * 1000), qApp, &QCoreApplication::quit);
    QApplication::exec();
    const double wall = std::chrono::duration<double>(BenchClock::now() - t0).count();
    return {100.0 * (cpu_seconds() - cpu0) / wall,
            static_cast<double>(w.frames() - frames0) / wall};
}

struct AnimateOptions {
    double seconds = 0;
    std::size_t stage = 1;
    std::size_t step = 0;
    QSize size{1280, 800};
    bool direct = false;
    bool diagram_only = false;
    std::string protocol = "plastic-facial";
};

int animate(const Loader& loader, const AnimateOptions& o) {
    auto loaded =
        loader.load_file(std::filesystem::path(EFFLEUR_PROTOCOLS_DIR) / (o.protocol + ".json"));
    if (!loaded) {
        std::fprintf(stderr, "cannot load %s\n", o.protocol.c_str());
        return 1;
    }
    auto protocol = std::make_shared<const Protocol>(std::move(loaded.value()));
    SteadyClock clock;
    ui::SessionController controller(std::make_unique<StepEngine>(protocol), clock);
    if (auto r = controller.jump_to(o.stage, o.step); !r) {
        std::fprintf(stderr, "no such step\n");
        return 1;
    }
    if (controller.engine().state() == EngineState::WaitingForTherapist) {
        controller.next(); // a breathing exercise waits to be begun
    }
    // The rehearsal as it is shown (the session view in a window), or the diagram alone.
    std::unique_ptr<QWidget> window;
    ui::DiagramWidget* widget = nullptr;
    if (o.diagram_only) {
        auto own = std::make_unique<ui::DiagramWidget>(loader.catalog());
        own->set_controller(&controller);
        widget = own.get();
        window = std::move(own);
    } else {
        window = std::make_unique<ui::SessionView>(controller, loader.catalog());
        widget = window->findChild<ui::DiagramWidget*>();
    }
    if (widget == nullptr) {
        return 1;
    }
    widget->renderer().set_cached_markers(!o.direct);
    window->resize(o.size);
    window->show();
    PaintCounter counter;
    counter.diagram_widget = widget;
    // The first frames (the window mapped, the base rendered) are not what a session costs.
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 1000) {
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    qApp->installEventFilter(&counter);
    const double cpu0 = cpu_seconds();
    const auto t0 = BenchClock::now();
    const auto frames0 = widget->frames_painted();
    QTimer::singleShot(static_cast<int>(o.seconds * 1000), qApp, &QCoreApplication::quit);
    QApplication::exec();
    const double wall = std::chrono::duration<double>(BenchClock::now() - t0).count();
    const double cpu = cpu_seconds() - cpu0;
    const auto frames = static_cast<double>(widget->frames_painted() - frames0);
    std::printf("%s %dx%d (diagram %dx%d), %s, %s step %zu:%zu, %.1f s: %.0f frames (%.1f fps, "
                "timer %d ms), CPU %.2f s = %.1f%% of one core%s\n",
                o.diagram_only ? "diagram" : "session", window->width(), window->height(),
                widget->width(), widget->height(), qPrintable(QGuiApplication::platformName()),
                o.protocol.c_str(), o.stage + 1, o.step + 1, wall, frames, frames / wall,
                widget->frame_interval_ms(), cpu, 100.0 * cpu / wall,
                o.direct ? " (hands painted directly)" : "");
    const double area = static_cast<double>(widget->width()) * widget->height();
    std::printf("paint events per second: diagram %.1f (%.1f%% of its area each), "
                "other widgets %.1f (%.0f px each)\n",
                static_cast<double>(counter.diagram.events) / wall,
                counter.diagram.events > 0 ? 100.0 * counter.diagram.pixels /
                                                 static_cast<double>(counter.diagram.events) / area
                                           : 0.0,
                static_cast<double>(counter.others.events) / wall,
                counter.others.events > 0
                    ? counter.others.pixels / static_cast<double>(counter.others.events)
                    : 0.0);
    for (const auto& [name, count] : counter.by_name) {
        std::printf("  %s: %.1f paint events per second, %.0f px each\n", qPrintable(name),
                    static_cast<double>(count.events) / wall,
                    count.pixels / static_cast<double>(count.events));
    }
    // The baseline in the same run: two discs of about the hands' size, at the same rate.
    const double fps = frames / wall;
    const int interval = std::max(1, static_cast<int>(std::lround(1000.0 / std::max(fps, 1.0))));
    const QSize size = window->size();
    window->hide();
    const auto [base_cpu, base_fps] =
        run_baseline(size, std::max(4.0, widget->height() / 50.0), interval, o.seconds);
    std::printf("baseline (a bare %dx%d window, two discs moved %.1f times a second): CPU %.1f%% "
                "of one core; the %s costs %.2fx the baseline\n",
                size.width(), size.height(), base_fps, base_cpu,
                o.diagram_only ? "diagram" : "session",
                base_cpu > 0 ? 100.0 * cpu / wall / base_cpu : 0.0);
    if (!o.direct) {
        const auto& sprites = widget->renderer().sprites();
        std::printf("hand sprites: %llu rendered, %llu blits reused one, %zu kept\n",
                    static_cast<unsigned long long>(sprites.rendered()),
                    static_cast<unsigned long long>(sprites.reused()), sprites.size());
    }
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    int frames = 600;
    AnimateOptions o;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--direct-markers") == 0) {
            o.direct = true;
        } else if (std::strcmp(argv[i], "--diagram-only") == 0) {
            o.diagram_only = true;
        }
    }
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--frames") == 0) {
            frames = std::max(10, std::atoi(argv[i + 1]));
        } else if (std::strcmp(argv[i], "--animate") == 0) {
            o.seconds = std::max(1.0, std::atof(argv[i + 1]));
        } else if (std::strcmp(argv[i], "--step") == 0) {
            unsigned a = 0;
            unsigned b = 0;
            if (std::sscanf(argv[i + 1], "%u:%u", &a, &b) == 2 && a > 0 && b > 0) {
                o.stage = a - 1;
                o.step = b - 1;
            }
        } else if (std::strcmp(argv[i], "--protocol") == 0) {
            o.protocol = argv[i + 1];
        } else if (std::strcmp(argv[i], "--size") == 0) {
            int w = 0;
            int h = 0;
            if (std::sscanf(argv[i + 1], "%dx%d", &w, &h) == 2 && w >= 320 && h >= 240) {
                o.size = QSize(w, h);
            }
        }
    }
    if (o.seconds <= 0 && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    auto loader = Loader::create(EFFLEUR_PROTOCOLS_DIR);
    if (!loader) {
        std::fprintf(stderr, "cannot load the bundled catalogues\n");
        return 1;
    }
    if (o.seconds > 0) {
        return animate(*loader.value(), o);
    }
    const Case cases[] = {
        {"face, 7 lines x 2 sides, stroking", "plastic-facial", 0, 0},
        {"face, 1 line x 2 sides, kneading", "plastic-facial", 1, 0},
        {"back, 3 lines, one side, rolling", "classic-back", 0, 20},
        {"arm, 5 lines, one side, drainage", "kneading-prp-lymphatic", 2, 10},
        {"breathing figure", "kneading-prp-lymphatic", 2, 4},
    };
    const QRect target(0, 0, 1280, 800);
    QImage image(target.size(), QImage::Format_ARGB32_Premultiplied);
    std::printf("diagram frame at %dx%d, %d frames each, microseconds\n", target.width(),
                target.height(), frames);
    std::printf("%-38s %18s %18s %18s\n", "case", "base blit med/p99", "overlay med/p99",
                "widget frame med/p99");
    for (const Case& c : cases) {
        auto loaded = loader.value()->load_file(std::filesystem::path(EFFLEUR_PROTOCOLS_DIR) /
                                                (std::string(c.protocol) + ".json"));
        if (!loaded) {
            std::fprintf(stderr, "cannot load %s\n", c.protocol);
            return 1;
        }
        const Protocol protocol = std::move(loaded.value());
        const SessionPlan plan(protocol, std::nullopt);
        const auto index = plan.first_part_of(c.stage, c.step);
        if (!index) {
            std::fprintf(stderr, "no such step in %s\n", c.protocol);
            return 1;
        }
        const double seconds = std::chrono::duration<double>(plan[*index].planned).count() > 0
                                   ? std::chrono::duration<double>(plan[*index].planned).count()
                                   : 40.0;
        // One frame per 1/60 s through the step, as the widget would paint them.
        auto frame_at = [&](int i) {
            const double t = std::fmod(i / 60.0, seconds);
            return *ui::frame_for_part(
                loader.value()->catalog(), plan, *index,
                std::chrono::duration_cast<Duration>(std::chrono::duration<double>(t)));
        };
        ui::DiagramRenderer renderer;
        renderer.set_cached_markers(!o.direct);
        {
            QPainter warm(&image); // the base is rendered once, outside the timing
            renderer.paint(&warm, target, frame_at(0));
        }
        QPainter p(&image);
        const Stats base =
            time_it(frames, [&](int i) { renderer.paint_base(&p, target, frame_at(i)); });
        const Stats overlay =
            time_it(frames, [&](int i) { renderer.paint_overlay(&p, target, frame_at(i)); });
        const Stats whole =
            time_it(frames, [&](int i) { renderer.paint(&p, target, frame_at(i)); });
        std::printf("%-38s %8.0f / %7.0f %8.0f / %7.0f %8.0f / %7.0f\n", c.name, base.median,
                    base.p99, overlay.median, overlay.p99, whole.median, whole.p99);
    }
    return 0;
}
