#pragma once
// Where every value of a parsed JSON text starts, so that any problem found later (schema,
// references, totals) can be reported at the line and column of the offending value.
//
// Ownership: a JsonPositions holds a view of the text it describes; the text must outlive it.
// Lookups never throw; a pointer that does not resolve falls back to its deepest existing
// ancestor. Internal to effleur::core.

#include "diagnostic.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace effleur::loading {

struct TextPosition {
    int line = 0;   // 1-based
    int column = 0; // 1-based, in characters (code points)
};

class JsonPositions {
public:
    enum class Kind : std::uint8_t { Scalar, Object, Array };
    static constexpr std::uint32_t no_key = UINT32_MAX;

    // Values in document order. The children of a container follow it; the next sibling of a
    // node is at its `end`. A flat table keeps recording cheap: one append per value.
    struct Node {
        std::uint32_t offset = 0;          // byte offset where the value starts
        std::uint32_t key_offset = no_key; // opening quote of its member name, if any
        std::uint32_t end = 0;             // index one past its subtree
        Kind kind = Kind::Scalar;
    };

    JsonPositions() = default;
    explicit JsonPositions(std::string_view text) : text_(text) {}

    // Building, in document order (used by the parser).
    std::uint32_t open(std::uint32_t offset, std::uint32_t key_offset, Kind kind);
    void close(std::uint32_t node);
    void reserve(std::size_t n) { nodes_.reserve(n); }

    [[nodiscard]] const std::vector<Node>& nodes() const { return nodes_; }
    [[nodiscard]] std::string_view text() const { return text_; }

    // The node of the value at `pointer` (RFC 6901), or of its deepest existing ancestor.
    [[nodiscard]] std::uint32_t find(std::string_view pointer) const;
    // Byte offset of the value at `pointer`; of its member name with `at_key`.
    [[nodiscard]] std::size_t offset_of(std::string_view pointer, bool at_key = false) const;
    [[nodiscard]] TextPosition position(std::size_t offset) const;

    // The member name written at `key_offset`, unescaped.
    [[nodiscard]] std::string key_at(std::uint32_t key_offset) const;

private:
    // The children of one large container, indexed on the first lookup into it, so that
    // locating many problems in a long list stays linear.
    struct ChildIndex {
        std::vector<std::uint32_t> items;
        std::unordered_map<std::string, std::uint32_t> members;
    };
    const ChildIndex& index_of(std::uint32_t node) const;
    [[nodiscard]] std::uint32_t child(std::uint32_t node, const std::string& token) const;

    std::string_view text_;
    std::vector<Node> nodes_;
    // Built on the first lookup, which happens only when there is a problem to report.
    mutable std::vector<std::size_t> line_starts_;
    // Characters before every 4 KiB of the text, for columns (see characters_before).
    mutable std::vector<std::size_t> char_marks_;
    [[nodiscard]] std::size_t characters_before(std::size_t offset) const;
    mutable std::unordered_map<std::uint32_t, ChildIndex> indexes_;
};

// RFC 6901 pointers, built only when a problem is reported.
std::string pointer_escape(std::string_view token);
// Appends "/" and the escaped token.
void pointer_append(std::string& pointer, std::string_view token);
std::string pointer_join(std::string_view base, std::string_view key);
std::string pointer_join(std::string_view base, std::size_t index);
std::vector<std::string> pointer_tokens(std::string_view pointer);

// Turns pointers into located diagnostics for one file.
class Locator {
public:
    Locator(std::string file, const JsonPositions& positions)
        : file_(std::move(file)), positions_(&positions) {}

    // At the start of the value at `pointer`.
    [[nodiscard]] Diagnostic at(std::string pointer, std::string message) const;
    // At the member name of the value at `pointer` (for misspelt or unexpected names).
    [[nodiscard]] Diagnostic at_key(std::string pointer, std::string message) const;
    [[nodiscard]] Diagnostic at_offset(std::size_t offset, std::string pointer,
                                       std::string message) const;

    [[nodiscard]] const std::string& file() const { return file_; }
    [[nodiscard]] const JsonPositions& positions() const { return *positions_; }

private:
    std::string file_;
    const JsonPositions* positions_;
};

// A short, printable rendering of a value or name for messages: quoted, escaped, truncated.
std::string quote_for_message(std::string_view s, std::size_t max_bytes = 60);

} // namespace effleur::loading
