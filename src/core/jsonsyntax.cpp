#include "jsonsyntax.h"

#include <algorithm>
#include <string>

namespace effleur::loading {

namespace {

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool is_structural(char c) {
    return c == '{' || c == '}' || c == '[' || c == ']' || c == ',' || c == ':';
}

bool is_delimiter(char c) {
    return is_space(c) || is_structural(c) || c == '"';
}

std::size_t skip_space_and_separators(std::string_view text, std::size_t p) {
    while (p < text.size() && (is_space(text[p]) || text[p] == ',' || text[p] == ':')) {
        ++p;
    }
    return p;
}

// One past the end of the token that starts at `start` (a string, one structural character,
// or a run of other bytes such as a number or a literal).
std::size_t token_end(std::string_view text, std::size_t start) {
    if (start >= text.size()) {
        return text.size();
    }
    if (text[start] == '"') {
        std::size_t i = start + 1;
        while (i < text.size() && text[i] != '"') {
            i += text[i] == '\\' ? std::size_t{2} : std::size_t{1};
        }
        return std::min(i + 1, text.size());
    }
    if (is_structural(text[start])) {
        return start + 1;
    }
    std::size_t i = start;
    while (i < text.size() && !is_delimiter(text[i])) {
        ++i;
    }
    return std::max(i, start + 1);
}

// The start of the token that the lexer had just finished when it reported a syntax error:
// walk the tokens after the last reported one until one reaches `error_end`.
std::size_t token_ending_at(std::string_view text, std::size_t from, std::size_t error_end) {
    std::size_t i = from;
    while (true) {
        while (i < text.size() && is_space(text[i])) {
            ++i;
        }
        if (i >= text.size()) {
            return text.size();
        }
        const std::size_t end = token_end(text, i);
        if (end >= error_end) {
            return i;
        }
        i = end;
    }
}

std::string hex_byte(unsigned char byte) {
    static constexpr char digits[] = "0123456789ABCDEF";
    std::string out = "0x";
    out += digits[byte >> 4U];
    out += digits[byte & 0xFU];
    return out;
}

std::string word_at(std::string_view text, std::size_t offset) {
    const std::size_t end = std::min(token_end(text, offset), offset + 40);
    return std::string(text.substr(offset, end - offset));
}

// What the lexer found at `offset`, for "expected X; found Y".
std::string found_at(std::string_view text, std::size_t offset) {
    if (offset >= text.size()) {
        return "the end of the file";
    }
    const char c = text[offset];
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x80U || byte < 0x20U || byte == 0x7FU) {
        return "the byte " + hex_byte(byte) + ", which cannot start any JSON token";
    }
    if (c == '"') {
        const std::size_t end = token_end(text, offset);
        const std::size_t close = end > offset + 1 && text[end - 1] == '"' ? end - 1 : end;
        return "the string " + quote_for_message(text.substr(offset + 1, close - offset - 1), 40);
    }
    if (is_structural(c)) {
        return std::string("'") + c + "'";
    }
    const std::string word = word_at(text, offset);
    if (c == '\'') {
        return word + " (strings need double quotes)";
    }
    std::string found = "'" + word + "'";
    if (c == '/') {
        found += " (comments are not allowed in JSON)";
    } else if (word == "True" || word == "False" || word == "None" || word == "NULL" ||
               word == "Null" || word == "TRUE" || word == "FALSE") {
        found += " (JSON writes true, false and null in lower case)";
    } else if (word == "NaN" || word == "Infinity" || word == "-Infinity") {
        found += " (JSON has no NaN or Infinity)";
    }
    return found;
}

std::string expected_for(std::string_view parsing, bool expects_end, bool after_open_object) {
    if (expects_end) {
        return "the end of the file after the top-level value";
    }
    if (parsing == "object key") {
        return after_open_object ? "a property name in double quotes, or '}'"
                                 : "a property name in double quotes";
    }
    if (parsing == "object separator") {
        return "':' after the property name";
    }
    if (parsing == "object") {
        return "',' or '}' after an object member";
    }
    if (parsing == "array") {
        return "',' or ']' after an array item";
    }
    return "a value (an object, array, string, number, true, false or null)";
}

JsonSyntaxError string_error(const SyntaxContext& c, std::string_view reason) {
    const std::size_t bad = c.error_end > 0 ? std::min(c.error_end - 1, c.text.size()) : 0;
    if (reason.starts_with("missing closing quote")) {
        return {skip_space_and_separators(c.text, c.from),
                "this string has no closing '\"' before the end of the file"};
    }
    if (reason.starts_with("ill-formed UTF-8 byte")) {
        std::string message = "invalid UTF-8 byte";
        if (bad < c.text.size()) {
            message += ' ';
            message += hex_byte(static_cast<unsigned char>(c.text[bad]));
        }
        message += " in a string; the file must be UTF-8";
        return {bad, std::move(message)};
    }
    if (reason.starts_with("control character ")) {
        // "control character U+000A (LF) must be escaped to \u000A or \n"
        std::string what(reason);
        if (auto must = what.find(" must be escaped to "); must != std::string::npos) {
            what = what.substr(0, must) + " in a string; write it as " + what.substr(must + 20);
        }
        return {bad, "unescaped " + what};
    }
    if (reason.starts_with("forbidden character after backslash")) {
        const std::size_t backslash = bad > 0 ? bad - 1 : 0;
        return {backslash,
                "invalid escape '" + std::string(c.text.substr(backslash, 2)) + "'" +
                    " in a string; the escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX"};
    }
    return {bad, "invalid \\u escape in a string: " + std::string(reason)};
}

} // namespace

JsonSyntaxError describe_syntax_error(const SyntaxContext& c, int id, std::string_view what) {
    const std::string_view text = c.text;
    if (id == 406) { // number overflow
        const std::size_t at = skip_space_and_separators(text, c.from);
        return {at, "number out of range: " + word_at(text, at)};
    }

    // "[json.exception.parse_error.101] parse error at line 1, column 4: syntax error while
    //  parsing <what> - <detail>"
    std::string_view parsing;
    std::string_view detail = what;
    if (auto p = what.find("while parsing "); p != std::string_view::npos) {
        const std::string_view rest = what.substr(p + 14);
        const auto dash = rest.find(" - ");
        parsing = rest.substr(0, dash);
        detail = dash == std::string_view::npos ? std::string_view{} : rest.substr(dash + 3);
    }
    const bool expects_end = detail.find("; expected end of input") != std::string_view::npos;
    const std::string expected = expected_for(parsing, expects_end, c.after_open_object);
    const std::string_view head = detail.substr(0, detail.find("; last read"));

    if (detail.starts_with("unexpected end of input")) {
        const std::size_t start =
            skip_space_and_separators(text, text.starts_with("\xEF\xBB\xBF") ? 3 : 0);
        if (start >= text.size()) {
            return {text.size(), "the file is empty; expected a JSON object"};
        }
        return {text.size(), "expected " + expected + "; found the end of the file"};
    }
    if (detail.starts_with("unexpected ")) {
        const std::size_t at = token_ending_at(text, c.from, c.error_end);
        return {at, "expected " + expected + "; found " + found_at(text, at)};
    }
    if (detail.starts_with("invalid string: ")) {
        return string_error(c, head.substr(16));
    }
    const std::size_t at = skip_space_and_separators(text, c.from);
    if (detail.starts_with("invalid number")) {
        std::string message = at >= text.size()
                                  ? std::string("malformed number at the end of the file")
                                  : "malformed number '" + word_at(text, at) + "'";
        if (auto semi = head.find("; "); semi != std::string_view::npos) {
            message += ": " + std::string(head.substr(semi + 2));
        }
        return {at, message};
    }
    if (detail.starts_with("invalid literal")) {
        return {at, "expected " + expected + "; found " + found_at(text, at)};
    }
    return {at, "invalid JSON: " + std::string(head.empty() ? what : head)};
}

} // namespace effleur::loading
