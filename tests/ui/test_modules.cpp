// The modules (voice, charts, printing) load on first use from where the build put them; when
// one is missing or broken, the window says so where the feature would be, once in the log,
// and everything else works.

#include "session_test_support.h"

#include "storage/progressstore.h"
#include "ui/modules/modules.h"
#include "ui/shell/cardpreview.h"
#include "ui/shell/mainwindow_testaccess.h"
#include "ui/study/progressview.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace effleur;
using namespace effleur::ui;

namespace {

// The modules are looked for in an empty folder (or one with a broken file) while it lives.
struct NoModules {
    QTemporaryDir dir;
    NoModules() { Modules::set_search_dirs({dir.path()}); }
    ~NoModules() { Modules::set_search_dirs({}); }
    NoModules(const NoModules&) = delete;
    NoModules& operator=(const NoModules&) = delete;
};

} // namespace

TEST_CASE("The modules load from the build tree", "[modules]") {
    Modules::set_search_dirs({});
    CHECK(Modules::voice() != nullptr);
    CHECK(Modules::charts() != nullptr);
    CHECK(Modules::printing() != nullptr);
    CHECK(Modules::file_name(Module::Voice) == QStringLiteral("effleur-voice.so"));
}

TEST_CASE("Without the charts module the progress view says why and shows the scores",
          "[modules]") {
    const NoModules none;
    CHECK(Modules::charts() == nullptr);
    ProgressView view;
    view.set_data(test::bundled("plastic-facial"), {});
    view.resize(1100, 800);
    view.show();
    QApplication::processEvents();
    CHECK_FALSE(view.has_chart());
    CHECK(view.chart_series_count() == 0);
    auto* note = qobject_cast<QLabel*>(view.chart_widget());
    REQUIRE(note);
    CHECK(note->isVisible());
    CHECK(note->text().contains(QStringLiteral("charts module")));
    CHECK(note->text().contains(QStringLiteral("effleur-charts.so")));
    // The rest of the view is there: the scores table with its rows.
    CHECK(view.scores_table()->item(0, 0)->text() == QStringLiteral("0"));
}

TEST_CASE("Without the printing module Print card says why, and nothing else opens", "[modules]") {
    const NoModules none;
    // A file of that name that is no plugin is as good as none.
    QFile broken(none.dir.filePath(Modules::file_name(Module::Printing)));
    REQUIRE(broken.open(QIODevice::WriteOnly));
    broken.write("not a library");
    broken.close();
    CHECK(Modules::printing() == nullptr);

    QWidget parent;
    parent.resize(800, 600);
    parent.show();
    open_card_preview(parent, test::bundled("neck-self-massage"),
                      test::session_loader()->catalog());
    QApplication::processEvents();
    CHECK(parent.findChild<QPrintPreviewDialog*>() == nullptr);
    auto* box = parent.findChild<QMessageBox*>(QStringLiteral("printing-unavailable"));
    REQUIRE(box);
    CHECK(box->isVisible());
    CHECK(box->text().contains(QStringLiteral("printing module")));
    box->close();
    QApplication::processEvents();
}

TEST_CASE("Without the voice module the window says the cues are off, and sessions run",
          "[modules]") {
    const NoModules none;
    QTemporaryDir dir;
    FakeClock clock;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    MainWindowOptions o = test::window_options(dir, clock, settings);
    o.speaker = nullptr; // the real ones, from the module
    o.chimes = nullptr;
    MainWindow window(std::move(o));
    window.show();
    QApplication::processEvents();

    MainWindowTestAccess::start_cues(window);
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("voice module")));
    // Speaking and ringing go nowhere, without a fault.
    MainWindowTestAccess::cues(window).speaker().say(QStringLiteral("Halfway"));
    MainWindowTestAccess::cues(window).chimes().play(Chime::Halfway);
    CHECK(MainWindowTestAccess::cues(window).speaker().voices().isEmpty());
}
