#include "catalogloader.h"

#include "document.h"
#include "folderscan.h"
#include "jsonmapping.h"
#include "loader.h"
#include "stepdefaults.h"
#include "wording.h"

#include <unordered_map>
#include <unordered_set>

namespace effleur::loading {

namespace {

using json = nlohmann::json;

// Reports the second and later uses of an id among `list[i]["id"]`.
template <class Report>
void unique_ids(const json& list, const std::string& base, const std::string& what, Report report) {
    std::unordered_set<std::string> seen;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string id = list[i].at("id").get<std::string>();
        if (!seen.insert(id).second) {
            report(pointer_join(base, i) + "/id",
                   "duplicate " + what + " id " + quote_for_message(id));
        }
    }
}

Diagram map_diagram(const json& d) {
    Diagram diagram;
    diagram.id = d.at("id").get<std::string>();
    diagram.title = to_text(member(d, "title"));
    for (const json& l : d.at("landmarks")) {
        const auto* bilateral = member(l, "bilateral");
        diagram.landmarks.push_back(Landmark{l.at("id").get<std::string>(),
                                             to_text(member(l, "name")),
                                             bilateral != nullptr && *bilateral == true});
    }
    for (const json& l : d.at("lines")) {
        MassageLine line;
        line.id = l.at("id").get<std::string>();
        line.name = to_text(member(l, "name"));
        line.from = l.at("from").get<std::string>();
        line.via = to_strings(member(l, "via"));
        line.to = l.at("to").get<std::string>();
        line.note = to_text(member(l, "note"));
        for (const std::string& point : line.points()) {
            const Landmark* landmark = diagram.landmark(point);
            line.bilateral = line.bilateral || (landmark != nullptr && landmark->bilateral);
        }
        diagram.lines.push_back(std::move(line));
    }
    if (const auto* regions = member(d, "regions")) {
        for (const auto& [name, landmarks] : regions->items()) {
            diagram.regions.emplace(name, to_strings(&landmarks));
        }
    }
    return diagram;
}

// Lines and regions name landmarks of their own diagram.
void check_diagram(const json& d, const Diagram& diagram, const Locator& where, Diagnostics& out) {
    auto report = [&](std::string ptr, std::string message) {
        out.push_back(where.at(std::move(ptr), std::move(message)));
    };
    unique_ids(d.at("landmarks"), "/landmarks", "landmark", report);
    unique_ids(d.at("lines"), "/lines", "line", report);
    std::vector<std::string> names;
    for (const Landmark& l : diagram.landmarks) {
        names.push_back(l.id);
    }
    auto landmark = [&](const json& id, const std::string& ptr) {
        const std::string s = id.get<std::string>();
        if (diagram.landmark(s) == nullptr) {
            report(ptr, "unknown landmark " + quote_for_message(s) + " in diagram " +
                            quote_for_message(diagram.id) + did_you_mean(s, names));
        }
    };
    const json& lines = d.at("lines");
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string ptr = pointer_join("/lines", i);
        landmark(lines[i].at("from"), ptr + "/from");
        if (const auto* via = member(lines[i], "via")) {
            for (std::size_t k = 0; k < via->size(); ++k) {
                landmark((*via)[k], pointer_join(ptr + "/via", k));
            }
        }
        landmark(lines[i].at("to"), ptr + "/to");
    }
    if (const auto* regions = member(d, "regions")) {
        for (const auto& [name, list] : regions->items()) {
            for (std::size_t k = 0; k < list.size(); ++k) {
                landmark(list[k], pointer_join(pointer_join("/regions", name), k));
            }
        }
    }
}

} // namespace

Result<Catalog> load_catalog(const std::filesystem::path& dir, const SchemaSet& schemas) {
    Catalog catalog;
    Diagnostics errors;
    auto open = [&](const std::filesystem::path& file,
                    SchemaKind kind) -> std::unique_ptr<Document> {
        auto loaded = Document::read(file, Loader::max_file_bytes, file.string());
        if (!loaded) {
            errors.insert(errors.end(), loaded.errors().begin(), loaded.errors().end());
            return nullptr;
        }
        std::unique_ptr<Document> doc = std::move(loaded.value());
        Diagnostics problems = doc->check(schemas, kind);
        if (!problems.empty()) {
            finish_diagnostics(problems);
            errors.insert(errors.end(), problems.begin(), problems.end());
            return nullptr;
        }
        return doc;
    };

    if (auto doc = open(dir / "sources.json", SchemaKind::Sources)) {
        const json& list = doc->value().at("sources");
        unique_ids(list, "/sources", "source", [&](std::string p, std::string m) {
            errors.push_back(doc->where().at(std::move(p), std::move(m)));
        });
        for (const json& s : list) {
            catalog.sources.push_back(
                SourceText{s.at("id").get<std::string>(), to_text(member(s, "title")),
                           to_string_or_empty(member(s, "file")), to_text(member(s, "summary"))});
        }
    }
    if (auto doc = open(dir / "contraindications.json", SchemaKind::Contraindications)) {
        const json& list = doc->value().at("items");
        unique_ids(list, "/items", "contraindication", [&](std::string p, std::string m) {
            errors.push_back(doc->where().at(std::move(p), std::move(m)));
        });
        for (const json& item : list) {
            catalog.contraindications.push_back(ContraindicationItem{
                item.at("id").get<std::string>(), to_text(member(item, "text")),
                to_text(member(item, "details"))});
        }
    }

    // Which diagram, in which file, first used each diagram and line id.
    std::unordered_map<std::string, std::string> diagram_files;
    std::unordered_map<std::string, std::pair<std::string, std::string>> line_owners;
    for (const FolderEntry& entry : list_json_files(dir / "diagrams")) {
        if (!entry.refused.empty()) {
            Diagnostic refused;
            refused.file = entry.path.string();
            refused.message = entry.refused;
            errors.push_back(std::move(refused));
            continue;
        }
        auto doc = open(entry.path, SchemaKind::Diagram);
        if (!doc) {
            continue;
        }
        Diagram diagram = map_diagram(doc->value());
        Diagnostics problems;
        check_diagram(doc->value(), diagram, doc->where(), problems);
        if (auto [it, fresh] = diagram_files.emplace(diagram.id, doc->name()); !fresh) {
            problems.push_back(doc->where().at("/id", "duplicate diagram id " +
                                                          quote_for_message(diagram.id) +
                                                          ", also in " + it->second));
        }
        for (std::size_t i = 0; i < diagram.lines.size(); ++i) {
            auto [it, fresh] =
                line_owners.emplace(diagram.lines[i].id, std::pair{diagram.id, doc->name()});
            if (!fresh && it->second.first != diagram.id) {
                problems.push_back(doc->where().at(
                    pointer_join("/lines", i) + "/id",
                    "line id " + quote_for_message(diagram.lines[i].id) +
                        " is also used in diagram " + quote_for_message(it->second.first) + " (" +
                        it->second.second + "); line ids must be unique across diagrams"));
            }
        }
        finish_diagnostics(problems);
        errors.insert(errors.end(), problems.begin(), problems.end());
        catalog.diagrams.push_back(std::move(diagram));
    }
    if (!errors.empty()) {
        return errors;
    }
    return catalog;
}

} // namespace effleur::loading
