#include "schemafast.h"

#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace effleur::loading {

using json = nlohmann::json;

namespace {

constexpr std::uint32_t none = UINT32_MAX;

enum TypeBit : std::uint8_t {
    t_null = 1,
    t_boolean = 2,
    t_integer = 4,
    t_number = 8, // any number, integer or not
    t_string = 16,
    t_array = 32,
    t_object = 64,
};

// Values that the check may lean on only when it reads them exactly as valijson does.
constexpr double exact_limit = 9007199254740992.0; // 2^53

} // namespace

struct QuickSchema::Node {
    bool never = false;     // the schema false
    bool unsure = false;    // a keyword valijson must judge (a "pattern" or "uniqueItems" left in)
    std::uint8_t types = 0; // TypeBit; 0 for any
    std::uint32_t ref = none;
    std::vector<std::uint32_t> all_of, any_of, one_of;
    std::uint32_t not_ = none, if_ = none, then_ = none, else_ = none;
    std::vector<json> choices; // enum, or the const alone
    bool has_choices = false;
    std::optional<double> minimum, maximum, exclusive_minimum, exclusive_maximum;
    std::optional<std::uint64_t> min_length, max_length, min_items, max_items, min_properties,
        max_properties;
    std::uint32_t items = none, contains = none, property_names = none;
    std::map<std::string, std::uint32_t, std::less<>> properties;
    std::uint32_t additional = none; // a schema, or (with additional_allowed false) none
    bool additional_allowed = true;
    std::vector<std::string> required;
};

struct QuickSchema::Table {
    std::vector<Node> nodes;
};

namespace {

class Compiler {
public:
    Compiler(const json& root, std::vector<QuickSchema::Node>& nodes)
        : root_(root), nodes_(nodes) {}

    // The node for `schema`, reached by `pointer` (for $ref); false when a keyword is unknown.
    bool compile(const json& schema, const std::string& pointer, std::uint32_t& out) {
        if (auto it = by_pointer_.find(pointer); it != by_pointer_.end()) {
            out = it->second;
            return true;
        }
        out = static_cast<std::uint32_t>(nodes_.size());
        nodes_.emplace_back();
        by_pointer_.emplace(pointer, out);
        if (schema.is_boolean()) {
            nodes_[out].never = !schema.get<bool>();
            return true;
        }
        if (!schema.is_object() || ++depth_ > 200) {
            return false;
        }
        QuickSchema::Node n;
        bool ok = true;
        for (const auto& [key, value] : schema.items()) {
            if (!ok) {
                break;
            }
            const std::string here = pointer + "/" + escape(key);
            if (key == "$schema" || key == "$id" || key == "$comment" || key == "title" ||
                key == "description" || key == "default" || key == "examples" ||
                key == "definitions") {
                continue;
            }
            if (key == "$ref") {
                ok = value.is_string() && schema.size() == count_annotations(schema) + 1 &&
                     reference(value.get<std::string>(), n.ref);
            } else if (key == "type") {
                ok = types(value, n.types);
            } else if (key == "allOf" || key == "anyOf" || key == "oneOf") {
                auto& list = key == "allOf" ? n.all_of : key == "anyOf" ? n.any_of : n.one_of;
                ok = value.is_array() && !value.empty();
                for (std::size_t i = 0; ok && i < value.size(); ++i) {
                    std::uint32_t sub = none;
                    ok = compile(value[i], here + "/" + std::to_string(i), sub);
                    list.push_back(sub);
                }
            } else if (key == "not" || key == "if" || key == "then" || key == "else" ||
                       key == "items" || key == "contains" || key == "propertyNames") {
                std::uint32_t& slot = key == "not"        ? n.not_
                                      : key == "if"       ? n.if_
                                      : key == "then"     ? n.then_
                                      : key == "else"     ? n.else_
                                      : key == "items"    ? n.items
                                      : key == "contains" ? n.contains
                                                          : n.property_names;
                ok = (value.is_object() || value.is_boolean()) && compile(value, here, slot);
            } else if (key == "enum") {
                ok = value.is_array();
                if (ok) {
                    n.choices.assign(value.begin(), value.end());
                    n.has_choices = true;
                }
            } else if (key == "const") {
                n.choices = {value};
                n.has_choices = true;
            } else if (key == "minimum" || key == "maximum" || key == "exclusiveMinimum" ||
                       key == "exclusiveMaximum") {
                ok = value.is_number();
                if (ok) {
                    auto& slot = key == "minimum"            ? n.minimum
                                 : key == "maximum"          ? n.maximum
                                 : key == "exclusiveMinimum" ? n.exclusive_minimum
                                                             : n.exclusive_maximum;
                    slot = value.get<double>();
                }
            } else if (key == "minLength" || key == "maxLength" || key == "minItems" ||
                       key == "maxItems" || key == "minProperties" || key == "maxProperties") {
                ok = value.is_number_unsigned() ||
                     (value.is_number_integer() && value.get<std::int64_t>() >= 0);
                if (ok) {
                    auto& slot = key == "minLength"       ? n.min_length
                                 : key == "maxLength"     ? n.max_length
                                 : key == "minItems"      ? n.min_items
                                 : key == "maxItems"      ? n.max_items
                                 : key == "minProperties" ? n.min_properties
                                                          : n.max_properties;
                    slot = value.get<std::uint64_t>();
                }
            } else if (key == "properties") {
                ok = value.is_object();
                for (auto it = value.begin(); ok && it != value.end(); ++it) {
                    std::uint32_t sub = none;
                    ok = compile(*it, here + "/" + escape(it.key()), sub);
                    n.properties.emplace(it.key(), sub);
                }
            } else if (key == "additionalProperties") {
                if (value.is_boolean()) {
                    n.additional_allowed = value.get<bool>();
                } else {
                    ok = value.is_object() && compile(value, here, n.additional);
                }
            } else if (key == "required") {
                ok = value.is_array();
                for (std::size_t i = 0; ok && i < value.size(); ++i) {
                    ok = value[i].is_string();
                    if (ok) {
                        n.required.push_back(value[i].get<std::string>());
                    }
                }
            } else if (key == "pattern" || key == "uniqueItems") {
                n.unsure = true; // guarded ones, left to valijson (schemarewrite.h)
            } else {
                ok = false; // a keyword this check does not know
            }
        }
        --depth_;
        // Only then: compiling the subschemas above may have grown the table.
        nodes_[out] = std::move(n);
        return ok;
    }

private:
    static std::size_t count_annotations(const json& schema) {
        std::size_t n = 0;
        for (const char* key : {"$schema", "$id", "$comment", "title", "description", "default",
                                "examples", "definitions"}) {
            n += schema.contains(key) ? 1u : 0u;
        }
        return n;
    }

    static std::string escape(std::string_view token) {
        std::string out;
        for (char c : token) {
            out += c == '~' ? std::string("~0") : c == '/' ? std::string("~1") : std::string(1, c);
        }
        return out;
    }

    // Only references within the schema ("#" or "#/definitions/..."), as the shipped ones are.
    bool reference(const std::string& ref, std::uint32_t& out) {
        if (ref.empty() || ref[0] != '#') {
            return false;
        }
        const std::string pointer = ref.substr(1);
        try {
            const json& target = root_.at(json::json_pointer(pointer));
            return compile(target, pointer, out);
        } catch (const std::exception&) {
            return false;
        }
    }

    static bool type_bit(const json& name, std::uint8_t& bits) {
        if (!name.is_string()) {
            return false;
        }
        const auto& s = name.get_ref<const std::string&>();
        if (s == "null") {
            bits |= t_null;
        } else if (s == "boolean") {
            bits |= t_boolean;
        } else if (s == "integer") {
            bits |= t_integer;
        } else if (s == "number") {
            bits |= t_number;
        } else if (s == "string") {
            bits |= t_string;
        } else if (s == "array") {
            bits |= t_array;
        } else if (s == "object") {
            bits |= t_object;
        } else {
            return false;
        }
        return true;
    }

    static bool types(const json& value, std::uint8_t& bits) {
        if (value.is_array()) {
            for (const json& name : value) {
                if (!type_bit(name, bits)) {
                    return false;
                }
            }
            return bits != 0;
        }
        return type_bit(value, bits);
    }

    const json& root_;
    std::vector<QuickSchema::Node>& nodes_;
    std::map<std::string, std::uint32_t> by_pointer_;
    int depth_ = 0;
};

// Code points, as valijson counts a string's length (up to a NUL, which makes the caller unsure).
std::uint64_t code_points(std::string_view s) {
    std::uint64_t n = 0;
    for (const char c : s) {
        n += (static_cast<unsigned char>(c) & 0xC0U) != 0x80U ? 1U : 0U;
    }
    return n;
}

class Checker {
public:
    explicit Checker(const std::vector<QuickSchema::Node>& nodes) : nodes_(nodes) {}

    bool unsure = false;

    // True when `v` satisfies node `i`; sets `unsure` where the answer might not be valijson's.
    bool valid(std::uint32_t i, const json& v, int depth) {
        if (unsure) {
            return false;
        }
        if (depth > 300) { // the parser refuses deeper documents; never reached
            unsure = true;
            return false;
        }
        const QuickSchema::Node& n = nodes_[i];
        if (n.never) {
            return false;
        }
        if (n.unsure) {
            unsure = true;
            return false;
        }
        if (n.ref != none) {
            return valid(n.ref, v, depth + 1);
        }
        if (n.types != 0 && !type_ok(n.types, v)) {
            return false;
        }
        if (n.has_choices && !one_of_choices(n.choices, v)) {
            return false;
        }
        if (v.is_number() && !number_ok(n, v)) {
            return false;
        }
        if (v.is_string() && (n.min_length || n.max_length)) {
            const auto& s = v.get_ref<const std::string&>();
            if (s.find('\0') != std::string::npos) {
                unsure = true;
                return false;
            }
            const std::uint64_t length = code_points(s);
            if ((n.min_length && length < *n.min_length) ||
                (n.max_length && length > *n.max_length)) {
                return false;
            }
        }
        if (v.is_array() && !array_ok(n, v, depth)) {
            return false;
        }
        if (v.is_object() && !object_ok(n, v, depth)) {
            return false;
        }
        for (std::uint32_t sub : n.all_of) {
            if (!valid(sub, v, depth + 1)) {
                return false;
            }
        }
        if (!n.any_of.empty()) {
            bool any = false;
            for (std::uint32_t sub : n.any_of) {
                if (valid(sub, v, depth + 1)) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                return false;
            }
        }
        if (!n.one_of.empty()) {
            int matched = 0;
            for (std::uint32_t sub : n.one_of) {
                matched += valid(sub, v, depth + 1) ? 1 : 0;
            }
            if (matched != 1) {
                return false;
            }
        }
        if (n.not_ != none && valid(n.not_, v, depth + 1)) {
            return false;
        }
        if (n.if_ != none) {
            if (valid(n.if_, v, depth + 1)) {
                if (n.then_ != none && !valid(n.then_, v, depth + 1)) {
                    return false;
                }
            } else if (n.else_ != none && !valid(n.else_, v, depth + 1)) {
                return false;
            }
        }
        return !unsure;
    }

private:
    bool type_ok(std::uint8_t types, const json& v) {
        switch (v.type()) {
        case json::value_t::null:
            return (types & t_null) != 0;
        case json::value_t::boolean:
            return (types & t_boolean) != 0;
        case json::value_t::number_integer:
        case json::value_t::number_unsigned:
            return (types & (t_integer | t_number)) != 0;
        case json::value_t::number_float:
            if ((types & t_number) != 0) {
                return true;
            }
            if ((types & t_integer) != 0) {
                unsure = true; // 2.0 where an integer is expected: valijson's call
            }
            return false;
        case json::value_t::string:
            return (types & t_string) != 0;
        case json::value_t::array:
            return (types & t_array) != 0;
        case json::value_t::object:
            return (types & t_object) != 0;
        default:
            unsure = true;
            return false;
        }
    }

    bool one_of_choices(const std::vector<json>& choices, const json& v) {
        for (const json& c : choices) {
            if (c.is_string() || v.is_string()) {
                if (c.is_string() && v.is_string() &&
                    c.get_ref<const std::string&>() == v.get_ref<const std::string&>()) {
                    return true;
                }
                continue;
            }
            if (c.is_boolean() && v.is_boolean()) {
                if (c.get<bool>() == v.get<bool>()) {
                    return true;
                }
                continue;
            }
            if (c.is_null() || v.is_null()) {
                if (c.is_null() && v.is_null()) {
                    return true;
                }
                continue;
            }
            if (c.is_number_integer() && v.is_number_integer() &&
                c.is_number_unsigned() == v.is_number_unsigned()) {
                if (c == v) {
                    return true;
                }
                continue;
            }
            if (c.is_boolean() != v.is_boolean() && (c.is_boolean() || v.is_boolean()) &&
                !c.is_structured() && !v.is_structured()) {
                continue; // a boolean is never a number
            }
            unsure = true; // numbers of two kinds, arrays, objects: valijson's call
            return false;
        }
        return false;
    }

    bool number_ok(const QuickSchema::Node& n, const json& v) {
        if (!n.minimum && !n.maximum && !n.exclusive_minimum && !n.exclusive_maximum) {
            return true;
        }
        const double d = v.get<double>();
        if (!v.is_number_float() && std::fabs(d) >= exact_limit) {
            unsure = true;
            return false;
        }
        return !((n.minimum && d < *n.minimum) || (n.maximum && d > *n.maximum) ||
                 (n.exclusive_minimum && d <= *n.exclusive_minimum) ||
                 (n.exclusive_maximum && d >= *n.exclusive_maximum));
    }

    bool array_ok(const QuickSchema::Node& n, const json& v, int depth) {
        if ((n.min_items && v.size() < *n.min_items) || (n.max_items && v.size() > *n.max_items)) {
            return false;
        }
        if (n.items != none) {
            for (const json& item : v) {
                if (!valid(n.items, item, depth + 1)) {
                    return false;
                }
            }
        }
        if (n.contains != none) {
            bool any = false;
            for (const json& item : v) {
                if (valid(n.contains, item, depth + 1)) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }

    bool object_ok(const QuickSchema::Node& n, const json& v, int depth) {
        if ((n.min_properties && v.size() < *n.min_properties) ||
            (n.max_properties && v.size() > *n.max_properties)) {
            return false;
        }
        for (const std::string& name : n.required) {
            if (!v.contains(name)) {
                return false;
            }
        }
        for (auto it = v.begin(); it != v.end(); ++it) {
            const std::string& key = it.key();
            if (n.property_names != none && !valid(n.property_names, json(key), depth + 1)) {
                return false;
            }
            if (auto p = n.properties.find(key); p != n.properties.end()) {
                if (!valid(p->second, *it, depth + 1)) {
                    return false;
                }
            } else if (!n.additional_allowed ||
                       (n.additional != none && !valid(n.additional, *it, depth + 1))) {
                return false;
            }
        }
        return true;
    }

    const std::vector<QuickSchema::Node>& nodes_;
};

} // namespace

QuickSchema::QuickSchema() : table_(std::make_unique<Table>()) {}
QuickSchema::~QuickSchema() = default;

std::unique_ptr<QuickSchema> QuickSchema::compile(const json& schema) {
    std::unique_ptr<QuickSchema> quick(new QuickSchema());
    Compiler compiler(schema, quick->table_->nodes);
    std::uint32_t root = none;
    if (!compiler.compile(schema, "", root) || root != 0) {
        return nullptr;
    }
    return quick;
}

QuickSchema::Verdict QuickSchema::check(const json& doc) const {
    Checker checker(table_->nodes);
    const bool ok = checker.valid(0, doc, 0);
    if (checker.unsure) {
        return Verdict::Unsure;
    }
    return ok ? Verdict::Valid : Verdict::Invalid;
}

} // namespace effleur::loading
