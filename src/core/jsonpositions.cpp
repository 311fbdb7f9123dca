#include "jsonpositions.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>

namespace effleur::loading {

namespace {

// The raw bytes between the quotes of the string token that starts at `offset`, and whether
// it holds escapes. The token was accepted by the parser, so it is well formed.
std::pair<std::string_view, bool> raw_string_at(std::string_view text, std::size_t offset) {
    if (offset >= text.size() || text[offset] != '"') {
        return {{}, false};
    }
    bool escaped = false;
    std::size_t i = offset + 1;
    while (i < text.size() && text[i] != '"') {
        if (text[i] == '\\') {
            escaped = true;
            ++i;
        }
        ++i;
    }
    const std::size_t end = std::min(i, text.size());
    return {text.substr(offset + 1, end - offset - 1), escaped};
}

bool parse_index(std::string_view token, std::size_t& index) {
    if (token.empty() || (token.size() > 1 && token[0] == '0')) {
        return false;
    }
    const char* last = token.data() + token.size();
    auto [ptr, ec] = std::from_chars(token.data(), last, index);
    return ec == std::errc{} && ptr == last;
}

} // namespace

std::uint32_t JsonPositions::open(std::uint32_t offset, std::uint32_t key_offset, Kind kind) {
    const auto index = static_cast<std::uint32_t>(nodes_.size());
    nodes_.push_back(Node{offset, key_offset, index + 1, kind});
    return index;
}

void JsonPositions::close(std::uint32_t node) {
    nodes_[node].end = static_cast<std::uint32_t>(nodes_.size());
}

std::string JsonPositions::key_at(std::uint32_t key_offset) const {
    auto [raw, escaped] = raw_string_at(text_, key_offset);
    if (!escaped) {
        return std::string(raw);
    }
    // Rare: let the JSON library undo the escapes of this one token.
    try {
        const std::string_view token = text_.substr(key_offset, raw.size() + 2);
        return nlohmann::json::parse(token).get<std::string>();
    } catch (const std::exception&) {
        return std::string(raw);
    }
}

const JsonPositions::ChildIndex& JsonPositions::index_of(std::uint32_t node) const {
    auto [it, fresh] = indexes_.try_emplace(node);
    if (fresh) {
        const Node& parent = nodes_[node];
        for (std::uint32_t c = node + 1; c < parent.end; c = nodes_[c].end) {
            if (parent.kind == Kind::Object) {
                it->second.members.emplace(key_at(nodes_[c].key_offset), c);
            } else {
                it->second.items.push_back(c);
            }
        }
    }
    return it->second;
}

// The child of `node` named by `token`, or no_key when there is none.
std::uint32_t JsonPositions::child(std::uint32_t node, const std::string& token) const {
    const Node& parent = nodes_[node];
    if (parent.kind == Kind::Scalar) {
        return no_key;
    }
    std::size_t index = 0;
    if (parent.kind == Kind::Array && !parse_index(token, index)) {
        return no_key;
    }
    // Small containers are searched directly; large ones through an index.
    if (parent.end - node > 64) {
        const ChildIndex& children = index_of(node);
        if (parent.kind == Kind::Array) {
            return index < children.items.size() ? children.items[index] : no_key;
        }
        auto it = children.members.find(token);
        return it == children.members.end() ? no_key : it->second;
    }
    std::size_t i = 0;
    for (std::uint32_t c = node + 1; c < parent.end; c = nodes_[c].end, ++i) {
        if (parent.kind == Kind::Array) {
            if (i == index) {
                return c;
            }
            continue;
        }
        auto [raw, escaped] = raw_string_at(text_, nodes_[c].key_offset);
        if (escaped ? key_at(nodes_[c].key_offset) == token : raw == token) {
            return c;
        }
    }
    return no_key;
}

std::uint32_t JsonPositions::find(std::string_view pointer) const {
    if (nodes_.empty()) {
        return 0;
    }
    std::uint32_t node = 0;
    for (const std::string& token : pointer_tokens(pointer)) {
        const std::uint32_t next = child(node, token);
        if (next == no_key) {
            return node;
        }
        node = next;
    }
    return node;
}

std::size_t JsonPositions::offset_of(std::string_view pointer, bool at_key) const {
    if (nodes_.empty()) {
        return 0;
    }
    const Node& node = nodes_[find(pointer)];
    if (at_key && node.key_offset != no_key) {
        return node.key_offset;
    }
    return node.offset;
}

namespace {

constexpr std::size_t char_mark_stride = 4096;

bool starts_character(char c) {
    return (static_cast<unsigned char>(c) & 0xC0U) != 0x80U;
}

} // namespace

std::size_t JsonPositions::characters_before(std::size_t offset) const {
    // A count every 4 KiB, so that a column on a long line (a file written on one line) costs
    // at most 4 KiB of counting, however many problems are located on it.
    if (char_marks_.empty()) {
        char_marks_.reserve(text_.size() / char_mark_stride + 1);
        std::size_t n = 0;
        for (std::size_t i = 0; i < text_.size(); ++i) {
            if (i % char_mark_stride == 0) {
                char_marks_.push_back(n);
            }
            n += starts_character(text_[i]) ? 1U : 0U;
        }
        char_marks_.push_back(n); // text_.size() may itself be a multiple of the stride
    }
    const std::size_t mark = offset / char_mark_stride;
    std::size_t n = char_marks_[std::min(mark, char_marks_.size() - 1)];
    for (std::size_t i = mark * char_mark_stride; i < offset && i < text_.size(); ++i) {
        n += starts_character(text_[i]) ? 1U : 0U;
    }
    return n;
}

TextPosition JsonPositions::position(std::size_t offset) const {
    if (line_starts_.empty()) {
        line_starts_.push_back(0);
        for (std::size_t i = 0; i < text_.size(); ++i) {
            if (text_[i] == '\n') {
                line_starts_.push_back(i + 1);
            }
        }
    }
    offset = std::min(offset, text_.size());
    auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    const auto line = static_cast<std::size_t>(it - line_starts_.begin()); // >= 1
    std::size_t start = line_starts_[line - 1];
    if (line == 1 && text_.starts_with("\xEF\xBB\xBF")) {
        start = std::min<std::size_t>(3, offset); // a byte order mark is not a character
    }
    // Columns count characters (code points): on a short line, counted from its start; on a
    // long one, from the nearest count kept for every 4 KiB.
    std::size_t column = 1;
    if (offset - start <= char_mark_stride) {
        for (std::size_t i = start; i < offset; ++i) {
            column += starts_character(text_[i]) ? 1U : 0U;
        }
    } else {
        column += characters_before(offset) - characters_before(start);
    }
    return TextPosition{static_cast<int>(line), static_cast<int>(column)};
}

void pointer_append(std::string& pointer, std::string_view token) {
    pointer += '/';
    for (char c : token) {
        if (c == '~') {
            pointer += "~0";
        } else if (c == '/') {
            pointer += "~1";
        } else {
            pointer += c;
        }
    }
}

std::string pointer_escape(std::string_view token) {
    std::string out;
    pointer_append(out, token);
    return out.substr(1);
}

std::string pointer_join(std::string_view base, std::string_view key) {
    std::string out(base);
    pointer_append(out, key);
    return out;
}

std::string pointer_join(std::string_view base, std::size_t index) {
    std::string out(base);
    out += '/';
    out += std::to_string(index);
    return out;
}

std::vector<std::string> pointer_tokens(std::string_view pointer) {
    std::vector<std::string> tokens;
    if (pointer.empty() || pointer[0] != '/') {
        return tokens;
    }
    std::size_t pos = 1;
    while (true) {
        const std::size_t slash = pointer.find('/', pos);
        const std::string_view raw = pointer.substr(pos, slash - pos);
        std::string token;
        for (std::size_t i = 0; i < raw.size(); ++i) {
            if (raw[i] == '~' && i + 1 < raw.size() && (raw[i + 1] == '0' || raw[i + 1] == '1')) {
                token += raw[i + 1] == '0' ? '~' : '/';
                ++i;
            } else {
                token += raw[i];
            }
        }
        tokens.push_back(std::move(token));
        if (slash == std::string_view::npos) {
            break;
        }
        pos = slash + 1;
    }
    return tokens;
}

Diagnostic Locator::at(std::string pointer, std::string message) const {
    const std::size_t offset = positions_->offset_of(pointer);
    return at_offset(offset, std::move(pointer), std::move(message));
}

Diagnostic Locator::at_key(std::string pointer, std::string message) const {
    const std::size_t offset = positions_->offset_of(pointer, true);
    return at_offset(offset, std::move(pointer), std::move(message));
}

Diagnostic Locator::at_offset(std::size_t offset, std::string pointer, std::string message) const {
    const TextPosition where = positions_->position(offset);
    Diagnostic d;
    d.file = file_;
    d.line = where.line;
    d.column = where.column;
    d.pointer = std::move(pointer);
    d.message = std::move(message);
    return d;
}

std::string quote_for_message(std::string_view s, std::size_t max_bytes) {
    bool truncated = false;
    if (s.size() > max_bytes) {
        std::size_t cut = max_bytes;
        // Do not split a UTF-8 sequence.
        while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0U) == 0x80U) {
            --cut;
        }
        s = s.substr(0, cut);
        truncated = true;
    }
    std::string out = "\"";
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\t') {
            out += "\\t";
        } else if (u < 0x20U || u == 0x7FU) {
            static constexpr char hex[] = "0123456789ABCDEF";
            out += "\\u00";
            out += hex[u >> 4U];
            out += hex[u & 0xFU];
        } else {
            out += c;
        }
    }
    if (truncated) {
        out += "\xE2\x80\xA6"; // an ellipsis
    }
    out += '"';
    return out;
}

} // namespace effleur::loading
