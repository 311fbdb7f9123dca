// effleur render-diagram: one step of a protocol at one moment, painted offscreen to a PNG, as the
// session view would show it. With --animate-seconds it shows the diagram animating in a window
// instead and reports the frame rate and the CPU time it took.

#include "app/commands.h"
#include "app/format.h"
#include "core/diagnostic.h"
#include "render/diagramframe.h"
#include "render/diagramrenderer.h"
#include "ui/common/translations.h"
#include "ui/session/diagramwidget.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QTimer>

#include <sys/resource.h>

#include <chrono>
#include <cmath>
#include <iostream>
#include <optional>

namespace effleur::app {

namespace {

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
            std::size_t stage, std::size_t step, const RenderOptions& o) {
    SteadyClock clock;
    ui::SessionController controller(std::make_unique<StepEngine>(protocol), clock);
    if (auto r = controller.jump_to(stage, step); !r) {
        std::cerr << "effleur render-diagram: " << r.reason << '\n';
        return exit_failure;
    }
    ui::DiagramWidget widget(ctx.loader->catalog());
    widget.renderer().set_theme(o.dark ? ui::DiagramTheme::Dark : ui::DiagramTheme::Light);
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

int cmd_render_diagram(const AppContext& ctx, const RenderOptions& o) {
    const auto protocol = resolve_protocol(ctx, o.protocol, std::cerr);
    if (!protocol) {
        return exit_failure;
    }
    // --step counts every step of the protocol, as `effleur show` does.
    std::size_t stage = 0;
    std::size_t step = 0;
    auto n = static_cast<std::size_t>(o.step);
    for (stage = 0; stage < protocol->stages.size(); ++stage) {
        if (n <= protocol->stages[stage].steps.size()) {
            step = n - 1;
            break;
        }
        n -= protocol->stages[stage].steps.size();
    }
    if (stage == protocol->stages.size()) {
        std::cerr << "effleur render-diagram: --step " << o.step << ": the protocol has "
                  << protocol->step_count() << " steps\n";
        return exit_usage;
    }

    // Offscreen unless a display is asked for (the animation needs one).
    if (!o.animate && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    int argc = 1;
    char name[] = "effleur";
    char* argv[] = {name, nullptr};
    QApplication app(argc, argv);
    ui::install_translations(app, QString::fromStdString(ctx.language));
    if (o.animate) {
        return animate(ctx, protocol, stage, step, o);
    }

    const SessionPlan plan(*protocol, std::nullopt);
    std::size_t index = *plan.first_part_of(stage, step);
    auto into =
        std::chrono::duration_cast<Duration>(std::chrono::duration<double>(o.at.value_or(0.0)));
    // The second side of an alternating step follows the first.
    const PlanPart& first = plan[index];
    if (first.parts == 2 && first.planned > Duration::zero() && into >= first.planned) {
        into -= first.planned;
        ++index;
    }
    const auto frame = ui::frame_for_part(ctx.loader->catalog(), plan, index, into);
    if (!frame) {
        std::cerr << "effleur render-diagram: the step's diagram is not in the catalogue\n";
        return exit_failure;
    }
    ui::DiagramRenderer renderer(o.dark ? ui::DiagramTheme::Dark : ui::DiagramTheme::Light);
    if (const auto art = renderer.art(*frame->diagram); !art) {
        std::cerr << "effleur render-diagram: " << art.errors().front().to_string() << '\n';
        return exit_failure;
    }
    QImage image(o.width, o.height, QImage::Format_ARGB32_Premultiplied);
    {
        QPainter painter(&image);
        renderer.paint(&painter, image.rect(), *frame);
    }
    if (!image.save(QString::fromStdString(o.out), "PNG")) {
        std::cerr << "effleur render-diagram: cannot write " << o.out << '\n';
        return exit_failure;
    }
    // What was drawn, and which moment: without --at, the start of the step.
    const Step& drawn = protocol->stages[stage].steps[step];
    std::cout << "wrote " << printable(o.out) << ": step " << o.step << " of "
              << protocol->step_count() << ", " << printable(drawn.title.get(ctx.language));
    if (plan[index].parts == 2 && plan[index].side) {
        std::cout << " (" << to_string(*plan[index].side) << " side)";
    }
    if (o.at) {
        std::cout << ", at " << format_number(*o.at) << " s";
    } else {
        std::cout << ", at 0 s, the start of the step (--at SECONDS draws another moment)";
    }
    std::cout << ", " << o.width << "x" << o.height << ", " << (o.dark ? "dark" : "light") << '\n';
    return exit_ok;
}

} // namespace effleur::app
