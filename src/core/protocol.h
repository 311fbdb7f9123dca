#pragma once
// The protocol model: plain, immutable-after-load structs. No Qt.
// A Protocol is only ever handed out whole and valid (see loader.h); every reference in it
// (lines, landmarks, contraindications, sources) has been resolved against a Catalog.

#include <chrono>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace effleur {

// Text that may later carry translations. In a file it is either a plain string (English) or an
// object {"en": "...", "ru": "...", ...}; "en" is always present.
struct Text {
    std::string en;
    std::map<std::string, std::string, std::less<>> translations; // language -> text, never "en"

    // The text in `lang`, falling back to English.
    [[nodiscard]] const std::string& get(std::string_view lang) const;
    // The text in text_language(), falling back to English.
    [[nodiscard]] const std::string& get() const;
    [[nodiscard]] bool empty() const { return en.empty(); }
    friend bool operator==(const Text&, const Text&) = default;
};

// The language in which Text::get() answers when none is named: "en" unless the app sets it.
// The window sets it once at start-up to the interface's language, before any other thread
// reads a text.
void set_text_language(std::string lang);
[[nodiscard]] const std::string& text_language();

// Where a value comes from: a passage of a source text. `lines` are 1-based, inclusive.
struct Citation {
    std::string source; // a Catalog source id, e.g. "004"
    int line_first = 0;
    int line_last = 0;
    std::string quote; // a short verbatim excerpt of the passage
    std::string note;  // how the passage was read, where that needed a choice
};

enum class Technique {
    Stroking,
    Rubbing,
    Kneading,
    Tapping,
    Vibration,
    Pressing,
    Fixation,
    Rolling,
    Sawing,
    Planing,
    Shading,
    Pinching,
    Squeezing,
    Drainage, // wave-like pressure along lymphatic outflow lines
    Breathing,
    Procedure,   // a clinical procedure, no massage timer (e.g. PRP mesotherapy)
    Preparation, // getting ready: position, oil, and the like
};

enum class Depth { Superficial, Medium, Deep };

// Which side of the body a step works.
//  Both:        both sides at once, lines mirrored.
//  Left/Right:  one side only.
//  Alternating: one side, then the other. The engine splits the step into two parts,
//               first `Step::first_side`; the step's timing applies to each part.
enum class Side { Both, Left, Right, Alternating };
enum class BodySide { Left, Right };

enum class Direction { AsDrawn, Reversed };

// After the step's time is up: go on by itself, or wait for the therapist.
enum class Advance { Auto, Manual };

enum class Audience { Therapist, Self };

enum class ContraindicationKind {
    Absolute,       // stops the session
    Relative,       // needs an explicit acknowledgement
    TellSpecialist, // the specialist must be told first; needs acknowledgement
};

enum class BreathPhaseKind { InhaleBelly, InhaleChest, ExhaleChest, ExhaleBelly, Hold };

struct LineRef {
    std::string line; // a MassageLine id
    Direction direction = Direction::AsDrawn;
};

struct BreathPhase {
    BreathPhaseKind kind{};
    int counts = 1;
};

struct Breathing {
    std::vector<BreathPhase> phases;
    int rounds = 1;
    double count_seconds = 1.0; // the tempo; the engine may scale it at run time

    [[nodiscard]] int counts_per_round() const;
    [[nodiscard]] std::chrono::milliseconds duration() const;
};

struct Procedure {
    bool physician_only = true;
    std::vector<Text> checklist;
};

struct Step {
    std::string id;
    Text title;
    Technique technique{};
    std::optional<Depth> depth;
    Text instruction;
    std::vector<LineRef> lines;
    std::string diagram; // resolved: the diagram of its lines, or of its stage
    std::string focus;   // optional region of the diagram to zoom to
    Side side = Side::Both;
    BodySide first_side = BodySide::Left;
    int passes = 1;
    // Exactly one of these for a timed massage step; none for breathing (timed by its phases)
    // and procedure steps (untimed).
    std::optional<double> seconds;      // the whole step (per side when Alternating)
    std::optional<double> pass_seconds; // one pass; the step lasts passes x pass_seconds
    Advance advance = Advance::Auto;
    bool wait_before = false; // wait for the therapist before it starts (e.g. to reposition)
    Text cue;                 // spoken when the step starts
    std::vector<Text> cautions;
    std::optional<Citation> cite;
    std::set<std::string, std::less<>> suggested; // field names whose values are suggested defaults
    std::optional<Breathing> breathing;           // set iff technique == Breathing
    std::optional<Procedure> procedure;           // set iff technique == Procedure

    [[nodiscard]] bool timed() const { return technique != Technique::Procedure; }
    [[nodiscard]] int side_parts() const { return side == Side::Alternating ? 2 : 1; }
    // Duration of one side part; zero for untimed steps.
    [[nodiscard]] std::chrono::milliseconds part_duration() const;
    // Whole step: part_duration() x side_parts().
    [[nodiscard]] std::chrono::milliseconds duration() const;
    [[nodiscard]] bool is_suggested(std::string_view field) const {
        return suggested.find(field) != suggested.end();
    }
};

struct ContraindicationRef {
    std::string id; // a catalogue item
    ContraindicationKind kind{};
    bool suggested = false; // the protocol's source does not list it; see cite.note
    std::optional<Citation> cite;
};

struct Stage {
    std::string id;
    Text title;
    std::optional<int> day; // 1-based day of a multi-day complex
    std::string diagram;    // resolved default diagram for its steps
    Text summary;
    std::vector<ContraindicationRef> contraindications; // in addition to the protocol's
    std::vector<Step> steps;

    [[nodiscard]] std::chrono::milliseconds duration() const;
};

struct Range {
    double min = 0;
    double max = 0;
};

struct Course {
    std::optional<Range> sessions;
    std::optional<int> interval_days;
    std::optional<int> interval_months;
    bool uninterrupted = false; // "do not interrupt the course"
    std::optional<Range> maintenance_per_month;
    std::optional<int> max_per_week;
    std::optional<Range> gap_months; // between courses
    std::optional<Citation> cite;
    std::set<std::string, std::less<>> suggested;
};

enum class CareKind { Surface, Position, Lubricant, Cleansing, Clothing, Mask, Rest, Other };

struct CareItem {
    CareKind kind = CareKind::Other;
    Text text;
    std::optional<Range> minutes;
    std::optional<Citation> cite;
};

struct Benefit {
    Text text; // the source's own words
    Citation cite;
};

struct Protocol {
    int format_version = 1;
    std::string id;
    int version = 1;
    // The languages its texts carry ("languages" in the file): "en" and each translation that
    // every text has, as the file declares it; empty when the file does not say.
    std::vector<std::string> languages;
    Text title;
    Text summary;
    std::vector<std::string> regions; // e.g. "face", "neck", "back"
    Audience audience = Audience::Therapist;
    std::vector<std::string> diagrams; // the first is the default
    std::vector<std::string> sources;  // Catalog source ids cited
    std::optional<Course> course;
    std::vector<CareItem> preparation;
    std::vector<CareItem> aftercare;
    std::vector<ContraindicationRef> contraindications; // for every stage
    std::vector<Text> rules;                            // cautions for the whole session
    std::vector<Benefit> benefits;
    std::optional<Range> total_minutes; // stated by the source; the loader checks the sum
    std::vector<Stage> stages;

    std::filesystem::path file; // where it was loaded from; empty for in-memory

    [[nodiscard]] std::size_t step_count() const;
    [[nodiscard]] std::chrono::milliseconds duration() const;
    // The checklist for one stage: the protocol's items, then the stage's own.
    [[nodiscard]] std::vector<ContraindicationRef> contraindications_for(std::size_t stage) const;
};

// Names as written in files ("stroking", "tell-specialist", ...). Parsing returns nullopt for an
// unknown name.
std::string_view to_string(Technique);
std::string_view to_string(Depth);
std::string_view to_string(Side);
std::string_view to_string(BodySide);
std::string_view to_string(Direction);
std::string_view to_string(Advance);
std::string_view to_string(Audience);
std::string_view to_string(ContraindicationKind);
std::string_view to_string(BreathPhaseKind);
std::string_view to_string(CareKind);
std::optional<Technique> technique_from_string(std::string_view);
std::optional<Depth> depth_from_string(std::string_view);
std::optional<Side> side_from_string(std::string_view);
std::optional<BodySide> body_side_from_string(std::string_view);
std::optional<Direction> direction_from_string(std::string_view);
std::optional<Advance> advance_from_string(std::string_view);
std::optional<Audience> audience_from_string(std::string_view);
std::optional<ContraindicationKind> contraindication_kind_from_string(std::string_view);
std::optional<BreathPhaseKind> breath_phase_from_string(std::string_view);
std::optional<CareKind> care_kind_from_string(std::string_view);

} // namespace effleur
