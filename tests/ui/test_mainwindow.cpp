// The therapist's window, offscreen: the library, the gate answered by keys, a client session
// run to its end with a fake clock, and a rehearsal. Nothing sleeps; nothing plays sound.

#include "session_test_support.h"

#include "ui/gate/gatedialog.h"
#include "ui/journal/clientchooser.h"
#include "ui/library/libraryview.h"
#include "ui/session/sessionview.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/mainwindow_testaccess.h"
#include "ui/study/practisedialog.h"

#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPrintPreviewWidget>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include <fstream>

using namespace effleur;
using namespace effleur::ui;
using namespace std::chrono_literals;

namespace {

struct WindowRig : test::WindowRig {
    explicit WindowRig(std::vector<std::filesystem::path> extra = {})
        : test::WindowRig(std::move(extra), [](MainWindowOptions& o) {
              o.wall_clock = [] { return std::chrono::system_clock::time_point{}; };
          }) {}
    // The client chooser that starts a client session: a new client by name, then Enter.
    static void choose_client(const QString& name) {
        QApplication::processEvents();
        auto* chooser = qobject_cast<ClientChooser*>(QApplication::activeModalWidget());
        REQUIRE(chooser);
        activate(chooser);
        QTest::keyClicks(QApplication::focusWidget(), name);
        key(Qt::Key_Return);
        QApplication::processEvents();
    }
};

} // namespace

TEST_CASE("The library lists, searches and filters the bundled protocols", "[window]") {
    WindowRig rig;
    LibraryView& lib = *MainWindowTestAccess::library(*rig.window);
    CHECK(lib.visible_count() == 5);
    lib.search()->setText(QStringLiteral("self-massage"));
    CHECK(lib.visible_count() >= 2);
    CHECK(lib.visible_count() < 5);
    lib.search()->setText(QStringLiteral("no such protocol"));
    CHECK(lib.visible_count() == 0);
    CHECK_FALSE(lib.selected());
    lib.search()->clear();
    auto* audience = lib.findChild<QComboBox*>(QStringLiteral("audience"));
    audience->setCurrentIndex(2); // self-massage
    for (int i = 0; i < lib.list()->count(); ++i)
        CHECK_FALSE(lib.list()->item(i)->text().startsWith(QStringLiteral("Broken")));
    CHECK(lib.visible_count() == 2);
    audience->setCurrentIndex(0);
    REQUIRE(lib.select_id("plastic-facial"));
    const QString details = lib.findChild<QTextBrowser*>(QStringLiteral("details"))->toPlainText();
    CHECK(details.contains(QStringLiteral("Course plan")));
    CHECK(details.contains(QStringLiteral("Contraindications")));
    CHECK(details.contains(QStringLiteral("Sources")));
}

TEST_CASE("A broken protocol file is listed with its error", "[window]") {
    QTemporaryDir extra;
    { std::ofstream(extra.filePath(QStringLiteral("broken.json")).toStdString()) << "{ \"id\": "; }
    WindowRig rig({extra.path().toStdString()});
    LibraryView& lib = *MainWindowTestAccess::library(*rig.window);
    CHECK(lib.visible_count() == 6);
    bool found = false;
    for (int i = 0; i < lib.list()->count(); ++i)
        found =
            found || lib.list()->item(i)->text().startsWith(QStringLiteral("Broken: broken.json"));
    CHECK(found);
}

TEST_CASE("Library to gate to a finished client session, by keys alone", "[window]") {
    WindowRig rig;
    REQUIRE(MainWindowTestAccess::library(*rig.window)->select_id("neck-self-massage"));
    MainWindowTestAccess::library(*rig.window)->list()->setFocus();
    WindowRig::key(Qt::Key_Return, Qt::ControlModifier); // Session > Start session
    WindowRig::choose_client(QStringLiteral("Anna K."));

    GateDialog* gate = MainWindowTestAccess::gate(*rig.window);
    REQUIRE(gate);
    REQUIRE(QTest::qWaitForWindowExposed(gate));
    QApplication::setActiveWindow(gate);
    QApplication::processEvents();
    CHECK(QApplication::activeWindow() == gate);
    const std::size_t items = gate->checklist().size();
    for (std::size_t i = 0; i < items; ++i)
        WindowRig::key(Qt::Key_N);
    CHECK(gate->checklist().verdict().kind == VerdictKind::Clear);
    WindowRig::key(Qt::Key_Return);
    QApplication::processEvents();

    SessionView* session = MainWindowTestAccess::session(*rig.window);
    REQUIRE(session);
    CHECK(session->engine().kind() == SessionKind::Client);
    CHECK_FALSE(session->findChild<QWidget*>(QStringLiteral("rehearsal"))->isVisibleTo(session));
    CHECK(session->engine().state() == EngineState::Running);
    WindowRig::activate(rig.window.get());
    session->setFocus();
    CHECK(session->text_of("position").startsWith(QStringLiteral("Step 1 of ")));
    CHECK_FALSE(rig.speech->said.empty()); // the first step's cue

    WindowRig::key(Qt::Key_Space);
    CHECK(session->engine().state() == EngineState::Paused);
    WindowRig::key(Qt::Key_Space);
    for (int guard = 0; guard < 10'000 && session->engine().state() != EngineState::Finished;
         ++guard) {
        if (const auto due = session->engine().next_deadline()) {
            rig.clock.set(*due);
            session->controller().pump();
        } else {
            WindowRig::key(Qt::Key_PageDown);
        }
    }
    CHECK(session->text_of("state") == QStringLiteral("Session complete"));
    CHECK_FALSE(rig.rung->empty());

    // The notes form after the session: Esc leaves it empty; a finished session ends at once.
    auto* notes = rig.window->findChild<QDialog*>(QStringLiteral("session-end"));
    REQUIRE(notes);
    REQUIRE(QTest::qWaitForWindowExposed(notes));
    QApplication::setActiveWindow(notes);
    QApplication::processEvents();
    WindowRig::key(Qt::Key_Escape);
    QApplication::processEvents();
    WindowRig::activate(rig.window.get());
    session->setFocus();
    WindowRig::key(Qt::Key_W, Qt::ControlModifier);
    QApplication::processEvents();
    CHECK(MainWindowTestAccess::session(*rig.window) == nullptr);
}

TEST_CASE("A multi-day complex asks for the day before the gate", "[window]") {
    WindowRig rig;
    REQUIRE(MainWindowTestAccess::library(*rig.window)->select_id("kneading-prp-lymphatic"));
    MainWindowTestAccess::library(*rig.window)->list()->setFocus();
    WindowRig::key(Qt::Key_Return); // Enter on the list starts a session
    WindowRig::choose_client(QStringLiteral("Anna K."));
    auto* picker = rig.window->findChild<QInputDialog*>(QStringLiteral("day-picker"));
    REQUIRE(picker);
    REQUIRE(QTest::qWaitForWindowExposed(picker));
    QApplication::setActiveWindow(picker);
    QApplication::processEvents();
    WindowRig::key(Qt::Key_Down); // the second day
    WindowRig::key(Qt::Key_Return);
    GateDialog* gate = MainWindowTestAccess::gate(*rig.window);
    REQUIRE(gate);
    CHECK(gate->checklist().stage() == std::optional<std::size_t>(1));
    gate->reject();
    QApplication::processEvents();
    CHECK(MainWindowTestAccess::gate(*rig.window) == nullptr);
    CHECK(MainWindowTestAccess::session(*rig.window) == nullptr);
}

TEST_CASE("Rehearse opens a labelled rehearsal without a gate", "[window]") {
    WindowRig rig;
    REQUIRE(MainWindowTestAccess::library(*rig.window)->select_id("classic-back"));
    MainWindowTestAccess::library(*rig.window)->list()->setFocus();
    WindowRig::key(Qt::Key_R, Qt::ControlModifier);
    auto* practise = rig.window->findChild<PractiseDialog*>(); // what to practise, then Start
    REQUIRE(practise);
    practise->accept();
    CHECK(MainWindowTestAccess::gate(*rig.window) == nullptr);
    SessionView* session = MainWindowTestAccess::session(*rig.window);
    REQUIRE(session);
    CHECK(session->engine().kind() == SessionKind::Rehearsal);
    CHECK(session->findChild<QWidget*>(QStringLiteral("rehearsal"))->isVisible());
    rig.window->end_session();
}

TEST_CASE("The theme and the geometry are kept in the settings", "[window]") {
    WindowRig rig;
    rig.window->set_theme(ThemeChoice::Dark);
    CHECK(QApplication::palette().color(QPalette::Window).lightness() < 128);
    CHECK(rig.settings.value(QStringLiteral("view/theme")).toInt() == 2);
    rig.window->close();
    CHECK(rig.settings.contains(QStringLiteral("window/geometry")));
    rig.window->set_theme(ThemeChoice::System);
}

TEST_CASE("The library's details name days or stages, and an untimed stage as such", "[window]") {
    const Catalog& catalog = test::session_loader()->catalog();
    const QString complex =
        protocol_details_html(*test::bundled("kneading-prp-lymphatic"), catalog);
    CHECK(complex.contains(QStringLiteral("<h3>Days</h3>")));
    CHECK(complex.contains(QStringLiteral("1 step, untimed")));
    CHECK_FALSE(complex.contains(QStringLiteral("1 steps")));
    const QString facial = protocol_details_html(*test::bundled("plastic-facial"), catalog);
    CHECK(facial.contains(QStringLiteral("<h3>Stages</h3>")));
    CHECK_FALSE(facial.contains(QStringLiteral("<h3>Days</h3>")));
}

TEST_CASE("File > Print card opens the protocol's card in a print preview", "[window][print]") {
    WindowRig rig;
    REQUIRE(MainWindowTestAccess::library(*rig.window)->select_id("neck-self-massage"));
    MainWindowTestAccess::library(*rig.window)->list()->setFocus();
    WindowRig::key(Qt::Key_P, Qt::ControlModifier);
    QApplication::processEvents();
    auto* preview = rig.window->findChild<QDialog*>(QStringLiteral("card-preview"));
    REQUIRE(preview);
    CHECK(preview->isVisible());
    auto* pages = preview->findChild<QPrintPreviewWidget*>();
    REQUIRE(pages);
    pages->updatePreview();
    CHECK(pages->pageCount() == 1); // the neck self-massage's card is one page
    preview->close();
    QApplication::processEvents();
}

TEST_CASE("The library shows a complex by its days and counts steps in words", "[window]") {
    WindowRig rig;
    LibraryView& lib = *MainWindowTestAccess::library(*rig.window);
    QStringList rows;
    for (int i = 0; i < lib.list()->count(); ++i)
        rows << lib.list()->item(i)->text();
    // The complex's days as its stages give them: 13 min, the physician's procedure, 19 min.
    CHECK(
        rows.filter(QStringLiteral("19 steps \u00b7 3 days: 13 min, a procedure, 19 min")).size() ==
        1);
    CHECK(rows.filter(QStringLiteral("7 steps \u00b7 7\u00bd min")).size() == 1);
    CHECK(rows.filter(QStringLiteral("(s)")).isEmpty());
}

TEST_CASE("The library's figure has the larger part of the room, at either screen size",
          "[window][library]") {
    for (const QSize size : {QSize(1280, 800), QSize(1920, 1080)}) {
        WindowRig rig;
        rig.window->resize(size);
        QApplication::processEvents();
        LibraryView& lib = *MainWindowTestAccess::library(*rig.window);
        REQUIRE(lib.select_id("plastic-facial"));
        QApplication::processEvents();
        auto* preview = lib.findChild<QWidget*>(QStringLiteral("preview"));
        auto* details = lib.findChild<QTextBrowser*>(QStringLiteral("details"));
        REQUIRE(preview);
        REQUIRE(details);
        REQUIRE(preview->isVisible());
        INFO(size.width() << "x" << size.height() << ": figure " << preview->height()
                          << " px high, words " << details->height() << " px");
        // The standing figure is drawn as tall as the preview: give it the room, and let the
        // words below scroll.
        CHECK(preview->height() * 10 >= details->height() * 14);
    }
}
