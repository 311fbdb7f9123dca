// Fidelity of the bundled face protocols to their source texts.
// The expected step order below is written out by hand from a reading of the sources:
//  - plastic-facial.json          <- source 000 (lines 7, 17-44, 47-54, 63-70)
//  - kneading-prp-lymphatic.json  <- source 001 (lines 5-25)
// If a protocol file changes its order, its techniques or its course plan, these tests say where
// it no longer follows the text.

#include "core/loader.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace {

using namespace effleur;
using namespace std::chrono_literals;

Protocol load_bundled(const std::string& file) {
    auto loader = Loader::create(EFFLEUR_PROTOCOLS_DIR);
    if (!loader.ok()) {
        for (const auto& d : loader.errors())
            UNSCOPED_INFO(d.to_string());
    }
    REQUIRE(loader.ok());
    auto result = loader.value()->load_file(std::filesystem::path(EFFLEUR_PROTOCOLS_DIR) / file);
    if (!result.ok()) {
        for (const auto& d : result.errors())
            UNSCOPED_INFO(d.to_string());
    }
    REQUIRE(result.ok());
    return result.value();
}

std::vector<const Step*> all_steps(const Protocol& p) {
    std::vector<const Step*> out;
    for (const auto& stage : p.stages)
        for (const auto& step : stage.steps)
            out.push_back(&step);
    return out;
}

std::vector<Technique> techniques(const std::vector<const Step*>& steps) {
    std::vector<Technique> out;
    for (const auto* s : steps)
        out.push_back(s->technique);
    return out;
}

std::vector<std::string> line_ids(const Step& s) {
    std::vector<std::string> out;
    for (const auto& ref : s.lines)
        out.push_back(ref.line);
    return out;
}

bool all_as_drawn(const Step& s) {
    return std::all_of(s.lines.begin(), s.lines.end(),
                       [](const LineRef& r) { return r.direction == Direction::AsDrawn; });
}

// A timed massage step must have its duration marked as a suggested default: the sources give
// no durations for these protocols. Breathing steps: the number of rounds is not given.
void require_duration_suggested(const Step& s) {
    INFO("step " << s.id);
    if (s.technique == Technique::Procedure) {
        CHECK_FALSE(s.timed());
        CHECK(s.duration() == 0ms);
        return;
    }
    if (s.technique == Technique::Breathing) {
        REQUIRE(s.breathing.has_value());
        CHECK(s.is_suggested("breathing.rounds"));
        return;
    }
    REQUIRE((s.seconds.has_value() || s.pass_seconds.has_value()));
    if (s.seconds)
        CHECK(s.is_suggested("seconds"));
    if (s.pass_seconds)
        CHECK(s.is_suggested("pass_seconds"));
    CHECK(s.duration() > 0ms);
}

void require_cited(const Step& s, const std::set<std::string>& allowed_sources) {
    INFO("step " << s.id);
    REQUIRE(s.cite.has_value());
    CHECK(allowed_sources.count(s.cite->source) == 1u);
    CHECK(s.cite->line_first >= 1);
    CHECK(s.cite->line_last >= s.cite->line_first);
    CHECK_FALSE(s.cite->quote.empty());
}

// The eight contraindications listed in source 000, lines 47-54, in that order.
const std::vector<std::string> k_contraindications_000 = {
    "pregnancy",
    "lactation",
    "fungal-purulent-skin-disease",
    "lymph-node-inflammation",
    "allergic-reaction",
    "oncological-disease",
    "blood-disease",
    "organ-failure",
};

// Source 000, lines 29-32: the four face lines, in the order given.
const std::vector<std::string> k_face_lines = {
    "mouth-corner-to-tragus", // 1. From the corner of the mouth to the tragus
    "chin-to-earlobe",        // 2. From the middle of the chin to the earlobe
    "nose-to-temple",         // 3. From nose to temple
    "forehead-to-temple",     // 4. From the middle of the forehead to the temple
};

// Source 000, lines 36-38: the three neck lines, in the order given.
const std::vector<std::string> k_neck_lines = {
    "under-jaw-to-earlobe",          // 1. under the jaw towards the earlobe
    "jaw-to-collarbone-and-sternum", // 2. from the lower jaw to the collarbone and sternum
    "sternum-to-jaw-lateral",        // 3. from the sternum to the lower jaw along the lateral line
};

std::vector<std::string> face_then_neck() {
    auto all = k_face_lines;
    all.insert(all.end(), k_neck_lines.begin(), k_neck_lines.end());
    return all;
}

// Source 000, line 42: staccato tapping "from top to bottom", vibration "from bottom to top". The
// lines are taken from the forehead down to the neck (the vibration in the reverse order), and
// each line is worked in that direction too. Which way each massage line is drawn follows from
// where its ends lie on a face, written out here by hand; the test checks the catalogue's ends
// against it.
struct DrawnLine {
    std::string id;
    std::string from;
    std::string to;
    bool drawn_downward;
};
const std::vector<DrawnLine> k_top_to_bottom = {
    // the middle of the forehead lies above the temple
    {"forehead-to-temple", "forehead-middle", "temple", true},
    // the wing of the nose lies below the temple
    {"nose-to-temple", "nose-wing", "temple", false},
    // the corner of the mouth lies below the tragus
    {"mouth-corner-to-tragus", "mouth-corner", "tragus", false},
    // the middle of the chin lies below the earlobe
    {"chin-to-earlobe", "chin-middle", "earlobe", false},
    // under the chin lies below the earlobe
    {"under-jaw-to-earlobe", "submental", "earlobe", false},
    // from the angle of the jaw down to the collarbone and the top of the breastbone
    {"jaw-to-collarbone-and-sternum", "jaw-angle", "jugular-notch", true},
    // from the top of the breastbone up to the angle of the jaw
    {"sternum-to-jaw-lateral", "jugular-notch", "jaw-angle", false},
};

std::vector<std::string> ids_of(const std::vector<DrawnLine>& lines) {
    std::vector<std::string> out;
    for (const auto& l : lines)
        out.push_back(l.id);
    return out;
}

// The direction in which a step works each line: true when downward on the face.
std::vector<bool> worked_downward(const Step& s, const std::vector<DrawnLine>& table) {
    std::vector<bool> out;
    for (const auto& ref : s.lines) {
        const auto it = std::find_if(table.begin(), table.end(),
                                     [&](const DrawnLine& l) { return l.id == ref.line; });
        REQUIRE(it != table.end());
        out.push_back(it->drawn_downward == (ref.direction == Direction::AsDrawn));
    }
    return out;
}

std::vector<std::string> contraindication_ids(const std::vector<ContraindicationRef>& refs) {
    std::vector<std::string> out;
    for (const auto& c : refs)
        out.push_back(c.id);
    return out;
}

void require_contraindications_000(const std::vector<ContraindicationRef>& refs, bool suggested) {
    std::vector<std::string> ids;
    for (const auto& c : refs) {
        INFO("contraindication " << c.id);
        CHECK(c.kind == ContraindicationKind::Absolute);
        CHECK(c.suggested == suggested);
        REQUIRE(c.cite.has_value());
        CHECK(c.cite->source == "000");
        CHECK(c.cite->line_first == 47);
        CHECK(c.cite->line_last == 54);
        ids.push_back(c.id);
    }
    CHECK(ids == k_contraindications_000);
}

} // namespace

TEST_CASE("Plastic facial massage follows source 000 step for step", "[fidelity]") {
    const Protocol p = load_bundled("plastic-facial.json");
    const auto steps = all_steps(p);

    CHECK(p.id == "plastic-facial");
    CHECK(p.audience == Audience::Therapist);
    REQUIRE_FALSE(p.diagrams.empty());
    CHECK(p.diagrams.front() == "face-front");

    SECTION("the sequence of techniques (lines 25-44)") {
        std::vector<Technique> expected;
        expected.push_back(Technique::Stroking);                  // light strokes, line 25
        expected.insert(expected.end(), 7u, Technique::Kneading); // superficial, lines 27-38
        expected.insert(expected.end(), 7u, Technique::Kneading); // deeper, line 40
        expected.push_back(Technique::Tapping);                   // staccato, line 42
        expected.push_back(Technique::Vibration);                 // line 42
        expected.push_back(Technique::Stroking);                  // light plastic strokes, line 42
        expected.push_back(Technique::Procedure);                 // the mask, line 44
        REQUIRE(techniques(steps) == expected);
    }

    SECTION("light strokes first, along the massage lines, ending with fixation") {
        const Step& s = *steps.at(0);
        CHECK(s.depth == Depth::Superficial);
        CHECK(line_ids(s) == face_then_neck());
        CHECK(all_as_drawn(s));
        CHECK(s.instruction.en.find("fixation") != std::string::npos);
        // The source does not say how a fixation is done; the reading is marked as a suggestion.
        CHECK(s.instruction.en.find("hold the hands still") == std::string::npos);
        CHECK(s.instruction.en.find("suggested reading") != std::string::npos);
    }

    SECTION("superficial kneading: the 4 face lines, then the 3 neck lines, one line a step") {
        const auto order = face_then_neck();
        for (std::size_t i = 0; i < order.size(); ++i) {
            const Step& s = *steps.at(1 + i);
            INFO("step " << s.id);
            CHECK(s.depth == Depth::Superficial);
            CHECK(line_ids(s) == std::vector<std::string>{order[i]});
            CHECK(all_as_drawn(s));
        }
    }

    SECTION("deep kneading on the same lines, in the same order") {
        const auto order = face_then_neck();
        for (std::size_t i = 0; i < order.size(); ++i) {
            const Step& s = *steps.at(8 + i);
            INFO("step " << s.id);
            CHECK(s.depth == Depth::Deep);
            CHECK(line_ids(s) == std::vector<std::string>{order[i]});
            CHECK(all_as_drawn(s));
        }
    }

    SECTION("tapping top to bottom, then vibration bottom to top, line by line (line 42)") {
        auto loader = Loader::create(EFFLEUR_PROTOCOLS_DIR);
        REQUIRE(loader.ok());
        for (const auto& l : k_top_to_bottom) {
            INFO("line " << l.id);
            const MassageLine* line = loader.value()->catalog().line(l.id);
            REQUIRE(line != nullptr);
            CHECK(line->from == l.from);
            CHECK(line->to == l.to);
        }

        const Step& tapping = *steps.at(15);
        const Step& vibration = *steps.at(16);
        CHECK(line_ids(tapping) == ids_of(k_top_to_bottom));
        CHECK(worked_downward(tapping, k_top_to_bottom) == std::vector<bool>(7u, true));
        auto bottom_to_top = ids_of(k_top_to_bottom);
        std::reverse(bottom_to_top.begin(), bottom_to_top.end());
        CHECK(line_ids(vibration) == bottom_to_top);
        CHECK(worked_downward(vibration, k_top_to_bottom) == std::vector<bool>(7u, false));

        // Line 42 names no lines: the seven kneading lines are borrowed, and marked so.
        CHECK(tapping.is_suggested("lines"));
        CHECK(vibration.is_suggested("lines"));
        // Neither the fingertips nor the windpipe is in the source: at most a marked caution.
        for (const Step* s : {&tapping, &vibration}) {
            INFO("step " << s->id);
            CHECK(s->instruction.en.find("fingertips") == std::string::npos);
            CHECK(s->instruction.en.find("windpipe") == std::string::npos);
            for (const Text& c : s->cautions)
                CHECK(c.en.rfind("Suggested, not from the source", 0) == 0);
        }
    }

    SECTION("the lines that the source names only for the kneading are marked where borrowed") {
        for (const std::size_t i :
             {std::size_t{0}, std::size_t{15}, std::size_t{16}, std::size_t{17}}) {
            INFO("step " << steps.at(i)->id);
            CHECK(steps.at(i)->is_suggested("lines"));
        }
        for (std::size_t i = 1; i < 15; ++i) {
            INFO("step " << steps.at(i)->id);
            CHECK_FALSE(steps.at(i)->is_suggested("lines")); // lines 29-40 name them
        }
    }

    SECTION("light plastic strokes to finish, then the individually selected mask") {
        const Step& strokes = *steps.at(17);
        CHECK(strokes.depth == Depth::Superficial);
        CHECK(line_ids(strokes) == face_then_neck());

        const Step& mask = *steps.at(18);
        REQUIRE(mask.procedure.has_value());
        CHECK_FALSE(mask.procedure->physician_only);
        CHECK(mask.advance == Advance::Manual);
        CHECK_FALSE(mask.timed());

        const bool has_mask_aftercare =
            std::any_of(p.aftercare.begin(), p.aftercare.end(),
                        [](const CareItem& c) { return c.kind == CareKind::Mask; });
        CHECK(has_mask_aftercare);
    }

    SECTION("the course plan (line 7)") {
        REQUIRE(p.course.has_value());
        const Course& c = *p.course;
        REQUIRE(c.sessions.has_value());
        CHECK(c.sessions->min == Approx(10));
        CHECK(c.sessions->max == Approx(15));
        CHECK(c.interval_days == 2);
        CHECK_FALSE(c.interval_months.has_value());
        CHECK(c.uninterrupted);
        REQUIRE(c.maintenance_per_month.has_value());
        CHECK(c.maintenance_per_month->min == Approx(1));
        CHECK(c.maintenance_per_month->max == Approx(2));
        CHECK(c.suggested.empty());
        REQUIRE(c.cite.has_value());
        CHECK(c.cite->source == "000");
        CHECK(c.cite->line_first == 7);
    }

    SECTION("talc or cosmetic oils, and cleansing first") {
        const bool has_lubricant =
            std::any_of(p.preparation.begin(), p.preparation.end(),
                        [](const CareItem& c) { return c.kind == CareKind::Lubricant; });
        const bool has_cleansing =
            std::any_of(p.preparation.begin(), p.preparation.end(),
                        [](const CareItem& c) { return c.kind == CareKind::Cleansing; });
        CHECK(has_lubricant);
        CHECK(has_cleansing);
    }

    SECTION("the 8 contraindications of lines 47-54, all absolute") {
        require_contraindications_000(p.contraindications, false);
    }

    SECTION("benefits only in the source's words: the results list of lines 65-70") {
        REQUIRE(p.benefits.size() == 6u);
        for (std::size_t i = 0; i < p.benefits.size(); ++i) {
            CHECK(p.benefits[i].cite.source == "000");
            CHECK(p.benefits[i].cite.line_first == 65 + static_cast<int>(i));
        }
    }

    SECTION("the technique's rules: alternating fixing, vibration and pressing (line 17); strictly "
            "along the massage lines (line 19)") {
        REQUIRE(p.rules.size() == 2u);
        CHECK(p.rules[0].en.find("alternating fixing, vibration and pressing movements") !=
              std::string::npos);
        CHECK(p.rules[1].en.find("strictly along") != std::string::npos);
    }

    SECTION("every step cites its passage and every duration is a suggested default") {
        for (const auto* s : steps) {
            require_cited(*s, {"000"});
            require_duration_suggested(*s);
        }
        CHECK(p.duration() >= 15min);
        CHECK(p.duration() <= 25min);
    }
}

TEST_CASE("Kneading, PRP and lymphatic drainage complex follows source 001 day by day",
          "[fidelity]") {
    const Protocol p = load_bundled("kneading-prp-lymphatic.json");

    CHECK(p.id == "kneading-prp-lymphatic");
    REQUIRE(p.stages.size() == 3u);
    CHECK(p.stages[0].day == 1);
    CHECK(p.stages[1].day == 2);
    CHECK(p.stages[2].day == 3);
    REQUIRE(p.diagrams.size() >= 2u);
    CHECK(p.diagrams[0] == "face-front");
    CHECK(std::find(p.diagrams.begin(), p.diagrams.end(), "upper-body") != p.diagrams.end());

    SECTION(
        "Day I: neuro-cutaneous stroking, then kneading, deeper then superficial (lines 8, 21)") {
        const auto& day1 = p.stages[0].steps;
        REQUIRE(day1.size() == 5u);
        CHECK(day1[0].technique == Technique::Stroking);
        CHECK(day1[0].depth == Depth::Superficial);
        const std::vector<Depth> depths = {Depth::Deep, Depth::Deep, Depth::Superficial,
                                           Depth::Superficial};
        for (std::size_t i = 0; i < depths.size(); ++i) {
            const Step& s = day1[1 + i];
            INFO("step " << s.id);
            CHECK(s.technique == Technique::Kneading);
            CHECK(s.depth == depths[i]);
            CHECK(s.is_suggested("lines")); // 001 names no lines
            // 001 has two levels, "deeper" and "more superficial"; "deeper" as deep is a reading.
            CHECK(s.is_suggested("depth") == (depths[i] == Depth::Deep));
        }
        CHECK(day1[0].is_suggested("lines"));
        // Its purpose (line 8) is a claim of benefit, kept with the benefits, not in the step.
        CHECK(day1[0].instruction.en.find("calm") == std::string::npos);
    }

    SECTION("Day II: one untimed, physician-only procedure (lines 10, 22)") {
        const auto& day2 = p.stages[1].steps;
        REQUIRE(day2.size() == 1u);
        const Step& s = day2[0];
        CHECK(s.technique == Technique::Procedure);
        REQUIRE(s.procedure.has_value());
        CHECK(s.procedure->physician_only);
        CHECK_FALSE(s.procedure->checklist.empty());
        CHECK(s.advance == Advance::Manual);
        CHECK_FALSE(s.timed());
        CHECK_FALSE(s.seconds.has_value());
        CHECK_FALSE(s.pass_seconds.has_value());
        CHECK(p.stages[1].duration() == 0ms);
        CHECK_FALSE(s.cautions.empty());

        // Line 7: the alternatives to the plasma, where the physician reads them.
        std::string checklist;
        for (const Text& t : s.procedure->checklist)
            checklist += t.en + "\n";
        for (const char* alternative :
             {"fibroblasts", "stem cells", "other autologous cells", "donor material"}) {
            INFO(alternative);
            CHECK(checklist.find(alternative) != std::string::npos);
        }
        CHECK(checklist.find("assessed and decided by the physician") != std::string::npos);
    }

    SECTION("Day III: drainage by region, superficial then deeper, with three amphoric breaths "
            "during it") {
        const auto& day3 = p.stages[2].steps;
        std::vector<const Step*> steps;
        for (const auto& s : day3)
            steps.push_back(&s);

        // Regions in the order of line 14: face, neck, collar area, décolleté, upper extremities;
        // each superficial, then deeper. The breathing is done during the drainage (lines 5, 16,
        // 23), with the practitioner's palms on the abdomen and the sternum (line 16); when is not
        // given, so each exercise falls between two regions, and none after the drainage.
        const std::vector<Technique> expected = {
            Technique::Drainage,  Technique::Drainage, // face
            Technique::Drainage,  Technique::Drainage, // neck
            Technique::Breathing,                      // exercise 1
            Technique::Drainage,  Technique::Drainage, // collar area
            Technique::Breathing,                      // exercise 2
            Technique::Drainage,  Technique::Drainage, // décolleté
            Technique::Breathing,                      // exercise 3
            Technique::Drainage,  Technique::Drainage, // arms
        };
        REQUIRE(techniques(steps) == expected);
        CHECK(steps.front()->technique == Technique::Drainage);
        CHECK(steps.back()->technique == Technique::Drainage);

        const std::vector<std::string> diagrams = {
            "face-front", "face-front", "face-front", "face-front", "upper-body",
            "upper-body", "upper-body", "upper-body", "upper-body", "upper-body",
        };
        std::size_t drainage = 0;
        for (const auto* s : steps) {
            if (s->technique != Technique::Drainage)
                continue;
            INFO("step " << s->id);
            CHECK(s->diagram == diagrams.at(drainage));
            // superficial, then deeper wave-like pressure (line 14); "deeper" as medium is a
            // reading, marked as suggested
            const bool deeper = drainage % 2 == 1;
            CHECK(s->depth == (deeper ? Depth::Medium : Depth::Superficial));
            CHECK(s->is_suggested("depth") == deeper);
            CHECK_FALSE(s->lines.empty());
            CHECK(all_as_drawn(*s));
            CHECK(s->is_suggested("lines")); // 001 names regions, not lines
            // Light pressure over the injection sites: a therapist's caution, not the source's.
            REQUIRE(s->cautions.size() == 1u);
            CHECK(s->cautions[0].en.rfind("Suggested, not from the source", 0) == 0);
            CHECK(s->cautions[0].en.find("injection sites") != std::string::npos);
            ++drainage;
        }
        CHECK(drainage == 10u);

        // Line 16: in on a count of 1-2, belly then chest; out in reverse, chest on 1-2, then
        // the belly for a count of 4-5. How the pacer splits these counts is a choice.
        const std::vector<BreathPhaseKind> phases = {
            BreathPhaseKind::InhaleBelly, BreathPhaseKind::InhaleChest,
            BreathPhaseKind::ExhaleChest, BreathPhaseKind::ExhaleBelly};
        std::size_t breathing = 0;
        for (const auto* s : steps) {
            if (s->technique != Technique::Breathing)
                continue;
            INFO("step " << s->id);
            REQUIRE(s->breathing.has_value());
            const auto& b = *s->breathing;
            REQUIRE(b.phases.size() == phases.size());
            for (std::size_t i = 0; i < phases.size(); ++i)
                CHECK(b.phases[i].kind == phases[i]);
            CHECK(b.phases[0].counts + b.phases[1].counts == 2); // inhale on a count of 1-2
            CHECK(b.phases[2].counts == 2);                      // chest out on 1-2
            CHECK(b.phases[3].counts >= 2);                      // belly out, to 4-5
            CHECK(b.phases[3].counts <= 5);
            CHECK(s->is_suggested("breathing.phases"));
            CHECK(s->is_suggested("breathing.rounds"));
            // The source's counts are shown as it gives them.
            CHECK(s->instruction.en.find("1-2") != std::string::npos);
            CHECK(s->instruction.en.find("4-5") != std::string::npos);
            CHECK(s->instruction.en.find("Pause the drainage") == std::string::npos);
            ++breathing;
        }
        CHECK(breathing == 3u);
    }

    SECTION("the course plan (line 25)") {
        REQUIRE(p.course.has_value());
        const Course& c = *p.course;
        REQUIRE(c.sessions.has_value());
        CHECK(c.sessions->min == Approx(1));
        CHECK(c.sessions->max == Approx(3));
        CHECK(c.interval_months == 1);
        CHECK_FALSE(c.interval_days.has_value());
        REQUIRE(c.gap_months.has_value());
        CHECK(c.gap_months->min == Approx(6));
        CHECK(c.gap_months->max == Approx(9));
        REQUIRE(c.cite.has_value());
        CHECK(c.cite->source == "001");
        CHECK(c.cite->line_first == 25);
    }

    SECTION("contraindications: the massage days are screened with 000's eight, suggested; the "
            "PRP day by the physician") {
        // Nothing for every stage: the massage list must not stop the physician's procedure.
        CHECK(p.contraindications.empty());

        // Day I: the eight of source 000 (lines 47-54), suggested since 001 lists none.
        require_contraindications_000(p.stages[0].contraindications, true);

        // Day II: none of the massage list; only whether the physician has cleared the
        // procedure, whose contraindications are the physician's to assess.
        const auto day2 = p.contraindications_for(1);
        REQUIRE(day2.size() == 1u);
        CHECK(day2[0].id == "physician-not-cleared");
        CHECK(day2[0].kind == ContraindicationKind::Absolute);
        CHECK(day2[0].suggested);
        REQUIRE(day2[0].cite.has_value());
        CHECK(day2[0].cite->source == "001");

        // Day III: the eight of 000, then the items of source 004 (lines 524-532) that apply to
        // any massage and so to draining the arms: blood clots, high temperature, infections.
        const auto day3 = p.contraindications_for(2);
        REQUIRE(day3.size() == k_contraindications_000.size() + 3u);
        require_contraindications_000(
            std::vector<ContraindicationRef>(day3.begin(), day3.begin() + 8), true);
        const std::vector<ContraindicationRef> from_004(day3.begin() + 8, day3.end());
        CHECK(contraindication_ids(from_004) == std::vector<std::string>{"thrombosis-tendency",
                                                                         "high-temperature",
                                                                         "acute-infection"});
        for (const auto& c : from_004) {
            INFO("contraindication " << c.id);
            CHECK(c.kind == ContraindicationKind::Absolute);
            CHECK(c.suggested);
            REQUIRE(c.cite.has_value());
            CHECK(c.cite->source == "004");
            CHECK(c.cite->line_first == 524);
            CHECK(c.cite->line_last == 532);
            CHECK(c.cite->note.find("004") != std::string::npos);
        }
        CHECK(std::find(p.sources.begin(), p.sources.end(), "004") != p.sources.end());
    }

    SECTION("the results on days 10-15 and the bruises over 7 days (line 24)") {
        const bool result = std::any_of(p.benefits.begin(), p.benefits.end(), [](const Benefit& b) {
            return b.cite.source == "001" && b.cite.line_first == 24 &&
                   b.text.en.find("on days 10-15") != std::string::npos;
        });
        CHECK(result);
        const bool bruises =
            std::any_of(p.aftercare.begin(), p.aftercare.end(), [](const CareItem& c) {
                return c.cite && c.cite->source == "001" && c.cite->line_first == 24 &&
                       c.text.en.find("over 7 days") != std::string::npos &&
                       c.text.en.find("days 10-15") != std::string::npos;
            });
        CHECK(bruises);
    }

    SECTION("every step cites its passage and every duration is a suggested default") {
        for (const auto* s : all_steps(p)) {
            require_cited(*s, {"001"});
            require_duration_suggested(*s);
        }
    }
}

TEST_CASE("The face-front lines shared with the neck self-massage run bottom to top",
          "[fidelity]") {
    auto loader = Loader::create(EFFLEUR_PROTOCOLS_DIR);
    REQUIRE(loader.ok());
    const Catalog& catalog = loader.value()->catalog();

    const Diagram* owner = nullptr;
    const MassageLine* up = catalog.line("neck-front-upward", &owner);
    REQUIRE(up != nullptr);
    REQUIRE(owner != nullptr);
    CHECK(owner->id == "face-front");
    CHECK(up->from == "jugular-notch");
    CHECK(up->to == "chin-middle");

    owner = nullptr;
    const MassageLine* side = catalog.line("collarbone-to-chin", &owner);
    REQUIRE(side != nullptr);
    REQUIRE(owner != nullptr);
    CHECK(owner->id == "face-front");
    CHECK(side->from == "collarbone");
    CHECK(side->to == "chin-middle");
    CHECK(side->bilateral);

    // The 000 face lines are mirrored onto both sides.
    for (const auto& id : k_face_lines) {
        const MassageLine* line = catalog.line(id);
        INFO("line " << id);
        REQUIRE(line != nullptr);
        CHECK(line->bilateral);
    }
}

TEST_CASE("the face protocols are written in Russian, Ukrainian and Polish too", "[fidelity]") {
    const std::vector<std::string> languages{"en", "ru", "uk", "pl"};
    auto loader = Loader::create(EFFLEUR_PROTOCOLS_DIR);
    REQUIRE(loader.ok());
    const Catalog& catalog = loader.value()->catalog();
    // The massage terms of the glossary, as stems: Slavic nouns change their ending
    // with the case ("разминание", "разминания"), and a title may start with the term.
    const std::map<Technique, std::vector<std::string>> term{
        {Technique::Stroking, {"оглаживани", "огладжуванн", "łaskani"}},
        {Technique::Kneading, {"азминани", "озминанн", "gniatani"}},
        {Technique::Tapping, {"околачивани", "околочуванн", "klepywani"}},
        {Technique::Vibration, {"ибраци", "ібраці", "ibracj"}},
        {Technique::Drainage, {"имфодренаж", "імфодренаж", "renaż limfatyczny"}},
    };
    for (const char* file : {"plastic-facial.json", "kneading-prp-lymphatic.json"}) {
        INFO(file);
        const Checked checked =
            loader.value()->check_file(std::filesystem::path(EFFLEUR_PROTOCOLS_DIR) / file);
        REQUIRE(checked.protocol.ok());
        const Protocol& p = checked.protocol.value();
        CHECK(p.languages == languages);
        // The lint finds no text without a translation (nor anything else).
        for (const auto& w : checked.warnings)
            UNSCOPED_INFO(w.to_string());
        CHECK(checked.warnings.empty());

        for (const Step* s : all_steps(p)) {
            INFO("step " << s->id);
            const auto it = term.find(s->technique);
            if (it == term.end())
                continue;
            for (std::size_t k = 0; k < 3; ++k) {
                const std::string& lang = languages[k + 1];
                INFO(lang << ": " << s->title.get(lang));
                CHECK(s->title.translations.count(lang) == 1);
                CHECK(s->title.get(lang).find(it->second[k]) != std::string::npos);
            }
        }
        // The checklist items the protocol asks about are translated in the catalogue.
        for (std::size_t stage = 0; stage < p.stages.size(); ++stage) {
            for (const auto& ref : p.contraindications_for(stage)) {
                const ContraindicationItem* item = catalog.contraindication(ref.id);
                REQUIRE(item != nullptr);
                for (std::size_t k = 1; k < languages.size(); ++k) {
                    INFO(ref.id << " in " << languages[k]);
                    CHECK(item->text.translations.count(languages[k]) == 1);
                    if (!item->details.empty())
                        CHECK(item->details.translations.count(languages[k]) == 1);
                }
            }
        }
    }
    // The glossary's name of the massage, as therapists write it.
    const Protocol facial = load_bundled("plastic-facial.json");
    CHECK(facial.title.get("ru") == "Пластический массаж лица");
    CHECK(facial.title.get("uk") == "Пластичний масаж обличчя");
    CHECK(facial.title.get("pl") == "Masaż plastyczny twarzy");
}
