// Problems in a protocol are reported where they are (file, line, column, JSON pointer) and say
// what was expected and what was found.
#include "test_loader_support.h"

using namespace effleur;
using namespace effleur::test;

namespace {

Diagnostics errors_of(const std::string& text, const std::string& name = "test.json") {
    auto loaded = fixture_loader().load_text(text, name);
    REQUIRE_FALSE(loaded.ok());
    REQUIRE_FALSE(loaded.errors().empty());
    return loaded.errors();
}

// The one diagnostic at `pointer`, checked to be at line:col, where `token` is written.
void check_at(const Diagnostics& errors, const std::string& text, std::string_view pointer,
              int line, int column, std::string_view token, std::string_view message) {
    INFO(all(errors));
    const Diagnostic* d = at_pointer(errors, pointer);
    REQUIRE(d != nullptr);
    CHECK(d->line == line);
    CHECK(d->column == column);
    CHECK(text_at(text, d->line, d->column, token.size()) == token);
    CHECK(d->message == message);
}

// A small valid protocol for the fixture catalogue, with `stages` and extra top-level members.
std::string protocol(std::string_view stages, std::string_view extra = "") {
    std::string text = R"({"format_version": 1, "id": "p", "title": "P", "summary": "S",
 "regions": ["face"], "audience": "therapist", "diagrams": ["fx-face", "fx-back"],
 "sources": ["s1"], )";
    text += extra;
    text += R"("stages": )";
    text += stages;
    text += "}";
    return text;
}

std::string one_step(std::string_view step_members) {
    return R"([{"id": "st", "title": "T", "steps": [{"id": "x", "title": "X", "instruction": "Go.", )" +
           std::string(step_members) + "}]}]";
}

// The single message at `pointer`.
std::string message_at(const Diagnostics& errors, std::string_view pointer) {
    INFO(all(errors));
    const Diagnostic* d = at_pointer(errors, pointer);
    REQUIRE(d != nullptr);
    return d->message;
}

} // namespace

TEST_CASE("schema errors point at the deepest offending value", "[loader][errors]") {
    const std::string text = R"({
  "format_version": 1,
  "id": "errors",
  "title": "Errors",
  "summary": "Problems to find.",
  "regions": ["face"],
  "audience": "therapist",
  "diagrams": ["fx-face"],
  "defaults": {"seconds": 10},
  "stages": [
    {"id": "one", "title": "One", "steps": [
      {"id": "a", "title": "A", "technique": "stroking", "instruction": "Go.", "passes": "3"},
      {"id": "b", "title": "B", "technique": "stroking"},
      {"id": "c", "title": "C", "technique": "stroking", "instruction": "Go.", "pases": 3}
    ]},
    {"id": "two", "title": "Two", "steps": [
      {"id": "d", "title": "D", "technique": "stroking", "instruction": "Go."},
      {"id": "e", "title": "E", "technique": "stroking", "instruction": "Go."},
      {"id": "f", "title": "F", "technique": "stroking", "instruction": "Go."},
      {"id": "g", "title": "G", "technique": "strokin", "instruction": "Go."}
    ]}
  ]
}
)";
    const Diagnostics errors = errors_of(text, "protocols/errors.json");
    INFO(all(errors));
    CHECK(errors.size() == 4);
    check_at(errors, text, "/stages/1/steps/3/technique", 20, 46, "\"strokin\"",
             "expected one of stroking, rubbing, kneading, tapping, vibration, pressing, "
             "fixation, rolling, sawing, planing, shading, pinching, squeezing, drainage, "
             "breathing, procedure, preparation; found \"strokin\" (did you mean \"stroking\"?)");
    check_at(errors, text, "/stages/0/steps/0/passes", 12, 90, "\"3\"",
             "expected an integer; found \"3\"");
    // A missing property is reported at the object that lacks it.
    check_at(errors, text, "/stages/0/steps/1", 13, 7, "{\"id\": \"b\"",
             "missing required property \"instruction\"");
    // An unknown property is reported at its name.
    check_at(errors, text, "/stages/0/steps/2/pases", 14, 80, "\"pases\"",
             "unknown property \"pases\" (did you mean \"passes\"?)");
    // In file order, and printed the way editors jump to.
    CHECK(errors[0].line == 12);
    CHECK(errors[3].to_string() ==
          "protocols/errors.json:20:46: /stages/1/steps/3/technique: " + errors[3].message);
}

TEST_CASE("reference errors are located", "[loader][errors]") {
    const std::string text = R"({
  "format_version": 1,
  "id": "refs",
  "title": "References",
  "summary": "Broken references.",
  "regions": ["face"],
  "audience": "therapist",
  "diagrams": ["fx-face"],
  "contraindications": [{"kind": "absolute", "items": ["pregnancy", "feever"]}],
  "defaults": {"seconds": 10},
  "stages": [
    {"id": "one", "title": "One", "day": 1, "steps": [
      {"id": "a", "title": "A", "technique": "stroking", "instruction": "Go.", "lines": ["forhead-to-temple"]}
    ]},
    {"id": "two", "title": "Two", "day": 3, "steps": [
      {"id": "a", "title": "A again", "technique": "stroking", "instruction": "Go."}
    ]}
  ]
}
)";
    const Diagnostics errors = errors_of(text);
    INFO(all(errors));
    CHECK(errors.size() == 4);
    check_at(errors, text, "/contraindications/0/items/1", 9, 69, "\"feever\"",
             "unknown contraindication \"feever\" (did you mean \"fever\"?)");
    check_at(errors, text, "/stages/0/steps/0/lines/0", 13, 90, "\"forhead-to-temple\"",
             "unknown massage line \"forhead-to-temple\" (did you mean \"forehead-to-temple\"?)");
    // The second use of an id is the error, and it says where the first is.
    check_at(errors, text, "/stages/1/steps/0/id", 16, 14, "\"a\"",
             "duplicate step id \"a\" (first used at line 13)");
    check_at(errors, text, "/stages/1/day", 15, 42, "3",
             "expected day 1 or 2 after day 1; found 3 (days cannot be skipped)");
}

TEST_CASE("breathing and totals are checked", "[loader][errors]") {
    const std::string text = R"({
  "format_version": 1,
  "id": "breath",
  "title": "Breath",
  "summary": "Breathing.",
  "regions": ["face"],
  "audience": "therapist",
  "diagrams": ["fx-face"],
  "total_minutes": {"min": 5, "max": 10},
  "stages": [
    {"id": "one", "title": "One", "steps": [
      {"id": "b", "title": "B", "technique": "breathing", "instruction": "Breathe.",
       "breathing": {"rounds": 2, "phases": [{"phase": "inhale-belly", "counts": 2},
                                             {"phase": "hold", "counts": 3}]}}
    ]}
  ]
}
)";
    SECTION("at least one inhale and one exhale") {
        const Diagnostics errors = errors_of(text);
        CHECK(errors.size() == 1);
        check_at(errors, text, "/stages/0/steps/0/breathing/phases", 13, 45, "[{\"phase\"",
                 "expected at least one inhale phase and one exhale phase; found no exhale phase");
    }
    SECTION("counts of a phase") {
        std::string bad = text;
        bad.replace(bad.find("\"counts\": 3"), 11, "\"counts\": 0");
        const Diagnostics errors = errors_of(bad);
        CHECK(errors.size() == 1); // the schema's complaint; semantic checks wait for it
        check_at(errors, bad, "/stages/0/steps/0/breathing/phases/1/counts", 14, 74, "0",
                 "expected at least 1; found 0");
    }
    SECTION("the steps must add up to total_minutes") {
        std::string fixed = text;
        fixed.replace(fixed.find("\"hold\""), 6, "\"exhale-chest\"");
        const Diagnostics errors = errors_of(fixed);
        CHECK(errors.size() == 1);
        // 2 rounds x 5 counts x 1 s = 10 s
        check_at(errors, fixed, "/total_minutes", 9, 20, "{\"min\"",
                 "the steps add up to 0.17 minutes, outside 5 to 10");
    }
}

TEST_CASE("a syntax error in the middle of a file", "[loader][errors]") {
    std::string text = read_file(data_dir / "protocols" / "full.json");
    const std::string line9 = "  \"audience\": \"self\",\n";
    REQUIRE(text.find(line9) != std::string::npos);
    text.replace(text.find(line9), line9.size(), "  \"audience\": \"self\"\n");
    const Diagnostics errors = errors_of(text, "full.json");
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].line == 10);
    CHECK(errors[0].column == 3);
    CHECK(errors[0].pointer.empty());
    CHECK(errors[0].message ==
          "expected ',' or '}' after an object member; found the string \"diagrams\"");
    CHECK(errors[0].to_string() == "full.json:10:3: " + errors[0].message);
}

TEST_CASE("schema messages are specific", "[loader][errors]") {
    SECTION("text: a string or translations") {
        const auto errors =
            errors_of(protocol(one_step(R"("technique": "stroking", "seconds": 5, "cue": 5)")));
        CHECK(message_at(errors, "/stages/0/steps/0/cue") ==
              "expected a string or an object of translations; found 5");
    }
    SECTION("translations need English and language codes") {
        const auto errors = errors_of(protocol(
            one_step(R"("technique": "stroking", "seconds": 5, "cue": {"english": "x"})")));
        CHECK(message_at(errors, "/stages/0/steps/0/cue") == "missing required property \"en\"");
        CHECK(message_at(errors, "/stages/0/steps/0/cue/english") ==
              "invalid property name \"english\": expected a language code such as \"ru\" or "
              "\"pt-BR\"");
    }
    SECTION("seconds and pass_seconds exclude each other") {
        const auto errors = errors_of(
            protocol(one_step(R"("technique": "stroking", "seconds": 5, "pass_seconds": 2)")));
        CHECK(message_at(errors, "/stages/0/steps/0/pass_seconds") ==
              "give either \"seconds\" or \"pass_seconds\", not both");
    }
    SECTION("a breathing step is timed by its phases") {
        const auto errors =
            errors_of(protocol(one_step(R"("technique": "breathing", "seconds": 5)")));
        CHECK(message_at(errors, "/stages/0/steps/0") ==
              "missing required property \"breathing\" (needed when technique is \"breathing\")");
        CHECK(message_at(errors, "/stages/0/steps/0/seconds") ==
              "\"seconds\" is not allowed when technique is \"breathing\"");
    }
    SECTION("ids, line references, enums") {
        const auto errors = errors_of(protocol(one_step(
            R"("technique": "stroking", "seconds": 5, "lines": ["Forehead", {"line": "chin-to-nose", "direction": "back"}, 3])")));
        CHECK(message_at(errors, "/stages/0/steps/0/lines/0") ==
              "expected an id: lower-case letters and digits, words joined by single hyphens "
              "(like \"face-front\"); found \"Forehead\"");
        CHECK(message_at(errors, "/stages/0/steps/0/lines/1/direction") ==
              "expected one of as-drawn, reversed; found \"back\"");
        CHECK(message_at(errors, "/stages/0/steps/0/lines/2") ==
              "expected a line id or an object {\"line\": id, \"direction\": ...}; found 3");
    }
    SECTION("total_minutes is a range or about") {
        const auto errors = errors_of(protocol(one_step(R"("technique": "stroking", "seconds": 5)"),
                                               R"("total_minutes": {"min": 1}, )"));
        CHECK(message_at(errors, "/total_minutes") == "expected \"min\" and \"max\", or \"about\"");
    }
    SECTION("distinct list items") {
        std::string text = protocol(one_step(R"("technique": "stroking", "seconds": 5)"));
        text.replace(text.find(R"(["face"])"), 8, R"(["face", "neck", "face"])");
        const auto errors = errors_of(text);
        CHECK(message_at(errors, "/regions/2") == "duplicate item \"face\"; it is already item 0");
    }
    SECTION("languages: codes, once each, English among them") {
        const auto without_english =
            errors_of(protocol(one_step(R"("technique": "stroking", "seconds": 5)"),
                               R"("languages": ["ru", "pl"], )"));
        CHECK(message_at(without_english, "/languages") ==
              "expected an item \"en\"; found none among 2 items");
        const auto bad_code =
            errors_of(protocol(one_step(R"("technique": "stroking", "seconds": 5)"),
                               R"("languages": ["en", "RU", "en"], )"));
        CHECK(message_at(bad_code, "/languages/1") ==
              "expected a language code such as \"ru\" or \"pt-BR\"; found \"RU\"");
        CHECK(message_at(bad_code, "/languages/2") ==
              "duplicate item \"en\"; it is already item 0");
        const auto empty = errors_of(
            protocol(one_step(R"("technique": "stroking", "seconds": 5)"), R"("languages": [], )"));
        CHECK(message_at(empty, "/languages") == "expected at least 1 item; found none");
    }
    SECTION("course intervals") {
        const auto errors =
            errors_of(protocol(one_step(R"("technique": "stroking", "seconds": 5)"),
                               R"("course": {"interval_days": 2, "interval_months": 1}, )"));
        CHECK(message_at(errors, "/course/interval_months") ==
              "give either \"interval_days\" or \"interval_months\", not both");
    }
}

TEST_CASE("semantic checks", "[loader][errors]") {
    const std::string timed = R"("technique": "stroking", "seconds": 5)";
    SECTION("a massage step needs a duration, its own or from defaults") {
        const auto errors = errors_of(protocol(one_step(R"("technique": "stroking")")));
        CHECK(message_at(errors, "/stages/0/steps/0") ==
              "expected \"seconds\" or \"pass_seconds\" here or in defaults");
    }
    SECTION("the lines of a step are on one listed diagram") {
        auto errors = errors_of(protocol(
            one_step(std::string(timed) + R"(, "lines": ["forehead-to-temple", "spine-down"])")));
        CHECK(message_at(errors, "/stages/0/steps/0/lines/1") ==
              "massage line \"spine-down\" is on diagram \"fx-back\", but this step's lines are "
              "on \"fx-face\"; all lines of a step must be on one diagram");
        std::string unlisted =
            protocol(one_step(std::string(timed) + R"(, "lines": ["spine-down"])"));
        unlisted.replace(unlisted.find("\"fx-face\", \"fx-back\""), 20, "\"fx-face\"");
        errors = errors_of(unlisted);
        CHECK(message_at(errors, "/stages/0/steps/0/lines/0") ==
              "massage line \"spine-down\" is on diagram \"fx-back\", which is not in the "
              "protocol's \"diagrams\"");
    }
    SECTION("focus names a region of the step's diagram") {
        const auto errors = errors_of(protocol(one_step(
            std::string(timed) + R"(, "lines": [{"line": "waist-up"}], "focus": "forehead")")));
        CHECK(message_at(errors, "/stages/0/steps/0/focus") ==
              "unknown region \"forehead\" in diagram \"fx-back\"");
    }
    SECTION("a stage's checklist names an item once") {
        const auto errors = errors_of(protocol(
            R"([{"id": "st", "title": "T",
                 "contraindications": [{"kind": "relative", "items": ["fever", "pregnancy"]}],
                 "steps": [{"id": "x", "title": "X", "instruction": "Go.", "technique": "stroking", "seconds": 5}]}])",
            R"("contraindications": [{"kind": "absolute", "items": ["pregnancy"]}], )"));
        const std::string message = message_at(errors, "/stages/0/contraindications/0/items/1");
        CHECK(message.starts_with(
            "contraindication \"pregnancy\" is listed twice for this stage (also at line"));
        CHECK(errors.size() == 1);
    }
    SECTION("citations") {
        const auto errors = errors_of(protocol(
            one_step(std::string(timed) + R"(, "cite": {"source": "s2", "lines": [9, 3]})"),
            R"("rules_cite": {"source": "s9", "lines": 1}, )"));
        CHECK(message_at(errors, "/stages/0/steps/0/cite/source") ==
              "source \"s2\" is not listed in the protocol's \"sources\"");
        CHECK(message_at(errors, "/stages/0/steps/0/cite/lines") ==
              "the first line (9) comes after the last (3)");
        CHECK(message_at(errors, "/rules_cite/source") == "unknown source \"s9\"");
    }
    SECTION("suggested names fields that are there") {
        const auto errors = errors_of(
            protocol(one_step(std::string(timed) +
                              R"(, "suggested": ["seconds", "passes", "breathing.rounds"])"),
                     R"("defaults": {"depth": "deep", "suggested": ["side"]}, )"));
        CHECK(message_at(errors, "/stages/0/steps/0/suggested/1") ==
              "\"passes\" is listed as suggested, but this step has no such field (here or in its "
              "defaults)");
        CHECK(message_at(errors, "/stages/0/steps/0/suggested/2")
                  .starts_with("\"breathing.rounds\" is listed"));
        CHECK(message_at(errors, "/defaults/suggested/0") ==
              "\"side\" is listed as suggested, but this \"defaults\" does not set it");
        CHECK(errors.size() == 3);
    }
    SECTION("days: all or none, from 1, without gaps or going back") {
        auto stages = [](std::string_view a, std::string_view b) {
            const std::string step =
                R"("steps": [{"id": "ID", "title": "X", "instruction": "Go.", "technique": "stroking", "seconds": 5}])";
            std::string one = step;
            one.replace(one.find("ID"), 2, "x1");
            std::string two = step;
            two.replace(two.find("ID"), 2, "x2");
            return "[{\"id\": \"a\", \"title\": \"A\", " + std::string(a) + one +
                   "}, {\"id\": \"b\", \"title\": \"B\", " + std::string(b) + two + "}]";
        };
        CHECK(message_at(errors_of(protocol(stages(R"("day": 2, )", R"("day": 2, )"))),
                         "/stages/0/day") == "the first stage must be on day 1; found 2");
        CHECK(message_at(errors_of(protocol(stages(R"("day": 1, )", ""))), "/stages/1") ==
              "missing \"day\": the first stage has one; give every stage a day, or none");
        CHECK(message_at(errors_of(protocol(stages("", R"("day": 1, )"))), "/stages/1/day") ==
              "\"day\" is given here but not for the first stage; give every stage a day, or none");
        auto back = protocol(stages(R"("day": 1, )", R"("day": 1, )"));
        CHECK(fixture_loader().load_text(back, "same-day.json").ok()); // two stages on one day
    }
    SECTION("duplicate stage ids and unlisted stage diagrams") {
        std::string text = protocol(
            R"([{"id": "a", "title": "A", "steps": [{"id": "x", "title": "X", "instruction": "Go.", "technique": "stroking", "seconds": 5}]},
                {"id": "a", "title": "B", "diagram": "fx-fac", "steps": [{"id": "y", "title": "Y", "instruction": "Go.", "technique": "stroking", "seconds": 5}]}])");
        const auto errors = errors_of(text);
        CHECK(message_at(errors, "/stages/1/id") ==
              "duplicate stage id \"a\" (first used at line 3)");
        CHECK(message_at(errors, "/stages/1/diagram") ==
              "unknown diagram \"fx-fac\" (did you mean \"fx-face\"?)");
    }
    SECTION("ranges run from min to max") {
        const auto errors = errors_of(
            protocol(one_step(timed), R"("course": {"sessions": {"min": 15, "max": 10}}, )"));
        CHECK(message_at(errors, "/course/sessions/max") ==
              "\"min\" (15) is more than \"max\" (10)");
    }
}
