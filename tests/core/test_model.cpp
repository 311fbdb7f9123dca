// The protocol model's helpers: names as written in files, texts, durations, checklists,
// catalogue lookups and how diagnostics print.
#include "core/catalog.h"
#include "core/diagnostic.h"
#include "core/protocol.h"

#include <catch2/catch.hpp>

#include <chrono>

using namespace effleur;
using std::chrono::milliseconds;

namespace {

// Every value of an enum round-trips through its file name, and the names are the schema's.
template <class E, class Parse>
void check_names(std::initializer_list<std::pair<E, std::string_view>> expected, Parse parse) {
    for (const auto& [value, name] : expected) {
        CHECK(to_string(value) == name);
        REQUIRE(parse(name).has_value());
        CHECK(*parse(name) == value);
    }
    CHECK_FALSE(parse("").has_value());
    CHECK_FALSE(parse("Unknown").has_value());
}

} // namespace

TEST_CASE("enum names are the spellings used in files", "[model]") {
    check_names<Technique>({{Technique::Stroking, "stroking"},
                            {Technique::Rubbing, "rubbing"},
                            {Technique::Kneading, "kneading"},
                            {Technique::Tapping, "tapping"},
                            {Technique::Vibration, "vibration"},
                            {Technique::Pressing, "pressing"},
                            {Technique::Fixation, "fixation"},
                            {Technique::Rolling, "rolling"},
                            {Technique::Sawing, "sawing"},
                            {Technique::Planing, "planing"},
                            {Technique::Shading, "shading"},
                            {Technique::Pinching, "pinching"},
                            {Technique::Squeezing, "squeezing"},
                            {Technique::Drainage, "drainage"},
                            {Technique::Breathing, "breathing"},
                            {Technique::Procedure, "procedure"},
                            {Technique::Preparation, "preparation"}},
                           technique_from_string);
    check_names<Depth>(
        {{Depth::Superficial, "superficial"}, {Depth::Medium, "medium"}, {Depth::Deep, "deep"}},
        depth_from_string);
    check_names<Side>({{Side::Both, "both"},
                       {Side::Left, "left"},
                       {Side::Right, "right"},
                       {Side::Alternating, "alternating"}},
                      side_from_string);
    check_names<BodySide>({{BodySide::Left, "left"}, {BodySide::Right, "right"}},
                          body_side_from_string);
    check_names<Direction>({{Direction::AsDrawn, "as-drawn"}, {Direction::Reversed, "reversed"}},
                           direction_from_string);
    check_names<Advance>({{Advance::Auto, "auto"}, {Advance::Manual, "manual"}},
                         advance_from_string);
    check_names<Audience>({{Audience::Therapist, "therapist"}, {Audience::Self, "self"}},
                          audience_from_string);
    check_names<ContraindicationKind>({{ContraindicationKind::Absolute, "absolute"},
                                       {ContraindicationKind::Relative, "relative"},
                                       {ContraindicationKind::TellSpecialist, "tell-specialist"}},
                                      contraindication_kind_from_string);
    check_names<BreathPhaseKind>({{BreathPhaseKind::InhaleBelly, "inhale-belly"},
                                  {BreathPhaseKind::InhaleChest, "inhale-chest"},
                                  {BreathPhaseKind::ExhaleChest, "exhale-chest"},
                                  {BreathPhaseKind::ExhaleBelly, "exhale-belly"},
                                  {BreathPhaseKind::Hold, "hold"}},
                                 breath_phase_from_string);
    check_names<CareKind>({{CareKind::Surface, "surface"},
                           {CareKind::Position, "position"},
                           {CareKind::Lubricant, "lubricant"},
                           {CareKind::Cleansing, "cleansing"},
                           {CareKind::Clothing, "clothing"},
                           {CareKind::Mask, "mask"},
                           {CareKind::Rest, "rest"},
                           {CareKind::Other, "other"}},
                          care_kind_from_string);
    // Names are exact: no case folding, no underscores for hyphens.
    CHECK_FALSE(technique_from_string("Stroking").has_value());
    CHECK_FALSE(contraindication_kind_from_string("tell_specialist").has_value());
}

TEST_CASE("text falls back to English", "[model]") {
    Text text;
    text.en = "Stroke lightly";
    text.translations = {{"ru", "Легко погладьте"}, {"pt", "Deslize"}, {"de", ""}};
    CHECK(text.get() == "Stroke lightly");
    CHECK(text.get("en") == "Stroke lightly");
    CHECK(text.get("ru") == "Легко погладьте");
    CHECK(text.get("fr") == "Stroke lightly");
    CHECK(text.get("pt-BR") == "Deslize");     // the language before the region
    CHECK(text.get("de") == "Stroke lightly"); // an empty translation is no translation
    CHECK_FALSE(text.empty());
    CHECK(Text{}.empty());
}

TEST_CASE("step durations", "[model]") {
    Step step;
    step.technique = Technique::Kneading;

    SECTION("seconds is the whole step") {
        step.seconds = 20;
        step.passes = 4;
        CHECK(step.part_duration() == milliseconds(20000));
        CHECK(step.duration() == milliseconds(20000));
    }
    SECTION("pass_seconds times passes") {
        step.pass_seconds = 2.5;
        step.passes = 3;
        CHECK(step.part_duration() == milliseconds(7500));
    }
    SECTION("alternating doubles the step, not the part") {
        step.seconds = 15;
        step.side = Side::Alternating;
        CHECK(step.side_parts() == 2);
        CHECK(step.part_duration() == milliseconds(15000));
        CHECK(step.duration() == milliseconds(30000));
    }
    SECTION("breathing is rounds x counts x tempo") {
        step.technique = Technique::Breathing;
        step.breathing = Breathing{{{BreathPhaseKind::InhaleBelly, 1},
                                    {BreathPhaseKind::InhaleChest, 1},
                                    {BreathPhaseKind::ExhaleChest, 2},
                                    {BreathPhaseKind::ExhaleBelly, 4}},
                                   5,
                                   1.5};
        CHECK(step.breathing->counts_per_round() == 8);
        CHECK(step.breathing->duration() == milliseconds(60000));
        CHECK(step.part_duration() == milliseconds(60000));
    }
    SECTION("a procedure is untimed") {
        step.technique = Technique::Procedure;
        step.seconds = 99; // ignored: a procedure has no timer
        CHECK_FALSE(step.timed());
        CHECK(step.duration() == milliseconds(0));
    }
    SECTION("no timing at all is zero") {
        CHECK(step.duration() == milliseconds(0));
    }
}

TEST_CASE("stage and protocol durations add up, and checklists combine", "[model]") {
    Protocol p;
    Stage one;
    Step a;
    a.seconds = 30;
    Step b;
    b.pass_seconds = 10;
    b.passes = 2;
    b.side = Side::Alternating;
    one.steps = {a, b};
    Stage two;
    two.steps = {a};
    p.stages = {one, two};
    CHECK(one.duration() == milliseconds(70000));
    CHECK(p.duration() == milliseconds(100000));
    CHECK(p.step_count() == 3);

    p.contraindications = {{"pregnancy", ContraindicationKind::Absolute, false, std::nullopt}};
    p.stages[1].contraindications = {{"fever", ContraindicationKind::Relative, true, std::nullopt}};
    const auto first = p.contraindications_for(0);
    REQUIRE(first.size() == 1);
    CHECK(first[0].id == "pregnancy");
    const auto second = p.contraindications_for(1);
    REQUIRE(second.size() == 2);
    CHECK(second[0].id == "pregnancy");
    CHECK(second[1].id == "fever");
    CHECK(second[1].suggested);
    CHECK(p.contraindications_for(7).size() == 1); // no such stage: the protocol's own
}

TEST_CASE("catalogue lookups", "[model]") {
    Catalog c;
    Diagram face;
    face.id = "face";
    face.landmarks = {{"chin", {}, false}, {"temple", {}, true}};
    MassageLine line;
    line.id = "chin-to-temple";
    line.from = "chin";
    line.via = {"cheek", "cheekbone"};
    line.to = "temple";
    face.lines = {line};
    c.diagrams = {face};
    c.contraindications = {{"fever", {}, {}}};
    c.sources = {{"004", {"Medical massage", {{"ru", "Лечебный массаж"}}}, "004.txt", {}}};

    CHECK(line.points() == std::vector<std::string>{"chin", "cheek", "cheekbone", "temple"});
    const Diagram* owner = nullptr;
    REQUIRE(c.line("chin-to-temple", &owner) != nullptr);
    CHECK(owner == &c.diagrams[0]);
    CHECK(c.line("nope", &owner) == nullptr);
    CHECK(owner == nullptr);
    CHECK(c.diagram("face") != nullptr);
    CHECK(c.diagram("back") == nullptr);
    CHECK(c.diagrams[0].landmark("temple")->bilateral);
    CHECK(c.contraindication("fever") != nullptr);
    CHECK(c.source("004")->title.en == "Medical massage");
    CHECK(c.source("004")->title.get("ru") == "Лечебный массаж");
    CHECK(c.source("004")->title.get("pl") == "Medical massage"); // English where none is given
    CHECK(c.source("005") == nullptr);
}

TEST_CASE("diagnostics print as file:line:col: pointer: message", "[model]") {
    Diagnostic d{"protocols/face.json", 57, 24, "/stages/0/steps/3/technique", "expected one of x",
                 Severity::Error};
    CHECK(d.to_string() ==
          "protocols/face.json:57:24: /stages/0/steps/3/technique: expected one of x");
    d.pointer.clear();
    CHECK(d.to_string() == "protocols/face.json:57:24: expected one of x");
    d.line = 0;
    d.column = 0;
    CHECK(d.to_string() == "protocols/face.json: expected one of x");
    d.severity = Severity::Warning;
    CHECK(d.to_string() == "protocols/face.json: warning: expected one of x");
}
