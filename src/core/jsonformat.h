#pragma once
// The canonical formatting of protocol files, shared by `effleur format` and the in-app editor.
//
// Parsing keeps the key order of every object (nlohmann::ordered_json), so a file read and
// written back changes only where it was edited, and members Effleur does not know are kept.
//
// The canonical text, exactly:
//  - objects one member per line, arrays one element per line, indented by 2 spaces per level;
//    a member is `"key": value` (one space after the colon);
//  - except an array whose elements are all scalars (strings, numbers, booleans, null), which is
//    written on one line, `["a", "b"]` (", " between elements), when that line, indent included,
//    fits in 100 columns (counted in code points); `[]` and `{}` when empty;
//  - strings in UTF-8, not \u-escaped; only '"', '\\' and control characters are escaped
//    (\n, \t, ... and \u00XX for the rest); "\/" becomes "/";
//  - numbers as nlohmann/json writes them: integers as written, floats in their shortest form
//    that reads back to the same value, with ".0" kept on integral floats (1.0 stays 1.0);
//  - no trailing spaces, "\n" line ends, and one final newline.
// canonical_json(parse_ordered(canonical_json(doc))) == canonical_json(doc) for every document.
//
// Error contract: nothing here throws. Plain C++; no Qt.

#include "diagnostic.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace effleur {

// The column limit for one-line scalar arrays.
inline constexpr std::size_t canonical_json_width = 100;

// Parses keeping key order. On error, one Diagnostic with the line and column (1-based, in
// characters) where the text went wrong, and no file (the caller names it); line 0 when the
// problem is not in the text (out of memory). The same limits as the loader apply (nesting depth,
// number of values, key length). A whole number outside 64 bits is an error too: it could not be
// written back as it was.
Result<nlohmann::ordered_json> parse_ordered(std::string_view text);

// The canonical text of a protocol file (rules above). Invalid UTF-8 in a string (which a parsed
// document never holds) is written as U+FFFD. Empty only when memory runs out.
std::string canonical_json(const nlohmann::ordered_json& doc);
// The same, but nullopt as soon as the text would be longer than `max_bytes` (a deeply nested
// document grows by its indent on every line; a file the loader would refuse is never written).
std::optional<std::string> canonical_json_within(const nlohmann::ordered_json& doc,
                                                 std::size_t max_bytes);

} // namespace effleur
