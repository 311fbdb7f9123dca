#pragma once
// Shared set-up for the session, window and cue tests: the bundled loader, protocols by id,
// recording stand-ins for the speaker and the chimes, a main window's options, and a session view
// driven by keys. Time only moves through FakeClock.

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
