#include "ui/shell/resumetesthook.h"

#include "core/gate.h"
#include "storage/journalstore.h"
#include "ui/library/libraryview.h"
#include "ui/session/sessioncontroller.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/mainwindow_testaccess.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QPointer>
#include <QTimer>

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include <chrono>
#include <cstdlib>
#include <fcntl.h>
#include <fstream>
#include <iterator>
#include <memory>
#include <unistd.h>

namespace effleur::ui {

namespace {

struct Hook {
    MainWindow& window;
    const Loader& loader;
    nlohmann::json config;
    int trace = -1;
    QPointer<SessionController> watched;

    void line(nlohmann::json j) const {
        j["wall_ms"] = std::chrono::duration_cast<std::chrono::milliseconds>(
                           std::chrono::system_clock::now().time_since_epoch())
                           .count();
        const std::string text = j.dump() + '\n';
        if (trace >= 0 && ::write(trace, text.data(), text.size()) < 0)
            spdlog::warn("the test hook cannot write its trace");
    }

    void line_of(const char* event) {
        SessionController* c = MainWindowTestAccess::controller(window);
        nlohmann::json j{{"event", event}};
        if (c) {
            const StepEngine& e = c->engine();
            j["kind"] = c->client() ? "client" : "rehearsal";
            j["part"] = e.cursor().index;
            j["step_id"] = e.current_step().id;
            j["progress_ms"] =
                std::chrono::duration_cast<std::chrono::milliseconds>(e.progress(c->now())).count();
            j["length_ms"] =
                std::chrono::duration_cast<std::chrono::milliseconds>(e.length()).count();
            j["state"] = std::string(to_string(e.state()));
        }
        line(std::move(j));
    }

    void watch() {
        SessionController* c = MainWindowTestAccess::controller(window);
        if (!c || watched == c)
            return;
        watched = c;
        QObject::connect(c, &SessionController::delivered, c, [this](const SessionEvent& e) {
            line_of(std::string(to_string(e.kind)).c_str());
        });
        // A step that waits for the therapist goes on at once: the campaign runs by itself.
        QObject::connect(c, &SessionController::changed, c, [c] {
            if (c->engine().state() == EngineState::WaitingForTherapist && !c->over())
                QTimer::singleShot(0, c, [c] { c->next(); });
        });
        if (config.contains("next_after_ms"))
            QTimer::singleShot(config["next_after_ms"].get<int>(), c, [this, c] {
                c->next();
                line_of("next");
            });
    }

    void start() {
        const std::string id = config.value("protocol", "");
        std::shared_ptr<const Protocol> protocol;
        for (const LibraryEntry& e : MainWindowTestAccess::library(window)->entries())
            if (e.protocol && e.protocol->id == id)
                protocol = e.protocol;
        if (!protocol) {
            line({{"event", "no-protocol"}});
            return;
        }
        if (config.value("start", "client") == "rehearsal") {
            window.rehearse(protocol);
        } else {
            storage::JournalStore* journal = window.journal_store();
            if (!journal)
                return;
            const std::string name = config.value("client", "Test client");
            std::int64_t client = 0;
            for (const storage::Client& c : journal->clients(name))
                if (c.name == name)
                    client = c.id;
            if (client == 0) {
                storage::Client c;
                c.name = name;
                auto added = journal->add_client(c, std::chrono::system_clock::now());
                if (!added)
                    return;
                client = added.value().id;
            }
            Checklist checklist(protocol, loader.catalog(), std::nullopt);
            for (std::size_t i = 0; i < checklist.size(); ++i)
                checklist.set_answer(i, Answer::No);
            auto cleared = checklist.clear(std::chrono::time_point_cast<std::chrono::milliseconds>(
                std::chrono::system_clock::now()));
            if (!cleared) {
                line({{"event", "not-cleared"}});
                return;
            }
            window.start_cleared_session(std::move(*cleared), client);
        }
        watch();
        line_of("started");
    }

    void ready() {
        auto* offer = window.findChild<QMessageBox*>(QStringLiteral("resume-offer"));
        if (!offer)
            offer = window.findChild<QMessageBox*>(QStringLiteral("rehearsal-offer"));
        if (!offer) {
            start();
            return;
        }
        nlohmann::json j{{"event", "offered"},
                         {"kind", offer->objectName() == QStringLiteral("resume-offer")
                                      ? "client"
                                      : "rehearsal"}};
        if (offer->property("effleur_part").isValid()) {
            j["offered_part"] = offer->property("effleur_part").toULongLong();
            j["offered_progress_ms"] = offer->property("effleur_progress_ms").toLongLong();
        }
        if (offer->property("effleur_offset_ms").isValid())
            j["offered_offset_ms"] = offer->property("effleur_offset_ms").toLongLong();
        line(std::move(j));
        const bool resume = config.value("on_offer", "resume") == "resume";
        const QString wanted = resume ? QStringLiteral("&Resume") : QStringLiteral("&End it here");
        for (QAbstractButton* b : offer->buttons())
            if (b->text() == wanted) {
                b->click();
                break;
            }
        if (!resume || !MainWindowTestAccess::controller(window)) {
            line({{"event", resume ? "not-resumed" : "ended"}});
            return;
        }
        watch();
        line_of("resumed");
        MainWindowTestAccess::controller(window)->pause_resume(); // it comes back paused: go on
        line_of("running");
    }
};

} // namespace

bool install_test_hook(MainWindow& window, const Loader& loader) {
    const char* file = std::getenv("EFFLEUR_TEST_HOOK");
    if (!file || !*file)
        return false;
    std::ifstream in(file);
    auto config = nlohmann::json::parse(in, nullptr, false);
    if (!config.is_object()) {
        spdlog::error("EFFLEUR_TEST_HOOK does not name a JSON object");
        return false;
    }
    auto* hook = new Hook{window, loader, std::move(config), -1, {}};
    if (const std::string trace = hook->config.value("trace", ""); !trace.empty())
        hook->trace = ::open(trace.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    QObject::connect(&window, &MainWindow::firstFramePainted, &window, [hook] {
        // After the window's own look for an unfinished session, which is queued the same way
        // and waits for the library's first scan.
        QTimer::singleShot(0, &hook->window, [hook] {
            if (hook->window.library_ready()) {
                hook->ready();
                return;
            }
            auto once = std::make_shared<QMetaObject::Connection>();
            *once = QObject::connect(&hook->window, &MainWindow::libraryLoaded, &hook->window,
                                     [hook, once] {
                                         QObject::disconnect(*once);
                                         hook->ready();
                                     });
        });
    });
    QObject::connect(&window, &QObject::destroyed, [hook] {
        if (hook->trace >= 0)
            ::close(hook->trace);
        delete hook;
    });
    spdlog::warn("the test hook is on: this run drives itself");
    return true;
}

} // namespace effleur::ui
