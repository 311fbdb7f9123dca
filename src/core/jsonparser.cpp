#include "jsonparser.h"

#include "jsonsyntax.h"

#include <algorithm>
#include <iterator>
#include <new>
#include <vector>

namespace effleur::loading {

namespace {

using json = nlohmann::json;
using Kind = JsonPositions::Kind;

// A pointer into the text that publishes how far the parser has read. The SAX callbacks fire
// right after the lexer has read the token they report (plus one look-ahead byte after a
// number), so "how far" is all a callback needs to find where its token starts.
class CountingIterator {
public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char*;
    using reference = const char&;

    CountingIterator() = default;
    CountingIterator(const char* p, const char** sink) : p_(p), sink_(sink) {}

    reference operator*() const { return *p_; }
    CountingIterator& operator++() {
        ++p_;
        *sink_ = p_;
        return *this;
    }
    CountingIterator operator++(int) {
        CountingIterator old = *this;
        ++*this;
        return old;
    }
    friend bool operator==(const CountingIterator& a, const CountingIterator& b) {
        return a.p_ == b.p_;
    }

private:
    const char* p_ = nullptr;
    const char** sink_ = nullptr;
};

class Builder final : public nlohmann::json_sax<json> {
public:
    Builder(std::string_view text, const ParseLimits& limits, JsonPositions& positions, json& root)
        : text_(text), limits_(limits), positions_(positions), root_(root), read_(text.data()) {
        // The library skips a UTF-8 byte order mark; so do our offsets.
        if (text.substr(0, 3) == "\xEF\xBB\xBF") {
            mark_ = 3;
        }
    }

    const char** read_sink() { return &read_; }

    bool null() override { return scalar(json(nullptr)); }
    bool boolean(bool v) override { return scalar(json(v)); }
    bool number_integer(number_integer_t v) override { return scalar(json(v), true); }
    bool number_unsigned(number_unsigned_t v) override { return scalar(json(v), true); }
    bool number_float(number_float_t v, const string_t& /*text*/) override {
        return scalar(json(v), true);
    }
    // The lexer clears its buffer before the next token, so the string can be moved out.
    bool string(string_t& v) override { return scalar(json(std::move(v))); }
    bool binary(binary_t& /*v*/) override { return false; } // not produced by JSON text

    bool start_object(std::size_t /*elements*/) override { return open(Kind::Object); }
    bool start_array(std::size_t /*elements*/) override { return open(Kind::Array); }
    bool end_object() override { return close(); }
    bool end_array() override { return close(); }

    bool key(string_t& k) override {
        const std::size_t start = token_start();
        after_open_object_ = false;
        if (k.size() > limits_.max_key_bytes) {
            return fail(start, "property name of " + std::to_string(k.size()) + " bytes; at most " +
                                   std::to_string(limits_.max_key_bytes) + " are allowed");
        }
        // One search both finds a duplicate and places the new member.
        auto& members = stack_.back().value->get_ref<json::object_t&>();
        auto slot = members.lower_bound(k);
        if (slot != members.end() && slot->first == k) {
            return fail(start, duplicate_message(k));
        }
        pending_slot_ = &members.emplace_hint(slot, std::move(k), nullptr)->second;
        pending_key_offset_ = static_cast<std::uint32_t>(start);
        mark_ = read_offset();
        return true;
    }

    bool parse_error(std::size_t position, const std::string& /*last_token*/,
                     const nlohmann::json::exception& ex) override {
        SyntaxContext context;
        context.text = text_;
        context.from = mark_;
        context.error_end = position;
        context.after_open_object = after_open_object_;
        at_end_ = position >= text_.size();
        error_ = describe_syntax_error(context, ex.id, ex.what());
        return false;
    }

    std::optional<JsonSyntaxError> take_error() { return std::move(error_); }
    // Whether the syntax error was that the text ended.
    [[nodiscard]] bool failed_at_end() const { return at_end_; }

private:
    struct Frame {
        json* value;
        std::uint32_t node;
    };

    std::size_t read_offset() const { return static_cast<std::size_t>(read_ - text_.data()); }

    // Between the last reported token and this one there is only white space and at most one
    // ',' or ':', so the token starts at the first byte that is none of these.
    std::size_t token_start() const {
        std::size_t p = mark_;
        while (p < text_.size()) {
            const char c = text_[p];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != ',' && c != ':') {
                break;
            }
            ++p;
        }
        return p;
    }

    bool fail(std::size_t offset, std::string message) {
        error_ = JsonSyntaxError{offset, std::move(message)};
        return false;
    }

    std::string duplicate_message(const std::string& k) const {
        std::string message = "duplicate property " + quote_for_message(k);
        const auto& nodes = positions_.nodes();
        for (std::uint32_t c = stack_.back().node + 1; c < nodes.size(); c = nodes[c].end) {
            if (positions_.key_at(nodes[c].key_offset) == k) {
                const TextPosition first = positions_.position(nodes[c].key_offset);
                message += "; it is already set at line " + std::to_string(first.line) +
                           ", column " + std::to_string(first.column);
                break;
            }
        }
        return message;
    }

    // Records the value's position and inserts it into its parent; returns where it lives.
    json* add(json&& value, Kind kind, std::uint32_t& node) {
        const std::size_t start = token_start();
        if (++values_ > limits_.max_values) {
            fail(start, "more than " + std::to_string(limits_.max_values) +
                            " values in one file; this is not a protocol");
            return nullptr;
        }
        const bool in_object = !stack_.empty() && stack_.back().value->is_object();
        node = positions_.open(static_cast<std::uint32_t>(start),
                               in_object ? pending_key_offset_ : JsonPositions::no_key, kind);
        after_open_object_ = false;
        if (stack_.empty()) {
            root_ = std::move(value);
            return &root_;
        }
        json& parent = *stack_.back().value;
        if (in_object) {
            *pending_slot_ = std::move(value);
            return pending_slot_;
        }
        auto& items = parent.get_ref<json::array_t&>();
        items.push_back(std::move(value));
        return &items.back();
    }

    bool scalar(json&& value, bool number = false) {
        std::uint32_t node = 0;
        if (add(std::move(value), Kind::Scalar, node) == nullptr) {
            return false;
        }
        mark_ = read_offset();
        if (number && !(mark_ == text_.size() && is_number_char(text_.back()))) {
            // The lexer read one byte past the number (unless the text ended there); that
            // byte may be the very token a later error is about, so the mark stays before it.
            mark_ -= 1;
        }
        return true;
    }

    static bool is_number_char(char c) {
        return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
    }

    bool open(Kind kind) {
        if (stack_.size() >= limits_.max_depth) {
            return fail(token_start(), "nesting deeper than " + std::to_string(limits_.max_depth) +
                                           " levels; no protocol needs this");
        }
        std::uint32_t node = 0;
        json* value = add(kind == Kind::Object ? json::object() : json::array(), kind, node);
        if (value == nullptr) {
            return false;
        }
        stack_.push_back(Frame{value, node});
        after_open_object_ = kind == Kind::Object;
        mark_ = read_offset();
        return true;
    }

    bool close() {
        const Frame& frame = stack_.back();
        positions_.close(frame.node);
        stack_.pop_back();
        after_open_object_ = false;
        mark_ = read_offset();
        return true;
    }

    std::string_view text_;
    const ParseLimits& limits_;
    JsonPositions& positions_;
    json& root_;
    const char* read_;
    std::size_t mark_ = 0; // how far the parser had read at the last callback
    std::vector<Frame> stack_;
    json* pending_slot_ = nullptr; // the member that the next value fills
    std::uint32_t pending_key_offset_ = JsonPositions::no_key;
    std::size_t values_ = 0;
    bool after_open_object_ = false;
    bool at_end_ = false;
    std::optional<JsonSyntaxError> error_;
};

// UTF-16 without a byte order mark: a NUL beside every ASCII character. With a mark it starts
// FF FE or FE FF.
bool looks_like_utf16(std::string_view text) {
    if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF")) {
        return true;
    }
    return text.size() >= 4 && (text[0] == '\0') != (text[1] == '\0') &&
           (text[2] == '\0') != (text[3] == '\0');
}

// Where a NUL byte ends the text for the library's lexer, which takes NUL for the end of its
// input: everything after it would go unread, so it is an error where it is.
JsonSyntaxError nul_error(std::string_view text, std::size_t at) {
    if (looks_like_utf16(text)) {
        return {0, "this file is UTF-16 (or UTF-32) text; save it as UTF-8"};
    }
    return {at, "the byte 0x00 (NUL); a protocol file is UTF-8 text, which never holds it"};
}

} // namespace

ParsedJson parse_json(std::string_view text, const ParseLimits& limits) {
    ParsedJson out;
    out.positions = JsonPositions(text);
    if (looks_like_utf16(text)) {
        out.error = nul_error(text, 0);
        return out;
    }
    // Only the bytes before a NUL reach the lexer; a syntax error before it still wins.
    const std::size_t nul = std::min(text.find('\0'), text.size());
    const std::string_view before = text.substr(0, nul);
    // Protocols are mostly short strings and numbers: about one value per 25 bytes.
    out.positions.reserve(text.size() / 25 + 16);
    Builder builder(before, limits, out.positions, out.value);
    bool ok = false;
    try {
        const char* begin = before.data();
        const char* end = begin + before.size();
        ok = json::sax_parse(CountingIterator(begin, builder.read_sink()),
                             CountingIterator(end, builder.read_sink()), &builder);
        if (!ok) {
            out.error = builder.take_error();
        }
    } catch (const std::bad_alloc&) {
        out.error = JsonSyntaxError{0, "not enough memory to read this file"};
    } catch (const std::exception& e) {
        out.error = JsonSyntaxError{0, std::string("could not read this file: ") + e.what()};
    }
    if (!ok && !out.error) {
        out.error = JsonSyntaxError{0, "could not read this file as JSON"};
    }
    if (nul < text.size() && (ok || builder.failed_at_end())) {
        out.error = nul_error(text, nul);
        ok = false;
    }
    if (out.error) {
        out.value = json();
    }
    return out;
}

} // namespace effleur::loading
