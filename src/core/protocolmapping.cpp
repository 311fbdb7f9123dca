#include "protocolmapping.h"

#include "jsonmapping.h"
#include "stepdefaults.h"

#include <limits>

namespace effleur::loading {

namespace {

using json = nlohmann::json;

template <class E, class Parse> E enum_or(const json* value, E fallback, Parse parse) {
    if (value == nullptr || !value->is_string()) {
        return fallback;
    }
    return parse(value->get_ref<const std::string&>()).value_or(fallback);
}

std::vector<ContraindicationRef> map_contraindications(const json* groups) {
    std::vector<ContraindicationRef> out;
    if (groups == nullptr || !groups->is_array()) {
        return out;
    }
    for (const json& group : *groups) {
        const auto kind = enum_or(member(group, "kind"), ContraindicationKind::Absolute,
                                  contraindication_kind_from_string);
        const auto* suggested = member(group, "suggested");
        const auto cite = to_citation(member(group, "cite"));
        for (const std::string& id : to_strings(member(group, "items"))) {
            out.push_back(
                ContraindicationRef{id, kind, suggested != nullptr && *suggested == true, cite});
        }
    }
    return out;
}

std::vector<CareItem> map_care(const json* list) {
    std::vector<CareItem> out;
    if (list == nullptr || !list->is_array()) {
        return out;
    }
    for (const json& item : *list) {
        CareItem care;
        care.kind = enum_or(member(item, "kind"), CareKind::Other, care_kind_from_string);
        care.text = to_text(member(item, "text"));
        care.minutes = to_range(member(item, "minutes"));
        care.cite = to_citation(member(item, "cite"));
        out.push_back(std::move(care));
    }
    return out;
}

std::optional<Course> map_course(const json* c) {
    if (c == nullptr || !c->is_object()) {
        return std::nullopt;
    }
    Course course;
    course.sessions = to_range(member(*c, "sessions"));
    if (const auto* v = member(*c, "interval_days")) {
        course.interval_days = to_int(*v);
    }
    if (const auto* v = member(*c, "interval_months")) {
        course.interval_months = to_int(*v);
    }
    if (const auto* v = member(*c, "uninterrupted")) {
        course.uninterrupted = *v == true;
    }
    course.maintenance_per_month = to_range(member(*c, "maintenance_per_month"));
    if (const auto* v = member(*c, "max_per_week")) {
        course.max_per_week = to_int(*v);
    }
    course.gap_months = to_range(member(*c, "gap_months"));
    course.cite = to_citation(member(*c, "cite"));
    for (std::string& s : to_strings(member(*c, "suggested"))) {
        course.suggested.insert(std::move(s));
    }
    return course;
}

Breathing map_breathing(const json& b) {
    Breathing breathing;
    if (const auto* phases = member(b, "phases")) {
        for (const json& p : *phases) {
            BreathPhase phase;
            phase.kind =
                enum_or(member(p, "phase"), BreathPhaseKind::Hold, breath_phase_from_string);
            if (const auto* counts = member(p, "counts")) {
                phase.counts = to_int(*counts);
            }
            breathing.phases.push_back(phase);
        }
    }
    if (const auto* rounds = member(b, "rounds")) {
        breathing.rounds = to_int(*rounds);
    }
    if (const auto* tempo = member(b, "count_seconds")) {
        breathing.count_seconds = tempo->get<double>();
    }
    return breathing;
}

Step map_step(const json& s, const json& stage, const json& doc, const StepDefaults& defaults,
              const Catalog& catalog) {
    using K = StepView;
    const StepView v(s);
    Step step;
    step.id = to_string_or_empty(v[K::id]);
    step.title = to_text(v[K::title]);
    step.technique = enum_or(v[K::technique], Technique::Preparation, technique_from_string);
    if (const auto* depth = defaults.field(v, K::depth).value) {
        step.depth = depth_from_string(depth->get_ref<const std::string&>());
    }
    step.instruction = to_text(v[K::instruction]);
    if (const auto* lines = v[K::lines]) {
        step.lines.reserve(lines->size());
        for (const json& ref : *lines) {
            const auto* direction = member(ref, "direction");
            step.lines.push_back(LineRef{
                line_ref_id(ref), enum_or(direction, Direction::AsDrawn, direction_from_string)});
        }
    }
    step.diagram = step_diagram(s, stage, doc, catalog);
    step.focus = to_string_or_empty(v[K::focus]);
    step.side = enum_or(defaults.field(v, K::side).value, Side::Both, side_from_string);
    step.first_side =
        enum_or(defaults.field(v, K::first_side).value, BodySide::Left, body_side_from_string);
    if (const auto* passes = defaults.field(v, K::passes).value) {
        step.passes = to_int(*passes);
    }
    if (auto [field, source] = defaults.timing(v); source.value != nullptr) {
        (field == K::seconds ? step.seconds : step.pass_seconds) = source.value->get<double>();
    }
    step.advance = enum_or(defaults.field(v, K::advance).value, Advance::Auto, advance_from_string);
    if (const auto* wait = v[K::wait_before]) {
        step.wait_before = *wait == true;
    }
    step.cue = to_text(v[K::cue]);
    step.cautions = to_texts(v[K::cautions]);
    step.cite = to_citation(v[K::cite]);
    for (std::string& name : to_strings(v[K::suggested])) {
        step.suggested.insert(std::move(name));
    }
    defaults.inherited_suggestions(
        v, [&](std::string_view name) { step.suggested.insert(std::string(name)); });
    if (const auto* b = v[K::breathing]; b != nullptr && step.technique == Technique::Breathing) {
        step.breathing = map_breathing(*b);
    }
    if (step.technique == Technique::Procedure) {
        Procedure procedure;
        if (const auto* p = v[K::procedure]) {
            if (const auto* physician = member(*p, "physician_only")) {
                procedure.physician_only = *physician == true;
            }
            procedure.checklist = to_texts(member(*p, "checklist"));
        }
        step.procedure = std::move(procedure);
    }
    return step;
}

} // namespace

int to_int(const json& value) {
    if (value.is_number_unsigned()) {
        const auto v = value.get<std::uint64_t>();
        return v > static_cast<std::uint64_t>(std::numeric_limits<int>::max())
                   ? std::numeric_limits<int>::max()
                   : static_cast<int>(v);
    }
    if (value.is_number_integer()) {
        const auto v = value.get<std::int64_t>();
        if (v > std::numeric_limits<int>::max()) {
            return std::numeric_limits<int>::max();
        }
        if (v < std::numeric_limits<int>::min()) {
            return std::numeric_limits<int>::min();
        }
        return static_cast<int>(v);
    }
    return 0;
}

std::string line_ref_id(const json& ref) {
    if (ref.is_string()) {
        return ref.get<std::string>();
    }
    return to_string_or_empty(member(ref, "line"));
}

std::string step_diagram(const json& step, const json& stage, const json& doc,
                         const Catalog& catalog) {
    if (const auto* lines = member(step, "lines"); lines != nullptr && !lines->empty()) {
        const Diagram* owner = nullptr;
        if (catalog.line(line_ref_id((*lines)[0]), &owner) == nullptr) {
            return {};
        }
        return owner != nullptr ? owner->id : std::string();
    }
    if (const auto* d = member(stage, "diagram")) {
        return to_string_or_empty(d);
    }
    if (const auto* list = member(doc, "diagrams"); list != nullptr && !list->empty()) {
        return to_string_or_empty(&(*list)[0]);
    }
    return {};
}

Protocol map_protocol(const json& doc, const Catalog& catalog) {
    Protocol p;
    if (const auto* v = member(doc, "format_version")) {
        p.format_version = to_int(*v);
    }
    p.id = to_string_or_empty(member(doc, "id"));
    if (const auto* v = member(doc, "version")) {
        p.version = to_int(*v);
    }
    p.languages = to_strings(member(doc, "languages"));
    p.title = to_text(member(doc, "title"));
    p.summary = to_text(member(doc, "summary"));
    p.regions = to_strings(member(doc, "regions"));
    p.audience = enum_or(member(doc, "audience"), Audience::Therapist, audience_from_string);
    p.diagrams = to_strings(member(doc, "diagrams"));
    p.sources = to_strings(member(doc, "sources"));
    p.course = map_course(member(doc, "course"));
    p.preparation = map_care(member(doc, "preparation"));
    p.aftercare = map_care(member(doc, "aftercare"));
    p.contraindications = map_contraindications(member(doc, "contraindications"));
    p.rules = to_texts(member(doc, "rules"));
    if (const auto* benefits = member(doc, "benefits")) {
        for (const json& b : *benefits) {
            p.benefits.push_back(Benefit{to_text(member(b, "text")),
                                         to_citation(member(b, "cite")).value_or(Citation{})});
        }
    }
    if (const auto* total = member(doc, "total_minutes")) {
        if (const auto* about = member(*total, "about")) {
            const double a = about->get<double>();
            p.total_minutes = Range{a * 0.8, a * 1.2};
        } else {
            p.total_minutes = to_range(total);
        }
    }
    const json* protocol_defaults = member(doc, "defaults");
    if (const auto* stages = member(doc, "stages")) {
        for (const json& st : *stages) {
            Stage stage;
            stage.id = to_string_or_empty(member(st, "id"));
            stage.title = to_text(member(st, "title"));
            if (const auto* day = member(st, "day")) {
                stage.day = to_int(*day);
            }
            stage.diagram = step_diagram(json::object(), st, doc, catalog);
            stage.summary = to_text(member(st, "summary"));
            stage.contraindications = map_contraindications(member(st, "contraindications"));
            const StepDefaults defaults(protocol_defaults, member(st, "defaults"));
            if (const auto* steps = member(st, "steps")) {
                stage.steps.reserve(steps->size());
                for (const json& s : *steps) {
                    stage.steps.push_back(map_step(s, st, doc, defaults, catalog));
                }
            }
            p.stages.push_back(std::move(stage));
        }
    }
    return p;
}

} // namespace effleur::loading
