#pragma once
// Reading model values out of schema-valid JSON: texts, citations, ranges.
// Internal to effleur::core. The document has passed its schema, so shapes are known; anything
// unexpected still maps to an empty value rather than throwing.

#include "protocol.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace effleur::loading {

// A plain string (English) or {"en": ..., "ru": ...}.
Text to_text(const nlohmann::json* value);
std::vector<Text> to_texts(const nlohmann::json* list);
std::optional<Citation> to_citation(const nlohmann::json* value);
std::optional<Range> to_range(const nlohmann::json* value);
std::string to_string_or_empty(const nlohmann::json* value);
std::vector<std::string> to_strings(const nlohmann::json* list);

} // namespace effleur::loading
