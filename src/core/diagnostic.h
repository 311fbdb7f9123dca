#pragma once
// A located problem in a file, and a Result that is either a whole value or its problems.

#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace effleur {

enum class Severity { Error, Warning };

struct Diagnostic {
    std::string file;    // as given to the loader
    int line = 0;        // 1-based; 0 when unknown (e.g. an unreadable file)
    int column = 0;      // 1-based, in characters (code points)
    std::string pointer; // RFC 6901 JSON pointer of the offending value; "" for the whole file
    std::string message; // what was expected, and what was found
    Severity severity = Severity::Error;

    // "file:line:col: /pointer: message", every part through printable().
    [[nodiscard]] std::string to_string() const;
};

// `text` safe to print to a terminal: control characters (C0, DEL and the C1 range U+0080 to
// U+009F, which terminals obey as commands) and bytes that are not UTF-8 are written as \xNN;
// a backslash stays as it is. Everything else, Cyrillic included, passes unchanged.
std::string printable(std::string_view text);

using Diagnostics = std::vector<Diagnostic>;

// Either a whole T or a non-empty list of errors; never a half-built T.
template <class T> class Result {
public:
    Result(T value) : state_(std::move(value)) {}             // NOLINT: implicit by design
    Result(Diagnostics errors) : state_(std::move(errors)) {} // NOLINT: implicit by design

    [[nodiscard]] bool ok() const { return std::holds_alternative<T>(state_); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] T& value() { return std::get<T>(state_); }
    [[nodiscard]] const T& value() const { return std::get<T>(state_); }
    [[nodiscard]] const Diagnostics& errors() const { return std::get<Diagnostics>(state_); }

private:
    std::variant<T, Diagnostics> state_;
};

} // namespace effleur
