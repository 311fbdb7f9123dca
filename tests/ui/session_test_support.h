#pragma once
// Shared set-up for the session, window and cue tests: the bundled loader, protocols by id,
// recording stand-ins for the speaker and the chimes, a main window's options, a main window and
// a session view driven by keys. Time only moves through FakeClock.

#include "core/clock.h"
#include "core/loader.h"
#include "ui/session/cues.h"
#include "ui/session/sessionview.h"
#include "ui/shell/mainwindow.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QSettings>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <functional>
#include <memory>
#include <vector>

namespace effleur::test {

inline const std::shared_ptr<const Loader>& session_loader() {
    static const std::shared_ptr<const Loader> loader = [] {
        auto created = Loader::create(EFFLEUR_PROTOCOLS_DIR);
        REQUIRE(created.ok());
        return created.value();
    }();
    return loader;
}

inline std::shared_ptr<const Protocol> bundled(const std::string& id) {
    auto loaded =
        session_loader()->load_file(std::filesystem::path(EFFLEUR_PROTOCOLS_DIR) / (id + ".json"));
    REQUIRE(loaded.ok());
    return std::make_shared<const Protocol>(std::move(loaded.value()));
}

struct SpeechLog {
    std::vector<QString> said;
    int stops = 0;
};

class RecordingSpeaker final : public ui::Speaker {
public:
    explicit RecordingSpeaker(std::shared_ptr<SpeechLog> log) : log_(std::move(log)) {}
    void say(const QString& text) override { log_->said.push_back(text); }
    void stop() override { ++log_->stops; }

private:
    std::shared_ptr<SpeechLog> log_;
};

class RecordingChimes final : public ui::Chimes {
public:
    explicit RecordingChimes(std::shared_ptr<std::vector<ui::Chime>> log) : log_(std::move(log)) {}
    void play(ui::Chime chime) override { log_->push_back(chime); }

private:
    std::shared_ptr<std::vector<ui::Chime>> log_;
};

// A main window's options over the bundled protocols and then `extra` folders, with recording cues
// and its progress database in `dir`, so that no test touches the user's files.
inline ui::MainWindowOptions window_options(const QTemporaryDir& dir, const Clock& clock,
                                            QSettings& settings,
                                            std::vector<std::filesystem::path> extra = {}) {
    ui::MainWindowOptions o;
    o.loader = session_loader();
    o.folders = {EFFLEUR_PROTOCOLS_DIR};
    o.folders.insert(o.folders.end(), extra.begin(), extra.end());
    o.clock = &clock;
    o.settings = &settings;
    o.speaker = std::make_unique<RecordingSpeaker>(std::make_shared<SpeechLog>());
    o.chimes = std::make_unique<RecordingChimes>(std::make_shared<std::vector<ui::Chime>>());
    o.progress_file = dir.filePath(QStringLiteral("progress.sqlite")).toStdString();
    o.journal_file = dir.filePath(QStringLiteral("journal.sqlite")).toStdString();
    return o;
}

// A main window as a user meets it: window_options() in its own temporary folder (settings,
// progress and journal there, never the user's), with recording cues, shown at 1280 x 800 and
// active; keys go where a user's would. `adjust` changes the options before the window is made
// (a journal file, a wall clock). A rig made with Later opens no window until open() is called,
// so that a derived rig can first fill the folder (a journal with its clients).
struct WindowRig {
    using Adjust = std::function<void(ui::MainWindowOptions&)>;
    struct Later {};

    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    FakeClock clock;
    std::shared_ptr<SpeechLog> speech = std::make_shared<SpeechLog>();
    std::shared_ptr<std::vector<ui::Chime>> rung = std::make_shared<std::vector<ui::Chime>>();
    std::unique_ptr<ui::MainWindow> window;

    explicit WindowRig(std::vector<std::filesystem::path> extra = {}, const Adjust& adjust = {}) {
        open(adjust, std::move(extra));
    }
    explicit WindowRig(Later) {}

    void open(const Adjust& adjust = {}, std::vector<std::filesystem::path> extra = {}) {
        ui::MainWindowOptions o = window_options(dir, clock, settings, std::move(extra));
        o.speaker = std::make_unique<RecordingSpeaker>(speech);
        o.chimes = std::make_unique<RecordingChimes>(rung);
        if (adjust)
            adjust(o);
        window = std::make_unique<ui::MainWindow>(std::move(o));
        window->resize(1280, 800);
        window->show();
        activate(window.get());
    }
    static void activate(QWidget* w) {
        QApplication::setActiveWindow(w);
        REQUIRE(QTest::qWaitForWindowActive(w));
    }
    // Where a key goes: the focused widget, else the active window.
    static QWidget* target() {
        QWidget* t = QApplication::focusWidget() ? QApplication::focusWidget()
                                                 : QApplication::activeWindow();
        REQUIRE(t);
        return t;
    }
    static void key(Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier) {
        QTest::keyClick(target(), k, mods);
    }
    // The last visible top-level W (with that object name, when given); null if none.
    template <class W> static W* shown(const char* name = nullptr) {
        QApplication::processEvents();
        W* found = nullptr;
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* c = qobject_cast<W*>(w);
                c && c->isVisible() && (!name || c->objectName() == QLatin1String(name)))
                found = c;
        return found;
    }
    // The same, made active to take the next keys, as a dialog that opens is.
    template <class W> static W* dialog(const char* name = nullptr) {
        W* found = shown<W>(name);
        if (found) {
            activate(found);
            QApplication::processEvents();
        }
        return found;
    }
};

// A session view of a bundled protocol, shown and focused, its keys bound; wait() moves the clock
// and delivers what fell due, as the view's timer would.
struct SessionRig {
    FakeClock clock;
    ui::SessionController controller;
    ui::SessionView view;

    explicit SessionRig(const std::string& id, SessionOptions options = {})
        : controller(std::make_unique<StepEngine>(bundled(id), options), clock),
          view(controller, session_loader()->catalog()) {
        view.bind_keys(nullptr);
        view.resize(1200, 760);
        view.show();
        QApplication::setActiveWindow(&view);
        REQUIRE(QTest::qWaitForWindowActive(&view));
        view.setFocus();
    }
    void key(Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier) {
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &view, k, mods);
    }
    void wait(Duration d) {
        clock.advance(d);
        controller.pump();
    }
};

} // namespace effleur::test
