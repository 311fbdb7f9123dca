#pragma once
// Shared wording for diagnostics: how values, types and choices are named in messages.
// Internal to effleur::core; nothing here throws except on allocation failure.

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace effleur::loading {

// "\"abc\"", "12", "true", "an object", "an array".
std::string describe_value(const nlohmann::json& value);
// "an integer", "a string or an object"; notes when a number is too large for an integer.
std::string type_words(const nlohmann::json& type, const nlohmann::json& found);
// Names for schema definitions that a type list would describe poorly; empty if none.
std::string definition_words(std::string_view definition);
// What a "pattern" asks for, in words.
std::string pattern_words(std::string_view pattern);
// "expected one of a, b, c; found \"x\" (did you mean \"y\"?)"
std::string enum_message(const nlohmann::json& options, const nlohmann::json& found);
// " (did you mean \"passes\"?)" for a close candidate, else "".
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);
// "3 items", "1 item".
std::string count_words(std::size_t n, std::string_view singular, std::string_view plural = {});
std::string join_words(const std::vector<std::string>& words, std::string_view separator);
// A number as people write it: 12, 0.5, 1e+20.
std::string number_words(double value);

} // namespace effleur::loading
