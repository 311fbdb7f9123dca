#pragma once
// Messages for the schema keywords that concern a value by itself: enum, const, string lengths
// and patterns, number bounds, item counts and distinct items. Used by schemaexplain.cpp.
// Internal to effleur::core; never throws except on allocation failure.

#include "schemamatch.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <string>

namespace effleur::loading {

// Receives (pointer, message) for each problem.
using Report = std::function<void(const std::string&, std::string)>;

// Checks `value` at `ptr` against the value keywords of schema node `n`; each problem goes to `at`.
void check_value_keywords(const nlohmann::json& n, const nlohmann::json& value,
                          const std::string& ptr, SchemaMatcher& match, const Report& at);

} // namespace effleur::loading
