#pragma once
// A small JSON Schema (draft 7) evaluator over nlohmann::json, used to word errors once valijson
// has found some: which alternative of a oneOf a value meant, whether the condition of an
// if/then/else holds, what a "not" excluded. Also the matching of "pattern" and "uniqueItems",
// shared with keywordsites.h. Internal to effleur::core; never throws.

#include <nlohmann/json.hpp>

#include <map>
#include <regex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace effleur::loading {

// A schema node with its "$ref"s followed, and the definition it was reached through
// ("text" for "#/definitions/text"), which names it better than its type does.
struct SchemaRef {
    const nlohmann::json* node = nullptr; // null when a reference does not resolve
    std::string definition;
};

// Matches "pattern" keywords. The patterns of the shipped schemas are matched by hand-written,
// linear code; any other goes to std::regex, whose matcher recurses once per character, so it
// is only given strings of up to pattern_max_chars characters (longer ones do not match).
class PatternMatcher {
public:
    // Whether `pattern` (ECMAScript, searched as JSON Schema specifies) matches `s`.
    bool matches(const std::string& pattern, std::string_view s);

private:
    std::map<std::string, std::regex, std::less<>> regexes_;
};

// Whether no two items of `array` are equal (numbers by value: 1 and 1.0 are equal). Linear.
// `repeats`, if given, receives (first index, later index) for every later copy.
bool distinct_items(const nlohmann::json& array,
                    std::vector<std::pair<std::size_t, std::size_t>>* repeats = nullptr);

// Whether the alternatives of a oneOf/anyOf each declare a "type" and no two types overlap
// ("integer" overlaps "number"). Then at most one alternative can ever apply: the one of the
// value's type.
bool disjoint_types(const nlohmann::json& root, const nlohmann::json& alternatives);

class SchemaMatcher {
public:
    explicit SchemaMatcher(const nlohmann::json& root) : root_(root) {}

    [[nodiscard]] SchemaRef resolve(const nlohmann::json& node) const;
    // Whether `value` is valid against `schema`; unknown keywords are ignored.
    bool matches(const nlohmann::json& schema, const nlohmann::json& value, int depth = 0);
    // Whether `value` has one of the types named by a "type" keyword.
    static bool type_ok(const nlohmann::json& type, const nlohmann::json& value);
    bool pattern_ok(const std::string& pattern, const std::string& s) {
        return patterns_.matches(pattern, s);
    }

    [[nodiscard]] const nlohmann::json& root() const { return root_; }

private:
    bool object_matches(const nlohmann::json& n, const nlohmann::json& value, int depth);
    bool array_matches(const nlohmann::json& n, const nlohmann::json& value, int depth);

    const nlohmann::json& root_;
    PatternMatcher patterns_;
};

std::size_t code_points(std::string_view s);

} // namespace effleur::loading
