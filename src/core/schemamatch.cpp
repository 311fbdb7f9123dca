#include "schemamatch.h"

#include "schemaexplain.h"

#include <algorithm>
#include <unordered_map>

namespace effleur::loading {

namespace {

using json = nlohmann::json;

constexpr int max_depth = 600; // documents nest at most 256 deep; schemas add a few levels

bool has(const json& n, const char* key) {
    return n.is_object() && n.contains(key);
}

double number(const json& v) {
    return v.get<double>();
}

} // namespace

std::size_t code_points(std::string_view s) {
    std::size_t n = 0;
    for (char c : s) {
        n += (static_cast<unsigned char>(c) & 0xC0U) != 0x80U ? 1U : 0U;
    }
    return n;
}

namespace {

bool lower_digit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}
bool lower(char c) {
    return c >= 'a' && c <= 'z';
}
bool upper(char c) {
    return c >= 'A' && c <= 'Z';
}

// ^[a-z0-9]+(-[a-z0-9]+)*$
bool is_id(std::string_view s) {
    if (s.empty() || s.front() == '-' || s.back() == '-') {
        return false;
    }
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (!(lower_digit(s[i]) || (s[i] == '-' && s[i + 1] != '-'))) {
            return false;
        }
    }
    return true;
}

// ^[a-z]{2}(-[A-Z]{2})?$
bool is_language(std::string_view s) {
    return (s.size() == 2 || (s.size() == 5 && s[2] == '-' && upper(s[3]) && upper(s[4]))) &&
           lower(s[0]) && lower(s[1]);
}

// ^[a-z_]+(\.[a-z_]+)?$
bool is_field_name(std::string_view s) {
    const auto dot = s.find('.');
    auto word = [](std::string_view w) {
        return !w.empty() &&
               std::all_of(w.begin(), w.end(), [](char c) { return lower(c) || c == '_'; });
    };
    return dot == std::string_view::npos ? word(s)
                                         : word(s.substr(0, dot)) && word(s.substr(dot + 1));
}

// ^[A-Za-z0-9_.-]+$
bool is_file_name(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
        return lower_digit(c) || upper(c) || c == '_' || c == '.' || c == '-';
    });
}

} // namespace

bool PatternMatcher::matches(const std::string& pattern, std::string_view s) {
    if (pattern == "^[a-z0-9]+(-[a-z0-9]+)*$") {
        return is_id(s);
    }
    if (pattern == "^[a-z]{2}(-[A-Z]{2})?$") {
        return is_language(s);
    }
    if (pattern == "^[a-z_]+(\\.[a-z_]+)?$") {
        return is_field_name(s);
    }
    if (pattern == "^[A-Za-z0-9_.-]+$") {
        return is_file_name(s);
    }
    if (code_points(s) > pattern_max_chars) {
        return false;
    }
    try {
        auto it = regexes_.find(pattern);
        if (it == regexes_.end()) {
            it = regexes_.emplace(pattern, std::regex(pattern, std::regex::ECMAScript)).first;
        }
        return std::regex_search(s.begin(), s.end(), it->second);
    } catch (const std::exception&) {
        return true; // a pattern we cannot compile cannot be held against the file
    }
}

bool distinct_items(const json& array, std::vector<std::pair<std::size_t, std::size_t>>* repeats) {
    if (!array.is_array()) {
        return true;
    }
    std::unordered_map<std::string, std::size_t> seen;
    bool distinct = true;
    for (std::size_t i = 0; i < array.size(); ++i) {
        const json& item = array[i];
        // Numbers compare by value; a string's or a structure's dump never ends in 'n'.
        std::string k = item.is_number() ? json(number(item)).dump() : item.dump();
        if (item.is_number()) {
            k += 'n';
        }
        auto [it, inserted] = seen.emplace(std::move(k), i);
        if (!inserted) {
            distinct = false;
            if (repeats == nullptr) {
                return false;
            }
            repeats->emplace_back(it->second, i);
        }
    }
    return distinct;
}

namespace {

std::vector<std::string> declared_types(const json& root, const json& node) {
    const json* n = &node;
    for (int hops = 0; hops < 16 && n->is_object() && n->contains("$ref"); ++hops) {
        const json& ref = (*n)["$ref"];
        if (!ref.is_string() || ref.get_ref<const std::string&>().rfind('#', 0) != 0) {
            return {};
        }
        try {
            n = &root.at(json::json_pointer(ref.get<std::string>().substr(1)));
        } catch (const std::exception&) {
            return {};
        }
    }
    std::vector<std::string> types;
    if (n->is_object() && n->contains("type")) {
        const json& t = (*n)["type"];
        for (const json& one : t.is_array() ? t : json::array({t})) {
            types.push_back(one.is_string() ? one.get<std::string>() : std::string());
        }
    }
    return types;
}

} // namespace

bool disjoint_types(const json& root, const json& alternatives) {
    std::vector<std::string> seen;
    for (const json& branch : alternatives) {
        const auto types = declared_types(root, branch);
        if (types.empty()) {
            return false;
        }
        for (const std::string& t : types) {
            for (const std::string& u : seen) {
                if (t.empty() || t == u || (t == "number" && u == "integer") ||
                    (t == "integer" && u == "number")) {
                    return false;
                }
            }
            seen.push_back(t);
        }
    }
    return true;
}

SchemaRef SchemaMatcher::resolve(const json& node) const {
    SchemaRef out{&node, {}};
    for (int hops = 0; hops < 32; ++hops) {
        const json& n = *out.node;
        if (!n.is_object()) {
            return out;
        }
        auto ref = n.find("$ref");
        if (ref == n.end() || !ref->is_string()) {
            return out;
        }
        const auto& target = ref->get_ref<const std::string&>();
        if (target.empty() || target[0] != '#') {
            return SchemaRef{}; // remote references are never fetched
        }
        try {
            out.node = &root_.at(json::json_pointer(target.substr(1)));
        } catch (const std::exception&) {
            return SchemaRef{};
        }
        out.definition = target.substr(target.rfind('/') + 1);
    }
    return SchemaRef{};
}

bool SchemaMatcher::type_ok(const json& type, const json& value) {
    auto one = [&](const json& t) {
        if (!t.is_string()) {
            return true;
        }
        const auto& name = t.get_ref<const std::string&>();
        if (name == "string") {
            return value.is_string();
        }
        if (name == "integer") {
            return value.is_number_integer();
        }
        if (name == "number") {
            return value.is_number();
        }
        if (name == "object") {
            return value.is_object();
        }
        if (name == "array") {
            return value.is_array();
        }
        if (name == "boolean") {
            return value.is_boolean();
        }
        if (name == "null") {
            return value.is_null();
        }
        return true;
    };
    if (type.is_array()) {
        for (const json& t : type) {
            if (one(t)) {
                return true;
            }
        }
        return false;
    }
    return one(type);
}

bool SchemaMatcher::matches(const json& schema, const json& value, int depth) {
    if (depth > max_depth) {
        return true;
    }
    const SchemaRef s = resolve(schema);
    if (s.node == nullptr) {
        return true;
    }
    const json& n = *s.node;
    if (n.is_boolean()) {
        return n.get<bool>();
    }
    if (!n.is_object()) {
        return true;
    }
    if (auto t = n.find("type"); t != n.end() && !type_ok(*t, value)) {
        return false;
    }
    if (auto e = n.find("enum"); e != n.end() && e->is_array()) {
        bool found = false;
        for (const json& option : *e) {
            found = found || option == value;
        }
        if (!found) {
            return false;
        }
    }
    if (auto c = n.find("const"); c != n.end() && !(*c == value)) {
        return false;
    }
    if (value.is_string()) {
        const auto& str = value.get_ref<const std::string&>();
        const std::size_t length = code_points(str);
        if ((has(n, "minLength") && length < n["minLength"].get<std::size_t>()) ||
            (has(n, "maxLength") && length > n["maxLength"].get<std::size_t>())) {
            return false;
        }
        if (has(n, "pattern") && n["pattern"].is_string() &&
            !pattern_ok(n["pattern"].get<std::string>(), str)) {
            return false;
        }
    }
    if (value.is_number()) {
        const double v = number(value);
        if ((has(n, "minimum") && v < number(n["minimum"])) ||
            (has(n, "maximum") && v > number(n["maximum"])) ||
            (has(n, "exclusiveMinimum") && v <= number(n["exclusiveMinimum"])) ||
            (has(n, "exclusiveMaximum") && v >= number(n["exclusiveMaximum"]))) {
            return false;
        }
    }
    if (value.is_array() && !array_matches(n, value, depth)) {
        return false;
    }
    if (value.is_object() && !object_matches(n, value, depth)) {
        return false;
    }
    for (const char* key : {"allOf", "anyOf", "oneOf"}) {
        auto list = n.find(key);
        if (list == n.end() || !list->is_array()) {
            continue;
        }
        std::size_t ok = 0;
        for (const json& branch : *list) {
            ok += matches(branch, value, depth + 1) ? 1U : 0U;
        }
        const std::string_view k = key;
        if ((k == "allOf" && ok != list->size()) || (k == "anyOf" && ok == 0) ||
            (k == "oneOf" && ok != 1)) {
            return false;
        }
    }
    if (auto no = n.find("not"); no != n.end() && matches(*no, value, depth + 1)) {
        return false;
    }
    if (auto cond = n.find("if"); cond != n.end()) {
        const char* branch = matches(*cond, value, depth + 1) ? "then" : "else";
        if (auto b = n.find(branch); b != n.end() && !matches(*b, value, depth + 1)) {
            return false;
        }
    }
    return true;
}

bool SchemaMatcher::array_matches(const json& n, const json& value, int depth) {
    if ((has(n, "minItems") && value.size() < n["minItems"].get<std::size_t>()) ||
        (has(n, "maxItems") && value.size() > n["maxItems"].get<std::size_t>())) {
        return false;
    }
    if (has(n, "uniqueItems") && n["uniqueItems"] == true && !distinct_items(value)) {
        return false;
    }
    if (auto items = n.find("items"); items != n.end() && items->is_object()) {
        for (const json& item : value) {
            if (!matches(*items, item, depth + 1)) {
                return false;
            }
        }
    }
    if (auto c = n.find("contains"); c != n.end()) {
        const bool any = std::any_of(value.begin(), value.end(), [&](const json& item) {
            return matches(*c, item, depth + 1);
        });
        if (!any) {
            return false;
        }
    }
    return true;
}

bool SchemaMatcher::object_matches(const json& n, const json& value, int depth) {
    if (auto req = n.find("required"); req != n.end() && req->is_array()) {
        for (const json& name : *req) {
            if (name.is_string() && !value.contains(name.get<std::string>())) {
                return false;
            }
        }
    }
    if ((has(n, "minProperties") && value.size() < n["minProperties"].get<std::size_t>()) ||
        (has(n, "maxProperties") && value.size() > n["maxProperties"].get<std::size_t>())) {
        return false;
    }
    const json* properties = has(n, "properties") ? &n["properties"] : nullptr;
    const json* additional = has(n, "additionalProperties") ? &n["additionalProperties"] : nullptr;
    const json* names = has(n, "propertyNames") ? &n["propertyNames"] : nullptr;
    for (const auto& [key, member] : value.items()) {
        if (names != nullptr && !matches(*names, json(key), depth + 1)) {
            return false;
        }
        if (properties != nullptr && properties->is_object() && properties->contains(key)) {
            if (!matches((*properties)[key], member, depth + 1)) {
                return false;
            }
        } else if (additional != nullptr && !matches(*additional, member, depth + 1)) {
            return false;
        }
    }
    return true;
}

} // namespace effleur::loading
