// Warnings (core/lint.h through Loader::check_text, scan_library and library_warnings): each rule
// fires on a small protocol that breaks it, at the value to change, and not on a clean one.
#include "test_loader_support.h"

#include <algorithm>

using namespace effleur;
using namespace effleur::test;

namespace {

constexpr std::string_view cite = R"({"source": "s1", "lines": 3, "quote": "stroke lightly"})";

// A protocol for the fixture catalogue; `top` holds extra top-level members.
std::string protocol(std::string_view steps, std::string_view top = "") {
    return std::string(R"({"format_version": 1, "id": "lint", "title": "Lint", "summary": "S",
 "regions": ["face"], "audience": "therapist", "diagrams": ["fx-face"], "sources": ["s1"],
 )") + std::string(top) +
           R"("stages": [{"id": "st", "title": "Stage", "steps": [)" + std::string(steps) + "]}]}";
}

// A clean step: a cue, a suggested duration, a line as drawn.
std::string step(std::string_view id, std::string_view members) {
    return R"({"id": ")" + std::string(id) +
           R"(", "title": "Stroke the forehead", "technique": "stroking", "instruction": "Go.", )" +
           std::string(members) + "}";
}

const std::string clean_members =
    R"("lines": ["forehead-to-temple"], "seconds": 20, "suggested": ["seconds"], "cue": "Stroke.")";

Checked check(const std::string& text) {
    Checked checked = fixture_loader().check_text(text, "lint.json");
    INFO(all(checked.protocol ? Diagnostics{} : checked.protocol.errors()));
    REQUIRE(checked.protocol.ok());
    return checked;
}

// The one warning at `pointer`, checked to be a located warning.
const Diagnostic& warning_at(const Checked& checked, const std::string& text,
                             std::string_view pointer, std::string_view token) {
    INFO(all(checked.warnings));
    const Diagnostic* d = at_pointer(checked.warnings, pointer);
    REQUIRE(d != nullptr);
    CHECK(d->severity == Severity::Warning);
    CHECK(d->file == "lint.json");
    CHECK(text_at(text, d->line, d->column, token.size()) == token);
    return *d;
}

} // namespace

TEST_CASE("a clean protocol has no warnings", "[lint]") {
    const Checked checked = check(protocol(step("a", clean_members)));
    INFO(all(checked.warnings));
    CHECK(checked.warnings.empty());
}

TEST_CASE("a protocol that does not load has errors and no warnings", "[lint]") {
    const Checked checked = fixture_loader().check_text(
        protocol(step("a", R"("lines": ["no-such-line"], "seconds": 5)")), "lint.json");
    CHECK_FALSE(checked.protocol.ok());
    CHECK(checked.warnings.empty());
}

TEST_CASE("lint: a step with no spoken cue says its title is spoken instead", "[lint]") {
    const std::string text = protocol(
        step("a", R"("lines": ["forehead-to-temple"], "seconds": 20, "suggested": ["seconds"])"));
    const Checked checked = check(text);
    const Diagnostic& d = warning_at(checked, text, "/stages/0/steps/0", "{\"id\": \"a\"");
    CHECK(d.message ==
          R"(step "a" has no spoken "cue"; its title "Stroke the forehead" is spoken instead)");
    CHECK(checked.warnings.size() == 1);
}

TEST_CASE("lint: a duration with neither a suggested mark nor a citation", "[lint]") {
    SECTION("set by the step") {
        const std::string text =
            protocol(step("a", R"("lines": ["forehead-to-temple"], "seconds": 20, "cue": "Go.")"));
        const Checked checked = check(text);
        const Diagnostic& d = warning_at(checked, text, "/stages/0/steps/0/seconds", "20");
        CHECK(d.message.find(R"(add "seconds" to "suggested")") != std::string::npos);
        CHECK(checked.warnings.size() == 1);
    }
    SECTION("taken from the defaults: reported once, where it is written") {
        const std::string members = R"("lines": ["forehead-to-temple"], "cue": "Go.")";
        const std::string text = protocol(step("a", members) + ", " + step("b", members),
                                          R"("defaults": {"passes": 2, "pass_seconds": 6}, )");
        const Checked checked = check(text);
        warning_at(checked, text, "/defaults/pass_seconds", "6");
        CHECK(checked.warnings.size() == 1);
    }
    SECTION("not when the step cites its source") {
        const Checked checked = check(protocol(
            step("a", R"("lines": ["forehead-to-temple"], "seconds": 20, "cue": "Go.", "cite": )" +
                          std::string(cite))));
        INFO(all(checked.warnings));
        CHECK(checked.warnings.empty());
    }
    SECTION("not in a protocol that follows no source") {
        std::string text =
            protocol(step("a", R"("lines": ["forehead-to-temple"], "seconds": 20, "cue": "Go.")"));
        const std::string sources = R"("sources": ["s1"],)";
        text.erase(text.find(sources), sources.size());
        const Checked checked = check(text);
        INFO(all(checked.warnings));
        CHECK(checked.warnings.empty());
    }
    SECTION("not when the defaults mark it suggested") {
        const std::string members = R"("lines": ["forehead-to-temple"], "cue": "Go.")";
        const Checked checked = check(protocol(
            step("a", members), R"("defaults": {"seconds": 6, "suggested": ["seconds"]}, )"));
        INFO(all(checked.warnings));
        CHECK(checked.warnings.empty());
    }
}

TEST_CASE("lint: a line worked reversed with no note saying why", "[lint]") {
    const std::string reversed =
        R"("lines": [{"line": "chin-to-jaw", "direction": "reversed"}], "seconds": 20, )"
        R"("suggested": ["seconds"], "cue": "Go.")";
    const std::string text = protocol(step("a", reversed));
    const Checked checked = check(text);
    const Diagnostic& d = warning_at(checked, text, "/stages/0/steps/0/lines/0", "{\"line\"");
    CHECK(d.message == R"(line "chin-to-jaw" is worked reversed, against its usual direction )"
                       R"((drawn from "chin" to "jaw-angle"), and the step's "cite" has no )"
                       R"("note" saying why)");

    const Checked noted = check(
        protocol(step("a", reversed + R"(, "cite": {"source": "s1", "lines": 3, "quote": "q", )"
                                      R"("note": "The source works it upward here."})")));
    INFO(all(noted.warnings));
    CHECK(noted.warnings.empty());
}

TEST_CASE("scan_library fills each entry's warnings", "[lint]") {
    TempDir dir;
    write_file(dir.path() / "clean.json", protocol(step("a", clean_members)));
    std::string uncued = protocol(step("a", R"("lines": ["forehead-to-temple"], "seconds": 20,
        "suggested": ["seconds"])"));
    uncued.replace(uncued.find(R"("id": "lint")"), 12, R"("id": "uncued")");
    write_file(dir.path() / "uncued.json", uncued);

    const auto entries = scan_library(fixture_loader(), {dir.path()});
    REQUIRE(entries.size() == 2);
    CHECK(entries[0].warnings.empty());
    REQUIRE(entries[1].warnings.size() == 1);
    CHECK(entries[1].warnings[0].file == (dir.path() / "uncued.json").string());
    CHECK(entries[1].warnings[0].pointer == "/stages/0/steps/0");
}

TEST_CASE("library warnings: catalogue entries that no protocol uses", "[lint]") {
    TempDir dir;
    write_file(dir.path() / "clean.json", protocol(step("a", clean_members)));
    const auto entries = scan_library(fixture_loader(), {dir.path()});
    const Diagnostics warnings = library_warnings(fixture_loader(), entries);
    INFO(all(warnings));
    const auto about = [&](std::string_view words) {
        return std::count_if(warnings.begin(), warnings.end(), [&](const Diagnostic& d) {
            return d.message.find(words) != std::string::npos;
        });
    };
    // Used: the line forehead-to-temple and the source s1; nothing else is.
    CHECK(about("\"forehead-to-temple\"") == 0);
    CHECK(about("source \"s1\"") == 0);
    CHECK(about("massage line \"chin-to-nose\" is used by no protocol in the library") == 1);
    CHECK(about("massage line \"waist-up\"") == 1);
    CHECK(about("source \"s2\"") == 1);
    // Cited by the app itself: the checklist's functional assessment follows source 003.
    CHECK(about("source \"003\"") == 0);
    CHECK(about("contraindication \"pregnancy\"") == 1);
    CHECK(warnings.size() == 4 + 1 + 4); // lines, sources, contraindications

    // Located in the catalogue file, at the entry's id.
    const Diagnostic* d = at_pointer(warnings, "/sources/1/id");
    REQUIRE(d != nullptr);
    CHECK(d->severity == Severity::Warning);
    CHECK(d->file == (fixture_catalog / "sources.json").string());
    CHECK(text_at(read_file(fixture_catalog / "sources.json"), d->line, d->column, 4) == "\"s2\"");

    // Once a protocol uses them, they are not reported.
    write_file(
        dir.path() / "more.json",
        R"({"format_version": 1, "id": "more", "title": "More", "summary": "S",
 "regions": ["face"], "audience": "therapist", "diagrams": ["fx-face"], "sources": ["s2"],
 "contraindications": [{"kind": "absolute", "items": ["pregnancy"]}],
 "stages": [{"id": "st", "title": "Stage", "steps": [)" +
            step(
                "a",
                R"("lines": ["chin-to-nose"], "seconds": 5, "suggested": ["seconds"], "cue": "Go.")") +
            "]}]}");
    const auto more = scan_library(fixture_loader(), {dir.path()});
    const Diagnostics fewer = library_warnings(fixture_loader(), more);
    INFO(all(fewer));
    CHECK(fewer.size() == warnings.size() - 3);
}

TEST_CASE("lint: a text with no translation into a language the protocol declares", "[lint]") {
    // Declares ru and pl; the cue has both, the title neither, the instruction only ru.
    const std::string members =
        R"("lines": ["forehead-to-temple"], "seconds": 20, "suggested": ["seconds"], )"
        R"("cue": {"en": "Stroke.", "ru": "Поглаживание.", "pl": "Głaskanie."}, )"
        R"("cautions": [{"en": "Lightly.", "ru": "Легко."}])";
    std::string text = protocol(step("a", members), R"("languages": ["en", "ru", "pl"], )");
    text.replace(text.find(R"("instruction": "Go.")"), 20,
                 R"("instruction": {"en": "Go.", "ru": "Вперёд."})");
    const Checked checked = check(text);
    INFO(all(checked.warnings));

    const Diagnostic& title = warning_at(checked, text, "/title", "\"Lint\"");
    CHECK(title.message ==
          R"(no "ru" or "pl" translation, though the protocol's "languages" lists them)");
    CHECK(warning_at(checked, text, "/summary", "\"S\"").message.find(R"(no "ru" or "pl")") == 0);
    CHECK(
        warning_at(checked, text, "/stages/0/title", "\"Stage\"").message.find(R"("ru" or "pl")") !=
        std::string::npos);
    const Diagnostic& instruction =
        warning_at(checked, text, "/stages/0/steps/0/instruction", "{\"en\": \"Go.\"");
    CHECK(instruction.message ==
          R"(no "pl" translation, though the protocol's "languages" lists it)");
    warning_at(checked, text, "/stages/0/steps/0/title", "\"Stroke the forehead\"");
    warning_at(checked, text, "/stages/0/steps/0/cautions/0", "{\"en\": \"Lightly.\"");
    // The cue has every declared language; nothing else is a text.
    CHECK(at_pointer(checked.warnings, "/stages/0/steps/0/cue") == nullptr);
    CHECK(checked.warnings.size() == 6);
}

TEST_CASE("lint: translations are checked in every kind of text", "[lint]") {
    const std::string tr = R"({"en": "x", "uk": "х"})";
    const std::string members = R"("lines": ["forehead-to-temple"], "seconds": 20, )"
                                R"("suggested": ["seconds"], "cue": )" +
                                tr;
    const std::string procedure =
        R"({"id": "p", "title": )" + tr + R"(, "technique": "procedure", "instruction": )" + tr +
        R"(, "cue": )" + tr + R"(, "procedure": {"checklist": [)" + tr + R"(, "Plain."]}})";
    std::string text = protocol(
        step("a", members) + ", " + procedure,
        R"("languages": ["en", "uk"], "preparation": [{"kind": "surface", "text": "Bed."}], )"
        R"("aftercare": [{"kind": "rest", "text": )" +
            tr + R"(}], "rules": [)" + tr +
            R"(, "Slowly."], "benefits": [{"text": "Calm.", "cite": )" + std::string(cite) +
            "}], ");
    text.replace(text.find(R"("title": "Lint")"), 15, R"("title": )" + tr);
    text.replace(text.find(R"("summary": "S")"), 14, R"("summary": )" + tr);
    text.replace(text.find(R"("title": "Stage")"), 16,
                 R"("title": )" + tr + R"(, "summary": "Plain.")");
    text.replace(text.find(R"("title": "Stroke the forehead")"), 30, R"("title": )" + tr);
    text.replace(text.find(R"("instruction": "Go.")"), 20, R"("instruction": )" + tr);
    const Checked checked = check(text);
    INFO(all(checked.warnings));
    std::vector<std::string> pointers;
    for (const Diagnostic& d : checked.warnings) {
        CHECK(d.message == R"(no "uk" translation, though the protocol's "languages" lists it)");
        pointers.push_back(d.pointer);
    }
    std::sort(pointers.begin(), pointers.end());
    CHECK(pointers ==
          std::vector<std::string>{"/benefits/0/text", "/preparation/0/text", "/rules/1",
                                   "/stages/0/steps/1/procedure/checklist/1", "/stages/0/summary"});
}

TEST_CASE("lint: no translation is asked for where none is declared", "[lint]") {
    SECTION("no languages") {
        const Checked checked = check(protocol(step("a", clean_members)));
        INFO(all(checked.warnings));
        CHECK(checked.warnings.empty());
    }
    SECTION("English alone") {
        const Checked checked =
            check(protocol(step("a", clean_members), R"("languages": ["en"], )"));
        INFO(all(checked.warnings));
        CHECK(checked.warnings.empty());
    }
    SECTION("a translation into a language not declared is not needed elsewhere") {
        std::string text = protocol(step("a", clean_members));
        text.replace(text.find(R"("title": "Lint")"), 15, R"("title": {"en": "Lint", "de": "L"})");
        const Checked checked = check(text);
        INFO(all(checked.warnings));
        CHECK(checked.warnings.empty());
    }
}

TEST_CASE("library warnings: a checklist item without a language its protocol lists", "[lint]") {
    TempDir dir;
    // Asks about pregnancy (plain text) and fever (text in en and ru, details in English only).
    write_file(dir.path() / "ru.json",
               R"({"format_version": 1, "id": "ru", "languages": ["en", "ru"],
 "title": {"en": "R", "ru": "Р"}, "summary": {"en": "S", "ru": "С"},
 "regions": ["face"], "audience": "therapist", "diagrams": ["fx-face"], "sources": ["s1"],
 "contraindications": [{"kind": "absolute", "items": ["pregnancy", "fever"]}],
 "stages": [{"id": "st", "title": {"en": "Stage", "ru": "Этап"}, "steps": [{"id": "a",
  "title": {"en": "A", "ru": "А"}, "technique": "stroking", "instruction": {"en": "Go.", "ru": "Иди."},
  "lines": ["forehead-to-temple"], "seconds": 5, "suggested": ["seconds"],
  "cue": {"en": "Go.", "ru": "Иди."}}]}]})");
    const auto entries = scan_library(fixture_loader(), {dir.path()});
    REQUIRE(entries.size() == 1);
    INFO(all(entries[0].warnings));
    CHECK(entries[0].warnings.empty());
    const Diagnostics warnings = library_warnings(fixture_loader(), entries);
    INFO(all(warnings));
    const std::string file = (fixture_catalog / "contraindications.json").string();
    const std::string catalog_text = read_file(fixture_catalog / "contraindications.json");

    const Diagnostic* pregnancy = at_pointer(warnings, "/items/0/text");
    REQUIRE(pregnancy != nullptr);
    CHECK(pregnancy->severity == Severity::Warning);
    CHECK(pregnancy->file == file);
    CHECK(text_at(catalog_text, pregnancy->line, pregnancy->column, 11) == "\"Pregnancy\"");
    CHECK(pregnancy->message == R"(contraindication "pregnancy" has no "ru" translation, though )"
                                R"(protocol "ru" asks about it and lists that language in )"
                                R"("languages")");
    // The fever's text has Russian; its details do not.
    CHECK(at_pointer(warnings, "/items/1/text") == nullptr);
    REQUIRE(at_pointer(warnings, "/items/1/details") != nullptr);
    CHECK(at_pointer(warnings, "/items/1/details")->message.find("\"fever\" has no \"ru\"") !=
          std::string::npos);
    // Items no protocol with languages asks about are not concerned.
    CHECK(at_pointer(warnings, "/items/2/text") == nullptr);
    CHECK(at_pointer(warnings, "/items/3/text") == nullptr);

    // A second protocol that lists "uk" is named for the language it adds.
    std::string uk = read_file(dir.path() / "ru.json");
    uk.replace(uk.find(R"("id": "ru")"), 10, R"("id": "uk")");
    uk.replace(uk.find(R"(["en", "ru"])"), 12, R"(["en", "uk", "ru"])");
    write_file(dir.path() / "uk.json", uk);
    const auto both = scan_library(fixture_loader(), {dir.path()});
    const Diagnostics more = library_warnings(fixture_loader(), both);
    INFO(all(more));
    std::vector<std::string> about_pregnancy;
    for (const Diagnostic& d : more) {
        if (d.pointer == "/items/0/text") {
            about_pregnancy.push_back(d.message);
        }
    }
    std::sort(about_pregnancy.begin(), about_pregnancy.end());
    CHECK(about_pregnancy ==
          std::vector<std::string>{
              R"(contraindication "pregnancy" has no "ru" translation, though protocol "ru" asks )"
              R"(about it and lists that language in "languages")",
              R"(contraindication "pregnancy" has no "uk" translation, though protocol "uk" asks )"
              R"(about it and lists that language in "languages")"});
}
