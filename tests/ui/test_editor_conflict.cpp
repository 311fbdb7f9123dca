// A change to the open file on disk by another program: the bar appears (never for the
// editor's own save), and Reload, Keep mine and Compare do what they say.

#include "editor_test_support.h"

#include "ui/editor/editordiff.h"

#include <QPushButton>
#include <QUndoStack>

using namespace effleur;
using namespace effleur::ui;

namespace {
QByteArray changed_on_disk(const QString& file) {
    QByteArray bytes = test::read_file(file);
    // The protocol's English title (its stage has the same title, further in).
    bytes.replace("\"title\": {\n    \"en\": \"Neck self-massage\",",
                  "\"title\": {\n    \"en\": \"Neck self-massage, revised\",");
    return bytes;
}
} // namespace

TEST_CASE("The editor's own save does not raise the bar", "[editor]") {
    test::EditorRig rig;
    rig.editor->document().set_value("/title", "Mine");
    REQUIRE(rig.editor->save());
    rig.editor->check_disk();
    CHECK(rig.editor->conflict_bar()->isHidden());
}

TEST_CASE("A change on disk raises the bar, and Reload takes the disk's version", "[editor]") {
    test::EditorRig rig;
    rig.editor->document().set_value("/summary", "My own summary");
    const QByteArray disk = changed_on_disk(rig.file);
    test::write_file(rig.file, disk);
    rig.editor->check_disk();
    REQUIRE_FALSE(rig.editor->conflict_bar()->isHidden());
    rig.editor->conflict_bar()->findChild<QPushButton*>(QStringLiteral("conflict-reload"))->click();
    CHECK(rig.editor->conflict_bar()->isHidden());
    CHECK(rig.editor->document().json()["title"]["en"] == "Neck self-massage, revised");
    CHECK(rig.editor->document().json()["summary"] != "My own summary");
    CHECK_FALSE(rig.editor->modified());
    // Saving now writes the disk's bytes back unchanged.
    REQUIRE(rig.editor->save());
    CHECK(test::read_file(rig.file) == disk);
    // The editor's version is one Undo away.
    rig.editor->document().undo_stack()->undo();
    CHECK(rig.editor->document().json()["summary"] == "My own summary");
    CHECK(rig.editor->modified());
}

TEST_CASE("Keep mine keeps the editor's version and saving overwrites the disk", "[editor]") {
    test::EditorRig rig;
    rig.editor->document().set_value("/summary", "My own summary");
    test::write_file(rig.file, changed_on_disk(rig.file));
    rig.editor->check_disk();
    REQUIRE_FALSE(rig.editor->conflict_bar()->isHidden());
    rig.editor->conflict_bar()->findChild<QPushButton*>(QStringLiteral("conflict-keep"))->click();
    CHECK(rig.editor->conflict_bar()->isHidden());
    CHECK(rig.editor->document().json()["summary"] == "My own summary");
    CHECK(rig.editor->modified());
    // The same bytes on disk do not ask again.
    rig.editor->check_disk();
    CHECK(rig.editor->conflict_bar()->isHidden());
    REQUIRE(rig.editor->save());
    const QByteArray saved = test::read_file(rig.file);
    CHECK(saved.contains("My own summary"));
    CHECK_FALSE(saved.contains("revised"));
}

TEST_CASE("Even with no changes of its own, the editor leaves the bar to the user", "[editor]") {
    test::EditorRig rig;
    test::write_file(rig.file, changed_on_disk(rig.file));
    rig.editor->check_disk();
    CHECK_FALSE(rig.editor->conflict_bar()->isHidden());
}

TEST_CASE("Compare shows a unified diff of disk and editor", "[editor]") {
    test::EditorRig rig;
    rig.editor->document().set_value("/summary", "My own summary");
    test::write_file(rig.file, changed_on_disk(rig.file));
    rig.editor->check_disk();
    rig.editor->conflict_bar()
        ->findChild<QPushButton*>(QStringLiteral("conflict-compare"))
        ->click();
    REQUIRE(rig.editor->diff_dialog());
    const QString diff = rig.editor->diff_dialog()->text();
    CHECK(diff.contains(QStringLiteral("-    \"en\": \"Neck self-massage, revised\",")));
    CHECK(diff.contains(QStringLiteral("+    \"en\": \"Neck self-massage\",")));
    CHECK(diff.contains(QStringLiteral("+  \"summary\": \"My own summary\",")));
    CHECK(diff.contains(QStringLiteral("@@ -")));
    // Comparing changes nothing: the bar stays for the decision.
    CHECK_FALSE(rig.editor->conflict_bar()->isHidden());
    CHECK(rig.editor->document().json()["summary"] == "My own summary");
}

TEST_CASE("A unified diff of two texts", "[editor]") {
    CHECK(unified_diff(QStringLiteral("a\nb\nc\n"), QStringLiteral("a\nb\nc\n"), {}, {}).isEmpty());
    const QString d =
        unified_diff(QStringLiteral("a\nb\nc\nd\n"), QStringLiteral("a\nB\nc\nd\ne\n"),
                     QStringLiteral("old"), QStringLiteral("new"), 1);
    CHECK(d == QStringLiteral("--- old\n+++ new\n@@ -1,5 +1,6 @@\n a\n-b\n+B\n c\n d\n+e\n \n"));
}
