// Fidelity of the bundled protocols built from source 004 (classic massage): the classic back
// massage, the neck self-massage and the back self-massage with balls. The expected orders below
// are written out by hand from the source text, not read from the protocol files.

#include "core/loader.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstddef>
#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

using namespace effleur;
using std::chrono::milliseconds;
using std::chrono::seconds;

namespace {

const Loader& loader() {
    static const std::shared_ptr<const Loader> instance = [] {
        auto created = Loader::create(EFFLEUR_PROTOCOLS_DIR);
        if (!created.ok()) {
            for (const auto& error : created.errors()) {
                UNSCOPED_INFO(error.to_string());
            }
            FAIL("the protocols folder did not load");
        }
        return created.value();
    }();
    return *instance;
}

Protocol load(const std::string& file) {
    auto result = loader().load_file(std::filesystem::path(EFFLEUR_PROTOCOLS_DIR) / file);
    if (!result.ok()) {
        for (const auto& error : result.errors()) {
            UNSCOPED_INFO(error.to_string());
        }
        FAIL(file << " did not load");
    }
    return result.value();
}

std::vector<const Step*> all_steps(const Protocol& protocol) {
    std::vector<const Step*> steps;
    for (const auto& stage : protocol.stages) {
        for (const auto& step : stage.steps) {
            steps.push_back(&step);
        }
    }
    return steps;
}

const Step& step_by_id(const Protocol& protocol, const std::string& id) {
    for (const Step* step : all_steps(protocol)) {
        if (step->id == id) {
            return *step;
        }
    }
    FAIL("no step " << id);
    throw std::logic_error("unreachable");
}

std::vector<std::string> line_ids(const Step& step) {
    std::vector<std::string> ids;
    for (const auto& ref : step.lines) {
        ids.push_back(ref.line);
    }
    return ids;
}

bool all_as_drawn(const Step& step) {
    return std::all_of(step.lines.begin(), step.lines.end(),
                       [](const LineRef& ref) { return ref.direction == Direction::AsDrawn; });
}

std::set<std::string> items_of_kind(const Protocol& protocol, ContraindicationKind kind) {
    std::set<std::string> ids;
    for (const auto& item : protocol.contraindications) {
        if (item.kind == kind) {
            ids.insert(item.id);
        }
    }
    return ids;
}

const std::set<std::string> classic_absolute{
    "acute-infection", "skin-damage",         "exacerbated-chronic-disease", "high-temperature",
    "neoplasm",        "recent-surgery-scar", "thrombosis-tendency"};
const std::set<std::string> classic_tell_specialist{"heart-problems", "pregnancy"};

// Every step cites source 004 inside [first, last], and the cited passages run in the source's
// order.
void check_citations(const Protocol& protocol, int first, int last) {
    int previous = 0;
    for (const Step* step : all_steps(protocol)) {
        INFO("step " << step->id);
        REQUIRE(step->cite.has_value());
        CHECK(step->cite->source == "004");
        CHECK_FALSE(step->cite->quote.empty());
        CHECK(step->cite->line_first >= first);
        CHECK(step->cite->line_last <= last);
        CHECK(step->cite->line_first <= step->cite->line_last);
        CHECK(step->cite->line_first >= previous);
        previous = step->cite->line_first;
    }
}

bool has_rule_containing(const Protocol& protocol, const std::vector<std::string>& words) {
    return std::any_of(protocol.rules.begin(), protocol.rules.end(), [&](const Text& rule) {
        return std::all_of(words.begin(), words.end(), [&](const std::string& word) {
            return rule.en.find(word) != std::string::npos;
        });
    });
}

} // namespace

TEST_CASE("classic back massage: every technique of 004 lines 76-208 in the source's order",
          "[fidelity]") {
    const Protocol protocol = load("classic-back.json");
    const auto steps = all_steps(protocol);

    // One step per technique passage, in the order of the text.
    const std::vector<Technique> expected{
        Technique::Stroking, // 76-80   superficial planar stroking
        Technique::Stroking, // 88-90   deep flat stroking
        Technique::Rubbing,  // 92-94   alternate rubbing
        Technique::Stroking, // 96-98   spiral strokes
        Technique::Rubbing,  // 100-102 spiral rubbing
        Technique::Stroking, // 104-105 middle phalanges (no heading)
        Technique::Sawing,   // 107-108 sawing with the ribs of the palms (no heading)
        Technique::Stroking, // 110-112 separate-sequential stroking
        Technique::Stroking, // 114-116 rake-like stroking
        Technique::Shading,  // 118-119 short strokes to the side (no heading; line 140)
        Technique::Stroking, // 124-126 "10. Rake-like stroking" again
        Technique::Stroking, // 128-130 comb-like stroking
        Technique::Rubbing,  // 132-134 spiral rubbing with thumbs
        Technique::Stroking, // 136-138 separate and sequential stroking with two fingers
        Technique::Shading,  // 140-142 shading on the sides of the spine
        Technique::Stroking, // 146-147 light middle phalanges (no heading)
        Technique::Planing,  // 149-151 planing on the sides of the spine
        Technique::Stroking, // 153-155 planar stroking with weights
        Technique::Rolling,  // 159-167 rolling onto the thumb
        Technique::Rubbing,  // 169-170 gentle rubs with the middle phalanges (no heading)
        Technique::Rolling,  // 172-180 rolling onto a fist
        Technique::Stroking, // 182-184 separate-sequential stroking
        Technique::Kneading, // 186-190 semicircular kneading
        Technique::Stroking, // 192-194 planar spiral stroking
        Technique::Kneading, // 196-200 transverse kneading
        Technique::Stroking, // 202-204 separate-sequential stroking
        Technique::Stroking, // 206-208 deep flat stroking
        Technique::Stroking, // 206-208 then superficial flat stroking
    };
    REQUIRE(steps.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        INFO("step " << i + 1 << " " << steps[i]->id);
        CHECK(steps[i]->technique == expected[i]);
    }

    // The passages each step cites, in order.
    const std::vector<int> first_lines{76,  88,  92,  96,  100, 104, 107, 110, 114, 118,
                                       124, 128, 132, 136, 140, 146, 149, 153, 159, 169,
                                       172, 182, 186, 192, 196, 202, 206, 206};
    for (std::size_t i = 0; i < first_lines.size(); ++i) {
        INFO("step " << i + 1 << " " << steps[i]->id);
        REQUIRE(steps[i]->cite.has_value());
        CHECK(steps[i]->cite->line_first == first_lines[i]);
    }
    check_citations(protocol, 76, 208);

    SECTION("opening and closing strokes: depth and lines") {
        CHECK(steps.front()->depth == Depth::Superficial);
        CHECK(steps[1]->depth == Depth::Deep);
        // 206: "Deep and then superficial": the opening order reversed.
        CHECK(steps[26]->depth == Depth::Deep);
        CHECK(steps[27]->depth == Depth::Superficial);

        // 80: from the sacral area to the neck, then along the neck area to the shoulder joints.
        const std::vector<std::string> opening{"sacrum-to-neck", "neck-back-to-shoulder-joint"};
        CHECK(line_ids(*steps[0]) == opening);
        CHECK(line_ids(*steps[1]) == opening); // 90: the same lines
        CHECK(all_as_drawn(*steps[0]));

        // 208: always from the sacrum: to the cervical region, to the shoulder joint, to the
        // point between the neck and shoulder.
        const std::vector<std::string> closing{"sacrum-to-neck", "sacrum-to-shoulder-joint",
                                               "sacrum-to-neck-shoulder-point"};
        CHECK(line_ids(*steps[26]) == closing);
        CHECK(line_ids(*steps[27]) == closing);
    }

    SECTION("rolling, kneading and the other multi-line steps follow the text's directions") {
        // 163-167: sacrum to neck; middle of the back to the neck-shoulder junction; lower back to
        // armpit.
        const Step& thumb = step_by_id(protocol, "rolling-onto-thumb");
        CHECK(line_ids(thumb) == std::vector<std::string>{"sacrum-to-neck",
                                                          "back-mid-to-neck-shoulder-point",
                                                          "lumbar-to-armpit"});
        CHECK(all_as_drawn(thumb));
        CHECK(thumb.passes == 2); // "Walk twice"
        CHECK(thumb.side == Side::Alternating);

        // 176-180: lower back to shoulders; lower back to neck-shoulder point; middle of the back
        // to armpit.
        const Step& fist = step_by_id(protocol, "rolling-onto-fist");
        CHECK(line_ids(fist) == std::vector<std::string>{"lumbar-to-shoulders",
                                                         "lumbar-to-neck-shoulder-point",
                                                         "back-mid-to-armpit"});
        CHECK(all_as_drawn(fist));
        CHECK(fist.side == Side::Alternating);
        CHECK(fist.first_side == BodySide::Right); // 174: "on the right side of the spinal column"

        // 190: lumbar region to the armpit, then the middle of the spine to the neck-shoulder
        // point.
        const Step& semicircular = step_by_id(protocol, "semicircular-kneading");
        CHECK(line_ids(semicircular) ==
              std::vector<std::string>{"lumbar-to-armpit", "back-mid-to-neck-shoulder-point"});
        CHECK(semicircular.side == Side::Alternating);

        // 198-200: the upper trapezius, from below the neck to the shoulder joint, one side then
        // the other.
        const Step& transverse = step_by_id(protocol, "transverse-kneading");
        CHECK(line_ids(transverse) == std::vector<std::string>{"neck-back-to-shoulder-joint"});
        CHECK(transverse.side == Side::Alternating);

        // 184: first to the right, then to the left of the spine.
        const Step& sequential = step_by_id(protocol, "separate-sequential-stroking-2");
        CHECK(sequential.side == Side::Alternating);
        CHECK(sequential.first_side == BodySide::Right);

        // 112, 116, 138: one side of the back, then the other.
        CHECK(step_by_id(protocol, "separate-sequential-stroking-1").side == Side::Alternating);
        CHECK(step_by_id(protocol, "rake-like-stroking-1").side == Side::Alternating);
        CHECK(step_by_id(protocol, "two-finger-sequential-stroking").side == Side::Alternating);

        // 68: from the spine to the sides, for the rake-like strokes and the shading. The text
        // gives no levels; the upper, middle and lower back are a suggestion.
        for (const char* id : {"rake-like-stroking-1", "shading-to-side", "rake-like-stroking-2"}) {
            INFO(id);
            const Step& step = step_by_id(protocol, id);
            CHECK(line_ids(step) == std::vector<std::string>{"spine-to-flank-upper",
                                                             "spine-to-flank-middle",
                                                             "spine-to-flank-lower"});
            CHECK(all_as_drawn(step));
            CHECK(step.is_suggested("lines"));
        }
    }

    SECTION("no side named: both sides at once is a suggested default") {
        // 134: the thumbs on either side of the spine work both sides at once.
        const Step& thumbs = step_by_id(protocol, "thumb-spiral-rubbing");
        CHECK(thumbs.side == Side::Both);
        CHECK_FALSE(thumbs.is_suggested("side"));
        for (const Step* step : steps) {
            INFO("step " << step->id);
            if (step->side == Side::Both && step->id != "thumb-spiral-rubbing") {
                CHECK(step->is_suggested("side"));
            }
        }
    }

    SECTION("each technique two or three times (line 72): 3 is a choice, shown with the range") {
        for (const Step* step : steps) {
            INFO("step " << step->id);
            if (step->id == "rolling-onto-thumb") {
                CHECK(step->passes == 2); // 163: "Walk twice", the source's own count
                CHECK_FALSE(step->is_suggested("passes"));
            } else {
                CHECK(step->passes >= 2);
                CHECK(step->passes <= 3);
                CHECK(step->is_suggested("passes"));
            }
        }
        CHECK(has_rule_containing(protocol, {"two or three times", "2-3"}));
    }

    SECTION("about 15 minutes; the step durations are suggested") {
        using namespace std::chrono_literals;
        CHECK(protocol.duration() >= milliseconds(12min));
        CHECK(protocol.duration() <= milliseconds(18min));
        REQUIRE(protocol.total_minutes.has_value());
        for (const Step* step : steps) {
            INFO("step " << step->id);
            CHECK(step->seconds.has_value());
            CHECK(step->is_suggested("seconds"));
        }
    }

    SECTION("rules: never press on the spine, lymph flow, stroke-rub-knead, stop on discomfort") {
        CHECK(has_rule_containing(protocol, {"Never press on the spine"}));
        CHECK(has_rule_containing(protocol,
                                  {"from below upward", "from the spine out to the sides"}));
        CHECK(has_rule_containing(protocol, {"first stroke", "then rub", "knead"}));
        CHECK(has_rule_containing(protocol, {"discomfort", "end the massage"}));
        // 70: when the person's muscles tense up, change the action or end the session.
        CHECK(has_rule_containing(protocol,
                                  {"muscles tense up", "change the technique or end the session"}));
        CHECK_FALSE(has_rule_containing(protocol, {"Do not massage tense muscles"}));
    }

    SECTION("the time limits: at most an hour, a first session 15-40 minutes (lines 38, 451)") {
        const bool shown = std::any_of(
            protocol.preparation.begin(), protocol.preparation.end(), [](const CareItem& item) {
                return item.cite && item.cite->source == "004" && item.cite->line_first == 451 &&
                       item.text.en.find("no more than an hour") != std::string::npos &&
                       item.text.en.find("15-40 minutes") != std::string::npos;
            });
        CHECK(shown);
        CHECK(protocol.summary.en.find("no more than an hour") != std::string::npos);
        CHECK(protocol.summary.en.find("15-40 minutes") != std::string::npos);
    }

    SECTION("the position is not the source's: face down only as a suggestion") {
        const std::string& summary = protocol.stages[0].summary.en;
        CHECK(summary.find("lies face down") == std::string::npos);
        if (summary.find("face down") != std::string::npos) {
            CHECK(summary.find("suggestion") != std::string::npos);
        }
    }

    SECTION("preparation, aftercare and course") {
        std::set<CareKind> kinds;
        for (const auto& item : protocol.preparation) {
            kinds.insert(item.kind);
        }
        CHECK(kinds.count(CareKind::Surface) == 1u);
        CHECK(kinds.count(CareKind::Position) == 1u);
        CHECK(kinds.count(CareKind::Clothing) == 1u);
        CHECK(kinds.count(CareKind::Lubricant) == 1u);

        REQUIRE(protocol.aftercare.size() == 1u);
        CHECK(protocol.aftercare[0].kind == CareKind::Rest);
        REQUIRE(protocol.aftercare[0].minutes.has_value());
        CHECK(protocol.aftercare[0].minutes->min == Approx(10));
        CHECK(protocol.aftercare[0].minutes->max == Approx(15));

        REQUIRE(protocol.course.has_value());
        CHECK(protocol.course->max_per_week == 2);
    }

    SECTION("the 7 contraindications and the 2 tell-the-specialist items (lines 524-534)") {
        CHECK(items_of_kind(protocol, ContraindicationKind::Absolute) == classic_absolute);
        CHECK(items_of_kind(protocol, ContraindicationKind::TellSpecialist) ==
              classic_tell_specialist);
        CHECK(items_of_kind(protocol, ContraindicationKind::Relative).empty());
    }

    CHECK(protocol.audience == Audience::Therapist);
    CHECK(protocol.diagrams == std::vector<std::string>{"back"});
}

TEST_CASE("neck self-massage: the 7 steps of 004 lines 484-490, 5 to 10 minutes", "[fidelity]") {
    const Protocol protocol = load("neck-self-massage.json");
    const auto steps = all_steps(protocol);

    const std::vector<Technique> expected{
        Technique::Preparation, // 484 sit, hair away, warm the oil
        Technique::Stroking,    // 485 chin down, stroke from top to shoulders
        Technique::Rubbing,  // 486 circles along the cervical vertebrae, alternating with stroking
        Technique::Pinching, // 487 light pinching near the vertebrae
        Technique::Stroking, // 488 chin up, three or four strokes bottom to top
        Technique::Rubbing,  // 489 circles from the collarbone to the chin, then palms
        Technique::Stroking, // 490 stroke the whole neck
    };
    REQUIRE(steps.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        INFO("step " << i + 1 << " " << steps[i]->id);
        CHECK(steps[i]->technique == expected[i]);
        REQUIRE(steps[i]->cite.has_value());
        CHECK(steps[i]->cite->line_first == 484 + static_cast<int>(i));
    }
    check_citations(protocol, 484, 490);

    CHECK_FALSE(steps[0]->wait_before);
    CHECK(steps[0]->lines.empty());

    // 485: from the top down to the shoulders, on the back of the neck.
    CHECK(line_ids(*steps[1]) == std::vector<std::string>{"neck-back-occiput-to-shoulders"});
    CHECK(all_as_drawn(*steps[1]));
    CHECK_FALSE(steps[1]->is_suggested("lines")); // 485 gives the place and the direction
    // 486, 487: along and near the cervical vertebrae. The source names no direction for these,
    // so the downward line is a suggestion. The circles "along the cervical vertebrae" are made
    // beside them: the source's rules forbid pressing on the spine (64-66, 386).
    CHECK(line_ids(*steps[2]) == std::vector<std::string>{"neck-back-cervical"});
    CHECK(line_ids(*steps[3]) == std::vector<std::string>{"neck-back-cervical"});
    CHECK(steps[2]->is_suggested("lines"));
    CHECK(steps[3]->is_suggested("lines"));
    CHECK(steps[2]->instruction.en.find("beside the vertebrae") != std::string::npos);
    CHECK(steps[2]->instruction.en.find("along the vertebrae") == std::string::npos);
    CHECK(steps[2]->cite->quote.find("along the cervical vertebrae") != std::string::npos);
    CHECK_FALSE(steps[2]->cite->note.empty());
    CHECK(steps[3]->depth == Depth::Superficial);
    // 488: three or four strokes from bottom to top, on the front of the neck; the count is a
    // choice within 3-4, and the instruction shows the range.
    CHECK(line_ids(*steps[4]) == std::vector<std::string>{"neck-front-upward"});
    CHECK(all_as_drawn(*steps[4]));
    CHECK(steps[4]->passes >= 3);
    CHECK(steps[4]->passes <= 4);
    CHECK(steps[4]->is_suggested("passes"));
    CHECK(steps[4]->instruction.en.find("3-4") != std::string::npos);
    CHECK(steps[4]->diagram == "face-front");
    // 489: from the collarbone up to the chin, and "Repeat all movements again": twice is a
    // reading of that.
    CHECK(line_ids(*steps[5]) == std::vector<std::string>{"collarbone-to-chin"});
    CHECK(all_as_drawn(*steps[5]));
    CHECK(steps[5]->passes == 2);
    CHECK(steps[5]->is_suggested("passes"));

    using namespace std::chrono_literals;
    CHECK(protocol.duration() >= milliseconds(5min));
    CHECK(protocol.duration() <= milliseconds(10min));
    REQUIRE(protocol.total_minutes.has_value());
    CHECK(protocol.total_minutes->min == Approx(5));
    CHECK(protocol.total_minutes->max == Approx(10));

    CHECK(items_of_kind(protocol, ContraindicationKind::Absolute) == classic_absolute);
    CHECK(items_of_kind(protocol, ContraindicationKind::TellSpecialist) == classic_tell_specialist);
    CHECK(protocol.audience == Audience::Self);
    CHECK(protocol.regions == std::vector<std::string>{"neck"});
}

TEST_CASE("back self-massage with balls: four areas, right then left, 30-60 s each", "[fidelity]") {
    const Protocol protocol = load("back-self-massage-balls.json");
    const auto steps = all_steps(protocol);

    // 393 cervical and thoracic (wall), 399 under the shoulder blades (lying),
    // 409 midsection (wall), 413 lumbar (sitting, then lying on the ball).
    const std::vector<std::string> areas{"back-ball-cervical-thoracic", "back-ball-under-scapula",
                                         "back-ball-midsection", "back-ball-lumbar"};
    const std::vector<int> first_lines{393, 399, 409, 413};
    REQUIRE(steps.size() == areas.size());
    for (std::size_t i = 0; i < areas.size(); ++i) {
        const Step& step = *steps[i];
        INFO("step " << i + 1 << " " << step.id);
        CHECK(line_ids(step) == std::vector<std::string>{areas[i]});
        CHECK(step.side == Side::Alternating);
        CHECK(step.first_side == BodySide::Right);
        CHECK(step.side_parts() == 2);
        CHECK(step.part_duration() >= milliseconds(seconds(30)));
        CHECK(step.part_duration() <= milliseconds(seconds(60)));
        CHECK(step.wait_before);             // every area starts from a new position
        CHECK(step.is_suggested("seconds")); // 388 gives 30-60 s; the timer's value is a choice
        CHECK(step.is_suggested("passes"));  // no step's count is the source's own
        REQUIRE(step.cite.has_value());
        CHECK(step.cite->line_first == first_lines[i]);
    }
    check_citations(protocol, 393, 419);

    CHECK(has_rule_containing(protocol, {"Do not touch the bones of the spine"}));
    CHECK(has_rule_containing(protocol, {"breathing"}));
    CHECK(has_rule_containing(protocol, {"30 to 60 seconds", "30-60 s", "45 s"}));
    // 395: shoulder circles "two or three times"; the count is a choice shown with its range.
    CHECK(steps[0]->passes == 3);
    CHECK(steps[0]->instruction.en.find("2-3") != std::string::npos);
    CHECK(has_rule_containing(protocol, {"move the ball around"}));
    CHECK(protocol.audience == Audience::Self);
    CHECK(protocol.regions == std::vector<std::string>{"back"});
}

namespace {

// Every text of a protocol, with where it is, for the messages.
std::vector<std::pair<std::string, const Text*>> all_texts(const Protocol& p) {
    std::vector<std::pair<std::string, const Text*>> out{{"title", &p.title},
                                                         {"summary", &p.summary}};
    for (const auto& t : p.rules)
        out.emplace_back("rule", &t);
    for (const auto& item : p.preparation)
        out.emplace_back("preparation", &item.text);
    for (const auto& item : p.aftercare)
        out.emplace_back("aftercare", &item.text);
    for (const auto& b : p.benefits)
        out.emplace_back("benefit", &b.text);
    for (const auto& stage : p.stages) {
        out.emplace_back(stage.id + " title", &stage.title);
        if (!stage.summary.empty())
            out.emplace_back(stage.id + " summary", &stage.summary);
        for (const auto& step : stage.steps) {
            out.emplace_back(step.id + " title", &step.title);
            out.emplace_back(step.id + " instruction", &step.instruction);
            if (!step.cue.empty())
                out.emplace_back(step.id + " cue", &step.cue);
            for (const auto& c : step.cautions)
                out.emplace_back(step.id + " caution", &c);
            if (step.procedure)
                for (const auto& c : step.procedure->checklist)
                    out.emplace_back(step.id + " checklist", &c);
        }
    }
    return out;
}

// The passages an English text quotes from its source, between straight double quotes.
std::vector<std::string> quoted_passages(const std::string& en) {
    std::vector<std::string> out;
    for (std::size_t open = en.find('"'); open != std::string::npos;) {
        const std::size_t close = en.find('"', open + 1);
        if (close == std::string::npos)
            break;
        out.push_back(en.substr(open + 1, close - open - 1));
        open = en.find('"', close + 1);
    }
    return out;
}

const std::vector<std::string> languages{"ru", "uk", "pl"};

// Every text in each language, not a copy of the English; a passage quoted from the (English)
// source stays verbatim in every language.
void check_translated(const std::string& where, const Text& text) {
    for (const auto& lang : languages) {
        INFO(where << " [" << lang << "]: " << text.en);
        const auto it = text.translations.find(lang);
        REQUIRE(it != text.translations.end());
        CHECK_FALSE(it->second.empty());
        CHECK(it->second != text.en);
        for (const auto& quote : quoted_passages(text.en))
            CHECK(it->second.find(quote) != std::string::npos);
    }
}

} // namespace

TEST_CASE("the protocols from 004 in Russian, Ukrainian and Polish, quotes kept in English",
          "[fidelity][translations]") {
    for (const std::string file :
         {"classic-back.json", "neck-self-massage.json", "back-self-massage-balls.json"}) {
        const Protocol protocol = load(file);
        for (const auto& [where, text] : all_texts(protocol))
            check_translated(file + " " + where, *text);
    }
}

TEST_CASE("the diagrams' names and notes in Russian, Ukrainian and Polish",
          "[fidelity][translations]") {
    const Catalog& catalog = loader().catalog();
    REQUIRE(catalog.diagrams.size() == 3); // back, face-front, upper-body
    for (const Diagram& d : catalog.diagrams) {
        check_translated(d.id + " title", d.title);
        for (const Landmark& l : d.landmarks)
            check_translated(d.id + " landmark " + l.id, l.name);
        for (const MassageLine& l : d.lines) {
            check_translated(d.id + " line " + l.id, l.name);
            if (!l.note.empty())
                check_translated(d.id + " line note " + l.id, l.note);
        }
    }
}

TEST_CASE("a step's title names its technique with the glossary's word in every language",
          "[fidelity][translations]") {
    // The glossaries (docs/glossary-*.md): stroking, rubbing and kneading, as word stems so that
    // declined forms count, lower case and capitalised.
    struct Term {
        std::string english; // in the English title
        std::map<std::string, std::vector<std::string>> words;
    };
    const std::vector<Term> terms{
        {"strok",
         {{"ru", {"поглаживани", "Поглаживани"}},
          {"uk", {"погладжуванн", "Погладжуванн"}},
          {"pl", {"głaskani", "Głaskani"}}}},
        {"rub",
         {{"ru", {"растирани", "Растирани"}},
          {"uk", {"розтиранн", "Розтиранн"}},
          {"pl", {"rozcierani", "Rozcierani"}}}},
        {"knead",
         {{"ru", {"разминани", "Разминани"}},
          {"uk", {"розминанн", "Розминанн"}},
          {"pl", {"ugniatani", "Ugniatani"}}}},
    };
    int checked = 0;
    for (const std::string file :
         {"classic-back.json", "neck-self-massage.json", "back-self-massage-balls.json"}) {
        const Protocol protocol = load(file);
        for (const Step* step : all_steps(protocol)) {
            std::string en = step->title.en;
            std::transform(en.begin(), en.end(), en.begin(),
                           [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
            for (const Term& term : terms) {
                if (en.find(term.english) == std::string::npos)
                    continue;
                ++checked;
                for (const auto& [lang, words] : term.words) {
                    const std::string& title = step->title.get(lang);
                    INFO(file << " " << step->id << " [" << lang << "]: " << title);
                    CHECK(std::any_of(words.begin(), words.end(), [&](const std::string& w) {
                        return title.find(w) != std::string::npos;
                    }));
                }
            }
        }
    }
    // The back massage alone has 16 stroking, 4 rubbing and 2 kneading steps.
    CHECK(checked >= 22);
}
