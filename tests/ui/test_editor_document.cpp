// The protocol's own edits on the editor's document, without any window: a new step or stage,
// a duplicate, and the ids they take. Each is one undoable change that gives back the exact
// document, and every id in the protocol stays unique (the loader refuses duplicates).

#include "core/jsonformat.h"
#include "ui/editor/editordocument.h"

#include <QUndoStack>

#include <catch2/catch.hpp>

#include <set>
#include <string>

using namespace effleur;
using namespace effleur::ui;

namespace {

QByteArray two_stages() {
    return R"({
  "id": "x",
  "title": "T",
  "stages": [
    {"id": "a", "title": "A", "steps": [
      {"id": "new-step", "title": "One", "technique": "stroking", "instruction": "i", "seconds": 10},
      {"id": "s2", "title": "Two", "technique": "rubbing", "instruction": "j", "seconds": 5}
    ]},
    {"id": "b", "title": "B", "steps": [{"id": "s2-copy", "title": "Three"}]}
  ]
}
)";
}

std::string id_at(const EditorDocument& doc, const std::string& pointer) {
    const OrderedJson* v = doc.find(pointer + "/id");
    REQUIRE(v != nullptr);
    return v->get<std::string>();
}

// Every step id in the document, checked to be unique.
std::set<std::string> step_ids(const EditorDocument& doc) {
    std::set<std::string> ids;
    std::size_t steps = 0;
    for (const auto& stage : doc.json()["stages"])
        for (const auto& step : stage["steps"]) {
            ids.insert(step["id"].get<std::string>());
            ++steps;
        }
    CHECK(ids.size() == steps);
    return ids;
}

// Undo gives back the text before, redo the text after, each as one step.
void check_one_undo_step(EditorDocument& doc, const std::string& before) {
    const std::string after = canonical_json(doc.json());
    REQUIRE(after != before);
    REQUIRE(doc.undo_stack()->count() == 1);
    doc.undo_stack()->undo();
    CHECK(canonical_json(doc.json()) == before);
    doc.undo_stack()->redo();
    CHECK(canonical_json(doc.json()) == after);
}

} // namespace

TEST_CASE("A new step comes after the selected one, with an id no step has", "[editor][document]") {
    EditorDocument doc;
    REQUIRE(doc.load(two_stages()));
    const std::string before = canonical_json(doc.json());
    const auto at = doc.add_step(0, std::size_t{0});
    REQUIRE(at == std::size_t{1});
    // "new-step" is taken by the first step: the new one is the next free id.
    CHECK(id_at(doc, "/stages/0/steps/1") == "new-step-2");
    CHECK(doc.find("/stages/0/steps/1/title")->get<std::string>() == "New step");
    CHECK(doc.find("/stages/0/steps/1/seconds")->get<int>() == 30);
    CHECK(id_at(doc, "/stages/0/steps/2") == "s2"); // the one after moved down
    step_ids(doc);
    check_one_undo_step(doc, before);
    CHECK(doc.undo_stack()->undoText() == "New step");
}

TEST_CASE("A new step without a selected step goes to the end of its stage", "[editor][document]") {
    EditorDocument doc;
    REQUIRE(doc.load(two_stages()));
    CHECK(doc.add_step(1, std::nullopt) == std::size_t{1});
    CHECK(doc.find("/stages/1/steps")->size() == 2);
    CHECK_FALSE(doc.add_step(5, std::nullopt)); // no such stage: nothing changes
    CHECK(doc.undo_stack()->count() == 1);
}

TEST_CASE("A stage without steps gets its steps array with the new step", "[editor][document]") {
    EditorDocument doc;
    REQUIRE(doc.load(R"({"id": "x", "stages": [{"id": "a", "title": "A"}]})"));
    CHECK(doc.add_step(0, std::nullopt) == std::size_t{0});
    CHECK(id_at(doc, "/stages/0/steps/0") == "new-step");
}

TEST_CASE("A new stage has a unique id and one new step", "[editor][document]") {
    EditorDocument doc;
    REQUIRE(doc.load(two_stages()));
    const std::string before = canonical_json(doc.json());
    CHECK(doc.add_stage(std::size_t{0}) == std::size_t{1});
    CHECK(id_at(doc, "/stages/1") == "new-stage");
    CHECK(id_at(doc, "/stages/2") == "b");
    CHECK(id_at(doc, "/stages/1/steps/0") == "new-step-2");
    step_ids(doc);
    check_one_undo_step(doc, before);

    EditorDocument empty;
    REQUIRE(empty.load(R"({"id": "x"})"));
    CHECK(empty.add_stage(std::nullopt) == std::size_t{0});
    CHECK(id_at(empty, "/stages/0") == "new-stage");
}

TEST_CASE("A duplicated step follows its original with a new id", "[editor][document]") {
    EditorDocument doc;
    REQUIRE(doc.load(two_stages()));
    const std::string before = canonical_json(doc.json());
    // "s2-copy" is a step of stage b already.
    CHECK(doc.duplicate_step(0, 1) == std::size_t{2});
    CHECK(id_at(doc, "/stages/0/steps/2") == "s2-copy-2");
    CHECK(doc.find("/stages/0/steps/2/title")->get<std::string>() == "Two");
    CHECK(doc.find("/stages/0/steps/2/seconds")->get<int>() == 5);
    step_ids(doc);
    check_one_undo_step(doc, before);
    CHECK_FALSE(doc.duplicate_step(0, 9));
}

TEST_CASE("A duplicated stage gets new ids for itself and every step", "[editor][document]") {
    EditorDocument doc;
    REQUIRE(doc.load(two_stages()));
    const std::string before = canonical_json(doc.json());
    CHECK(doc.duplicate_stage(0) == std::size_t{1});
    CHECK(id_at(doc, "/stages/1") == "a-copy");
    CHECK(id_at(doc, "/stages/1/steps/0") == "new-step-copy");
    CHECK(id_at(doc, "/stages/1/steps/1") == "s2-copy-2");
    CHECK(id_at(doc, "/stages/2") == "b");
    CHECK(step_ids(doc).size() == 5);
    check_one_undo_step(doc, before);
    // Twice: the second copy's ids differ from the first copy's.
    CHECK(doc.duplicate_stage(0) == std::size_t{1});
    CHECK(id_at(doc, "/stages/1") == "a-copy-2");
    CHECK(step_ids(doc).size() == 7);
}

TEST_CASE("unique_id keeps a free id and numbers a taken one", "[editor][document]") {
    EditorDocument doc;
    REQUIRE(doc.load(two_stages()));
    CHECK(doc.unique_id("fresh", EditorDocument::IdSpace::Steps) == "fresh");
    CHECK(doc.unique_id("s2", EditorDocument::IdSpace::Steps) == "s2-2");
    // Stage ids and step ids are separate: "s2" is free among stages.
    CHECK(doc.unique_id("s2", EditorDocument::IdSpace::Stages) == "s2");
    CHECK(doc.unique_id("a", EditorDocument::IdSpace::Stages) == "a-2");
}
