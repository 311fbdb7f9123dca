// The form, the JSON text and the preview follow one document: a form edit rewrites the text,
// text that parses becomes one undoable change and updates the form, text that does not parse
// is marked at its line, and clicking a line on the preview adds or removes it.

#include "editor_test_support.h"

#include "ui/editor/editorform.h"
#include "ui/editor/editorpreview.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTest>
#include <QTextBlock>
#include <QUndoStack>

using namespace effleur;
using namespace effleur::ui;

TEST_CASE("A form edit rewrites the JSON text", "[editor]") {
    test::EditorRig rig;
    ProtocolEditor& e = *rig.editor;
    e.select(TreeSpot{0, 2});
    auto* cue = qobject_cast<QLineEdit*>(e.form()->field("cue"));
    REQUIRE(cue);
    e.show();
    cue->setFocus();
    cue->selectAll();
    QTest::keyClicks(cue, "Small circles");
    e.sync_now();
    const QString text = e.json_edit()->toPlainText();
    // The cue's English; its translations stay.
    CHECK(text.contains(QStringLiteral("\"en\": \"Small circles\"")));
    CHECK(text.toStdString() == rig.text());
}

TEST_CASE("JSON text that parses updates the document and the form, as one undo step", "[editor]") {
    test::EditorRig rig;
    ProtocolEditor& e = *rig.editor;
    e.select(TreeSpot{0, 1});
    const std::string before = rig.text();
    QString text = e.json_edit()->toPlainText();
    text.replace(QStringLiteral("\"en\": \"Stroking the back of the neck\""),
                 QStringLiteral("\"en\": \"Neck strokes\""));
    text.replace(QStringLiteral("\"passes\": 3,\n          \"seconds\": 60"),
                 QStringLiteral("\"passes\": 4,\n          \"seconds\": 60"));
    e.json_edit()->setPlainText(text);
    e.sync_now();
    const auto& step = e.document().json()["stages"][0]["steps"][1];
    CHECK(step["title"]["en"] == "Neck strokes");
    CHECK(qobject_cast<QLineEdit*>(e.form()->field("title"))->text() ==
          QStringLiteral("Neck strokes"));
    CHECK(e.document().undo_stack()->count() == 1);
    // The user's own text stays as typed: no rewrite under the cursor.
    CHECK(e.json_edit()->toPlainText() == text);
    e.document().undo_stack()->undo();
    CHECK(rig.text() == before);
    e.sync_now();
    CHECK(e.json_edit()->toPlainText().toStdString() == before);
}

TEST_CASE("JSON text that does not parse is marked and changes nothing", "[editor]") {
    test::EditorRig rig;
    ProtocolEditor& e = *rig.editor;
    const std::string before = rig.text();
    QString text = e.json_edit()->toPlainText();
    // Line 4 loses its comma.
    QStringList lines = text.split(QLatin1Char('\n'));
    REQUIRE(lines[3].endsWith(QLatin1Char(',')));
    lines[3].chop(1);
    e.json_edit()->setPlainText(lines.join(QLatin1Char('\n')));
    e.sync_now();
    CHECK(rig.text() == before);
    CHECK(e.error_count() == 1);
    CHECK(e.marked_lines().size() == 1);
    CHECK(e.marked_lines().front() >= 4);
    CHECK(e.problems()->count() == 1);
    CHECK(e.problems()->item(0)->text().startsWith(
        QStringLiteral("%1:").arg(e.marked_lines().front())));
    CHECK(e.modified());
}

TEST_CASE("A protocol error is listed, marked on its field and its line", "[editor]") {
    test::EditorRig rig;
    ProtocolEditor& e = *rig.editor;
    CHECK(e.error_count() == 0);
    e.select(TreeSpot{0, 1});
    e.document().set_value("/stages/0/steps/1/technique", "strokin");
    e.sync_now();
    CHECK(e.error_count() >= 1);
    QWidget* technique = e.form()->field("technique");
    REQUIRE(technique);
    CHECK(technique->property("problem").toInt() == 2);
    CHECK(technique->toolTip().contains(QStringLiteral("stroking")));
    const int line =
        static_cast<int>(
            e.json_edit()
                ->toPlainText()
                .left(e.json_edit()->toPlainText().indexOf(QStringLiteral("\"strokin\"")))
                .count(QLatin1Char('\n'))) +
        1;
    CHECK(e.marked_lines().contains(line));
    CHECK_FALSE(e.tree_model()
                    .data(e.tree_model().index_of(TreeSpot{0, 1}), Qt::ToolTipRole)
                    .toString()
                    .isEmpty());
    e.document().undo_stack()->undo();
    e.sync_now();
    CHECK(e.error_count() == 0);
    CHECK(technique->property("problem").isNull());
}

TEST_CASE("Clicking a line on the preview adds it to the step, and again removes it", "[editor]") {
    test::EditorRig rig;
    ProtocolEditor& e = *rig.editor;
    e.resize(1400, 900);
    e.show();
    REQUIRE(QTest::qWaitForWindowExposed(&e));
    e.select(TreeSpot{0, 1}); // on the back diagram, line neck-back-occiput-to-shoulders
    EditorPreview* preview = e.preview();
    REQUIRE(preview->diagram_id() == "back");
    preview->set_time(1.0);
    const auto at = preview->line_point("neck-back-cervical");
    REQUIRE(at);
    CHECK(preview->line_at(*at) == "neck-back-cervical");
    QTest::mouseClick(preview, Qt::LeftButton, {}, at->toPoint());
    const auto& lines = e.document().json()["stages"][0]["steps"][1]["lines"];
    REQUIRE(lines.size() == 2);
    CHECK(lines[1] == "neck-back-cervical");
    CHECK(e.form()->findChild<QListWidget*>(QStringLiteral("lines-list"))->count() == 2);
    QTest::mouseClick(preview, Qt::LeftButton, {}, at->toPoint());
    CHECK(e.document().json()["stages"][0]["steps"][1]["lines"].size() == 1);
    // Far from every line: nothing.
    CHECK(preview->line_at(QPointF(2, 2)).empty());
}

TEST_CASE("The preview animates only while shown and not frozen", "[editor]") {
    test::EditorRig rig;
    ProtocolEditor& e = *rig.editor;
    e.select(TreeSpot{0, 1});
    CHECK_FALSE(e.preview()->animating());
    e.show();
    REQUIRE(QTest::qWaitForWindowExposed(&e));
    CHECK(e.preview()->animating());
    e.preview()->set_time(2.0);
    CHECK_FALSE(e.preview()->animating());
}

TEST_CASE("The preview shows the step as the session does, with the protocol's defaults",
          "[editor][preview]") {
    // The classic back's first step gives no passes of its own; the protocol's defaults do.
    QFile file(test::bundled_path("classic-back"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const auto json = nlohmann::json::parse(file.readAll().toStdString());
    const nlohmann::json& first = json["stages"][0]["steps"][0];
    REQUIRE_FALSE(first.contains("passes"));
    const int passes = json["defaults"]["passes"].get<int>();
    REQUIRE(passes == 3);
    const double seconds = first["seconds"].get<double>();

    test::EditorRig rig("classic-back");
    ProtocolEditor& e = *rig.editor;
    e.resize(1280, 800);
    e.show();
    REQUIRE(QTest::qWaitForWindowExposed(&e));
    e.select(TreeSpot{0, 0});
    EditorPreview* preview = e.preview();
    CHECK_FALSE(preview->sketch());
    REQUIRE(preview->step());
    CHECK(preview->step()->passes == passes);
    // A little past a third of the step's time the hand is on its second pass of three.
    preview->set_time(seconds / passes + 0.5);
    const auto scene = preview->scene();
    REQUIRE(scene);
    CHECK(scene->passes == passes);
    CHECK(scene->pass == 2);

    // With an error elsewhere the protocol does not load: the step is sketched, and says so.
    REQUIRE(e.document().set_value("/stages/0/steps/1/seconds", "soon"));
    e.select(TreeSpot{0, 0});
    CHECK(preview->sketch());
    // Fixed again: the session's step once more.
    e.document().undo_stack()->undo();
    e.select(TreeSpot{0, 0});
    CHECK_FALSE(preview->sketch());
    CHECK(preview->step()->passes == passes);
}

TEST_CASE("The JSON tab numbers its lines and underlines an error from the value's column",
          "[editor]") {
    test::EditorRig rig;
    ProtocolEditor& e = *rig.editor;
    e.resize(1280, 800);
    e.show();
    REQUIRE(QTest::qWaitForWindowExposed(&e));
    e.tabs()->setCurrentWidget(e.json_edit());
    e.document().set_value("/stages/0/steps/1/technique", "strokin");
    e.sync_now();
    QApplication::processEvents();

    // Line numbers: a gutter left of the text, with ink in it where line 1 is.
    auto* gutter = e.json_edit()->findChild<QWidget*>(QStringLiteral("json-line-numbers"));
    REQUIRE(gutter);
    CHECK(gutter->isVisible());
    CHECK(gutter->width() >= e.json_edit()->fontMetrics().horizontalAdvance(QStringLiteral("999")));
    const QImage shot = gutter->grab().toImage();
    const QColor back = shot.pixelColor(1, 1);
    const int line_height = e.json_edit()->fontMetrics().height();
    int ink = 0;
    for (int y = 0; y < line_height + 4 && y < shot.height(); ++y)
        for (int x = 0; x < shot.width(); ++x)
            ink += shot.pixelColor(x, y) != back ? 1 : 0;
    CHECK(ink > 10);

    // The wavy underline starts where the bad value does, not at the line's indent.
    const QString text = e.json_edit()->toPlainText();
    const qsizetype at = text.indexOf(QStringLiteral("\"strokin\""));
    REQUIRE(at > 0);
    bool found = false;
    for (const QTextEdit::ExtraSelection& s : e.json_edit()->extraSelections()) {
        if (s.cursor.selectionStart() <= at && at < s.cursor.selectionEnd()) {
            found = true;
            CHECK(s.cursor.selectionStart() == at);
            CHECK(s.format.underlineStyle() == QTextCharFormat::WaveUnderline);
        }
    }
    CHECK(found);
}
