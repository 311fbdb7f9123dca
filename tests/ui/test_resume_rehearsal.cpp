// A rehearsal cut off by a crash: offered at the next start like a client session, resumed
// where it was, paused, and never recorded. The window going away without closing anything is
// the crash (as in test_client_sessions.cpp); the state is the file beside the journal.

#include "session_test_support.h"
#include "storage/journalstore.h"
#include "ui/session/sessioncontroller.h"
#include "ui/session/sessionview.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/mainwindow_testaccess.h"
#include "ui/shell/resumeflow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace effleur;
using namespace effleur::ui;

namespace {

struct Window {
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    FakeClock clock;
    std::unique_ptr<MainWindow> window;

    explicit Window(const std::filesystem::path& journal, std::chrono::hours later = {}) {
        MainWindowOptions o = test::window_options(dir, clock, settings);
        o.journal_file = journal;
        o.wall_clock = [this, later] {
            return std::chrono::system_clock::time_point{} + later +
                   std::chrono::duration_cast<std::chrono::system_clock::duration>(
                       clock.now().time_since_epoch()) +
                   std::chrono::hours(24 * 365 * 56);
        };
        window = std::make_unique<MainWindow>(std::move(o));
        window->resize(1280, 800);
        window->show();
        QApplication::setActiveWindow(window.get());
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
    }
    // The offer shown after the first frame, or null.
    static QMessageBox* offer() {
        for (int i = 0; i < 50; ++i) {
            QApplication::processEvents();
            for (QWidget* w : QApplication::topLevelWidgets())
                if (auto* box = qobject_cast<QMessageBox*>(w);
                    box && box->isVisible() &&
                    box->objectName() == QLatin1String("rehearsal-offer"))
                    return box;
            QTest::qWait(10);
        }
        return nullptr;
    }
    static QAbstractButton* button(QMessageBox* box, const QString& text) {
        for (QAbstractButton* b : box->buttons())
            if (b->text() == text)
                return b;
        return nullptr;
    }
};

// Runs a rehearsal of the neck self-massage through two steps by the clock and 12 s into the
// third, then "crashes"; returns the part and the time left in it.
std::pair<std::size_t, Duration> crash_a_rehearsal(const std::filesystem::path& journal) {
    Window w(journal);
    w.window->rehearse(test::bundled("neck-self-massage"));
    SessionController* c = ui::MainWindowTestAccess::controller(*w.window);
    REQUIRE(c);
    REQUIRE(c->engine().kind() == SessionKind::Rehearsal);
    while (c->engine().cursor().index < 2) {
        const auto due = c->engine().next_deadline();
        REQUIRE(due);
        w.clock.set(*due);
        c->pump();
    }
    w.clock.advance(std::chrono::seconds(12));
    c->pump();
    // The periodic save, as its timer makes it: the state now holds 12 s into the third step.
    auto* keeper = c->findChild<RehearsalKeeper*>();
    REQUIRE(keeper);
    keeper->save_state();
    REQUIRE(std::filesystem::exists(ui::MainWindowTestAccess::rehearsal_state_path(*w.window)));
    return {c->engine().cursor().index, c->engine().remaining(w.clock.now())};
}

} // namespace

TEST_CASE("A rehearsal cut off by a crash is offered at the next start and resumes where it "
          "was, paused, with nothing recorded",
          "[window][resume]") {
    QTemporaryDir keep;
    const std::filesystem::path journal =
        keep.filePath(QStringLiteral("journal.sqlite")).toStdString();
    const auto [part, left] = crash_a_rehearsal(journal);
    const auto state_file = rehearsal_state_file(journal);
    CHECK((std::filesystem::status(state_file).permissions() & std::filesystem::perms::all) ==
          (std::filesystem::perms::owner_read | std::filesystem::perms::owner_write));

    Window again(journal);
    QMessageBox* offer = Window::offer();
    REQUIRE(offer);
    CHECK(offer->textFormat() == Qt::PlainText);
    CHECK(offer->text().contains(QStringLiteral("Neck self-massage")));
    CHECK(offer->text().contains(QStringLiteral("Nothing of it is recorded")));
    QAbstractButton* resume = Window::button(offer, QStringLiteral("&Resume"));
    REQUIRE(resume);
    CHECK(resume->isEnabled());
    QTest::keyClick(offer, Qt::Key_Return); // Resume is the default
    QApplication::processEvents();
    SessionController* c = ui::MainWindowTestAccess::controller(*again.window);
    REQUIRE(c);
    CHECK(c->engine().kind() == SessionKind::Rehearsal);
    CHECK(c->engine().state() == EngineState::Paused);
    CHECK(c->engine().cursor().index == part);
    const auto drift = c->engine().remaining(again.clock.now()) - left;
    CHECK(std::chrono::abs(drift) <= std::chrono::seconds(1));
    // Nothing of a rehearsal is in the journal: no record, not even the file.
    CHECK_FALSE(std::filesystem::exists(journal));

    // Space goes on; ending it removes the state, so the next start offers nothing.
    QApplication::setActiveWindow(again.window.get());
    REQUIRE(QTest::qWaitForWindowActive(again.window.get()));
    ui::MainWindowTestAccess::session(*again.window)->setFocus();
    REQUIRE(QApplication::focusWidget());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    CHECK(c->engine().state() == EngineState::Running);
    again.window->end_session();
    CHECK_FALSE(std::filesystem::exists(state_file));
}

TEST_CASE("A rehearsal left more than 12 hours ago, or whose state is not whole, is not resumed",
          "[window][resume]") {
    QTemporaryDir keep;
    const std::filesystem::path journal =
        keep.filePath(QStringLiteral("journal.sqlite")).toStdString();
    (void)crash_a_rehearsal(journal);
    {
        Window later(journal, std::chrono::hours(13));
        QMessageBox* offer = Window::offer();
        REQUIRE(offer);
        CHECK(offer->text().contains(QStringLiteral("more than 12 hours")));
        QAbstractButton* resume = Window::button(offer, QStringLiteral("&Resume"));
        REQUIRE(resume);
        CHECK_FALSE(resume->isEnabled());
        QTest::keyClick(offer, Qt::Key_Return); // End it here is the default then
        QApplication::processEvents();
        CHECK_FALSE(ui::MainWindowTestAccess::controller(*later.window));
        CHECK_FALSE(std::filesystem::exists(rehearsal_state_file(journal)));
    }
    // A cut-off file (a disk that failed mid-write) is not offered, and goes.
    {
        std::ofstream(rehearsal_state_file(journal)) << R"({"format": 1, "protocol": {"id")";
        Window w(journal);
        CHECK_FALSE(Window::offer());
        CHECK_FALSE(std::filesystem::exists(rehearsal_state_file(journal)));
    }
}

TEST_CASE("A rehearsal opened as the app starts is first written once the first frame is up",
          "[window][resume]") {
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    FakeClock clock;
    MainWindowOptions o = test::window_options(dir, clock, settings);
    o.journal_file = dir.filePath(QStringLiteral("journal.sqlite")).toStdString();
    MainWindow window(std::move(o));
    const auto state = ui::MainWindowTestAccess::rehearsal_state_path(window);
    // As `effleur rehearse` does: the rehearsal begins before the window has painted.
    window.rehearse(test::bundled("neck-self-massage"));
    SessionController* c = ui::MainWindowTestAccess::controller(window);
    REQUIRE(c);
    REQUIRE(c->engine().state() == EngineState::Running);
    clock.advance(std::chrono::seconds(3));
    c->pump();
    // Nothing waits for the disk before the first frame.
    CHECK_FALSE(std::filesystem::exists(state));

    QSignalSpy painted(&window, &MainWindow::firstFramePainted);
    window.resize(1280, 800);
    window.show();
    REQUIRE((painted.count() > 0 || painted.wait(5000)));
    // Then at once, where the rehearsal stands.
    REQUIRE(std::filesystem::exists(state));
    const auto saved = read_rehearsal_state(state);
    REQUIRE(saved);
    CHECK(saved->protocol_id == "neck-self-massage");
}
