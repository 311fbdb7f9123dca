// The editor's document commands and the tree's: every change is undone and redone to the exact
// document (compared as canonical text), merges typing into one step, and keeps key order.

#include "editor_test_support.h"

#include "ui/editor/editordocument.h"
#include "ui/editor/editorform.h"
#include "ui/editor/editortreemodel.h"

#include <QApplication>
#include <QLineEdit>
#include <QMimeData>
#include <QSpinBox>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace effleur;
using namespace effleur::ui;

namespace {

// Runs `edit`, then checks that undo gives back `before` exactly and redo gives `after`.
void check_round_trip(EditorDocument& doc, const std::function<void()>& edit) {
    const std::string before = canonical_json(doc.json());
    const int index = doc.undo_stack()->index();
    edit();
    const std::string after = canonical_json(doc.json());
    REQUIRE(after != before);
    REQUIRE(doc.undo_stack()->index() == index + 1);
    doc.undo_stack()->undo();
    CHECK(canonical_json(doc.json()) == before);
    doc.undo_stack()->redo();
    CHECK(canonical_json(doc.json()) == after);
    doc.undo_stack()->undo();
    CHECK(canonical_json(doc.json()) == before);
}

QByteArray sample() {
    return R"({
  "id": "x",
  "title": "T",
  "extra": {"kept": true},
  "stages": [
    {"id": "a", "title": "A", "steps": [
      {"id": "s1", "title": "One", "technique": "stroking", "instruction": "i", "seconds": 10},
      {"id": "s2", "title": "Two", "technique": "rubbing", "instruction": "j", "cue": "c"}
    ]},
    {"id": "b", "title": "B", "steps": [{"id": "s3", "title": "Three"}]}
  ]
}
)";
}

} // namespace

TEST_CASE("Each document command is undone and redone to the exact document", "[editor]") {
    EditorDocument doc;
    REQUIRE(doc.load(sample()));
    SECTION("set an existing value") {
        check_round_trip(doc, [&] { doc.set_value("/stages/0/steps/1/title", "Deux"); });
    }
    SECTION("set a new key, placed in the usual order") {
        check_round_trip(doc, [&] { doc.set_value("/stages/0/steps/0/depth", "deep"); });
        doc.set_value("/stages/0/steps/0/depth", "deep");
        std::vector<std::string> keys;
        for (const auto& item : doc.json()["stages"][0]["steps"][0].items())
            keys.push_back(item.key());
        CHECK(keys == std::vector<std::string>{"id", "title", "technique", "depth", "instruction",
                                               "seconds"});
    }
    SECTION("remove a key from the middle: undo puts it back in its place") {
        check_round_trip(doc, [&] { doc.remove_key("/stages/0/steps/0/technique"); });
    }
    SECTION("insert, remove and move array elements") {
        check_round_trip(doc, [&] {
            doc.insert_element("/stages/0/steps", 1, OrderedJson{{"id", "new"}});
        });
        check_round_trip(doc, [&] { doc.remove_element("/stages/0/steps", 0); });
        check_round_trip(doc, [&] { doc.move_element("/stages/0/steps", 0, 1); });
        check_round_trip(doc, [&] { doc.move_element("/stages", 1, 0); });
    }
    SECTION("replace the whole document") {
        check_round_trip(doc, [&] { doc.replace_document(OrderedJson{{"id", "y"}}); });
    }
    SECTION("an unknown field elsewhere is untouched") {
        doc.set_value("/title", "Changed");
        CHECK(doc.json()["extra"] == OrderedJson{{"kept", true}});
    }
}

TEST_CASE("Edits that cannot apply are refused and push nothing", "[editor]") {
    EditorDocument doc;
    REQUIRE(doc.load(sample()));
    CHECK_FALSE(doc.set_value("/nope/deeper", 1));
    CHECK_FALSE(doc.set_value("/title", "T")); // no change
    CHECK_FALSE(doc.remove_key("/absent"));
    CHECK_FALSE(doc.remove_element("/stages", 7));
    CHECK_FALSE(doc.move_element("/stages", 0, 5));
    CHECK_FALSE(doc.insert_element("/title", 0, 1)); // not an array
    CHECK_FALSE(doc.set_value("not a pointer", 1));
    CHECK(doc.undo_stack()->count() == 0);
}

TEST_CASE("Typing in one field is one undo step", "[editor]") {
    EditorDocument doc;
    REQUIRE(doc.load(sample()));
    const std::string before = canonical_json(doc.json());
    for (const char* t : {"O", "On", "One!", "One!!"})
        doc.set_value("/stages/0/steps/0/title", t, 42);
    CHECK(doc.undo_stack()->count() == 1);
    CHECK(doc.json()["stages"][0]["steps"][0]["title"] == "One!!");
    doc.undo_stack()->undo();
    CHECK(canonical_json(doc.json()) == before);
    // Typing back to the original value leaves nothing to undo.
    doc.set_value("/title", "Tx", 7);
    doc.set_value("/title", "T", 7);
    CHECK(doc.undo_stack()->canUndo() == false);
}

TEST_CASE("The tree's commands are undone and redone exactly", "[editor]") {
    test::EditorRig rig;
    ProtocolEditor& e = *rig.editor;
    EditorDocument& doc = e.document();
    const std::string original = rig.text();
    const auto undo_all = [&] {
        while (doc.undo_stack()->canUndo())
            doc.undo_stack()->undo();
        CHECK(rig.text() == original);
    };
    SECTION("new step after the selected one") {
        e.select(TreeSpot{0, 1});
        check_round_trip(doc, [&] { e.new_step(); });
        e.select(TreeSpot{0, 1});
        e.new_step();
        CHECK(e.selected() == TreeSpot{0, 2});
        CHECK(doc.json()["stages"][0]["steps"][2]["id"] == "new-step");
        CHECK(e.tree_model().rowCount(e.tree_model().index_of(TreeSpot{0, std::nullopt})) == 8);
        undo_all();
    }
    SECTION("remove, duplicate, move by keyboard commands") {
        e.select(TreeSpot{0, 3});
        check_round_trip(doc, [&] { e.remove_selected(); });
        e.select(TreeSpot{0, 3});
        check_round_trip(doc, [&] { e.duplicate_selected(); });
        e.select(TreeSpot{0, 3});
        e.duplicate_selected();
        CHECK(e.selected() == TreeSpot{0, 4});
        CHECK(doc.json()["stages"][0]["steps"][4]["id"] == "light-pinching-copy");
        e.select(TreeSpot{0, 3});
        check_round_trip(doc, [&] { e.move_selected(1); });
        e.select(TreeSpot{0, 3});
        e.move_selected(-1);
        CHECK(e.selected() == TreeSpot{0, 2});
        CHECK(doc.json()["stages"][0]["steps"][2]["id"] == "light-pinching");
        e.select(TreeSpot{0, std::nullopt});
        check_round_trip(doc, [&] { e.new_stage(); });
        undo_all();
    }
    SECTION("the keys in the tree") {
        e.show();
        QApplication::setActiveWindow(&e);
        REQUIRE(QTest::qWaitForWindowActive(&e));
        e.tree()->setFocus();
        e.select(TreeSpot{0, 1});
        QTest::keyClick(e.tree(), Qt::Key_Down, Qt::AltModifier);
        CHECK(doc.json()["stages"][0]["steps"][2]["id"] == "stroke-back-of-neck");
        QTest::keyClick(e.tree(), Qt::Key_D, Qt::ControlModifier);
        CHECK(doc.json()["stages"][0]["steps"].size() == 8);
        QTest::keyClick(e.tree(), Qt::Key_Delete);
        CHECK(doc.json()["stages"][0]["steps"].size() == 7);
        QTest::keyClick(e.tree(), Qt::Key_Insert);
        CHECK(doc.json()["stages"][0]["steps"].size() == 8);
        undo_all();
    }
}

TEST_CASE("Dropping a step in the tree moves it as one undoable change", "[editor]") {
    test::EditorRig rig;
    EditorTreeModel& model = rig.editor->tree_model();
    const std::string before = rig.text();
    const QModelIndex stage = model.index_of(TreeSpot{0, std::nullopt});
    std::unique_ptr<QMimeData> data(model.mimeData({model.index_of(TreeSpot{0, 0})}));
    REQUIRE(data);
    // Onto the stage at row 3: the first step goes to just before the fourth.
    REQUIRE(model.dropMimeData(data.get(), Qt::MoveAction, 3, 0, stage));
    const auto& steps = rig.editor->document().json()["stages"][0]["steps"];
    CHECK(steps[2]["id"] == "get-ready");
    CHECK(steps[0]["id"] == "stroke-back-of-neck");
    CHECK(rig.editor->document().undo_stack()->count() == 1);
    rig.editor->document().undo_stack()->undo();
    CHECK(rig.text() == before);
    // A stage cannot be dropped into a step.
    std::unique_ptr<QMimeData> stage_data(model.mimeData({stage}));
    CHECK_FALSE(model.canDropMimeData(stage_data.get(), Qt::MoveAction, -1, 0,
                                      model.index_of(TreeSpot{0, 1})));
}

TEST_CASE("Form edits are undoable and merge while typing", "[editor]") {
    test::EditorRig rig;
    ProtocolEditor& e = *rig.editor;
    e.select(TreeSpot{0, 1});
    const std::string before = rig.text();
    auto* title = qobject_cast<QLineEdit*>(e.form()->field("title"));
    REQUIRE(title);
    e.show();
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, "Strokes");
    CHECK(e.document().json()["stages"][0]["steps"][1]["title"]["en"] == "Strokes");
    CHECK(e.document().undo_stack()->count() == 1);
    auto* passes = qobject_cast<QSpinBox*>(e.form()->field("passes"));
    REQUIRE(passes);
    passes->setValue(5);
    CHECK(e.document().json()["stages"][0]["steps"][1]["passes"] == 5);
    passes->setValue(passes->minimum()); // "(default)": the key goes
    CHECK_FALSE(e.document().json()["stages"][0]["steps"][1].contains("passes"));
    while (e.document().undo_stack()->canUndo())
        e.document().undo_stack()->undo();
    CHECK(rig.text() == before);
    CHECK(title->text() == QStringLiteral("Stroking the back of the neck"));
}
