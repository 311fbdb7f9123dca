// Saving from the editor: byte-identical when nothing changed, unknown fields and key order
// kept, canonical text after a change, asking before saving errors, never overwriting a
// bundled protocol, and a new protocol from the template.

#include "editor_test_support.h"

#include "ui/common/atomicsave.h"
#include "ui/editor/duplicatedialog.h"
#include "ui/library/libraryview.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/mainwindow_testaccess.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFileInfo>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace effleur;
using namespace effleur::ui;

namespace {
// A valid protocol, not in the canonical layout.
QByteArray odd_but_valid() {
    QByteArray bytes = test::read_file(test::bundled_path("neck-self-massage"));
    bytes.replace("\"regions\": [\"neck\"],", "\"regions\": [ \"neck\" ],");
    bytes.replace("\"passes\": 3,", "\"passes\":3,");
    return bytes;
}

// The same with fields Effleur does not know (the schema reports them; the editor keeps them).
QByteArray with_unknown_fields() {
    QByteArray bytes = odd_but_valid();
    bytes.replace(
        "\"version\": 2,",
        "\"version\": 2,  \"x-reviewed-by\": {\"name\": \"A. B.\",   \"on\": \"2026-01-02\"},");
    bytes.replace("\"focus\": \"neck-back\",", "\"focus\": \"neck-back\", \"x-note\": [1,2 , 3],");
    return bytes;
}
} // namespace

TEST_CASE("Saving without a change writes the file back byte for byte", "[editor]") {
    const QByteArray original = odd_but_valid();
    test::EditorRig rig("neck-self-massage", original);
    CHECK(rig.editor->error_count() == 0);
    QSignalSpy saved(rig.editor.get(), &ProtocolEditor::saved);
    REQUIRE(rig.editor->save());
    CHECK(saved.count() == 1);
    CHECK(test::read_file(rig.file) == original);
    CHECK(rig.asked.empty());
    CHECK(original != QByteArray::fromStdString(canonical_json(rig.editor->document().json())));
    // A change and its undo is no change either.
    rig.editor->document().set_value("/title", "Other");
    rig.editor->document().undo_stack()->undo();
    REQUIRE(rig.editor->save());
    CHECK(test::read_file(rig.file) == original);
}

TEST_CASE("Saving a change keeps unknown fields and key order", "[editor]") {
    test::EditorRig rig("neck-self-massage", with_unknown_fields());
    CHECK(rig.editor->error_count() > 0); // the schema does not know them
    rig.editor->document().set_value("/stages/0/steps/1/passes", 4);
    REQUIRE(rig.editor->save()); // asked, and answered Save
    const QByteArray bytes = test::read_file(rig.file);
    const auto saved = parse_ordered(bytes.toStdString());
    REQUIRE(saved);
    CHECK(saved.value()["x-reviewed-by"]["name"] == "A. B.");
    CHECK(saved.value()["stages"][0]["steps"][1]["x-note"] == OrderedJson::array({1, 2, 3}));
    CHECK(saved.value()["stages"][0]["steps"][1]["passes"] == 4);
    std::vector<std::string> keys;
    for (const auto& item : saved.value().items())
        keys.push_back(item.key());
    CHECK(keys[4] == "x-reviewed-by");
    CHECK(bytes.toStdString() == canonical_json(saved.value()));
    CHECK_FALSE(rig.editor->modified());
    CHECK_FALSE(rig.editor->isWindowModified());
}

TEST_CASE("Saving a protocol with errors asks, and Cancel writes nothing", "[editor]") {
    test::EditorRig rig;
    const QByteArray before = test::read_file(rig.file);
    rig.editor->document().set_value("/stages/0/steps/0/technique", "strokin");
    rig.answer = QMessageBox::Cancel;
    CHECK_FALSE(rig.editor->save());
    REQUIRE(rig.asked.size() == 1);
    CHECK(rig.asked[0] == ProtocolEditor::Question::SaveInvalid);
    CHECK(test::read_file(rig.file) == before);
    CHECK(rig.editor->modified());
    rig.answer = QMessageBox::Save;
    CHECK(rig.editor->save());
    CHECK(test::read_file(rig.file).contains("\"strokin\""));
}

TEST_CASE("A bundled protocol is never overwritten: Save offers a copy", "[editor]") {
    test::EditorRig rig;
    rig.open(test::bundled_path("neck-self-massage"));
    const QByteArray before = test::read_file(test::bundled_path("neck-self-massage"));
    CHECK(rig.editor->bundled());
    CHECK(rig.editor->windowTitle().contains(QStringLiteral("read-only")));
    rig.editor->document().set_value("/title", "My neck massage");
    rig.answer = QMessageBox::Cancel;
    CHECK_FALSE(rig.editor->save());
    CHECK(test::read_file(test::bundled_path("neck-self-massage")) == before);
    // Save As straight into the bundled folder is refused too.
    rig.answer = QMessageBox::Ok;
    CHECK_FALSE(rig.editor->save_as(test::bundled_path("my-neck")));
    CHECK_FALSE(QFileInfo::exists(test::bundled_path("my-neck")));
    // Accepting the copy saves into the user folder, with an id of its own.
    rig.answer = QMessageBox::Save;
    rig.asked.clear();
    REQUIRE(rig.editor->save());
    CHECK(rig.asked.front() == ProtocolEditor::Question::BundledCopy);
    const QString copy =
        QDir(rig.user_folder).filePath(QStringLiteral("neck-self-massage-mine.json"));
    CHECK(rig.editor->file() == copy);
    const auto saved = parse_ordered(test::read_file(copy).toStdString());
    REQUIRE(saved);
    CHECK(saved.value()["id"] == "neck-self-massage-mine");
    CHECK(saved.value()["title"] == "My neck massage");
    CHECK(test::read_file(test::bundled_path("neck-self-massage")) == before);
    CHECK_FALSE(rig.editor->bundled());
}

TEST_CASE("A failed save reports it and leaves the file and the changes as they were", "[editor]") {
    test::EditorRig rig;
    const QByteArray before = test::read_file(rig.file);
    rig.editor->document().set_value("/title", "Changed");
    {
        SimulatedSaveFailure failure(10);
        CHECK_FALSE(rig.editor->save());
    }
    REQUIRE_FALSE(rig.asked.empty());
    CHECK(rig.asked.back() == ProtocolEditor::Question::Failed);
    CHECK(test::read_file(rig.file) == before);
    CHECK(rig.editor->modified());
}

TEST_CASE("A new protocol from the template is valid and opens in the editor", "[editor]") {
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("mine/protocols"));
    const auto made =
        create_from_template(folder, id_from_title(QStringLiteral("Calm face, evening")),
                             QStringLiteral("Calm face, evening"));
    INFO(made.message());
    REQUIRE(made);
    const QString file = made.value();
    CHECK(QFileInfo(file).fileName() == QStringLiteral("calm-face-evening.json"));
    CHECK((QFileInfo(folder).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup)) ==
          0);
    const auto loaded = test::session_loader()->load_file(file.toStdString());
    REQUIRE(loaded.ok());
    CHECK(loaded.value().id == "calm-face-evening");
    CHECK(loaded.value().title.get() == "Calm face, evening");
    CHECK(loaded.value().step_count() == 1);
    // The same id again is refused, not overwritten.
    const auto again =
        create_from_template(folder, QStringLiteral("calm-face-evening"), QStringLiteral("x"));
    CHECK_FALSE(again);
    CHECK(again.message().find("exists already") != std::string::npos);
}

TEST_CASE("The main window opens a user protocol in one editor, and a save reloads the library",
          "[editor]") {
    QTemporaryDir dir;
    const QString mine = dir.filePath(QStringLiteral("protocols"));
    REQUIRE(QDir().mkpath(mine));
    const QString file = QDir(mine).filePath(QStringLiteral("my-neck.json"));
    QByteArray bytes = test::read_file(test::bundled_path("neck-self-massage"));
    bytes.replace("\"id\": \"neck-self-massage\"", "\"id\": \"my-neck\"");
    test::write_file(file, bytes);
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    FakeClock clock;
    MainWindowOptions o = test::window_options(dir, clock, settings, {mine.toStdString()});
    MainWindow window(std::move(o));
    ProtocolEditor* editor = window.open_editor(file);
    REQUIRE(editor);
    CHECK(window.open_editor(file) == editor);
    CHECK(window.editors().size() == 1);
    CHECK_FALSE(editor->bundled());
    editor->document().set_value("/title", "My renamed neck massage");
    REQUIRE(editor->save());
    REQUIRE(MainWindowTestAccess::library(window)->select_id("my-neck"));
    CHECK(MainWindowTestAccess::library(window)->selected()->title.get() ==
          "My renamed neck massage");
}

TEST_CASE("Save a protocol with problems: mnemonics, the right plural, Cancel by default",
          "[editor]") {
    test::EditorRig rig;
    ProtocolEditor& e = *rig.editor;
    QStringList said;
    e.set_asker([&](ProtocolEditor::Question, const QString& text) {
        said << text;
        return QMessageBox::Cancel;
    });
    e.document().set_value("/stages/0/steps/1/technique", "strokin");
    e.sync_now();
    REQUIRE(e.error_count() == 1);
    CHECK_FALSE(e.save());
    REQUIRE(said.size() == 1);
    CHECK(said[0].startsWith(QStringLiteral("This protocol has 1 error, listed under Problems.")));
    CHECK(said[0].contains(QStringLiteral("until it is fixed")));
    e.document().set_value("/stages/0/steps/2/technique", "rubbin");
    e.sync_now();
    REQUIRE(e.error_count() == 2);
    CHECK_FALSE(e.save());
    CHECK(said[1].startsWith(QStringLiteral("This protocol has 2 errors,")));

    // The box itself: each button with a mnemonic; Enter and Esc both cancel.
    const auto box = e.question_box(ProtocolEditor::Question::SaveInvalid, said[1]);
    CHECK(box->windowTitle() == QStringLiteral("Save a protocol with problems?"));
    CHECK(box->text() == said[1]);
    QAbstractButton* save = box->button(QMessageBox::Save);
    QAbstractButton* cancel = box->button(QMessageBox::Cancel);
    REQUIRE(save);
    REQUIRE(cancel);
    CHECK(save->text().contains(QLatin1Char('&')));
    CHECK(cancel->text().contains(QLatin1Char('&')));
    CHECK(box->defaultButton() == box->button(QMessageBox::Cancel));
    CHECK(box->escapeButton() == cancel);
    // Pressed by keys, Enter is Cancel.
    QTimer::singleShot(0, box.get(), [&] { QTest::keyClick(box.get(), Qt::Key_Return); });
    CHECK(box->exec() == QMessageBox::Cancel);
}

TEST_CASE("Ctrl+E on a bundled protocol says why it opens a copy, then edits the copy",
          "[editor]") {
    QTemporaryDir dir;
    const QString mine = dir.filePath(QStringLiteral("protocols"));
    REQUIRE(QDir().mkpath(mine));
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    FakeClock clock;
    MainWindowOptions o = test::window_options(dir, clock, settings, {mine.toStdString()});
    MainWindow window(std::move(o));
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(MainWindowTestAccess::library(window)->select_id("classic-back"));
    MainWindowTestAccess::library(window)->list()->setFocus();
    QTest::keyClick(MainWindowTestAccess::library(window)->list(), Qt::Key_E, Qt::ControlModifier);
    auto* dialog = window.findChild<DuplicateDialog*>();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(dialog->intro_text().contains(QStringLiteral("comes with Effleur and is read-only")));
    // Enter accepts: the copy is made and opens in the editor, not the bundled file.
    QTest::keyClick(dialog, Qt::Key_Return);
    REQUIRE(window.editors().size() == 1);
    const ProtocolEditor* editor = window.editors().front();
    CHECK(QFileInfo(editor->file()).absolutePath() == QFileInfo(mine).absoluteFilePath());
    CHECK_FALSE(editor->bundled());
}
