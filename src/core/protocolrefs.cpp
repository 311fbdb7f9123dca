// Reference checks of a protocol: ids, diagrams, lines, regions, contraindications, sources.
#include "protocolchecks.h"

#include "document.h"

#include "protocolmapping.h"
#include "stepdefaults.h"
#include "wording.h"

#include <algorithm>
#include <limits>
#include <unordered_map>

namespace effleur::loading {

namespace {

using json = nlohmann::json;

bool too_large_for_int(const json& v) {
    return v.is_number_unsigned()
               ? v.get<std::uint64_t>() >
                     static_cast<std::uint64_t>(std::numeric_limits<int>::max())
               : v.is_number_integer() && v.get<std::int64_t>() > std::numeric_limits<int>::max();
}

// Integer fields without a maximum in the schema; the model holds them as int.
bool int_field(std::string_view key) {
    return key == "version" || key == "interval_days" || key == "interval_months" ||
           key == "max_per_week";
}

class References {
public:
    References(const json& doc, const Catalog& catalog, const Locator& where, Diagnostics& out)
        : doc_(doc), catalog_(catalog), where_(where), out_(out),
          diagrams_(to_list(member(doc, "diagrams"))), sources_(to_list(member(doc, "sources"))) {}

    void run() {
        listed_diagrams();
        listed_sources();
        stages();
        contraindications();
        std::string path;
        walk(doc_, path);
    }

private:
    static std::vector<std::string> to_list(const json* list) {
        std::vector<std::string> out;
        if (list != nullptr) {
            for (const json& item : *list) {
                out.push_back(item.get<std::string>());
            }
        }
        return out;
    }

    static bool listed(const std::vector<std::string>& list, const std::string& id) {
        return std::find(list.begin(), list.end(), id) != list.end();
    }

    // "line 12" of the value at `pointer`, for "also at ...".
    std::string line_of(const std::string& pointer) const {
        const auto at = where_.positions().position(where_.positions().offset_of(pointer));
        return "line " + std::to_string(at.line);
    }

    void error(std::string pointer, std::string message) {
        if (!full()) {
            out_.push_back(where_.at(std::move(pointer), std::move(message)));
        }
    }
    // No more problems are kept: the loops over long lists stop before wording another (a
    // "did you mean" compares with every id in the catalogue).
    [[nodiscard]] bool full() const { return out_.size() >= max_located_problems; }

    template <class T> static std::vector<std::string> ids_of(const std::vector<T>& items) {
        std::vector<std::string> ids;
        ids.reserve(items.size());
        for (const T& item : items) {
            ids.push_back(item.id);
        }
        return ids;
    }

    void listed_diagrams() {
        for (std::size_t k = 0; k < diagrams_.size(); ++k) {
            if (catalog_.diagram(diagrams_[k]) == nullptr) {
                error(pointer_join("/diagrams", k),
                      "unknown diagram " + quote_for_message(diagrams_[k]) +
                          did_you_mean(diagrams_[k], ids_of(catalog_.diagrams)));
            }
        }
    }

    void listed_sources() {
        for (std::size_t k = 0; k < sources_.size(); ++k) {
            if (catalog_.source(sources_[k]) == nullptr) {
                error(pointer_join("/sources", k),
                      "unknown source " + quote_for_message(sources_[k]) +
                          did_you_mean(sources_[k], ids_of(catalog_.sources)));
            }
        }
    }

    static std::string stage_pointer(std::size_t i) { return pointer_join("/stages", i); }
    static std::string step_pointer(std::size_t i, std::size_t j) {
        return pointer_join(stage_pointer(i) + "/steps", j);
    }

    // Pointers are built only for problems: this runs on every step of every protocol.
    void stages() {
        const json& list = doc_.at("stages");
        std::unordered_map<std::string_view, std::size_t> stage_ids;
        std::unordered_map<std::string_view, std::pair<std::size_t, std::size_t>> step_ids;
        for (std::size_t i = 0; i < list.size(); ++i) {
            const json& stage = list[i];
            const auto& id = stage.at("id").get_ref<const std::string&>();
            if (auto [it, fresh] = stage_ids.emplace(id, i); !fresh) {
                error(stage_pointer(i) + "/id",
                      "duplicate stage id " + quote_for_message(id) + " (first used at " +
                          line_of(stage_pointer(it->second) + "/id") + ")");
            }
            if (const auto* d = member(stage, "diagram")) {
                diagram_listed(d->get<std::string>(), stage_pointer(i) + "/diagram");
            }
            const json& steps = stage.at("steps");
            for (std::size_t j = 0; j < steps.size() && !full(); ++j) {
                const auto& step_id = steps[j].at("id").get_ref<const std::string&>();
                if (auto [it, fresh] = step_ids.emplace(step_id, std::pair{i, j}); !fresh) {
                    const auto [fi, fj] = it->second;
                    error(step_pointer(i, j) + "/id",
                          "duplicate step id " + quote_for_message(step_id) + " (first used at " +
                              line_of(step_pointer(fi, fj) + "/id") + ")");
                }
                step(steps[j], stage, i, j);
            }
        }
    }

    void diagram_listed(const std::string& id, const std::string& pointer) {
        if (catalog_.diagram(id) == nullptr) {
            error(pointer, "unknown diagram " + quote_for_message(id) +
                               did_you_mean(id, ids_of(catalog_.diagrams)));
        } else if (!listed(diagrams_, id)) {
            error(pointer,
                  "diagram " + quote_for_message(id) + " is not in the protocol's \"diagrams\"");
        }
    }

    std::vector<std::string> all_line_ids() const {
        std::vector<std::string> ids;
        for (const Diagram& d : catalog_.diagrams) {
            for (const MassageLine& line : d.lines) {
                ids.push_back(line.id);
            }
        }
        return ids;
    }

    void step(const json& step, const json& stage, std::size_t i, std::size_t j) {
        std::string first_diagram;
        if (const auto* lines = member(step, "lines")) {
            for (std::size_t k = 0; k < lines->size() && !full(); ++k) {
                const json& ref = (*lines)[k];
                const std::string id = line_ref_id(ref);
                auto ptr = [&] {
                    return pointer_join(step_pointer(i, j) + "/lines", k) +
                           (ref.is_object() ? "/line" : "");
                };
                const Diagram* owner = nullptr;
                if (catalog_.line(id, &owner) == nullptr || owner == nullptr) {
                    error(ptr(), "unknown massage line " + quote_for_message(id) +
                                     did_you_mean(id, all_line_ids()));
                    continue;
                }
                if (!listed(diagrams_, owner->id)) {
                    error(ptr(), "massage line " + quote_for_message(id) + " is on diagram " +
                                     quote_for_message(owner->id) +
                                     ", which is not in the protocol's \"diagrams\"");
                } else if (first_diagram.empty()) {
                    first_diagram = owner->id;
                } else if (owner->id != first_diagram) {
                    error(ptr(), "massage line " + quote_for_message(id) + " is on diagram " +
                                     quote_for_message(owner->id) +
                                     ", but this step's lines are on " +
                                     quote_for_message(first_diagram) +
                                     "; all lines of a step must be on one diagram");
                }
            }
        }
        const auto* focus = member(step, "focus");
        if (focus == nullptr) {
            return;
        }
        const std::string region = focus->get<std::string>();
        const std::string diagram_id = step_diagram(step, stage, doc_, catalog_);
        const Diagram* diagram = catalog_.diagram(diagram_id);
        if (diagram == nullptr) {
            return; // the unknown diagram or line is reported already
        }
        if (diagram->regions.find(region) == diagram->regions.end()) {
            std::vector<std::string> names;
            for (const auto& [name, landmarks] : diagram->regions) {
                names.push_back(name);
            }
            error(step_pointer(i, j) + "/focus",
                  "unknown region " + quote_for_message(region) + " in diagram " +
                      quote_for_message(diagram_id) + did_you_mean(region, names));
        }
    }

    // Items must exist, and no stage's checklist (the protocol's groups, then its own) may name
    // one twice.
    void contraindications() {
        std::unordered_map<std::string, std::string> seen;
        groups(member(doc_, "contraindications"), "/contraindications", seen);
        const json& list = doc_.at("stages");
        for (std::size_t i = 0; i < list.size(); ++i) {
            std::unordered_map<std::string, std::string> stage_seen = seen;
            groups(member(list[i], "contraindications"),
                   pointer_join("/stages", i) + "/contraindications", stage_seen);
        }
    }

    void groups(const json* list, const std::string& base,
                std::unordered_map<std::string, std::string>& seen) {
        if (list == nullptr) {
            return;
        }
        for (std::size_t g = 0; g < list->size(); ++g) {
            const json& items = (*list)[g].at("items");
            for (std::size_t n = 0; n < items.size() && !full(); ++n) {
                const std::string id = items[n].get<std::string>();
                const std::string ptr = pointer_join(pointer_join(base, g) + "/items", n);
                if (catalog_.contraindication(id) == nullptr) {
                    error(ptr, "unknown contraindication " + quote_for_message(id) +
                                   did_you_mean(id, ids_of(catalog_.contraindications)));
                } else if (auto [it, fresh] = seen.emplace(id, ptr); !fresh) {
                    error(ptr, "contraindication " + quote_for_message(id) +
                                   " is listed twice for this stage (also at " +
                                   line_of(it->second) + ")");
                }
            }
        }
    }

    // Every "cite", wherever it is, and integers too large for the model's int. Pointers are
    // built as the walk goes (one string, appended and cut back), so no allocation per value.
    void walk(const json& value, std::string& path) {
        if (full()) {
            return;
        }
        const std::size_t length = path.size();
        if (value.is_object()) {
            for (const auto& member : value.items()) {
                const json& child = member.value();
                const bool checked_int = int_field(member.key()) && too_large_for_int(child);
                if (!child.is_structured() && !checked_int) {
                    continue;
                }
                pointer_append(path, member.key());
                if (checked_int) {
                    error(path, "number too large: " + child.dump());
                } else if ((member.key() == "cite" || member.key().ends_with("_cite")) &&
                           child.is_object()) {
                    cite(child, path);
                }
                walk(child, path);
                path.resize(length);
            }
        } else if (value.is_array()) {
            for (std::size_t i = 0; i < value.size(); ++i) {
                if (value[i].is_structured()) {
                    path += '/';
                    path += std::to_string(i);
                    walk(value[i], path);
                    path.resize(length);
                }
            }
        }
    }

    void cite(const json& c, const std::string& ptr) {
        const std::string source = c.at("source").get<std::string>();
        if (catalog_.source(source) == nullptr) {
            error(ptr + "/source", "unknown source " + quote_for_message(source) +
                                       did_you_mean(source, ids_of(catalog_.sources)));
        } else if (!listed(sources_, source)) {
            error(ptr + "/source", "source " + quote_for_message(source) +
                                       " is not listed in the protocol's \"sources\"");
        }
        const json& lines = c.at("lines");
        if (too_large_for_int(lines) ||
            (lines.is_array() && std::any_of(lines.begin(), lines.end(), too_large_for_int))) {
            error(ptr + "/lines", "line number too large: " + lines.dump());
        } else if (lines.is_array() && lines.size() == 2 && lines[0] > lines[1]) {
            error(ptr + "/lines", "the first line (" + lines[0].dump() +
                                      ") comes after the last (" + lines[1].dump() + ")");
        }
    }

    const json& doc_;
    const Catalog& catalog_;
    const Locator& where_;
    Diagnostics& out_;
    std::vector<std::string> diagrams_;
    std::vector<std::string> sources_;
};

} // namespace

void check_references(const json& doc, const Catalog& catalog, const Locator& where,
                      Diagnostics& out) {
    References(doc, catalog, where, out).run();
}

} // namespace effleur::loading
