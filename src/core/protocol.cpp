#include "protocol.h"

#include <array>
#include <cmath>
#include <utility>

namespace effleur {

namespace {

// One table per enum, in declaration order, with the spellings used in files. Parsing and
// printing share it so the two can never disagree.
template <class E, std::size_t N> using Names = std::array<std::pair<E, std::string_view>, N>;

constexpr Names<Technique, 17> technique_names{{
    {Technique::Stroking, "stroking"},
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
    {Technique::Preparation, "preparation"},
}};
constexpr Names<Depth, 3> depth_names{{
    {Depth::Superficial, "superficial"},
    {Depth::Medium, "medium"},
    {Depth::Deep, "deep"},
}};
constexpr Names<Side, 4> side_names{{
    {Side::Both, "both"},
    {Side::Left, "left"},
    {Side::Right, "right"},
    {Side::Alternating, "alternating"},
}};
constexpr Names<BodySide, 2> body_side_names{
    {{BodySide::Left, "left"}, {BodySide::Right, "right"}}};
constexpr Names<Direction, 2> direction_names{{
    {Direction::AsDrawn, "as-drawn"},
    {Direction::Reversed, "reversed"},
}};
constexpr Names<Advance, 2> advance_names{{{Advance::Auto, "auto"}, {Advance::Manual, "manual"}}};
constexpr Names<Audience, 2> audience_names{{
    {Audience::Therapist, "therapist"},
    {Audience::Self, "self"},
}};
constexpr Names<ContraindicationKind, 3> contraindication_kind_names{{
    {ContraindicationKind::Absolute, "absolute"},
    {ContraindicationKind::Relative, "relative"},
    {ContraindicationKind::TellSpecialist, "tell-specialist"},
}};
constexpr Names<BreathPhaseKind, 5> breath_phase_names{{
    {BreathPhaseKind::InhaleBelly, "inhale-belly"},
    {BreathPhaseKind::InhaleChest, "inhale-chest"},
    {BreathPhaseKind::ExhaleChest, "exhale-chest"},
    {BreathPhaseKind::ExhaleBelly, "exhale-belly"},
    {BreathPhaseKind::Hold, "hold"},
}};
constexpr Names<CareKind, 8> care_kind_names{{
    {CareKind::Surface, "surface"},
    {CareKind::Position, "position"},
    {CareKind::Lubricant, "lubricant"},
    {CareKind::Cleansing, "cleansing"},
    {CareKind::Clothing, "clothing"},
    {CareKind::Mask, "mask"},
    {CareKind::Rest, "rest"},
    {CareKind::Other, "other"},
}};

template <class E, std::size_t N> std::string_view name_of(const Names<E, N>& names, E value) {
    for (const auto& [e, name] : names) {
        if (e == value) {
            return name;
        }
    }
    return "?"; // only reachable through a cast of an out-of-range value
}

template <class E, std::size_t N>
std::optional<E> value_of(const Names<E, N>& names, std::string_view name) {
    for (const auto& [e, n] : names) {
        if (n == name) {
            return e;
        }
    }
    return std::nullopt;
}

std::chrono::milliseconds to_ms(double seconds) {
    // The loader keeps durations within a day, so this never overflows; rounding keeps
    // 0.1 s steps exact.
    if (!std::isfinite(seconds) || seconds <= 0) {
        return std::chrono::milliseconds{0};
    }
    return std::chrono::milliseconds{std::llround(seconds * 1000.0)};
}

} // namespace

namespace {

std::string& text_language_storage() {
    static std::string lang = "en";
    return lang;
}

} // namespace

void set_text_language(std::string lang) {
    text_language_storage() = lang.empty() ? std::string("en") : std::move(lang);
}

const std::string& text_language() {
    return text_language_storage();
}

const std::string& Text::get() const {
    return get(text_language());
}

const std::string& Text::get(std::string_view lang) const {
    if (lang.empty() || lang == "en") {
        return en;
    }
    if (auto it = translations.find(lang); it != translations.end() && !it->second.empty()) {
        return it->second;
    }
    // "pt-BR" falls back to "pt" before English.
    if (auto dash = lang.find('-'); dash != std::string_view::npos) {
        if (auto it = translations.find(lang.substr(0, dash));
            it != translations.end() && !it->second.empty()) {
            return it->second;
        }
    }
    return en;
}

int Breathing::counts_per_round() const {
    int total = 0;
    for (const auto& phase : phases) {
        total += phase.counts;
    }
    return total;
}

std::chrono::milliseconds Breathing::duration() const {
    return to_ms(static_cast<double>(rounds) * static_cast<double>(counts_per_round()) *
                 count_seconds);
}

std::chrono::milliseconds Step::part_duration() const {
    if (technique == Technique::Procedure) {
        return std::chrono::milliseconds{0};
    }
    if (breathing) {
        return breathing->duration();
    }
    if (seconds) {
        return to_ms(*seconds);
    }
    if (pass_seconds) {
        return to_ms(static_cast<double>(passes) * *pass_seconds);
    }
    return std::chrono::milliseconds{0};
}

std::chrono::milliseconds Step::duration() const {
    return part_duration() * side_parts();
}

std::chrono::milliseconds Stage::duration() const {
    std::chrono::milliseconds total{0};
    for (const auto& step : steps) {
        total += step.duration();
    }
    return total;
}

std::size_t Protocol::step_count() const {
    std::size_t count = 0;
    for (const auto& stage : stages) {
        count += stage.steps.size();
    }
    return count;
}

std::chrono::milliseconds Protocol::duration() const {
    std::chrono::milliseconds total{0};
    for (const auto& stage : stages) {
        total += stage.duration();
    }
    return total;
}

std::vector<ContraindicationRef> Protocol::contraindications_for(std::size_t stage) const {
    std::vector<ContraindicationRef> list = contraindications;
    if (stage < stages.size()) {
        const auto& own = stages[stage].contraindications;
        list.insert(list.end(), own.begin(), own.end());
    }
    return list;
}

std::string_view to_string(Technique v) {
    return name_of(technique_names, v);
}
std::string_view to_string(Depth v) {
    return name_of(depth_names, v);
}
std::string_view to_string(Side v) {
    return name_of(side_names, v);
}
std::string_view to_string(BodySide v) {
    return name_of(body_side_names, v);
}
std::string_view to_string(Direction v) {
    return name_of(direction_names, v);
}
std::string_view to_string(Advance v) {
    return name_of(advance_names, v);
}
std::string_view to_string(Audience v) {
    return name_of(audience_names, v);
}
std::string_view to_string(ContraindicationKind v) {
    return name_of(contraindication_kind_names, v);
}
std::string_view to_string(BreathPhaseKind v) {
    return name_of(breath_phase_names, v);
}
std::string_view to_string(CareKind v) {
    return name_of(care_kind_names, v);
}

std::optional<Technique> technique_from_string(std::string_view s) {
    return value_of(technique_names, s);
}
std::optional<Depth> depth_from_string(std::string_view s) {
    return value_of(depth_names, s);
}
std::optional<Side> side_from_string(std::string_view s) {
    return value_of(side_names, s);
}
std::optional<BodySide> body_side_from_string(std::string_view s) {
    return value_of(body_side_names, s);
}
std::optional<Direction> direction_from_string(std::string_view s) {
    return value_of(direction_names, s);
}
std::optional<Advance> advance_from_string(std::string_view s) {
    return value_of(advance_names, s);
}
std::optional<Audience> audience_from_string(std::string_view s) {
    return value_of(audience_names, s);
}
std::optional<ContraindicationKind> contraindication_kind_from_string(std::string_view s) {
    return value_of(contraindication_kind_names, s);
}
std::optional<BreathPhaseKind> breath_phase_from_string(std::string_view s) {
    return value_of(breath_phase_names, s);
}
std::optional<CareKind> care_kind_from_string(std::string_view s) {
    return value_of(care_kind_names, s);
}

} // namespace effleur
