#pragma once
// Turns what the schema validator reports into messages a person can act on.
//
// valijson says *where* a document fails (a context path per error) but words its errors
// generically ("Failed to match against any enum values.") and reports every alternative of a
// oneOf. So for each place it names, the keywords of the original schema that apply there are
// checked again, locally, and worded from the schema: "expected one of stroking, rubbing, ...;
// found \"strokin\"", "missing required property \"technique\"", "unknown property \"pases\"
// (did you mean \"passes\"?)". Of a oneOf, only the alternatives of the value's own type are
// explained; when none fits, one message names them all.
// Internal to effleur::core; never throws.

#include "diagnostic.h"
#include "jsonpositions.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace effleur::loading {

// Strings longer than this (in characters) are never handed to std::regex, whose matcher
// recurses once per character and would exhaust the stack (see PatternMatcher and
// schemarewrite.h; the shipped patterns are matched without it).
inline constexpr std::size_t pattern_max_chars = 1024;
// A "uniqueItems" left to valijson (see schemarewrite.h) is only tried on arrays of at most this
// many scalars: it compares every pair of items, deeply.
inline constexpr std::size_t unique_max_items = 1000;

struct SchemaFailure {
    std::string pointer;     // RFC 6901, from the validator's context path
    std::string description; // the validator's own words, used only as a last resort
};

// At most `limit` diagnostics are produced.
Diagnostics explain_schema_errors(const nlohmann::json& schema, const nlohmann::json& doc,
                                  const std::vector<SchemaFailure>& failures, const Locator& where,
                                  std::size_t limit);

} // namespace effleur::loading
