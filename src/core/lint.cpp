#include "lint.h"

#include "document.h"
#include "folderscan.h"
#include "gate.h"
#include "loader.h"
#include "wording.h"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>
#include <utility>

namespace effleur::loading {

namespace {

using json = nlohmann::json;

Diagnostic warning(Diagnostic d) {
    d.severity = Severity::Warning;
    return d;
}

const json* member_of(const json& object, std::string_view key) {
    if (!object.is_object()) {
        return nullptr;
    }
    const auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
}

bool has_timing(const json* object) {
    return object != nullptr && (member_of(*object, "seconds") != nullptr ||
                                 member_of(*object, "pass_seconds") != nullptr);
}

// Rule "no-cue": a step with no spoken cue; the session speaks its title instead.
void no_cue(const Step& step, const std::string& at, const Locator& where, Diagnostics& out) {
    if (!step.cue.empty()) {
        return;
    }
    out.push_back(warning(
        where.at(at, "step " + quote_for_message(step.id) + " has no spoken \"cue\"; its title " +
                         quote_for_message(step.title.en) + " is spoken instead")));
}

// Rule "unmarked-duration": in a protocol that follows sources, a timed massage step's duration
// that is neither in `suggested` nor written in an object with a `cite` (the step, or the
// defaults it takes the duration from). Reported once where the value is written. A protocol
// that lists no sources has nothing to tell suggested values from sourced ones.
void unmarked_duration(const json& doc, std::size_t stage_index, std::size_t step_index,
                       const Step& step, const Locator& where, std::set<std::string>& reported,
                       Diagnostics& out) {
    if (step.technique == Technique::Breathing || step.technique == Technique::Procedure) {
        return;
    }
    const char* field = step.seconds ? "seconds" : step.pass_seconds ? "pass_seconds" : nullptr;
    if (field == nullptr || step.is_suggested(field)) {
        return;
    }
    // The protocol loaded from `doc`, so these exist; at() keeps a mismatch from being undefined.
    const json& stage = doc.at("stages").at(stage_index);
    const json& raw_step = stage.at("steps").at(step_index);
    std::string base;
    const json* origin = nullptr;
    if (has_timing(&raw_step)) {
        origin = &raw_step;
        base = pointer_join(pointer_join(pointer_join("", "stages"), stage_index), "steps");
        base = pointer_join(base, step_index);
    } else if (const json* d = member_of(stage, "defaults"); has_timing(d)) {
        origin = d;
        base = pointer_join(pointer_join("", "stages"), stage_index) + "/defaults";
    } else if (const json* top = member_of(doc, "defaults"); has_timing(top)) {
        origin = top;
        base = "/defaults";
    }
    if (origin == nullptr || member_of(*origin, "cite") != nullptr) {
        return;
    }
    const std::string at = base + "/" + field;
    if (!reported.insert(at).second) {
        return;
    }
    out.push_back(warning(where.at(
        at, "\"" + std::string(field) + "\": " + origin->at(field).dump() +
                " has no \"cite\" and is not in \"suggested\"; if the source does not give it, add "
                "\"" +
                field + "\" to \"suggested\", else cite the passage")));
}

// Rule "reversed-line": a line worked against its drawn direction (the catalogue draws every
// line in the direction it is usually worked) with no note in the step's cite saying why.
void reversed_without_note(const Step& step, const std::string& at, const Catalog& catalog,
                           const Locator& where, Diagnostics& out) {
    if (step.cite && !step.cite->note.empty()) {
        return;
    }
    for (std::size_t k = 0; k < step.lines.size(); ++k) {
        const LineRef& ref = step.lines[k];
        if (ref.direction != Direction::Reversed) {
            continue;
        }
        std::string drawn;
        if (const MassageLine* line = catalog.line(ref.line)) {
            drawn = " (drawn from " + quote_for_message(line->from) + " to " +
                    quote_for_message(line->to) + ")";
        }
        out.push_back(
            warning(where.at(pointer_join(at + "/lines", k),
                             "line " + quote_for_message(ref.line) +
                                 " is worked reversed, against its usual"
                                 " direction" +
                                 drawn + ", and the step's \"cite\" has no \"note\" saying why")));
    }
}

// The languages missing from a text, quoted and joined: "\"ru\" or \"pl\"", empty if none.
std::string missing_languages(const json& value, const std::vector<std::string>& wanted) {
    std::vector<std::string> missing;
    for (const std::string& lang : wanted) {
        if (lang != "en" && member_of(value, lang) == nullptr) {
            missing.push_back(quote_for_message(lang));
        }
    }
    if (missing.size() <= 1) {
        return missing.empty() ? std::string() : missing.front();
    }
    const std::string last = missing.back();
    missing.pop_back();
    return join_words(missing, ", ") + " or " + last;
}

// Rule "missing-translation": in a protocol that declares the "languages" its texts carry, a
// text with no translation into one of them (a plain string has none). Reported once per text,
// at the text, naming every language it lacks.
class TranslationCheck {
public:
    TranslationCheck(const std::vector<std::string>& languages, const Locator& where,
                     Diagnostics& out)
        : where_(where), out_(out) {
        for (const std::string& lang : languages) {
            if (lang != "en") {
                wanted_.push_back(lang);
            }
        }
    }

    void protocol(const json& doc) {
        if (wanted_.empty()) {
            return;
        }
        text(member_of(doc, "title"), "/title");
        text(member_of(doc, "summary"), "/summary");
        for (const char* care : {"preparation", "aftercare"}) {
            each(doc, care, "", [&](const json& item, const std::string& at) {
                text(member_of(item, "text"), at + "/text");
            });
        }
        each(doc, "rules", "", [&](const json& rule, const std::string& at) { text(&rule, at); });
        each(doc, "benefits", "", [&](const json& benefit, const std::string& at) {
            text(member_of(benefit, "text"), at + "/text");
        });
        each(doc, "stages", "", [&](const json& stage, const std::string& at) {
            text(member_of(stage, "title"), at + "/title");
            text(member_of(stage, "summary"), at + "/summary");
            each(stage, "steps", at,
                 [&](const json& step, const std::string& s) { this->step(step, s); });
        });
    }

private:
    void step(const json& step, const std::string& at) {
        for (const char* field : {"title", "instruction", "cue"}) {
            text(member_of(step, field), at + "/" + field);
        }
        each(step, "cautions", at, [&](const json& c, const std::string& p) { text(&c, p); });
        if (const json* procedure = member_of(step, "procedure")) {
            each(*procedure, "checklist", at + "/procedure",
                 [&](const json& c, const std::string& p) { text(&c, p); });
        }
    }

    template <typename F>
    static void each(const json& object, const char* list, const std::string& at, F&& f) {
        const json* items = member_of(object, list);
        if (items == nullptr || !items->is_array()) {
            return;
        }
        for (std::size_t i = 0; i < items->size(); ++i) {
            f((*items)[i], pointer_join(at + "/" + list, i));
        }
    }

    void text(const json* value, const std::string& at) {
        if (value == nullptr) {
            return;
        }
        const std::string names = missing_languages(*value, wanted_);
        if (names.empty()) {
            return;
        }
        const bool one = names.find(" or ") == std::string::npos;
        out_.push_back(warning(where_.at(
            at, "no " + names + " translation, though the protocol's \"languages\" lists " +
                    (one ? "it" : "them"))));
    }

    std::vector<std::string> wanted_;
    const Locator& where_;
    Diagnostics& out_;
};

// A catalogue file, read for locating warnings in it; null when it cannot be read.
std::unique_ptr<Document> read_catalog_file(const std::filesystem::path& file) {
    auto loaded = Document::read(file, Loader::max_file_bytes, file.string());
    if (!loaded || !loaded.value()->value().is_object()) {
        return nullptr;
    }
    return std::move(loaded.value());
}

// Warns about each `list[i].id` of a catalogue file that is not in `used`.
void unused_in(const Document& doc, const char* list, const std::set<std::string>& used,
               const std::string& what, Diagnostics& out) {
    const json* items = member_of(doc.value(), list);
    if (items == nullptr || !items->is_array()) {
        return;
    }
    for (std::size_t i = 0; i < items->size(); ++i) {
        const json* id = member_of((*items)[i], "id");
        if (id == nullptr || !id->is_string() || used.count(id->get<std::string>()) > 0) {
            continue;
        }
        out.push_back(
            warning(doc.where().at(pointer_join(pointer_join("/" + std::string(list), i), "id"),
                                   what + " " + quote_for_message(id->get<std::string>()) +
                                       " is used by no protocol in the library")));
    }
}

} // namespace

Diagnostics lint_protocol(const json& doc, const Protocol& protocol, const Catalog& catalog,
                          const Locator& where) {
    Diagnostics out;
    std::set<std::string> reported;
    for (std::size_t i = 0; i < protocol.stages.size(); ++i) {
        const Stage& stage = protocol.stages[i];
        for (std::size_t j = 0; j < stage.steps.size(); ++j) {
            const Step& step = stage.steps[j];
            const std::string at = pointer_join(pointer_join("/stages", i) + "/steps", j);
            no_cue(step, at, where, out);
            if (!protocol.sources.empty()) {
                unmarked_duration(doc, i, j, step, where, reported, out);
            }
            reversed_without_note(step, at, catalog, where, out);
        }
    }
    TranslationCheck(protocol.languages, where, out).protocol(doc);
    finish_diagnostics(out);
    return out;
}

Diagnostics lint_unused(const Catalog& catalog, const std::filesystem::path& catalog_dir,
                        const std::vector<const Protocol*>& protocols) {
    std::set<std::string> lines;
    std::set<std::string> items;
    // The checklist's functional assessment is the app's own citation of its source.
    std::set<std::string> sources{std::string(assessment_source)};
    for (const Protocol* p : protocols) {
        sources.insert(p->sources.begin(), p->sources.end());
        for (const ContraindicationRef& ref : p->contraindications) {
            items.insert(ref.id);
        }
        for (const Stage& stage : p->stages) {
            for (const ContraindicationRef& ref : stage.contraindications) {
                items.insert(ref.id);
            }
            for (const Step& step : stage.steps) {
                for (const LineRef& ref : step.lines) {
                    lines.insert(ref.line);
                }
            }
        }
    }
    Diagnostics out;
    for (const FolderEntry& file : list_json_files(catalog_dir / "diagrams")) {
        if (file.refused.empty()) {
            if (auto doc = read_catalog_file(file.path)) {
                unused_in(*doc, "lines", lines, "massage line", out);
            }
        }
    }
    if (!catalog.contraindications.empty()) {
        if (auto doc = read_catalog_file(catalog_dir / "contraindications.json")) {
            unused_in(*doc, "items", items, "contraindication", out);
        }
    }
    if (!catalog.sources.empty()) {
        if (auto doc = read_catalog_file(catalog_dir / "sources.json")) {
            unused_in(*doc, "sources", sources, "source", out);
        }
    }
    return out;
}

Diagnostics lint_catalog_translations(const std::filesystem::path& catalog_dir,
                                      const std::vector<const Protocol*>& protocols) {
    // Item id -> each language that the protocols asking about it list, in the order first
    // listed, with the first protocol that lists it.
    std::map<std::string, std::vector<std::pair<std::string, std::string>>> wanted;
    for (const Protocol* p : protocols) {
        if (p->languages.size() <= 1) {
            continue; // English alone, or not said: nothing to ask of the catalogue
        }
        const auto ask = [&](const std::vector<ContraindicationRef>& refs) {
            for (const ContraindicationRef& ref : refs) {
                auto& languages = wanted[ref.id];
                for (const std::string& lang : p->languages) {
                    const bool known = std::any_of(languages.begin(), languages.end(),
                                                   [&](const auto& l) { return l.first == lang; });
                    if (lang != "en" && !known) {
                        languages.emplace_back(lang, p->id);
                    }
                }
            }
        };
        ask(p->contraindications);
        for (const Stage& stage : p->stages) {
            ask(stage.contraindications);
        }
    }
    Diagnostics out;
    if (wanted.empty()) {
        return out;
    }
    auto doc = read_catalog_file(catalog_dir / "contraindications.json");
    const json* items = doc ? member_of(doc->value(), "items") : nullptr;
    if (items == nullptr || !items->is_array()) {
        return out;
    }
    for (std::size_t i = 0; i < items->size(); ++i) {
        const json* id = member_of((*items)[i], "id");
        const auto it =
            id != nullptr && id->is_string() ? wanted.find(id->get<std::string>()) : wanted.end();
        if (it == wanted.end()) {
            continue;
        }
        for (const char* field : {"text", "details"}) {
            const json* text = member_of((*items)[i], field);
            if (text == nullptr) {
                continue;
            }
            // One warning per protocol that asks for languages the text lacks.
            std::vector<std::string> protocols_asking;
            for (const auto& [lang, protocol] : it->second) {
                if (std::find(protocols_asking.begin(), protocols_asking.end(), protocol) ==
                    protocols_asking.end()) {
                    protocols_asking.push_back(protocol);
                }
            }
            for (const std::string& protocol : protocols_asking) {
                std::vector<std::string> languages;
                for (const auto& [lang, first] : it->second) {
                    if (first == protocol) {
                        languages.push_back(lang);
                    }
                }
                const std::string names = missing_languages(*text, languages);
                if (names.empty()) {
                    continue;
                }
                const bool one = names.find(" or ") == std::string::npos;
                out.push_back(warning(doc->where().at(
                    pointer_join(pointer_join("/items", i), field),
                    "contraindication " + quote_for_message(it->first) + " has no " + names +
                        " translation, though protocol " + quote_for_message(protocol) +
                        " asks about it and lists " + (one ? "that language" : "those languages") +
                        " in \"languages\"")));
            }
        }
    }
    return out;
}

} // namespace effleur::loading
