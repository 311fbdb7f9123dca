// Every field of the protocol format arrives in the model as written, with defaults applied.
#include "test_loader_support.h"

using namespace effleur;
using namespace effleur::test;
using std::chrono::milliseconds;

namespace {

const Protocol& full_fixture() {
    static const Protocol protocol = [] {
        auto loaded = fixture_loader().load_file(data_dir / "protocols" / "full.json");
        INFO(all(loaded ? Diagnostics{} : loaded.errors()));
        REQUIRE(loaded.ok());
        return loaded.value();
    }();
    return protocol;
}

} // namespace

TEST_CASE("full fixture: protocol fields", "[loader][format]") {
    const Protocol& p = full_fixture();
    CHECK(p.format_version == 1);
    CHECK(p.id == "full-fixture");
    CHECK(p.version == 3);
    CHECK(p.title.en == "Full fixture");
    CHECK(p.title.get("ru") == "Полный пример");
    CHECK(p.summary.en == "Every field of the format, once.");
    CHECK(p.summary.translations.empty());
    CHECK(p.regions == std::vector<std::string>{"face", "back"});
    CHECK(p.audience == Audience::Self);
    CHECK(p.diagrams == std::vector<std::string>{"fx-face", "fx-back"});
    CHECK(p.sources == std::vector<std::string>{"s1", "s2"});
    CHECK(p.file == data_dir / "protocols" / "full.json");

    REQUIRE(p.total_minutes.has_value());
    CHECK(p.total_minutes->min == 2);
    CHECK(p.total_minutes->max == 3);

    REQUIRE(p.course.has_value());
    const Course& c = *p.course;
    REQUIRE(c.sessions.has_value());
    CHECK(c.sessions->min == 10);
    CHECK(c.sessions->max == 15);
    CHECK(c.interval_days == 2);
    CHECK_FALSE(c.interval_months.has_value());
    CHECK(c.uninterrupted);
    CHECK(c.maintenance_per_month->max == 2);
    CHECK(c.max_per_week == 3);
    CHECK(c.gap_months->min == 3);
    REQUIRE(c.cite.has_value());
    CHECK(c.cite->source == "s1");
    CHECK(c.cite->line_first == 7);
    CHECK(c.cite->line_last == 7);
    CHECK(c.cite->quote == "ten to fifteen sessions");
    CHECK(c.suggested == std::set<std::string, std::less<>>{"max_per_week", "gap_months.min"});

    REQUIRE(p.preparation.size() == 1);
    CHECK(p.preparation[0].kind == CareKind::Lubricant);
    CHECK(p.preparation[0].text.en == "Warm the oil in your hands.");
    CHECK(p.preparation[0].minutes->min == 1);
    CHECK(p.preparation[0].cite->source == "s2");
    REQUIRE(p.aftercare.size() == 1);
    CHECK(p.aftercare[0].kind == CareKind::Rest);
    CHECK(p.aftercare[0].text.get("ru") == "Полежите.");
    CHECK_FALSE(p.aftercare[0].minutes.has_value());

    REQUIRE(p.contraindications.size() == 3); // groups flattened, in order
    CHECK(p.contraindications[0].id == "pregnancy");
    CHECK(p.contraindications[0].kind == ContraindicationKind::Absolute);
    CHECK_FALSE(p.contraindications[0].suggested);
    CHECK(p.contraindications[1].id == "fever");
    REQUIRE(p.contraindications[1].cite.has_value());
    CHECK(p.contraindications[1].cite->line_first == 10);
    CHECK(p.contraindications[1].cite->line_last == 12);
    CHECK(p.contraindications[1].cite->note == "Listed as absolute.");
    CHECK(p.contraindications[2].id == "skin-damage");
    CHECK(p.contraindications[2].kind == ContraindicationKind::TellSpecialist);
    CHECK(p.contraindications[2].suggested);

    REQUIRE(p.rules.size() == 2);
    CHECK(p.rules[0].en == "Never press on the spine.");
    CHECK(p.rules[1].get("ru") == "Остановитесь, если больно.");
    REQUIRE(p.benefits.size() == 1);
    CHECK(p.benefits[0].text.en == "Improves the tone of the skin.");
    CHECK(p.benefits[0].cite.line_first == 20);
    CHECK(p.benefits[0].cite.quote == "tone");
}

TEST_CASE("full fixture: stages and steps, with defaults applied", "[loader][format]") {
    const Protocol& p = full_fixture();
    REQUIRE(p.stages.size() == 2);
    const Stage& face = p.stages[0];
    CHECK(face.id == "face");
    CHECK(face.title.en == "Face");
    CHECK(face.day == 1);
    CHECK(face.diagram == "fx-face");
    CHECK(face.summary.en == "The face first.");
    REQUIRE(face.contraindications.size() == 1);
    CHECK(face.contraindications[0].id == "lactation");
    CHECK(face.contraindications[0].kind == ContraindicationKind::Relative);
    CHECK(p.contraindications_for(0).size() == 4);
    CHECK(p.contraindications_for(1).size() == 3);
    REQUIRE(face.steps.size() == 3);

    SECTION("a step that takes most of its values from defaults") {
        const Step& s = face.steps[0];
        CHECK(s.id == "forehead");
        CHECK(s.title.en == "Forehead strokes");
        CHECK(s.technique == Technique::Stroking);
        CHECK(s.depth == Depth::Superficial);   // protocol defaults
        CHECK(s.side == Side::Alternating);     // stage defaults
        CHECK(s.first_side == BodySide::Right); // stage defaults
        CHECK(s.passes == 3);                   // protocol defaults
        CHECK(s.pass_seconds == 10);            // protocol defaults
        CHECK_FALSE(s.seconds.has_value());
        CHECK(s.advance == Advance::Auto);
        CHECK(s.wait_before);
        REQUIRE(s.lines.size() == 2);
        CHECK(s.lines[0].line == "forehead-to-temple");
        CHECK(s.lines[0].direction == Direction::AsDrawn);
        CHECK(s.lines[1].line == "chin-to-nose");
        CHECK(s.lines[1].direction == Direction::Reversed);
        CHECK(s.diagram == "fx-face");
        CHECK(s.focus == "forehead");
        CHECK(s.cue.get("ru") == "Лоб.");
        REQUIRE(s.cautions.size() == 1);
        CHECK(s.cautions[0].en == "Lightly.");
        REQUIRE(s.cite.has_value());
        CHECK(s.cite->line_first == 25);
        CHECK(s.cite->line_last == 26);
        CHECK(s.cite->quote == "light strokes");
        CHECK(s.cite->note == "Read as stroking.");
        // Suggested where the defaults that supplied the value say so; depth and first_side
        // come from defaults that do not mark them.
        CHECK(s.suggested == std::set<std::string, std::less<>>{"passes", "pass_seconds", "side"});
        CHECK(s.is_suggested("side"));
        CHECK_FALSE(s.is_suggested("depth"));
        CHECK(s.part_duration() == milliseconds(30000));
        CHECK(s.duration() == milliseconds(60000));
    }
    SECTION("a step with its own values keeps them, and its own timing hides the defaults'") {
        const Step& s = face.steps[1];
        CHECK(s.depth == Depth::Deep);
        CHECK(s.side == Side::Left);
        CHECK(s.first_side == BodySide::Right);
        CHECK(s.passes == 5);
        CHECK(s.seconds == 20);
        CHECK_FALSE(s.pass_seconds.has_value());
        CHECK(s.advance == Advance::Manual);
        CHECK_FALSE(s.wait_before);
        CHECK(s.lines.empty());
        CHECK(s.diagram == "fx-face"); // from the stage
        CHECK(s.suggested == std::set<std::string, std::less<>>{"seconds"});
        CHECK(s.duration() == milliseconds(20000));
    }
    SECTION("a breathing step") {
        const Step& s = face.steps[2];
        CHECK(s.technique == Technique::Breathing);
        REQUIRE(s.breathing.has_value());
        REQUIRE(s.breathing->phases.size() == 4);
        CHECK(s.breathing->phases[0].kind == BreathPhaseKind::InhaleBelly);
        CHECK(s.breathing->phases[3].kind == BreathPhaseKind::ExhaleBelly);
        CHECK(s.breathing->phases[3].counts == 4);
        CHECK(s.breathing->rounds == 5);
        CHECK(s.breathing->count_seconds == 1);
        CHECK_FALSE(s.seconds.has_value());
        CHECK_FALSE(s.pass_seconds.has_value());
        CHECK(s.passes == 1); // breathing takes no passes from defaults
        CHECK(s.suggested == std::set<std::string, std::less<>>{"breathing.rounds"});
        CHECK(s.duration() == milliseconds(40000));
    }

    const Stage& back = p.stages[1];
    CHECK(back.day == 2);
    CHECK(back.diagram == "fx-face"); // no stage diagram: the protocol's first
    REQUIRE(back.steps.size() == 2);
    CHECK(back.steps[0].diagram == "fx-back"); // from its line
    CHECK(back.steps[0].seconds == 30);
    CHECK(back.steps[0].passes == 3);
    CHECK(back.steps[0].suggested == std::set<std::string, std::less<>>{"passes"});
    const Step& prp = back.steps[1];
    CHECK(prp.technique == Technique::Procedure);
    REQUIRE(prp.procedure.has_value());
    CHECK_FALSE(prp.procedure->physician_only);
    REQUIRE(prp.procedure->checklist.size() == 1);
    CHECK(prp.procedure->checklist[0].en == "Note the injection sites.");
    CHECK(prp.diagram == "fx-face");
    CHECK(prp.duration() == milliseconds(0));

    CHECK(p.step_count() == 5);
    CHECK(p.duration() == milliseconds(150000)); // 60 + 20 + 40 + 30 s, within 2 to 3 minutes
}

TEST_CASE("defaults: stage defaults override the protocol's, and timing is one choice",
          "[loader][format]") {
    const std::string text = R"({
  "format_version": 1, "id": "defaults", "title": "D", "summary": "S", "regions": ["face"],
  "audience": "therapist", "diagrams": ["fx-face"],
  "defaults": {"seconds": 60, "passes": 2, "side": "left", "suggested": ["seconds", "side"]},
  "stages": [
    {"id": "a", "title": "A", "defaults": {"pass_seconds": 5, "side": "right"},
     "steps": [
       {"id": "one", "title": "1", "technique": "tapping", "instruction": "Tap."},
       {"id": "two", "title": "2", "technique": "tapping", "instruction": "Tap.", "seconds": 7}
     ]},
    {"id": "b", "title": "B",
     "steps": [{"id": "three", "title": "3", "technique": "tapping", "instruction": "Tap."}]}
  ]
})";
    auto loaded = fixture_loader().load_text(text, "defaults.json");
    INFO(all(loaded ? Diagnostics{} : loaded.errors()));
    REQUIRE(loaded.ok());
    const auto& stages = loaded.value().stages;
    const Step& one = stages[0].steps[0];
    CHECK(one.pass_seconds == 5); // the stage's timing hides the protocol's "seconds"
    CHECK_FALSE(one.seconds.has_value());
    CHECK(one.passes == 2);
    CHECK(one.side == Side::Right);
    CHECK(one.duration() == milliseconds(10000));
    CHECK(one.suggested.empty()); // the stage's defaults mark nothing
    const Step& two = stages[0].steps[1];
    CHECK(two.seconds == 7);
    CHECK_FALSE(two.pass_seconds.has_value());
    const Step& three = stages[1].steps[0];
    CHECK(three.seconds == 60);
    CHECK(three.side == Side::Left);
    CHECK(three.suggested == std::set<std::string, std::less<>>{"seconds", "side"});
}

TEST_CASE("total_minutes as about: within 20%", "[loader][format]") {
    const std::string base = R"({
  "format_version": 1, "id": "about", "title": "A", "summary": "S", "regions": ["face"],
  "audience": "therapist", "diagrams": ["fx-face"], "total_minutes": {"about": ABOUT},
  "stages": [{"id": "a", "title": "A", "steps": [
    {"id": "one", "title": "1", "technique": "stroking", "instruction": "Go.", "seconds": 600}]}]
})";
    auto with = [&](std::string about) {
        std::string text = base;
        text.replace(text.find("ABOUT"), 5, about);
        return fixture_loader().load_text(text, "about.json");
    };
    CHECK(with("10").ok());
    CHECK(with("8.5").ok()); // 10 is within 20% of 8.5
    CHECK(with("12").ok());  // and of 12
    auto low = with("8");    // 10 is 25% over 8
    REQUIRE_FALSE(low.ok());
    REQUIRE(low.errors().size() == 1);
    CHECK(low.errors()[0].pointer == "/total_minutes");
    CHECK(low.errors()[0].message ==
          "the steps add up to 10 minutes, not about 8 (6.4 to 9.6 within 20%)");
    const auto loaded = with("10");
    REQUIRE(loaded.value().total_minutes.has_value());
    CHECK(loaded.value().total_minutes->min == Approx(8));
    CHECK(loaded.value().total_minutes->max == Approx(12));
}

TEST_CASE("catalogue: lines, landmarks and regions as written, bilateral derived",
          "[loader][format]") {
    const Catalog& c = fixture_loader().catalog();
    REQUIRE(c.diagrams.size() == 2);
    CHECK(c.diagrams[0].id == "fx-back"); // files in name order
    const Diagram* face = c.diagram("fx-face");
    REQUIRE(face != nullptr);
    CHECK(face->title.get("ru") == "Лицо");
    REQUIRE(face->landmarks.size() == 5);
    CHECK(face->landmark("temple")->bilateral);
    CHECK_FALSE(face->landmark("nose")->bilateral);
    const MassageLine* forehead = face->line("forehead-to-temple");
    REQUIRE(forehead != nullptr);
    CHECK(forehead->bilateral);                         // the temple is bilateral
    CHECK_FALSE(face->line("chin-to-nose")->bilateral); // midline only
    CHECK(face->line("chin-to-nose")->note.en == "Midline only.");
    CHECK(face->line("chin-to-jaw")->points() ==
          std::vector<std::string>{"chin", "nose", "jaw-angle"});
    CHECK(face->line("chin-to-jaw")->bilateral); // through to the jaw angle
    CHECK(face->regions.at("lower-face") == std::vector<std::string>{"chin", "jaw-angle"});
    CHECK(c.contraindication("fever")->text.get("ru") == "Высокая температура");
    CHECK(c.contraindication("fever")->details.en == "Above 37.5 °C.");
    CHECK(c.source("s1")->file == "s1.txt");
    CHECK(c.source("s1")->summary.en == "A source for tests.");
    CHECK(c.source("s2")->file.empty());
}

TEST_CASE("the bundled protocols and catalogues load", "[loader][bundled]") {
    auto loader = Loader::create(protocols_dir);
    INFO(all(loader ? Diagnostics{} : loader.errors()));
    REQUIRE(loader.ok());
    const auto entries = scan_library(*loader.value(), {protocols_dir});
    for (const auto& entry : entries) {
        INFO(entry.file.string() << "\n" << all(entry.errors));
        CHECK(entry.protocol != nullptr);
        CHECK(entry.bundled);
    }
}
