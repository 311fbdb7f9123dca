#include "wording.h"

#include "jsonpositions.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace effleur::loading {

namespace {

using json = nlohmann::json;

std::string one_type(std::string_view t) {
    if (t == "integer") {
        return "an integer";
    }
    if (t == "object") {
        return "an object";
    }
    if (t == "array") {
        return "an array";
    }
    if (t == "boolean") {
        return "true or false";
    }
    if (t == "null") {
        return "null";
    }
    return "a " + std::string(t);
}

// Levenshtein distance; callers keep the words short.
std::size_t distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) {
        row[j] = j;
    }
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] =
                std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0U : 1U)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

} // namespace

std::string number_words(double value) {
    if (std::isfinite(value) && value == std::trunc(value) && std::fabs(value) < 1e15) {
        return std::to_string(static_cast<long long>(value));
    }
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.10g", value);
    return buffer;
}

std::string describe_value(const json& value) {
    switch (value.type()) {
    case json::value_t::string:
        return quote_for_message(value.get_ref<const std::string&>());
    case json::value_t::object:
        return "an object";
    case json::value_t::array:
        return "an array";
    case json::value_t::null:
        return "null";
    case json::value_t::number_float:
        if (const double v = value.get<double>(); std::fabs(v) >= 9.2e18) {
            return value.dump() + ", too large for a whole number";
        }
        return value.dump();
    default:
        return value.dump();
    }
}

std::string type_words(const json& type, const json& /*found*/) {
    if (type.is_string()) {
        return one_type(type.get_ref<const std::string&>());
    }
    std::vector<std::string> words;
    if (type.is_array()) {
        for (const json& t : type) {
            if (t.is_string()) {
                words.push_back(one_type(t.get_ref<const std::string&>()));
            }
        }
    }
    return words.empty() ? std::string("a different type") : join_words(words, " or ");
}

std::string definition_words(std::string_view definition) {
    if (definition == "text") {
        return "a string or an object of translations";
    }
    if (definition == "line_ref") {
        return "a line id or an object {\"line\": id, \"direction\": ...}";
    }
    return {};
}

std::string pattern_words(std::string_view pattern) {
    if (pattern == "^[a-z0-9]+(-[a-z0-9]+)*$") {
        return "an id: lower-case letters and digits, words joined by single hyphens "
               "(like \"face-front\")";
    }
    if (pattern == "^[a-z]{2}(-[A-Z]{2})?$") {
        return "a language code such as \"ru\" or \"pt-BR\"";
    }
    if (pattern == "^[a-z_]+(\\.[a-z_]+)?$") {
        return "a field name such as \"seconds\" or \"breathing.rounds\"";
    }
    if (pattern == "^[A-Za-z0-9_.-]+$") {
        return "a file name of letters, digits, '.', '_' and '-'";
    }
    return "a string matching " + std::string(pattern);
}

std::string enum_message(const json& options, const json& found) {
    std::vector<std::string> names;
    for (const json& o : options) {
        names.push_back(o.is_string() ? o.get<std::string>() : o.dump());
    }
    std::string message = "expected " + std::string(names.size() == 1 ? "" : "one of ") +
                          join_words(names, ", ") + "; found " + describe_value(found);
    if (found.is_string()) {
        message += did_you_mean(found.get_ref<const std::string&>(), names);
    }
    return message;
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
    if (word.size() > 64) {
        return {};
    }
    const std::string* best = nullptr;
    std::size_t best_distance = 0;
    for (const std::string& c : candidates) {
        if (c.size() > 64) {
            continue;
        }
        const std::size_t d = distance(word, c);
        if (best == nullptr || d < best_distance) {
            best = &c;
            best_distance = d;
        }
    }
    // About one edit in three letters; very short words are too easy to match by chance.
    const std::size_t limit = std::max<std::size_t>(1, std::min<std::size_t>(3, word.size() / 3));
    if (best == nullptr || word.size() < 3 || best_distance == 0 || best_distance > limit) {
        return {};
    }
    return " (did you mean " + quote_for_message(*best) + "?)";
}

std::string count_words(std::size_t n, std::string_view singular, std::string_view plural) {
    std::string out = std::to_string(n) + " ";
    if (n == 1) {
        out += singular;
    } else if (!plural.empty()) {
        out += plural;
    } else {
        out += singular;
        out += 's';
    }
    return out;
}

std::string join_words(const std::vector<std::string>& words, std::string_view separator) {
    std::string out;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (i > 0) {
            out += separator;
        }
        out += words[i];
    }
    return out;
}

} // namespace effleur::loading
