// A journal that cannot be opened, as the user meets it at start: the problem in words, and a new
// journal (empty or from a backup) that never overwrites the old file.

#include "session_test_support.h"

#include "storage/journalstore.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <sstream>

using namespace effleur;
using namespace effleur::ui;

namespace {

std::string bytes_of(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

storage::WallTime wall(std::int64_t ms) {
    return storage::WallTime(
        std::chrono::duration_cast<storage::WallTime::duration>(std::chrono::milliseconds(ms)));
}

// A journal with one client, closed.
void make_journal(const std::filesystem::path& file, const std::string& client) {
    auto store = storage::JournalStore::open(file);
    REQUIRE(store.ok());
    storage::Client c;
    c.name = client;
    REQUIRE(store.value()->add_client(c, wall(1772442000000)).ok());
}

// Its first page overwritten: SQLite no longer knows the file.
void damage(const std::filesystem::path& file) {
    std::fstream f(file, std::ios::binary | std::ios::in | std::ios::out);
    f.seekp(0);
    f << std::string(100, '\x5A');
}

// Where a key typed now goes.
QWidget* focused(QWidget* fallback) {
    QWidget* w = QApplication::focusWidget();
    return w ? w : fallback;
}

// Tab to the button named `name`, as a user would, and press Space.
void press(QWidget* box, const char* name) {
    for (int i = 0; i < 6 && focused(box)->objectName() != QLatin1String(name); ++i)
        QTest::keyClick(focused(box), Qt::Key_Tab);
    REQUIRE(focused(box)->objectName() == QLatin1String(name));
    QTest::keyClick(focused(box), Qt::Key_Space);
}

struct Rig {
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    FakeClock clock;
    std::filesystem::path journal = dir.filePath(QStringLiteral("journal.sqlite")).toStdString();
    std::filesystem::path kept =
        dir.filePath(QStringLiteral("journal.kept-1.sqlite")).toStdString();
    QString backup;
    std::unique_ptr<MainWindow> window;

    void open() {
        MainWindowOptions o = test::window_options(dir, clock, settings);
        o.journal_file = journal;
        o.choose_backup = [this] { return backup; };
        window = std::make_unique<MainWindow>(std::move(o));
        window->resize(1280, 800);
        window->show();
        QApplication::setActiveWindow(window.get());
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
    }
    // The journal's problem, offered once the window is up.
    QMessageBox* offer() {
        for (int i = 0; i < 100; ++i) {
            QApplication::processEvents();
            for (QWidget* w : QApplication::topLevelWidgets())
                if (auto* box = qobject_cast<QMessageBox*>(w);
                    box && box->isVisible() &&
                    box->objectName() == QLatin1String("journal-error")) {
                    QApplication::setActiveWindow(box);
                    REQUIRE(QTest::qWaitForWindowActive(box));
                    return box;
                }
            QTest::qWait(10);
        }
        return nullptr;
    }
};

} // namespace

TEST_CASE("A damaged journal is offered a new start, and the old file is kept beside it",
          "[window][journal][faults]") {
    Rig rig;
    make_journal(rig.journal, "Maria S.");
    damage(rig.journal);
    const std::string damaged = bytes_of(rig.journal);
    rig.open();
    QMessageBox* box = rig.offer();
    REQUIRE(box);
    CHECK(box->textFormat() == Qt::PlainText);
    CHECK(box->text().contains(QStringLiteral("The journal cannot be opened")));
    CHECK(box->text().contains(QStringLiteral("damaged")));
    CHECK(box->text().contains(QStringLiteral("never overwritten")));

    SECTION("Later: nothing moves") {
        QTest::keyClick(focused(box), Qt::Key_Escape);
        QApplication::processEvents();
        CHECK(bytes_of(rig.journal) == damaged);
        CHECK_FALSE(std::filesystem::exists(rig.kept));
    }
    SECTION("Start a new journal: empty, the old one kept byte for byte") {
        press(box, "journal-new");
        QApplication::processEvents();
        CHECK(bytes_of(rig.kept) == damaged);
        CHECK(rig.window->statusBar()->currentMessage().contains(
            QString::fromStdString(rig.kept.string())));
        rig.window.reset();
        auto store = storage::JournalStore::open(rig.journal);
        REQUIRE(store.ok());
        CHECK(store.value()->clients().empty());
    }
    SECTION("Open a backup: the new journal holds the backup's clients") {
        const auto backup = rig.dir.filePath(QStringLiteral("saved.sqlite")).toStdString();
        const auto other = rig.dir.filePath(QStringLiteral("other.sqlite")).toStdString();
        make_journal(other, "Lena P.");
        {
            auto store = storage::JournalStore::open(other);
            REQUIRE(store.ok());
            REQUIRE(store.value()->backup_to(backup).ok());
        }
        rig.backup = QString::fromStdString(backup);
        press(box, "journal-from-backup");
        QApplication::processEvents();
        CHECK(bytes_of(rig.kept) == damaged);
        rig.window.reset();
        auto store = storage::JournalStore::open(rig.journal);
        REQUIRE(store.ok());
        const auto clients = store.value()->clients();
        REQUIRE(clients.size() == 1);
        CHECK(clients[0].name == "Lena P.");
    }
}
