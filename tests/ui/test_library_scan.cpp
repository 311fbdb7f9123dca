// A large user library scanned in the background: the window paints first and the list fills
// in afterwards, broken files included, the first protocol selected and the keys working; the
// folder watcher still follows the files. Real files in a temporary folder; the only waits are
// for signals (QSignalSpy::wait), never sleeps.

#include "session_test_support.h"

#include "ui/library/libraryscan.h"
#include "ui/library/libraryview.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/mainwindow_testaccess.h"

#include <nlohmann/json.hpp>

#include <QApplication>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iterator>
#include <sstream>
#include <string>

using namespace effleur;
using namespace effleur::ui;

namespace {

// Reached only when the code under test is broken (a scan of a few hundred files takes about a
// second on a busy machine).
constexpr int scan_timeout_ms = 120'000;

std::string read_text(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// `count` copies of a bundled protocol, each with its own id and title ("Copy 0001" ...), and
// one broken file, "zz-broken.json", named to sort last.
void fill_library(const std::filesystem::path& folder, int count) {
    const auto original = nlohmann::json::parse(
        read_text(std::filesystem::path(EFFLEUR_PROTOCOLS_DIR) / "classic-back.json"));
    for (int i = 0; i < count; ++i) {
        std::ostringstream number;
        number << std::setw(4) << std::setfill('0') << i;
        nlohmann::json copy = original;
        copy["id"] = "copy-" + number.str();
        copy["title"] = "Copy " + number.str();
        std::ofstream(folder / ("copy-" + number.str() + ".json")) << copy.dump(2);
    }
    std::ofstream(folder / "zz-broken.json") << "{ \"id\": ";
}

struct BackgroundRig {
    QTemporaryDir dir;
    QTemporaryDir user;
    QSettings settings{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    FakeClock clock;
    std::unique_ptr<MainWindow> window;

    explicit BackgroundRig(int count) {
        fill_library(user.path().toStdString(), count);
        MainWindowOptions o =
            test::window_options(dir, clock, settings, {user.path().toStdString()});
        o.scan_in_background = true;
        window = std::make_unique<MainWindow>(std::move(o));
    }
    [[nodiscard]] LibraryView& library() const { return *MainWindowTestAccess::library(*window); }
};

bool listed_broken(const LibraryView& lib, const QString& name) {
    for (int i = 0; i < lib.list()->count(); ++i)
        if (lib.list()->item(i)->text().startsWith(QStringLiteral("Broken: ") + name))
            return true;
    return false;
}

} // namespace

TEST_CASE("A large library fills in after the first frame, broken files and all", "[library]") {
    constexpr int copies = 400;
    BackgroundRig rig(copies);
    LibraryView& lib = rig.library();
    // The window is built without waiting for the scan: nothing is listed yet, and it says so.
    CHECK(lib.loading());
    CHECK(lib.list()->count() == 0);
    CHECK_FALSE(rig.window->library_ready());
    CHECK(lib.findChild<QTextBrowser*>(QStringLiteral("details"))
              ->toPlainText()
              .contains(QStringLiteral("Loading")));

    // Nor does the scan begin before the first frame, with which it would share the cores.
    CHECK_FALSE(MainWindowTestAccess::scanning(*rig.window));

    int listed_at_first_frame = -1;
    bool scanning_at_first_frame = true;
    QObject::connect(rig.window.get(), &MainWindow::firstFramePainted, rig.window.get(), [&] {
        listed_at_first_frame = lib.list()->count();
        scanning_at_first_frame = MainWindowTestAccess::scanning(*rig.window);
    });
    QSignalSpy loaded(rig.window.get(), &MainWindow::libraryLoaded);
    QSignalSpy painted(rig.window.get(), &MainWindow::firstFramePainted);
    rig.window->show();
    QApplication::setActiveWindow(rig.window.get());
    REQUIRE((painted.count() > 0 || painted.wait(scan_timeout_ms)));
    // The first frame came before the library was listed, and before its scan began.
    CHECK(listed_at_first_frame == 0);
    CHECK_FALSE(scanning_at_first_frame);

    REQUIRE((loaded.count() > 0 || loaded.wait(scan_timeout_ms)));
    CHECK(rig.window->library_ready());
    CHECK_FALSE(lib.loading());
    // The five bundled protocols, every copy, and the broken file with its error.
    CHECK(lib.entries().size() == 5 + copies + 1);
    CHECK(lib.list()->count() == 5 + copies + 1);
    CHECK(listed_broken(lib, QStringLiteral("zz-broken.json")));
    // In folder order, then by name: the bundled ones first, the copies in their order.
    CHECK(lib.entries()[5].file.filename() == "copy-0000.json");
    CHECK(lib.entries()[5 + copies - 1].file.filename() == "copy-0399.json");
    // The first protocol is selected, and the keys move through the list.
    CHECK(lib.list()->currentRow() == 0);
    REQUIRE(lib.selected());
    CHECK(lib.selected()->id == lib.entries()[0].protocol->id);
    lib.list()->setFocus();
    QTest::keyClick(lib.list(), Qt::Key_Down);
    REQUIRE(lib.selected());
    CHECK(lib.selected()->id == lib.entries()[1].protocol->id);
}

TEST_CASE("The folder watcher still follows a library scanned in the background", "[library]") {
    BackgroundRig rig(20);
    LibraryView& lib = rig.library();
    QSignalSpy loaded(rig.window.get(), &MainWindow::libraryLoaded);
    rig.window->show();
    REQUIRE(loaded.wait(scan_timeout_ms));
    REQUIRE(lib.entries().size() == 5 + 20 + 1);
    // Selecting a copy, then fixing the broken file: the list grows and keeps the selection.
    REQUIRE(lib.select_id("copy-0007"));
    auto fixed = nlohmann::json::parse(
        read_text(std::filesystem::path(EFFLEUR_PROTOCOLS_DIR) / "classic-back.json"));
    fixed["id"] = "fixed";
    fixed["title"] = "Fixed now";
    std::ofstream(std::filesystem::path(rig.user.path().toStdString()) / "zz-broken.json")
        << fixed.dump(2);
    REQUIRE(loaded.wait(scan_timeout_ms));
    CHECK(lib.entries().size() == 5 + 20 + 1);
    CHECK_FALSE(listed_broken(lib, QStringLiteral("zz-broken.json")));
    REQUIRE(lib.selected());
    CHECK(lib.selected()->id == "copy-0007");
    bool fixed_listed = false;
    for (const LibraryEntry& e : lib.entries())
        fixed_listed = fixed_listed || (e.protocol && e.protocol->id == "fixed");
    CHECK(fixed_listed);
}

TEST_CASE("A scan asked for while one runs follows it, and only the newer result is shown",
          "[library]") {
    QTemporaryDir first;
    QTemporaryDir second;
    fill_library(first.path().toStdString(), 30);
    fill_library(second.path().toStdString(), 3);
    LibraryScan scan(test::session_loader());
    QSignalSpy finished(&scan, &LibraryScan::finished);
    scan.start({first.path().toStdString()}, 0);
    scan.start({second.path().toStdString()}, 0);
    CHECK(scan.running());
    REQUIRE(finished.wait(scan_timeout_ms));
    CHECK(finished.count() == 1);
    CHECK_FALSE(scan.running());
    const ScannedLibrary result = scan.take();
    CHECK(result.entries.size() == 3 + 1);
}
