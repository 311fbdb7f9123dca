#include "schemarewrite.h"

#include "schemaexplain.h"
#include "schemamatch.h"

#include <utility>

namespace effleur::loading {

using json = nlohmann::json;

namespace {

void add_to_all_of(json& node, json sub) {
    json& all = node["allOf"];
    if (!all.is_array()) {
        all = json::array();
    }
    all.push_back(std::move(sub));
}

// The "pattern" and "uniqueItems" keywords that keywordsites.h could not take over (those under
// conditions; none in the shipped schemas) are rewritten so that valijson never runs them where
// they are unsafe, keeping their meaning for every input we accept:
//  - "pattern" goes through std::regex, which recurses once per character and overflows the
//    stack on long strings: it is only tried on strings of up to pattern_max_chars characters;
//    longer ones fail without it.
//  - "uniqueItems" compares every pair of items, deeply: it is only tried on arrays of up to
//    unique_max_items scalars; others fail.
// The original schema words the messages, so these rewrites never show.
void guard(json& node, int depth) {
    if (!node.is_object() || depth > 64) {
        return;
    }
    for (const char* key : {"properties", "definitions", "patternProperties"}) {
        if (auto it = node.find(key); it != node.end() && it->is_object()) {
            for (auto& [name, sub] : it->items()) {
                guard(sub, depth + 1);
            }
        }
    }
    for (const char* key : {"additionalProperties", "items", "not", "if", "then", "else",
                            "propertyNames", "contains", "additionalItems"}) {
        if (auto it = node.find(key); it != node.end()) {
            if (it->is_array()) {
                for (json& sub : *it) {
                    guard(sub, depth + 1);
                }
            } else {
                guard(*it, depth + 1);
            }
        }
    }
    for (const char* key : {"allOf", "anyOf", "oneOf"}) {
        if (auto it = node.find(key); it != node.end() && it->is_array()) {
            for (json& sub : *it) {
                guard(sub, depth + 1);
            }
        }
    }
    const json never = {{"not", json::object()}};
    if (auto it = node.find("pattern"); it != node.end() && it->is_string()) {
        json pattern = {{"pattern", *it}};
        node.erase(it);
        add_to_all_of(node, {{"if", {{"maxLength", pattern_max_chars}}},
                             {"then", std::move(pattern)},
                             {"else", never}});
    }
    if (auto it = node.find("uniqueItems"); it != node.end() && *it == true) {
        node.erase(it);
        const json scalars = {{"type", {"string", "number", "boolean", "null"}}};
        add_to_all_of(node, {{"if", {{"maxItems", unique_max_items}, {"items", scalars}}},
                             {"then", {{"uniqueItems", true}}},
                             {"else", never}});
    }
}

// A "oneOf" whose alternatives allow disjoint JSON types can never match more than one, so it
// means the same as "anyOf", which valijson stops checking at the first match. Texts (a string
// or an object of translations) and line references are such choices, and there are many.
void prefer_any_of(const json& root, json& node, int depth) {
    if (depth > 64) {
        return;
    }
    if (node.is_object()) {
        if (auto it = node.find("oneOf"); it != node.end() && it->is_array()) {
            const bool disjoint = disjoint_types(root, *it);
            if (disjoint) {
                node["anyOf"] = std::move(*it);
                node.erase("oneOf");
            }
        }
        for (auto& [key, sub] : node.items()) {
            if (key != "enum" && key != "const" && key != "default") {
                prefer_any_of(root, sub, depth + 1);
            }
        }
    } else if (node.is_array()) {
        for (json& sub : node) {
            prefer_any_of(root, sub, depth + 1);
        }
    }
}

} // namespace

json rewrite_for_valijson(const json& source, KeywordSites& sites) {
    json schema = source;
    prefer_any_of(source, schema, 0);
    sites = KeywordSites::hoist(schema);
    guard(schema, 0);
    return schema;
}

} // namespace effleur::loading
