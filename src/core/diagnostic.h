#pragma once
// A located problem in a file, and a Result that is either a whole value or its problems.
//
// This is Effleur's one way to report an error, from core to the windows: a call that can fail
// returns a Result<T> (or a Status when it has nothing to return), and each problem is a
// Diagnostic. Where a problem has a place (file, line, column, JSON pointer) the place is data in
// the Diagnostic, never text in its message, so no caller has to read it back out of a sentence.

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

// A problem with no place: its message alone (file, line, column and pointer unknown).
[[nodiscard]] Diagnostic message_only(std::string message);
// A problem with the file it concerns, but no line or column in it.
[[nodiscard]] Diagnostic about_file(std::string file, std::string message);

// Either a whole T or a non-empty list of errors; never a half-built T.
template <class T> class Result {
public:
    Result(T value) : state_(std::move(value)) {}             // NOLINT: implicit by design
    Result(Diagnostics errors) : state_(std::move(errors)) {} // NOLINT: implicit by design
    Result(Diagnostic error) : state_(Diagnostics{std::move(error)}) {} // NOLINT: as above

    [[nodiscard]] bool ok() const { return std::holds_alternative<T>(state_); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] T& value() { return std::get<T>(state_); }
    [[nodiscard]] const T& value() const { return std::get<T>(state_); }
    [[nodiscard]] const Diagnostics& errors() const { return std::get<Diagnostics>(state_); }
    // The value, or `fallback` when there is none (for callers that carry on without it).
    template <class U> [[nodiscard]] T value_or(U&& fallback) const& {
        return ok() ? value() : static_cast<T>(std::forward<U>(fallback));
    }
    // The first error's message, the sentence a window or a terminal shows ("" when ok).
    [[nodiscard]] const std::string& message() const {
        static const std::string none;
        if (ok())
            return none;
        const Diagnostics& all = errors();
        return all.empty() ? none : all.front().message;
    }

private:
    std::variant<T, Diagnostics> state_;
};

// What a call that returns nothing but may fail gives back: `return Done{};` when it worked.
struct Done {};
using Status = Result<Done>;

} // namespace effleur
