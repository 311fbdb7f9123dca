#include "schemakeywords.h"

#include "jsonpositions.h"
#include "schemaexplain.h"
#include "wording.h"

#include <algorithm>

namespace effleur::loading {

using json = nlohmann::json;

namespace {

void check_bounds(const json& n, const json& value, const std::string& ptr, const Report& at) {
    const double v = value.get<double>();
    const std::string found = "; found " + describe_value(value);
    if (n.contains("minimum") && v < n["minimum"].get<double>()) {
        at(ptr, "expected at least " + n["minimum"].dump() + found);
    }
    if (n.contains("maximum") && v > n["maximum"].get<double>()) {
        at(ptr, "expected at most " + n["maximum"].dump() + found);
    }
    if (n.contains("exclusiveMinimum") && v <= n["exclusiveMinimum"].get<double>()) {
        at(ptr, "expected more than " + n["exclusiveMinimum"].dump() + found);
    }
    if (n.contains("exclusiveMaximum") && v >= n["exclusiveMaximum"].get<double>()) {
        at(ptr, "expected less than " + n["exclusiveMaximum"].dump() + found);
    }
}

void check_items(const json& n, const json& value, const std::string& ptr, const Report& at) {
    const std::size_t size = value.size();
    if (n.contains("minItems") && size < n["minItems"].get<std::size_t>()) {
        at(ptr, "expected at least " + count_words(n["minItems"].get<std::size_t>(), "item") +
                    "; found " + (size == 0 ? std::string("none") : std::to_string(size)));
    }
    if (n.contains("maxItems") && size > n["maxItems"].get<std::size_t>()) {
        at(ptr, "expected at most " + count_words(n["maxItems"].get<std::size_t>(), "item") +
                    "; found " + std::to_string(size));
    }
    if (n.contains("uniqueItems") && n["uniqueItems"] == true) {
        // Every repeat, each at the later copy.
        std::vector<std::pair<std::size_t, std::size_t>> repeats;
        distinct_items(value, &repeats);
        for (auto [first, again] : repeats) {
            at(pointer_join(ptr, again), "duplicate item " + describe_value(value[again]) +
                                             "; it is already item " + std::to_string(first));
        }
    }
}

} // namespace

void check_value_keywords(const json& n, const json& value, const std::string& ptr,
                          SchemaMatcher& match, const Report& at) {
    if (auto e = n.find("enum");
        e != n.end() && e->is_array() && std::find(e->begin(), e->end(), value) == e->end()) {
        at(ptr, enum_message(*e, value));
    }
    if (auto c = n.find("const"); c != n.end() && !(*c == value)) {
        at(ptr, "expected " + c->dump() + "; found " + describe_value(value));
    }
    if (value.is_string()) {
        const auto& str = value.get_ref<const std::string&>();
        const std::size_t length = code_points(str);
        if (n.contains("minLength") && length < n["minLength"].get<std::size_t>()) {
            const auto min = n["minLength"].get<std::size_t>();
            at(ptr, min == 1 ? std::string("expected a non-empty string")
                             : "expected at least " + count_words(min, "character") + "; found " +
                                   std::to_string(length));
        }
        if (n.contains("maxLength") && length > n["maxLength"].get<std::size_t>()) {
            at(ptr, "expected at most " +
                        count_words(n["maxLength"].get<std::size_t>(), "character") + "; found " +
                        std::to_string(length));
        }
        if (auto p = n.find("pattern");
            p != n.end() && p->is_string() && !match.pattern_ok(p->get<std::string>(), str)) {
            at(ptr, "expected " + pattern_words(p->get<std::string>()) + "; found " +
                        (length > pattern_max_chars
                             ? "a string of " + std::to_string(length) + " characters"
                             : describe_value(value)));
        }
    }
    if (value.is_number()) {
        check_bounds(n, value, ptr, at);
    }
    if (value.is_array()) {
        check_items(n, value, ptr, at);
        if (auto c = n.find("contains");
            c != n.end() && std::none_of(value.begin(), value.end(), [&](const json& item) {
                return match.matches(*c, item);
            })) {
            // The schemas use "contains" only with a "const": name the value that must be there.
            const auto k = c->is_object() ? c->find("const") : c->end();
            at(ptr, "expected " +
                        (k != c->end() ? "an item " + describe_value(*k)
                                       : std::string("an item that matches")) +
                        "; found none among " + count_words(value.size(), "item"));
        }
    }
}

} // namespace effleur::loading
