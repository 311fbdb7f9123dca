#pragma once
// How a step's values are completed from defaults: the step's own value, else its stage's
// "defaults", else the protocol's "defaults". Shared by the semantic checks and the mapping so
// that both see the same step. Internal to effleur::core; works on schema-valid documents.
//
// "seconds" and "pass_seconds" are one choice, the step's timing: a step that sets either takes
// neither from the defaults, and stage defaults that set either hide the protocol's. So a step
// with its own "pass_seconds" under a protocol default of "seconds" is timed by its passes.
// Breathing and procedure steps are not timed that way, so they take none of "seconds",
// "pass_seconds" and "passes" from defaults (nor are those marked suggested on them).

#include <nlohmann/json.hpp>

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace effleur::loading {

inline const nlohmann::json* member(const nlohmann::json& object, std::string_view key) {
    if (!object.is_object()) {
        return nullptr;
    }
    const auto& members = object.get_ref<const nlohmann::json::object_t&>();
    auto it = members.find(key);
    return it == members.end() ? nullptr : &it->second;
}

// The members of one step, found in a single pass: this runs for every step of every file.
class StepView {
public:
    // In byte order, the order of the members of a JSON object.
    enum Key : std::size_t {
        advance,
        breathing,
        cautions,
        cite,
        cue,
        depth,
        first_side,
        focus,
        id,
        instruction,
        lines,
        pass_seconds,
        passes,
        procedure,
        seconds,
        side,
        suggested,
        technique,
        title,
        wait_before,
        key_count
    };
    static constexpr std::array<std::string_view, key_count> names{
        "advance", "breathing",    "cautions",  "cite",      "cue",
        "depth",   "first_side",   "focus",     "id",        "instruction",
        "lines",   "pass_seconds", "passes",    "procedure", "seconds",
        "side",    "suggested",    "technique", "title",     "wait_before"};

    explicit StepView(const nlohmann::json& step) : step_(step) {
        if (!step.is_object()) {
            return;
        }
        std::size_t k = 0;
        for (const auto& [name, value] : step.get_ref<const nlohmann::json::object_t&>()) {
            while (k < key_count && names[k] < name) {
                ++k;
            }
            if (k < key_count && names[k] == name) {
                at_[k] = &value;
            }
        }
    }

    const nlohmann::json* operator[](Key k) const { return at_[k]; }
    [[nodiscard]] const nlohmann::json& json() const { return step_; }

    // A massage step, timed by "seconds" or "pass_seconds" (not breathing, not a procedure).
    [[nodiscard]] bool massage() const {
        const auto* t = at_[technique];
        return t == nullptr || (*t != "breathing" && *t != "procedure");
    }

private:
    const nlohmann::json& step_;
    std::array<const nlohmann::json*, key_count> at_{};
};

// Where a field's value comes from; `value` is null when nobody sets it.
struct FieldSource {
    const nlohmann::json* value = nullptr;
    const nlohmann::json* defaults = nullptr; // the defaults object it came from; null if own
    bool suggested = false;                   // those defaults list it in "suggested"
};

// The defaults that apply in one stage, worked out once for all its steps.
class StepDefaults {
public:
    // The fields that defaults may give, as keys of a step.
    static constexpr std::array<StepView::Key, 7> fields{
        StepView::depth,   StepView::side,    StepView::first_side,  StepView::passes,
        StepView::advance, StepView::seconds, StepView::pass_seconds};

    StepDefaults(const nlohmann::json* protocol_defaults, const nlohmann::json* stage_defaults) {
        for (const nlohmann::json* d : {stage_defaults, protocol_defaults}) {
            if (d == nullptr) {
                continue;
            }
            for (StepView::Key f : fields) {
                if (inherited_[f].value == nullptr) {
                    inherited_[f] = source(*d, f);
                }
            }
            if (timing_.value == nullptr) {
                for (StepView::Key f : {StepView::seconds, StepView::pass_seconds}) {
                    if (member(*d, StepView::names[f]) != nullptr) {
                        timing_field_ = f;
                        timing_ = source(*d, f);
                    }
                }
            }
        }
    }

    // One of depth, side, first_side, passes, advance.
    [[nodiscard]] FieldSource field(const StepView& step, StepView::Key f) const {
        if (const auto* own = step[f]) {
            return {own, nullptr, false};
        }
        if (f == StepView::passes && !step.massage()) {
            return {};
        }
        return inherited_[f];
    }

    // The step's timing field (seconds or pass_seconds) and its source; no value when none.
    [[nodiscard]] std::pair<StepView::Key, FieldSource> timing(const StepView& step) const {
        for (StepView::Key f : {StepView::seconds, StepView::pass_seconds}) {
            if (const auto* own = step[f]) {
                return {f, {own, nullptr, false}};
            }
        }
        if (!step.massage()) {
            return {StepView::seconds, {}};
        }
        return {timing_field_, timing_};
    }

    // Whether the step has `name` after defaults: its own field, a field it takes from the
    // defaults, or with a dot ("breathing.rounds") a field of its own sub-object.
    [[nodiscard]] bool has(const StepView& step, std::string_view name) const {
        if (auto dot = name.find('.'); dot != std::string_view::npos) {
            const auto* sub = member(step.json(), name.substr(0, dot));
            return sub != nullptr && member(*sub, name.substr(dot + 1)) != nullptr;
        }
        for (StepView::Key f : fields) {
            if (StepView::names[f] == name) {
                if (f == StepView::seconds || f == StepView::pass_seconds) {
                    const auto [which, s] = timing(step);
                    return s.value != nullptr && which == f;
                }
                return field(step, f).value != nullptr;
            }
        }
        return member(step.json(), name) != nullptr;
    }

    // The defaults' "suggested" entries for the fields the step takes from them.
    template <class Add> void inherited_suggestions(const StepView& step, Add&& add) const {
        for (StepView::Key f : fields) {
            if (f != StepView::seconds && f != StepView::pass_seconds && field(step, f).suggested) {
                add(StepView::names[f]);
            }
        }
        if (const auto [f, s] = timing(step); s.suggested) {
            add(StepView::names[f]);
        }
    }

private:
    static FieldSource source(const nlohmann::json& defaults, StepView::Key f) {
        FieldSource s{member(defaults, StepView::names[f]), &defaults, false};
        if (s.value != nullptr) {
            if (const auto* list = member(defaults, "suggested")) {
                for (const auto& entry : *list) {
                    s.suggested =
                        s.suggested || (entry.is_string() &&
                                        entry.get_ref<const std::string&>() == StepView::names[f]);
                }
            }
        }
        return s;
    }

    std::array<FieldSource, StepView::key_count> inherited_{};
    StepView::Key timing_field_ = StepView::seconds;
    FieldSource timing_{};
};

} // namespace effleur::loading
