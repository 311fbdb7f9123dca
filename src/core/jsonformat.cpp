#include "jsonformat.h"

#include "jsonparser.h"
#include "jsonpositions.h"

#include <charconv>
#include <cstdint>
#include <new>
#include <system_error>
#include <vector>

namespace effleur {

namespace {

using ordered_json = nlohmann::ordered_json;

// Code points in a UTF-8 text: its bytes that do not continue a sequence.
std::size_t code_points(std::string_view s) {
    std::size_t n = 0;
    for (const char c : s) {
        if ((static_cast<unsigned char>(c) & 0xC0u) != 0x80u) {
            ++n;
        }
    }
    return n;
}

std::string scalar_text(const ordered_json& v) {
    return v.dump(-1, ' ', false, ordered_json::error_handler_t::replace);
}

bool all_scalars(const ordered_json& array) {
    for (const ordered_json& item : array) {
        if (item.is_structured()) {
            return false;
        }
    }
    return true;
}

// Thrown by Writer when the text grows past its limit.
struct TooLarge {};

class Writer {
public:
    Writer(std::string& out, std::size_t limit) : out_(out), limit_(limit) {}

    // Writes `v` at the current position; `column` is the code points already on this line.
    void value(const ordered_json& v, std::size_t depth, std::size_t column) {
        if (v.is_object()) {
            object(v, depth);
        } else if (v.is_array()) {
            array(v, depth, column);
        } else {
            out_ += scalar_text(v);
        }
    }

private:
    void indent(std::size_t depth) {
        // Every line starts with its indent, so checking here bounds the text to the limit
        // plus one line.
        if (out_.size() > limit_) {
            throw TooLarge{};
        }
        out_.append(depth * 2, ' ');
    }

    void object(const ordered_json& v, std::size_t depth) {
        if (v.empty()) {
            out_ += "{}";
            return;
        }
        out_ += "{\n";
        bool first = true;
        for (auto it = v.begin(); it != v.end(); ++it) {
            if (!first) {
                out_ += ",\n";
            }
            first = false;
            indent(depth + 1);
            const std::string key = scalar_text(ordered_json(it.key())) + ": ";
            out_ += key;
            value(it.value(), depth + 1, (depth + 1) * 2 + code_points(key));
        }
        out_ += '\n';
        indent(depth);
        out_ += '}';
    }

    void array(const ordered_json& v, std::size_t depth, std::size_t column) {
        if (v.empty()) {
            out_ += "[]";
            return;
        }
        if (all_scalars(v)) {
            std::string line = "[";
            for (std::size_t i = 0; i < v.size(); ++i) {
                if (i > 0) {
                    line += ", ";
                }
                line += scalar_text(v[i]);
            }
            line += ']';
            // The "," that may follow the array counts too: the line must fit whole.
            if (column + code_points(line) + 1 <= canonical_json_width) {
                out_ += line;
                return;
            }
        }
        out_ += "[\n";
        for (std::size_t i = 0; i < v.size(); ++i) {
            if (i > 0) {
                out_ += ",\n";
            }
            indent(depth + 1);
            value(v[i], depth + 1, (depth + 1) * 2);
        }
        out_ += '\n';
        indent(depth);
        out_ += ']';
    }

    std::string& out_;
    std::size_t limit_;
};

// Builds an ordered_json in one pass: members are appended in the order read, with no lookup
// (ordered_map's own insertion searches every member, which makes a large object quadratic).
// Only ever run on a text that our parser has accepted, so no key is written twice.
class OrderedBuilder final : public nlohmann::json_sax<ordered_json> {
public:
    explicit OrderedBuilder(ordered_json& root) : root_(root) {}

    bool null() override { return add(ordered_json(nullptr)); }
    bool boolean(bool v) override { return add(ordered_json(v)); }
    bool number_integer(number_integer_t v) override { return add(ordered_json(v)); }
    bool number_unsigned(number_unsigned_t v) override { return add(ordered_json(v)); }
    bool number_float(number_float_t v, const string_t& /*text*/) override {
        return add(ordered_json(v));
    }
    bool string(string_t& v) override { return add(ordered_json(std::move(v))); }
    bool binary(binary_t& /*v*/) override { return false; }
    bool start_object(std::size_t /*elements*/) override {
        stack_.push_back(add_container(ordered_json::object()));
        return true;
    }
    bool start_array(std::size_t /*elements*/) override {
        stack_.push_back(add_container(ordered_json::array()));
        return true;
    }
    bool end_object() override {
        stack_.pop_back();
        return true;
    }
    bool end_array() override {
        stack_.pop_back();
        return true;
    }
    bool key(string_t& k) override {
        auto& members = stack_.back()->get_ref<ordered_json::object_t&>();
        members.emplace_back(std::move(k), nullptr);
        pending_ = &members.back().second;
        return true;
    }
    bool parse_error(std::size_t /*position*/, const std::string& /*last_token*/,
                     const nlohmann::json::exception& /*ex*/) override {
        return false;
    }

private:
    ordered_json* add_container(ordered_json&& value) {
        if (stack_.empty()) {
            root_ = std::move(value);
            return &root_;
        }
        if (stack_.back()->is_object()) {
            *pending_ = std::move(value);
            return pending_;
        }
        auto& items = stack_.back()->get_ref<ordered_json::array_t&>();
        items.push_back(std::move(value));
        return &items.back();
    }
    bool add(ordered_json&& value) {
        add_container(std::move(value));
        return true;
    }

    ordered_json& root_;
    std::vector<ordered_json*> stack_;
    ordered_json* pending_ = nullptr;
};

// A problem at `at` in the text (no file: the caller knows which file it read).
Diagnostic located(loading::TextPosition at, std::string message) {
    Diagnostic d;
    d.line = at.line;
    d.column = at.column;
    d.message = std::move(message);
    return d;
}

// A whole number too large for 64 bits, which nlohmann/json would read as a double and so write
// back as another number; nullopt when every whole number in the text fits. Positions come from
// our parse: each scalar's first byte.
std::optional<Diagnostic> inexact_integer(const loading::ParsedJson& parsed) {
    const std::string_view text = parsed.positions.text();
    for (const auto& node : parsed.positions.nodes()) {
        if (node.kind != loading::JsonPositions::Kind::Scalar || node.offset >= text.size()) {
            continue;
        }
        const char first = text[node.offset];
        if (first != '-' && (first < '0' || first > '9')) {
            continue;
        }
        std::size_t end = node.offset;
        bool whole = true;
        while (end < text.size() &&
               std::string_view("+-0123456789.eE").find(text[end]) != std::string_view::npos) {
            whole = whole && text[end] != '.' && text[end] != 'e' && text[end] != 'E';
            ++end;
        }
        if (!whole) {
            continue;
        }
        const std::string_view token = text.substr(node.offset, end - node.offset);
        std::int64_t as_signed = 0;
        std::uint64_t as_unsigned = 0;
        const char* b = token.data();
        const char* e = token.data() + token.size();
        if (std::from_chars(b, e, as_signed).ec == std::errc{} ||
            std::from_chars(b, e, as_unsigned).ec == std::errc{}) {
            continue;
        }
        const loading::TextPosition at = parsed.positions.position(node.offset);
        return located(at, "the whole number " + std::string(token) +
                               " is too large to keep exactly; whole numbers go from "
                               "-9223372036854775808 to 18446744073709551615");
    }
    return std::nullopt;
}

} // namespace

Result<ordered_json> parse_ordered(std::string_view text) {
    try {
        // Our own parser first: the loader's limits and its plain-words syntax messages.
        const loading::ParsedJson checked = loading::parse_json(text);
        if (checked.error) {
            return located(checked.positions.position(checked.error->offset),
                           checked.error->message);
        }
        if (auto inexact = inexact_integer(checked)) {
            return std::move(*inexact);
        }
        ordered_json doc;
        OrderedBuilder builder(doc);
        if (!ordered_json::sax_parse(text, &builder)) { // not expected: the text has just parsed
            return located(loading::TextPosition{1, 1}, "not valid JSON");
        }
        return doc;
    } catch (const std::bad_alloc&) {
        return message_only("not enough memory to read this text");
    } catch (const std::exception& e) {
        return message_only(std::string("cannot read this text: ") + e.what());
    }
}

std::string canonical_json(const ordered_json& doc) {
    return *canonical_json_within(doc, SIZE_MAX);
}

std::optional<std::string> canonical_json_within(const ordered_json& doc, std::size_t max_bytes) {
    std::string out;
    try {
        Writer(out, max_bytes).value(doc, 0, 0);
        out += '\n';
    } catch (const TooLarge&) {
        return std::nullopt;
    } catch (const std::exception&) {
        // Only allocation can fail here; an empty text is never mistaken for a document.
        out.clear();
    }
    if (out.size() > max_bytes) {
        return std::nullopt;
    }
    return out;
}

} // namespace effleur
