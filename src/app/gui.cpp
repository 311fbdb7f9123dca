#include "app/gui.h"

#include "app/context.h"

#include "core/privatefiles.h"
#include "ui/common/translations.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/resumetesthook.h"
#include "ui/shell/theme.h"
#include "ui/study/practisedialog.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QIcon>
#include <QSettings>
#include <QTimer>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <future>
#include <iostream>
#include <memory>
#include <system_error>
#include <thread>

#include <dlfcn.h>
#include <sys/stat.h>

namespace effleur::app {

namespace {

// Fontconfig reads its configuration files and font caches the first time anything asks for a
// font: under callgrind, 28 million instructions, a fifth of the library window's start-up,
// all on the main thread before the first frame. Qt links fontconfig wherever it uses it, so
// it is found already loaded; where it is not, there is nothing to read ahead. Fontconfig sets
// up its configuration once, atomically, whichever thread asks first.
class FontReadAhead {
public:
    FontReadAhead() = default;
    FontReadAhead(const FontReadAhead&) = delete;
    FontReadAhead& operator=(const FontReadAhead&) = delete;
    ~FontReadAhead() {
        wait();
        if (library_)
            ::dlclose(library_);
    }

    void start() {
        if (started_)
            return;
        started_ = true;
        library_ = ::dlopen("libfontconfig.so.1", RTLD_LAZY | RTLD_NOLOAD);
        if (!library_)
            return;
        using Init = int (*)();
        const auto init = reinterpret_cast<Init>(::dlsym(library_, "FcInit"));
        if (!init)
            return;
        try {
            thread_ = std::thread([init] { (void)init(); });
        } catch (const std::system_error&) {
            // No thread: Qt reads them itself when it first needs them.
        }
    }

    void wait() {
        if (thread_.joinable())
            thread_.join();
    }

private:
    bool started_ = false;
    void* library_ = nullptr;
    std::thread thread_;
};

FontReadAhead& font_read_ahead() {
    static FontReadAhead reading;
    return reading;
}

std::filesystem::path state_folder() {
    if (const char* xdg = std::getenv("XDG_STATE_HOME"); xdg && *xdg)
        return std::filesystem::path(xdg) / "effleur";
    if (const char* home = std::getenv("HOME"); home && *home)
        return std::filesystem::path(home) / ".local" / "state" / "effleur";
    return {};
}

// The window and everything it needs; `take_context` gives the loader and folders once Qt has
// started (they may be loading meanwhile), and `ready` runs once the window is shown.
int run_window(int argc, char** argv, const std::function<Result<AppContext>()>& take_context,
               const GuiFlags& flags, const std::function<void(ui::MainWindow&)>& ready) {
    QElapsedTimer since_start;
    since_start.start();
    QApplication app(argc, argv);
    set_application_identity();
    // Before any window: the menu bar's ">>" icon is read only if it is ever shown.
    QApplication::setStyle(ui::make_platform_style());
    QSettings settings;
    // The language holds for the whole run: a new choice in Preferences applies at the next
    // start, so that a running session is never disturbed.
    const QString language = ui::chosen_language(settings);
    ui::install_translations(app, language);
    spdlog::info("the interface language is {}", language.toStdString());
    const Result<AppContext> context = take_context();
    if (!context)
        return report_unloadable_bundled(context.errors());
    const AppContext& ctx = context.value();
    font_read_ahead().wait(); // the window's first text needs the fonts
    SteadyClock clock;
    ui::MainWindowOptions options;
    options.loader = ctx.loader;
    options.folders = ctx.folders;
    options.clock = &clock;
    options.settings = &settings;
    // A large library of the user's own never delays the first frame.
    options.scan_in_background = true;
    ui::MainWindow window(std::move(options));
    (void)ui::install_test_hook(window, *ctx.loader); // EFFLEUR_TEST_HOOK: crash tests only
    QObject::connect(&window, &ui::MainWindow::firstFramePainted, &app, [since_start] {
        spdlog::info("the first frame is up, {} ms after the window began", since_start.elapsed());
    });
    // The signal comes after the frame has been flushed to the screen: leave before anything
    // deferred to after it (the speech and audio engines) begins.
    QObject::connect(&window, &ui::MainWindow::firstFramePainted, &app,
                     [] { QTimer::singleShot(0, qApp, [] { set_window_icon(); }); });
    if (flags.exit_after_first_frame)
        QObject::connect(&window, &ui::MainWindow::firstFramePainted, &app, [] {
            // When, on the monotonic clock: the start-up benchmark reads it.
            const auto now = std::chrono::steady_clock::now().time_since_epoch();
            std::printf("first frame at %.3f ms\n",
                        std::chrono::duration<double, std::milli>(now).count());
            std::fflush(stdout);
            QApplication::exit(0);
        });
    window.show();
    if (ready)
        ready(window);
    spdlog::info("the main window is up");
    return QApplication::exec();
}

} // namespace

void set_application_identity() {
    QApplication::setApplicationName(QStringLiteral("Effleur"));
    QApplication::setOrganizationName(QStringLiteral("Effleur"));
    QApplication::setOrganizationDomain(QStringLiteral("effleur.app"));
    QApplication::setApplicationVersion(QStringLiteral(EFFLEUR_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(EFFLEUR_APP_ID));
}

void set_window_icon() {
    // The installed icon theme's copy first, then the one compiled in (running from the build).
    QApplication::setWindowIcon(QIcon::fromTheme(
        QStringLiteral(EFFLEUR_APP_ID), QIcon(QStringLiteral(":/icons/" EFFLEUR_APP_ID ".svg"))));
}

void setup_logging(bool verbose) {
    std::vector<spdlog::sink_ptr> sinks;
    const auto folder = state_folder();
    Status made = Done{};
    // The folder and every log file in it are the user's alone, whatever the umask: the log
    // says which protocols ran and when.
    if (!folder.empty() && (made = files::make_private_folder(folder))) {
        spdlog::file_event_handlers private_files;
        private_files.after_open = [](const spdlog::filename_t&, std::FILE* file) {
            ::fchmod(::fileno(file), files::private_file_mode);
        };
        try {
            sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                (folder / "effleur.log").string(), 1024 * 1024, 3, false, private_files));
        } catch (const spdlog::spdlog_ex& e) {
            std::cerr << "effleur: cannot write the log: " << e.what() << '\n';
        }
    } else if (!made) {
        std::cerr << "effleur: cannot write the log: " << made.message() << '\n';
    }
    if (verbose)
        sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    else {
        // A normal start says nothing in the terminal: warnings (no speech engine, no session
        // bus) go to the log file; only errors reach the console. --verbose shows everything.
        auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        console->set_level(folder.empty() ? spdlog::level::warn : spdlog::level::err);
        sinks.push_back(console);
    }
    auto logger = std::make_shared<spdlog::logger>("effleur", sinks.begin(), sinks.end());
    logger->set_level(verbose ? spdlog::level::debug : spdlog::level::info);
    // A killed app keeps what it logged: every warning at once, everything else within a second.
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    spdlog::flush_every(std::chrono::seconds(1));
}

void read_fonts_ahead() {
    font_read_ahead().start();
}

int start_gui(int argc, char** argv, const std::string& language, const GuiFlags& flags) {
    read_fonts_ahead();
    // The bundled schemas and catalogues load on a thread of their own while Qt starts (the
    // display's connection, the platform plugin): the two overlap, on a second core.
    std::future<Result<AppContext>> pending;
    try {
        pending = std::async(std::launch::async, make_context);
    } catch (const std::system_error&) {
        pending = std::async(std::launch::deferred, make_context); // no thread: loaded when needed
    }
    return run_window(argc, argv,
                      [&pending, &language] {
                          Result<AppContext> ctx = pending.get();
                          if (ctx)
                              ctx.value().language = language;
                          return ctx;
                      },
                      flags, {});
}

namespace {

// The step with this id, within `stage` when one is chosen; prints why not and returns nullopt.
std::optional<StepRef> step_by_id(const Protocol& protocol, std::optional<std::size_t> stage,
                                  const std::string& id, const char* flag) {
    const auto ref = find_step(protocol, id);
    if (!ref) {
        std::cerr << "effleur rehearse: " << flag << ": " << protocol.id << " has no step \"" << id
                  << "\" (effleur show " << protocol.id << " lists them)\n";
        return std::nullopt;
    }
    if (stage && ref->stage != *stage) {
        std::cerr << "effleur rehearse: " << flag << ": step \"" << id << "\" is in stage "
                  << ref->stage + 1 << ", not stage " << *stage + 1 << '\n';
        return std::nullopt;
    }
    return ref;
}

} // namespace

int cmd_rehearse(int argc, char** argv, const AppContext& ctx, const RehearseOptions& o,
                 const GuiFlags& flags) {
    std::optional<std::size_t> stage;
    if (o.stage)
        stage = static_cast<std::size_t>(*o.stage - 1);
    ui::Practice practice;
    practice.options.pause_between_steps = o.pause_between;
    practice.show_next = !o.hide_next;
    const std::string& from = o.from;
    const std::string& to = o.to;
    const double speed = o.speed;
    auto protocol = resolve_protocol(ctx, o.protocol, std::cerr);
    if (!protocol)
        return exit_failure;
    practice.options.stage = stage;
    practice.options.speed = speed;
    if ((!from.empty() || !to.empty()) && !(stage && *stage >= protocol->stages.size())) {
        // A missing end is the start or the end of the stage (or of the protocol).
        std::optional<StepRef> first, last;
        if (!from.empty() && !(first = step_by_id(*protocol, stage, from, "--from")))
            return exit_usage;
        if (!to.empty() && !(last = step_by_id(*protocol, stage, to, "--to")))
            return exit_usage;
        const StepRange bounds =
            stage ? StepRange::whole_stage(*protocol, *stage)
                  : StepRange{{0, 0},
                              StepRange::whole_stage(*protocol, protocol->stages.size() - 1).last};
        practice.options.range =
            StepRange{first.value_or(bounds.first), last.value_or(bounds.last)};
    }
    if (const Status usable = StepEngine::check(*protocol, practice.options); !usable) {
        std::cerr << "effleur rehearse: " << usable.message() << '\n';
        return exit_usage;
    }
    // Only now: a command refused above never starts Qt, which would free fontconfig's
    // configuration at its exit.
    read_fonts_ahead();
    return run_window(
        argc, argv, [&ctx] { return Result<AppContext>(ctx); }, flags,
        [protocol, practice](ui::MainWindow& window) { window.rehearse(protocol, practice); });
}

} // namespace effleur::app
