#include "app/gui.h"

#include "ui/mainwindow.h"

#include <QApplication>
#include <QSettings>
#include <QTimer>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <charconv>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>

namespace effleur::app {

namespace {

std::filesystem::path state_folder() {
    if (const char* xdg = std::getenv("XDG_STATE_HOME"); xdg && *xdg)
        return std::filesystem::path(xdg) / "effleur";
    if (const char* home = std::getenv("HOME"); home && *home)
        return std::filesystem::path(home) / ".local" / "state" / "effleur";
    return {};
}

// The window and everything it needs; `ready` runs once it is shown.
int run_window(int argc, char** argv, const AppContext& ctx, const GuiFlags& flags,
               const std::function<void(ui::MainWindow&)>& ready) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Effleur"));
    QApplication::setOrganizationName(QStringLiteral("Effleur"));
    QApplication::setApplicationVersion(QStringLiteral(EFFLEUR_VERSION));
    QSettings settings;
    SteadyClock clock;
    ui::MainWindowOptions options;
    options.loader = ctx.loader;
    options.folders = ctx.folders;
    options.clock = &clock;
    options.settings = &settings;
    ui::MainWindow window(std::move(options));
    if (flags.exit_after_first_frame)
        QObject::connect(&window, &ui::MainWindow::firstFramePainted, &app,
                         [] { QTimer::singleShot(0, qApp, [] { QApplication::exit(0); }); });
    window.show();
    if (ready)
        ready(window);
    spdlog::info("the main window is up");
    return QApplication::exec();
}

} // namespace

bool parse_gui_flags(std::vector<std::string>& args, GuiFlags& flags) {
    std::vector<std::string> rest;
    for (const std::string& a : args) {
        if (a == "--exit-after-first-frame")
            flags.exit_after_first_frame = true;
        else if (a == "--verbose")
            flags.verbose = true;
        else
            rest.push_back(a);
    }
    args = std::move(rest);
    return true;
}

void setup_logging(bool verbose) {
    std::vector<spdlog::sink_ptr> sinks;
    const auto folder = state_folder();
    std::error_code ec;
    if (!folder.empty() && (std::filesystem::create_directories(folder, ec), !ec)) {
        try {
            sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                (folder / "effleur.log").string(), 1024 * 1024, 3));
        } catch (const spdlog::spdlog_ex& e) {
            std::cerr << "effleur: cannot write the log: " << e.what() << '\n';
        }
    }
    if (verbose)
        sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    else {
        // Warnings still reach the console; the file has the whole story.
        auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        console->set_level(spdlog::level::warn);
        sinks.push_back(console);
    }
    auto logger = std::make_shared<spdlog::logger>("effleur", sinks.begin(), sinks.end());
    logger->set_level(verbose ? spdlog::level::debug : spdlog::level::info);
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
}

int start_gui(int argc, char** argv, const AppContext& ctx, const GuiFlags& flags) {
    return run_window(argc, argv, ctx, flags, {});
}

int cmd_rehearse(int argc, char** argv, const AppContext& ctx, const std::vector<std::string>& args,
                 const GuiFlags& flags) {
    std::string id;
    double speed = 1.0;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--speed" && i + 1 < args.size()) {
            const std::string& v = args[++i];
            const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), speed);
            if (ec != std::errc() || end != v.data() + v.size() || !(speed > 0)) {
                std::cerr << "effleur rehearse: --speed wants a number above 0, not \"" << v
                          << "\"\n";
                return 2;
            }
        } else if (id.empty() && !args[i].empty() && args[i][0] != '-') {
            id = args[i];
        } else {
            std::cerr << "usage: effleur rehearse ID|PATH [--speed X]\n";
            return 2;
        }
    }
    if (id.empty()) {
        std::cerr << "usage: effleur rehearse ID|PATH [--speed X]\n";
        return 2;
    }
    auto protocol = resolve_protocol(ctx, id, std::cerr);
    if (!protocol)
        return 1;
    if (const auto why = StepEngine::check(*protocol, SessionOptions{std::nullopt, speed, 1.0})) {
        std::cerr << "effleur rehearse: " << *why << '\n';
        return 2;
    }
    return run_window(argc, argv, ctx, flags, [protocol, speed](ui::MainWindow& window) {
        window.rehearse(protocol, speed);
    });
}

} // namespace effleur::app
