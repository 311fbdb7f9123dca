#include "diagnostic.h"

namespace effleur {

namespace {

void hex_escape(std::string& out, unsigned char byte) {
    static constexpr char digits[] = "0123456789ABCDEF";
    out += "\\x";
    out += digits[byte >> 4U];
    out += digits[byte & 0xFU];
}

// The length of the well-formed UTF-8 sequence at `p` (RFC 3629), or 0.
std::size_t sequence_length(std::string_view s, std::size_t p) {
    const auto b = [&](std::size_t i) { return static_cast<unsigned char>(s[p + i]); };
    const auto cont = [&](std::size_t i) { return p + i < s.size() && (b(i) & 0xC0U) == 0x80U; };
    const unsigned char lead = b(0);
    if (lead < 0x80U) {
        return 1;
    }
    if (lead >= 0xC2U && lead <= 0xDFU) {
        return cont(1) ? 2 : 0;
    }
    if (lead >= 0xE0U && lead <= 0xEFU) {
        if (!cont(1) || !cont(2) || (lead == 0xE0U && b(1) < 0xA0U) ||
            (lead == 0xEDU && b(1) > 0x9FU)) {
            return 0;
        }
        return 3;
    }
    if (lead >= 0xF0U && lead <= 0xF4U) {
        if (!cont(1) || !cont(2) || !cont(3) || (lead == 0xF0U && b(1) < 0x90U) ||
            (lead == 0xF4U && b(1) > 0x8FU)) {
            return 0;
        }
        return 4;
    }
    return 0;
}

} // namespace

std::string printable(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t p = 0;
    while (p < text.size()) {
        const auto byte = static_cast<unsigned char>(text[p]);
        const std::size_t n = sequence_length(text, p);
        if (n == 0 || byte < 0x20U || byte == 0x7FU) {
            hex_escape(out, byte);
            ++p;
        } else if (n == 2 && byte == 0xC2U && static_cast<unsigned char>(text[p + 1]) < 0xA0U) {
            hex_escape(out, byte); // a C1 control character
            hex_escape(out, static_cast<unsigned char>(text[p + 1]));
            p += 2;
        } else {
            out.append(text.substr(p, n));
            p += n;
        }
    }
    return out;
}

Diagnostic message_only(std::string message) {
    Diagnostic d;
    d.message = std::move(message);
    return d;
}

Diagnostic about_file(std::string file, std::string message) {
    Diagnostic d;
    d.file = std::move(file);
    d.message = std::move(message);
    return d;
}

std::string Diagnostic::to_string() const {
    // Compilers and editors jump to "file:line:col:"; leave out whatever is unknown rather
    // than printing zeros.
    std::string out = printable(file);
    if (line > 0) {
        out += ':' + std::to_string(line);
        if (column > 0) {
            out += ':' + std::to_string(column);
        }
    }
    if (!out.empty()) {
        out += ": ";
    }
    if (!pointer.empty()) {
        out += printable(pointer);
        out += ": ";
    }
    if (severity == Severity::Warning) {
        out += "warning: ";
    }
    out += printable(message);
    return out;
}

} // namespace effleur
