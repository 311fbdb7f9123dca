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
#include <QFontDatabase>
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
#include <optional>
#include <ostream>
#include <sstream>
#include <system_error>
#include <thread>
#include <variant>

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
// started (they may be loading meanwhile), or the exit code of a start it refused and said why,
// and `ready` runs once the window is shown.
int run_window(int argc, char** argv,
               const std::function<std::variant<AppContext, int>()>& take_context,
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
    const std::variant<AppContext, int> context = take_context();
    font_read_ahead().wait(); // the window's first text needs the fonts
    if (const int* refused = std::get_if<int>(&context)) {
        // It said why. Qt frees fontconfig's configuration at its exit only once its font
        // database has used it; the reading ahead set it up, so the database takes it over.
        (void)QFontDatabase::families();
        return *refused;
    }
    const AppContext& ctx = std::get<AppContext>(context);
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
                      [&pending, &language]() -> std::variant<AppContext, int> {
                          Result<AppContext> ctx = pending.get();
                          if (!ctx)
                              return report_unloadable_bundled(ctx.errors());
                          ctx.value().language = language;
                          return std::move(ctx.value());
                      },
                      flags, {});
}

namespace {

// The step with this id, within `stage` when one is chosen; prints why not and returns nullopt.
std::optional<StepRef> step_by_id(const Protocol& protocol, std::optional<std::size_t> stage,
                                  const std::string& id, const char* flag, std::ostream& err) {
    const auto ref = find_step(protocol, id);
    if (!ref) {
        err << "effleur rehearse: " << flag << ": " << protocol.id << " has no step \"" << id
            << "\" (effleur show " << protocol.id << " lists them)\n";
        return std::nullopt;
    }
    if (stage && ref->stage != *stage) {
        err << "effleur rehearse: " << flag << ": step \"" << id << "\" is in stage "
            << ref->stage + 1 << ", not stage " << *stage + 1 << '\n';
        return std::nullopt;
    }
    return ref;
}

} // namespace

namespace {

// What a rehearsal needs before its window, or why it is refused.
struct PreparedRehearsal {
    AppContext ctx;
    Diagnostics unloadable; // the bundled schema or catalogues, when they cannot be loaded
    std::shared_ptr<const Protocol> protocol;
    ui::Practice practice;
    int refused = exit_ok; // the exit code, when refused
    std::string why;       // what to say on stderr, when refused
};

// Loads the bundled schemas and catalogues, finds the protocol and checks the options against it.
// Writes nothing: what it would say is kept for the main thread.
PreparedRehearsal prepare_rehearsal(const std::string& language, const RehearseOptions& o) {
    PreparedRehearsal r;
    auto context = make_context();
    if (!context) {
        r.unloadable = context.errors();
        r.refused = exit_failure;
        return r;
    }
    r.ctx = std::move(context.value());
    r.ctx.language = language;
    std::ostringstream err;
    const auto refuse = [&r, &err](int code) {
        r.refused = code;
        r.why = err.str();
        return std::move(r);
    };
    std::optional<std::size_t> stage;
    if (o.stage)
        stage = static_cast<std::size_t>(*o.stage - 1);
    ui::Practice& practice = r.practice;
    practice.options.pause_between_steps = o.pause_between;
    practice.show_next = !o.hide_next;
    r.protocol = resolve_protocol(r.ctx, o.protocol, err);
    if (!r.protocol)
        return refuse(exit_failure);
    const Protocol& protocol = *r.protocol;
    practice.options.stage = stage;
    practice.options.speed = o.speed;
    if ((!o.from.empty() || !o.to.empty()) && !(stage && *stage >= protocol.stages.size())) {
        // A missing end is the start or the end of the stage (or of the protocol).
        std::optional<StepRef> first, last;
        if (!o.from.empty() && !(first = step_by_id(protocol, stage, o.from, "--from", err)))
            return refuse(exit_usage);
        if (!o.to.empty() && !(last = step_by_id(protocol, stage, o.to, "--to", err)))
            return refuse(exit_usage);
        const StepRange bounds =
            stage ? StepRange::whole_stage(protocol, *stage)
                  : StepRange{{0, 0},
                              StepRange::whole_stage(protocol, protocol.stages.size() - 1).last};
        practice.options.range =
            StepRange{first.value_or(bounds.first), last.value_or(bounds.last)};
    }
    if (const Status usable = StepEngine::check(protocol, practice.options); !usable) {
        err << "effleur rehearse: " << usable.message() << '\n';
        return refuse(exit_usage);
    }
    return r;
}

// Says why a rehearsal was refused; returns its exit code.
int report_refused(const PreparedRehearsal& r) {
    if (!r.unloadable.empty())
        return report_unloadable_bundled(r.unloadable);
    std::cerr << r.why;
    return r.refused;
}

// Whether a display is named for Qt to connect to. Without one Qt cannot start, and a refused
// rehearsal must still say why.
bool display_named() {
    for (const char* name : {"QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "DISPLAY"}) {
        if (const char* value = std::getenv(name); value != nullptr && *value != '\0')
            return true;
    }
    return false;
}

} // namespace

int cmd_rehearse(int argc, char** argv, const std::string& language, const RehearseOptions& o,
                 const GuiFlags& flags) {
    // The schemas load, and the protocol is found and checked, on a thread of their own while Qt
    // connects to the display: the two overlap, on a second core. A refused rehearsal then says
    // why and leaves before any window. With no display named, Qt could not start: the checking
    // comes first, so that the refusal is what is said.
    const auto prepare = [&language, &o] { return prepare_rehearsal(language, o); };
    const bool overlap = display_named();
    std::future<PreparedRehearsal> pending;
    try {
        pending = std::async(overlap ? std::launch::async : std::launch::deferred, prepare);
    } catch (const std::system_error&) {
        pending = std::async(std::launch::deferred, prepare); // no thread: prepared when needed
    }
    PreparedRehearsal prepared;
    if (!overlap) {
        prepared = pending.get(); // and `pending` is no longer valid
        if (prepared.refused != exit_ok)
            return report_refused(prepared);
    }
    // Only now that Qt will start: only Qt frees fontconfig's configuration, at its exit, and a
    // rehearsal refused above never starts it.
    read_fonts_ahead();
    return run_window(
        argc, argv,
        [&]() -> std::variant<AppContext, int> {
            if (pending.valid()) // not taken above
                prepared = pending.get();
            if (prepared.refused != exit_ok)
                return report_refused(prepared);
            return prepared.ctx;
        },
        flags,
        [&prepared](ui::MainWindow& window) {
            window.rehearse(prepared.protocol, prepared.practice);
        });
}

} // namespace effleur::app
