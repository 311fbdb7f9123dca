// Live reload with real files in a temporary folder: in-place writes, rename-saves, bursts, new
// and deleted files, a paused file, and a reload during a session. The debounce interval is
// shortened; the only waits are for file-system events (QSignalSpy::wait), never sleeps.
// Also "Duplicate to my protocols": only id and title change, and the copy lands in the library.

#include "session_test_support.h"

#include "ui/editor/duplicatedialog.h"
#include "ui/library/libraryview.h"
#include "ui/library/librarywatcher.h"
#include "ui/session/sessionview.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/mainwindow_testaccess.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <fstream>

using namespace effleur;
using namespace effleur::ui;
using namespace std::chrono_literals;

namespace {

// Long enough for any file-system event to be an event, short enough to keep tests fast.
constexpr auto test_interval = 30ms;
// An upper bound for an event that must come; reached only when the code under test is broken.
constexpr int event_timeout_ms = 5000;

void write_file(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

// What many editors do: write a new file next to the old one, then rename it over the old one.
void rename_save(const QString& path, const QByteArray& bytes) {
    const QString temp = path + QStringLiteral(".tmp~");
    write_file(temp, bytes);
    std::filesystem::rename(temp.toStdString(), path.toStdString());
}

QByteArray read_file(const QString& path) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QStringList changed_files(const QSignalSpy& spy, int i) {
    return spy.at(i).at(0).toStringList();
}

struct Folder {
    QTemporaryDir dir;
    QString file(const char* name) const {
        return QFileInfo(dir.filePath(QString::fromLatin1(name))).absoluteFilePath();
    }
};

} // namespace

TEST_CASE("The library watcher picks up a rename-save and keeps watching the new file",
          "[reload]") {
    Folder f;
    const QString a = f.file("a.json");
    write_file(a, "{\"v\": 1}\n");
    LibraryWatcher watcher(nullptr, test_interval);
    watcher.set_folders({f.dir.path()});
    CHECK(watcher.files() == QStringList{a});
    QSignalSpy spy(&watcher, &LibraryWatcher::changed);

    rename_save(a, "{\"v\": 2}\n");
    REQUIRE(spy.wait(event_timeout_ms));
    CHECK(changed_files(spy, 0) == QStringList{a});
    // The replaced file is watched again: an in-place write (no folder event) still arrives.
    CHECK(watcher.files() == QStringList{a});
    write_file(a, "{\"v\": 3, \"more\": true}\n");
    REQUIRE(spy.wait(event_timeout_ms));
    CHECK(changed_files(spy, 1) == QStringList{a});
}

TEST_CASE("A burst of 20 writes gives one reload", "[reload]") {
    Folder f;
    const QString a = f.file("a.json");
    write_file(a, "{}\n");
    LibraryWatcher watcher(nullptr, test_interval);
    watcher.set_folders({f.dir.path()});
    QSignalSpy spy(&watcher, &LibraryWatcher::changed);

    for (int i = 0; i < 20; ++i)
        write_file(a, QByteArray("{\"n\": ") + QByteArray::number(i) + "}\n");
    REQUIRE(spy.wait(event_timeout_ms));
    QApplication::processEvents();
    CHECK_FALSE(watcher.pending());
    CHECK(spy.size() == 1);
    CHECK(changed_files(spy, 0) == QStringList{a});
}

TEST_CASE("A new protocol file appears and a deleted one disappears", "[reload]") {
    Folder f;
    const QString a = f.file("a.json"), b = f.file("b.json");
    write_file(a, "{}\n");
    LibraryWatcher watcher(nullptr, test_interval);
    watcher.set_folders({f.dir.path()});
    QSignalSpy spy(&watcher, &LibraryWatcher::changed);

    write_file(b, "{}\n");
    write_file(f.file("notes.txt"), "not a protocol");
    REQUIRE(spy.wait(event_timeout_ms));
    CHECK(changed_files(spy, 0) == QStringList{b});
    CHECK(watcher.files() == (QStringList{a, b}));

    REQUIRE(QFile::remove(a));
    REQUIRE(spy.wait(event_timeout_ms));
    CHECK(changed_files(spy, 1) == QStringList{a});
    CHECK(watcher.files() == QStringList{b});
}

TEST_CASE("A paused file's own save is not reported, even after it resumes", "[reload]") {
    Folder f;
    const QString a = f.file("a.json"), c = f.file("c.json");
    write_file(a, "{}\n");
    LibraryWatcher watcher(nullptr, test_interval);
    watcher.set_folders({f.dir.path()});
    QSignalSpy spy(&watcher, &LibraryWatcher::changed);

    watcher.pause_for(a);
    rename_save(a, "{\"saved\": \"by the editor\"}\n");
    watcher.resume_for(a);
    write_file(c, "{}\n"); // an outside change, so that there is an event to wait for
    REQUIRE(spy.wait(event_timeout_ms));
    QApplication::processEvents();
    CHECK(spy.size() == 1);
    CHECK(changed_files(spy, 0) == QStringList{c});
    // And the file is still watched: the next outside change to it is reported.
    write_file(a, "{\"changed\": \"outside\"}\n");
    REQUIRE(spy.wait(event_timeout_ms));
    CHECK(changed_files(spy, 1) == QStringList{a});
}

TEST_CASE("Duplicating a protocol changes only its id and title", "[reload][duplicate]") {
    const QString source =
        QString::fromLatin1(EFFLEUR_PROTOCOLS_DIR) + QStringLiteral("/neck-self-massage.json");
    const QByteArray original = read_file(source);
    const auto copied = duplicate_protocol_text(original, "neck-mine", "My neck \"routine\"");
    INFO(copied.message());
    REQUIRE(copied);
    const QByteArray* copy = &copied.value();
    const QList<QByteArray> before = original.split('\n'), after = copy->split('\n');
    REQUIRE(before.size() == after.size());
    int differing = 0;
    for (qsizetype i = 0; i < before.size(); ++i) {
        if (before[i] == after[i])
            continue;
        ++differing;
        // The title's English; its translations stay.
        CHECK((after[i] == "  \"id\": \"neck-mine\"," ||
               after[i] == "    \"en\": \"My neck \\\"routine\\\"\","));
    }
    CHECK(differing == 2);
    // The copy loads as a protocol of its own.
    auto loaded = test::session_loader()->load_text(copy->toStdString(), "copy.json");
    REQUIRE(loaded.ok());
    CHECK(loaded.value().id == "neck-mine");
    CHECK(loaded.value().title.get() == "My neck \"routine\"");

    // A title with translations keeps them; only its English text changes.
    const QByteArray translated =
        "{\"title\": {\"en\": \"Old\", \"ru\": \"\xD0\xA1\"}, \"x\": [1, {\"id\": 2}], "
        "\"id\": \"old\"}";
    const auto t = duplicate_protocol_text(translated, "new-id", "New");
    REQUIRE(t);
    CHECK(t.value() ==
          "{\"title\": {\"en\": \"New\", \"ru\": \"\xD0\xA1\"}, \"x\": [1, {\"id\": 2}], "
          "\"id\": \"new-id\"}");
    const auto refused = duplicate_protocol_text("[1, 2]", "a", "b");
    CHECK_FALSE(refused);
    CHECK_FALSE(refused.message().empty());
}

TEST_CASE("The duplicate dialog proposes a free id and refuses taken or malformed ones",
          "[reload][duplicate]") {
    QTemporaryDir folder;
    write_file(folder.filePath(QStringLiteral("mine.json")), "{}");
    DuplicateDialog dialog("neck", "Neck", {"neck", "neck-copy"}, folder.path());
    auto* id = dialog.findChild<QLineEdit*>(QStringLiteral("duplicate-id"));
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    CHECK(id->text() == QStringLiteral("neck-copy-2"));
    CHECK(dialog.findChild<QLineEdit*>(QStringLiteral("duplicate-title"))->text() ==
          QStringLiteral("Neck (copy)"));
    CHECK(ok->isEnabled());
    id->setText(QStringLiteral("neck"));
    CHECK_FALSE(ok->isEnabled());
    CHECK(dialog.problem().contains(QStringLiteral("Another protocol")));
    id->setText(QStringLiteral("mine"));
    CHECK_FALSE(ok->isEnabled());
    id->setText(QStringLiteral("two--hyphens"));
    CHECK_FALSE(ok->isEnabled());
    id->setText(QStringLiteral("neck-2"));
    CHECK(ok->isEnabled());
}

namespace {

// The main window over the bundled protocols and a user folder in a temporary folder.
struct ReloadRig {
    QTemporaryDir dir;
    QString user = dir.filePath(QStringLiteral("my protocols"));
    QSettings settings{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    FakeClock clock;
    std::unique_ptr<MainWindow> window;

    ReloadRig() {
        MainWindowOptions o = test::window_options(dir, clock, settings, {user.toStdString()});
        window = std::make_unique<MainWindow>(std::move(o));
        MainWindowTestAccess::watcher(*window)->set_interval(test_interval);
        window->show();
    }
    [[nodiscard]] const LibraryEntry* entry(const QString& file) const {
        for (const LibraryEntry& e : MainWindowTestAccess::library(*window)->entries())
            if (QFileInfo(QString::fromStdString(e.file.string())).absoluteFilePath() ==
                QFileInfo(file).absoluteFilePath())
                return &e;
        return nullptr;
    }
};

} // namespace

TEST_CASE("Duplicate to my protocols puts an editable copy in the library", "[reload][duplicate]") {
    ReloadRig rig;
    LibraryView& lib = *MainWindowTestAccess::library(*rig.window);
    REQUIRE(lib.select_id("neck-self-massage"));
    CHECK(lib.list()->currentItem()->text().contains(QStringLiteral("Bundled")));
    REQUIRE(lib.selected_entry()->bundled);

    rig.window->duplicate_selected();
    auto* dialog = rig.window->findChild<DuplicateDialog*>();
    REQUIRE(dialog);
    CHECK(dialog->id() == "neck-self-massage-copy");
    QSignalSpy duplicated(rig.window.get(), &MainWindow::protocolDuplicated);
    dialog->accept();
    REQUIRE(duplicated.size() == 1);
    const QString file = duplicated.at(0).at(0).toString();
    CHECK(QFileInfo(file).fileName() == QStringLiteral("neck-self-massage-copy.json"));
    // The folder was made for the user alone.
    CHECK(QFileInfo(rig.user).permissions() ==
          (QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadUser |
           QFile::WriteUser | QFile::ExeUser));
    const LibraryEntry* copy = lib.selected_entry();
    REQUIRE(copy);
    REQUIRE(copy->protocol);
    CHECK(copy->protocol->id == "neck-self-massage-copy");
    CHECK(copy->protocol->title.get() == "Neck self-massage (copy)");
    CHECK_FALSE(copy->bundled);
    CHECK_FALSE(lib.list()->currentItem()->text().contains(QStringLiteral("Bundled")));
}

TEST_CASE("A reload during a session keeps the session's protocol and offers the change",
          "[reload][window]") {
    ReloadRig rig;
    const QString file = rig.user + QStringLiteral("/neck-mine.json");
    QDir().mkpath(rig.user);
    const QByteArray neck = read_file(QString::fromLatin1(EFFLEUR_PROTOCOLS_DIR) +
                                      QStringLiteral("/neck-self-massage.json"));
    write_file(file, duplicate_protocol_text(neck, "neck-mine", "My neck").value());
    rig.window->reload_library();
    LibraryView& lib = *MainWindowTestAccess::library(*rig.window);
    REQUIRE(lib.select_file(file.toStdString()));
    const auto before = lib.selected();
    REQUIRE(before);
    rig.window->rehearse(before);
    REQUIRE(MainWindowTestAccess::session(*rig.window));
    QSignalSpy spy(MainWindowTestAccess::watcher(*rig.window), &LibraryWatcher::changed);

    rename_save(file, duplicate_protocol_text(neck, "neck-mine", "My neck, revised").value());
    REQUIRE(spy.wait(event_timeout_ms));
    // The therapist's session is untouched...
    REQUIRE(MainWindowTestAccess::session(*rig.window));
    CHECK(&MainWindowTestAccess::session(*rig.window)->engine().protocol() == before.get());
    CHECK(MainWindowTestAccess::session(*rig.window)->engine().protocol().title.get() == "My neck");
    // ...and told that the next session uses the new version, which the library has.
    CHECK(MainWindowTestAccess::reload_notice(*rig.window) ==
          QStringLiteral("My neck changed on disk \u2014 the new version is used for the next "
                         "session"));
    const LibraryEntry* now = rig.entry(file);
    REQUIRE(now);
    REQUIRE(now->protocol);
    CHECK(now->protocol->title.get() == "My neck, revised");

    rig.window->end_session();
    CHECK(MainWindowTestAccess::reload_notice(*rig.window).isEmpty());
    // The same file is still selected, now with its new content.
    REQUIRE(lib.selected());
    CHECK(lib.selected()->title.get() == "My neck, revised");
}

TEST_CASE("The library follows a protocol that breaks, is fixed and is deleted, keeping the "
          "selection",
          "[reload][window]") {
    ReloadRig rig;
    QDir().mkpath(rig.user);
    rig.window->reload_library();
    const QString file = rig.user + QStringLiteral("/neck-mine.json");
    const QByteArray good =
        duplicate_protocol_text(read_file(QString::fromLatin1(EFFLEUR_PROTOCOLS_DIR) +
                                          QStringLiteral("/neck-self-massage.json")),
                                "neck-mine", "My neck")
            .value();
    QSignalSpy spy(MainWindowTestAccess::watcher(*rig.window), &LibraryWatcher::changed);
    LibraryView& lib = *MainWindowTestAccess::library(*rig.window);
    const int bundled = lib.visible_count();

    write_file(file, good);
    REQUIRE(spy.wait(event_timeout_ms));
    CHECK(lib.visible_count() == bundled + 1);
    REQUIRE(lib.select_file(file.toStdString()));

    rename_save(file, good.left(good.size() / 2));
    REQUIRE(spy.wait(event_timeout_ms));
    REQUIRE(lib.selected_entry());
    CHECK(lib.selected_entry()->file == file.toStdString()); // still selected, now broken
    CHECK_FALSE(lib.selected_entry()->protocol);
    CHECK(lib.list()->currentItem()->text().startsWith(QStringLiteral("Broken: neck-mine.json")));

    rename_save(file, good);
    REQUIRE(spy.wait(event_timeout_ms));
    REQUIRE(lib.selected());
    CHECK(lib.selected()->id == "neck-mine");

    REQUIRE(QFile::remove(file));
    REQUIRE(spy.wait(event_timeout_ms));
    CHECK(lib.visible_count() == bundled);
    CHECK_FALSE(rig.entry(file));
}
