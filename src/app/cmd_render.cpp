// effleur render-diagram: one step of a protocol at one moment, painted offscreen to a PNG, as the
// session view would show it. With --animate-seconds it shows the diagram animating in a window
// instead and reports the frame rate and the CPU time it took.

#include "app/commands.h"
#include "app/format.h"
#include "core/diagnostic.h"
#include "render/diagramframe.h"
#include "render/diagramrenderer.h"
#include "ui/session/diagramwidget.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QTimer>

#include <sys/resource.h>

#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <iostream>
#include <optional>

namespace effleur::app {

namespace {

constexpr int exit_ok = 0;
constexpr int exit_invalid = 1;
constexpr int exit_usage = 2;

constexpr const char* usage =
    "usage: effleur render-diagram ID|PATH --step N --at SECONDS [--size WxH] "
    "[--theme light|dark] --out FILE.png\n"
    "       effleur render-diagram ID|PATH --step N --animate-seconds S [--size WxH] "
    "[--theme light|dark]\n";

struct Options {
    std::string protocol;
    std::optional<long> step;
    std::optional<double> at; // none: the start of the step, and the output says so
    int width = 1280;
    int height = 800;
    ui::DiagramTheme theme = ui::DiagramTheme::Light;
    std::string out;
    std::optional<double> animate;
};

std::optional<double> parse_number(const std::string& s) {
    char* end = nullptr;
    const double v = std::strtod(s.c_str(), &end);
    if (s.empty() || end != s.c_str() + s.size() || !std::isfinite(v)) {
        return std::nullopt;
    }
    return v;
}

std::optional<Options> parse(const std::vector<std::string>& args) {
    Options o;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto value = [&]() -> std::optional<std::string> {
            if (i + 1 >= args.size()) {
                std::cerr << "effleur render-diagram: " << a << " needs a value\n";
                return std::nullopt;
            }
            return args[++i];
        };
        if (a == "--step" || a == "--at" || a == "--size" || a == "--theme" || a == "--out" ||
            a == "--animate-seconds") {
            const auto v = value();
            if (!v) {
                return std::nullopt;
            }
            if (a == "--step") {
                const auto n = parse_number(*v);
                if (!n || *n < 1 || std::floor(*n) != *n) {
                    std::cerr << "effleur render-diagram: --step must be a whole number from 1\n";
                    return std::nullopt;
                }
                o.step = static_cast<long>(*n);
            } else if (a == "--at" || a == "--animate-seconds") {
                const auto n = parse_number(*v);
                if (!n || *n < 0) {
                    std::cerr << "effleur render-diagram: " << a << " must be seconds, 0 or more\n";
                    return std::nullopt;
                }
                (a == "--at" ? o.at.emplace() : o.animate.emplace()) = *n;
            } else if (a == "--size") {
                int w = 0;
                int h = 0;
                const auto x = v->find('x');
                const char* s = v->data();
                if (x == std::string::npos || std::from_chars(s, s + x, w).ptr != s + x ||
                    std::from_chars(s + x + 1, s + v->size(), h).ptr != s + v->size() || w < 64 ||
                    h < 64 || w > 8192 || h > 8192) {
                    std::cerr << "effleur render-diagram: --size must be WxH, 64 to 8192 each\n";
                    return std::nullopt;
                }
                o.width = w;
                o.height = h;
            } else if (a == "--theme") {
                if (*v != "light" && *v != "dark") {
                    std::cerr << "effleur render-diagram: --theme must be light or dark\n";
                    return std::nullopt;
                }
                o.theme = *v == "dark" ? ui::DiagramTheme::Dark : ui::DiagramTheme::Light;
            } else {
                o.out = *v;
            }
        } else if (a.size() > 1 && a[0] == '-') {
            std::cerr << "effleur render-diagram: unknown option " << a << '\n';
            return std::nullopt;
        } else if (o.protocol.empty()) {
            o.protocol = a;
        } else {
            std::cerr << "effleur render-diagram: one protocol at a time\n";
            return std::nullopt;
        }
    }
    if (o.protocol.empty() || !o.step || (o.out.empty() && !o.animate)) {
        std::cerr << usage;
        return std::nullopt;
    }
    return o;
}

double cpu_seconds() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    auto s = [](const timeval& t) {
        return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
    };
    return s(u.ru_utime) + s(u.ru_stime);
}

// Shows the step animating for `seconds` in a window, driven by a real engine and clock.
int animate(const AppContext& ctx, const std::shared_ptr<const Protocol>& protocol,
            std::size_t stage, std::size_t step, const Options& o) {
    SteadyClock clock;
    ui::SessionController controller(std::make_unique<StepEngine>(protocol), clock);
    if (auto r = controller.jump_to(stage, step); !r) {
        std::cerr << "effleur render-diagram: " << r.reason << '\n';
        return exit_invalid;
    }
    ui::DiagramWidget widget(ctx.loader->catalog());
    widget.renderer().set_theme(o.theme);
    widget.resize(o.width, o.height);
    widget.setWindowTitle(QStringLiteral("Effleur diagram"));
    widget.set_controller(&controller);
    widget.show();
    // The session's own driver: deliver what falls due, as the session view's controller does.
    QTimer driver;
    QObject::connect(&driver, &QTimer::timeout, [&] { controller.pump(); });
    driver.start(100);
    const double cpu0 = cpu_seconds();
    const auto t0 = std::chrono::steady_clock::now();
    const std::uint64_t frames0 = widget.frames_painted();
    QTimer::singleShot(static_cast<int>(*o.animate * 1000.0), qApp, &QCoreApplication::quit);
    QApplication::exec();
    const double wall =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    const double cpu = cpu_seconds() - cpu0;
    const auto frames = widget.frames_painted() - frames0;
    std::cout << "animated " << wall << " s at " << o.width << "x" << o.height << ": " << frames
              << " frames painted (" << static_cast<double>(frames) / wall << " fps, timer "
              << widget.frame_interval_ms() << " ms), CPU " << cpu << " s = " << 100.0 * cpu / wall
              << "% of one core\n";
    return exit_ok;
}

} // namespace

int cmd_render_diagram(const AppContext& ctx, const std::vector<std::string>& args) {
    const auto o = parse(args);
    if (!o) {
        return exit_usage;
    }
    const auto protocol = resolve_protocol(ctx, o->protocol, std::cerr);
    if (!protocol) {
        return exit_invalid;
    }
    // --step counts every step of the protocol, as `effleur show` does.
    std::size_t stage = 0;
    std::size_t step = 0;
    auto n = static_cast<std::size_t>(*o->step);
    for (stage = 0; stage < protocol->stages.size(); ++stage) {
        if (n <= protocol->stages[stage].steps.size()) {
            step = n - 1;
            break;
        }
        n -= protocol->stages[stage].steps.size();
    }
    if (stage == protocol->stages.size()) {
        std::cerr << "effleur render-diagram: --step " << *o->step << ": the protocol has "
                  << protocol->step_count() << " steps\n";
        return exit_usage;
    }

    // Offscreen unless a display is asked for (the animation needs one).
    if (!o->animate && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    int argc = 1;
    char name[] = "effleur";
    char* argv[] = {name, nullptr};
    QApplication app(argc, argv);
    if (o->animate) {
        return animate(ctx, protocol, stage, step, *o);
    }

    const SessionPlan plan(*protocol, std::nullopt);
    std::size_t index = *plan.first_part_of(stage, step);
    auto into =
        std::chrono::duration_cast<Duration>(std::chrono::duration<double>(o->at.value_or(0.0)));
    // The second side of an alternating step follows the first.
    const PlanPart& first = plan[index];
    if (first.parts == 2 && first.planned > Duration::zero() && into >= first.planned) {
        into -= first.planned;
        ++index;
    }
    const auto frame = ui::frame_for_part(ctx.loader->catalog(), plan, index, into);
    if (!frame) {
        std::cerr << "effleur render-diagram: the step's diagram is not in the catalogue\n";
        return exit_invalid;
    }
    ui::DiagramRenderer renderer(o->theme);
    if (const auto art = renderer.art(*frame->diagram); !art) {
        std::cerr << "effleur render-diagram: " << art.message() << '\n';
        return exit_invalid;
    }
    QImage image(o->width, o->height, QImage::Format_ARGB32_Premultiplied);
    {
        QPainter painter(&image);
        renderer.paint(&painter, image.rect(), *frame);
    }
    if (!image.save(QString::fromStdString(o->out), "PNG")) {
        std::cerr << "effleur render-diagram: cannot write " << o->out << '\n';
        return exit_invalid;
    }
    // What was drawn, and which moment: without --at, the start of the step.
    const Step& drawn = protocol->stages[stage].steps[step];
    std::cout << "wrote " << printable(o->out) << ": step " << *o->step << " of "
              << protocol->step_count() << ", " << printable(drawn.title.get());
    if (plan[index].parts == 2 && plan[index].side) {
        std::cout << " (" << to_string(*plan[index].side) << " side)";
    }
    if (o->at) {
        std::cout << ", at " << format_number(*o->at) << " s";
    } else {
        std::cout << ", at 0 s, the start of the step (--at SECONDS draws another moment)";
    }
    std::cout << ", " << o->width << "x" << o->height << ", "
              << (o->theme == ui::DiagramTheme::Dark ? "dark" : "light") << '\n';
    return exit_ok;
}

} // namespace effleur::app
