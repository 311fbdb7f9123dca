// Value checks of a protocol: timing after defaults, days, breathing, "suggested", ranges,
// and the total against "total_minutes".
#include "protocolchecks.h"

#include "document.h"

#include "stepdefaults.h"
#include "wording.h"

#include <cmath>

namespace effleur::loading {

namespace {

using json = nlohmann::json;

class Values {
public:
    Values(const json& doc, const Locator& where, Diagnostics& out)
        : doc_(doc), where_(where), out_(out), defaults_(member(doc, "defaults")) {}

    void run() {
        defaults_suggestions(defaults_, "/defaults");
        course();
        ranges();
        days();
        const json& stages = doc_.at("stages");
        for (std::size_t i = 0; i < stages.size(); ++i) {
            const std::string stage_ptr = pointer_join("/stages", i);
            const json* stage_defaults = member(stages[i], "defaults");
            defaults_suggestions(stage_defaults, stage_ptr + "/defaults");
            const StepDefaults chain(defaults_, stage_defaults);
            const json& steps = stages[i].at("steps");
            for (std::size_t j = 0; j < steps.size(); ++j) {
                step(steps[j], chain, stage_ptr, j);
            }
        }
    }

private:
    void error(std::string pointer, std::string message) {
        if (out_.size() < max_located_problems) {
            out_.push_back(where_.at(std::move(pointer), std::move(message)));
        }
    }

    // Runs for every step: pointers are built only for problems.
    void step(const json& s, const StepDefaults& chain, const std::string& stage_ptr,
              std::size_t j) {
        const StepView v(s);
        auto ptr = [&] { return pointer_join(stage_ptr + "/steps", j); };
        if (v.massage()) {
            const auto [field, source] = chain.timing(v);
            const std::string name(StepView::names[field]);
            if (source.value == nullptr) {
                error(ptr(), "expected \"seconds\" or \"pass_seconds\" here or in defaults");
            } else {
                double part = source.value->get<double>();
                if (field == StepView::pass_seconds) {
                    const auto* passes = chain.field(v, StepView::passes).value;
                    part *= passes != nullptr ? passes->get<double>() : 1.0;
                }
                if (!std::isfinite(part) || std::llround(part * 1000.0) <= 0) {
                    const std::string at = source.defaults == nullptr     ? ptr()
                                           : source.defaults == defaults_ ? std::string("/defaults")
                                                                          : stage_ptr + "/defaults";
                    error(at + "/" + name,
                          "this step would take no time; durations are in seconds");
                }
            }
        }
        if (const auto* b = v[StepView::breathing]) {
            breathing(*b, ptr() + "/breathing");
        }
        if (const auto* list = v[StepView::suggested]) {
            for (std::size_t k = 0; k < list->size(); ++k) {
                const std::string& name = (*list)[k].get_ref<const std::string&>();
                if (!chain.has(v, name)) {
                    error(pointer_join(ptr() + "/suggested", k),
                          quote_for_message(name) +
                              " is listed as suggested, but this step has no such field "
                              "(here or in its defaults)");
                }
            }
        }
    }

    void breathing(const json& b, const std::string& ptr) {
        bool inhale = false;
        bool exhale = false;
        const json& phases = b.at("phases");
        for (std::size_t k = 0; k < phases.size(); ++k) {
            const std::string kind = phases[k].at("phase").get<std::string>();
            inhale = inhale || kind.starts_with("inhale");
            exhale = exhale || kind.starts_with("exhale");
            const json& counts = phases[k].at("counts");
            if (counts < 1 || counts > 60) {
                error(pointer_join(ptr + "/phases", k) + "/counts",
                      "expected 1 to 60 counts; found " + counts.dump());
            }
        }
        if (!inhale || !exhale) {
            error(
                ptr + "/phases",
                std::string("expected at least one inhale phase and one exhale phase; found no ") +
                    (inhale ? "exhale" : "inhale") + " phase");
        }
        if (b.at("rounds") < 1) {
            error(ptr + "/rounds", "expected at least 1 round; found " + b.at("rounds").dump());
        }
        if (const auto* tempo = member(b, "count_seconds")) {
            const double t = tempo->get<double>();
            if (!(t >= 0.25 && t <= 10)) {
                error(ptr + "/count_seconds",
                      "expected 0.25 to 10 seconds per count; found " + tempo->dump());
            }
        }
    }

    // A "suggested" entry must name a field that the same object sets.
    void suggestions(const json& object, const std::string& ptr, const std::string& whose) {
        const auto* list = member(object, "suggested");
        if (list == nullptr) {
            return;
        }
        for (std::size_t k = 0; k < list->size(); ++k) {
            const std::string name = (*list)[k].get<std::string>();
            const auto dot = name.find('.');
            const json* holder = &object;
            std::string field = name;
            if (dot != std::string::npos) {
                holder = member(object, name.substr(0, dot));
                field = name.substr(dot + 1);
            }
            if (holder == nullptr || member(*holder, field) == nullptr) {
                error(pointer_join(ptr + "/suggested", k), quote_for_message(name) +
                                                               " is listed as suggested, but " +
                                                               whose + " does not set it");
            }
        }
    }

    void defaults_suggestions(const json* defaults, const std::string& ptr) {
        if (defaults != nullptr) {
            suggestions(*defaults, ptr, "this \"defaults\"");
        }
    }

    void course() {
        if (const auto* c = member(doc_, "course")) {
            suggestions(*c, "/course", "the course");
        }
    }

    void range(const json* r, const std::string& ptr) {
        if (r == nullptr || !r->contains("min") || !r->contains("max")) {
            return;
        }
        if ((*r).at("min") > (*r).at("max")) {
            error(ptr + "/max", "\"min\" (" + (*r).at("min").dump() + ") is more than \"max\" (" +
                                    (*r).at("max").dump() + ")");
        }
    }

    void ranges() {
        range(member(doc_, "total_minutes"), "/total_minutes");
        if (const auto* c = member(doc_, "course")) {
            for (const char* name : {"sessions", "maintenance_per_month", "gap_months"}) {
                range(member(*c, name), std::string("/course/") + name);
            }
        }
        for (const char* list : {"preparation", "aftercare"}) {
            if (const auto* items = member(doc_, list)) {
                for (std::size_t i = 0; i < items->size(); ++i) {
                    range(member((*items)[i], "minutes"),
                          pointer_join(std::string("/") + list, i) + "/minutes");
                }
            }
        }
    }

    // Either every stage has a day or none does; days start at 1 and go up by at most one.
    void days() {
        const json& stages = doc_.at("stages");
        const bool first_has = stages[0].contains("day");
        bool consistent = true;
        for (std::size_t i = 1; i < stages.size(); ++i) {
            const std::string ptr = pointer_join("/stages", i);
            if (stages[i].contains("day") && !first_has) {
                error(ptr + "/day", "\"day\" is given here but not for the first stage; give "
                                    "every stage a day, or none");
                consistent = false;
            } else if (!stages[i].contains("day") && first_has) {
                error(ptr, "missing \"day\": the first stage has one; give every stage a day, "
                           "or none");
                consistent = false;
            }
        }
        if (!first_has || !consistent) {
            return;
        }
        std::int64_t previous = 0;
        for (std::size_t i = 0; i < stages.size(); ++i) {
            const std::int64_t day = stages[i].at("day").get<std::int64_t>();
            const std::string ptr = pointer_join("/stages", i) + "/day";
            if (i == 0 && day != 1) {
                error(ptr, "the first stage must be on day 1; found " + std::to_string(day));
            } else if (i > 0 && day != previous && day != previous + 1) {
                error(ptr, "expected day " + std::to_string(previous) + " or " +
                               std::to_string(previous + 1) + " after day " +
                               std::to_string(previous) + "; found " + std::to_string(day) +
                               (day < previous ? " (days cannot go back)"
                                               : " (days cannot be skipped)"));
            }
            previous = day;
        }
    }

    const json& doc_;
    const Locator& where_;
    Diagnostics& out_;
    const json* defaults_;
};

} // namespace

void check_values(const json& doc, const Locator& where, Diagnostics& out) {
    Values(doc, where, out).run();
}

void check_total(const json& doc, const Protocol& protocol, const Locator& where,
                 Diagnostics& out) {
    const auto* total = member(doc, "total_minutes");
    if (total == nullptr) {
        return;
    }
    const double minutes = static_cast<double>(protocol.duration().count()) / 60000.0;
    const double shown = std::round(minutes * 100.0) / 100.0;
    const std::string sum =
        "the steps add up to " + number_words(shown) + (shown == 1.0 ? " minute" : " minutes");
    if (const auto* about = member(*total, "about")) {
        const double a = about->get<double>();
        if (minutes < a * 0.8 || minutes > a * 1.2) {
            out.push_back(where.at("/total_minutes", sum + ", not about " + number_words(a) + " (" +
                                                         number_words(a * 0.8) + " to " +
                                                         number_words(a * 1.2) + " within 20%)"));
        }
        return;
    }
    if (const auto range = std::pair{member(*total, "min"), member(*total, "max")};
        range.first != nullptr && range.second != nullptr) {
        const double lo = range.first->get<double>();
        const double hi = range.second->get<double>();
        if (minutes < lo || minutes > hi) {
            out.push_back(where.at("/total_minutes", sum + ", outside " + number_words(lo) +
                                                         " to " + number_words(hi)));
        }
    }
}

} // namespace effleur::loading
