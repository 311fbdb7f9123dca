#include "jsonmapping.h"

namespace effleur::loading {

using json = nlohmann::json;

std::string to_string_or_empty(const json* value) {
    return value != nullptr && value->is_string() ? value->get<std::string>() : std::string();
}

std::vector<std::string> to_strings(const json* list) {
    std::vector<std::string> out;
    if (list != nullptr && list->is_array()) {
        out.reserve(list->size());
        for (const json& item : *list) {
            out.push_back(to_string_or_empty(&item));
        }
    }
    return out;
}

Text to_text(const json* value) {
    Text text;
    if (value == nullptr) {
        return text;
    }
    if (value->is_string()) {
        text.en = value->get<std::string>();
    } else if (value->is_object()) {
        for (const auto& [lang, s] : value->items()) {
            if (!s.is_string()) {
                continue;
            }
            if (lang == "en") {
                text.en = s.get<std::string>();
            } else {
                text.translations.emplace(lang, s.get<std::string>());
            }
        }
    }
    return text;
}

std::vector<Text> to_texts(const json* list) {
    std::vector<Text> out;
    if (list != nullptr && list->is_array()) {
        out.reserve(list->size());
        for (const json& item : *list) {
            out.push_back(to_text(&item));
        }
    }
    return out;
}

std::optional<Citation> to_citation(const json* value) {
    if (value == nullptr || !value->is_object()) {
        return std::nullopt;
    }
    Citation cite;
    cite.source = to_string_or_empty(value->contains("source") ? &(*value).at("source") : nullptr);
    if (auto lines = value->find("lines"); lines != value->end()) {
        if (lines->is_number_integer()) {
            cite.line_first = cite.line_last = lines->get<int>();
        } else if (lines->is_array() && lines->size() == 2) {
            cite.line_first = (*lines)[0].get<int>();
            cite.line_last = (*lines)[1].get<int>();
        }
    }
    cite.quote = to_string_or_empty(value->contains("quote") ? &(*value).at("quote") : nullptr);
    cite.note = to_string_or_empty(value->contains("note") ? &(*value).at("note") : nullptr);
    return cite;
}

std::optional<Range> to_range(const json* value) {
    if (value == nullptr || !value->is_object() || !value->contains("min") ||
        !value->contains("max")) {
        return std::nullopt;
    }
    return Range{(*value).at("min").get<double>(), (*value).at("max").get<double>()};
}

} // namespace effleur::loading
