#include "schemaexplain.h"

#include "schemakeywords.h"
#include "schemamatch.h"
#include "wording.h"

#include <algorithm>
#include <charconv>
#include <set>

namespace effleur::loading {

namespace {

using json = nlohmann::json;

// Under an if/then/else: "technique is \"breathing\"", and which branch applied.
struct Condition {
    std::string phrase;
    bool then_branch = true;
};

std::string condition_phrase(const json& if_schema) {
    if (!if_schema.is_object() || !if_schema.contains("properties")) {
        return {};
    }
    const json& props = if_schema["properties"];
    if (!props.is_object() || props.size() != 1) {
        return {};
    }
    const auto first = props.begin();
    const json& rule = first.value();
    if (!rule.is_object() || !rule.contains("const")) {
        return {};
    }
    return first.key() + " is " + rule["const"].dump();
}

// {"required": [...]} and nothing else that constrains: one alternative of a set of fields.
bool required_only(const json& n) {
    if (!n.is_object() || !n.contains("required")) {
        return false;
    }
    const auto& members = n.get_ref<const json::object_t&>();
    return std::all_of(members.begin(), members.end(), [](const auto& member) {
        return member.first == "required" || member.first == "description";
    });
}

// "\"min\" and \"max\""
std::string names_and(const json& required) {
    std::vector<std::string> names;
    for (const json& r : required) {
        names.push_back(quote_for_message(r.is_string() ? r.get<std::string>() : r.dump()));
    }
    return join_words(names, " and ");
}

class Explainer {
public:
    Explainer(const json& schema, const Locator& where, std::size_t limit)
        : match_(schema), where_(where), limit_(limit) {}

    void explain(const std::string& pointer, const json& doc) {
        std::vector<SchemaRef> here{match_.resolve(match_.root())};
        const json* value = &doc;
        for (const std::string& token : pointer_tokens(pointer)) {
            const json* child = child_of(*value, token);
            if (child == nullptr) {
                return;
            }
            std::vector<SchemaRef> next;
            for (const SchemaRef& s : here) {
                children(s, *value, token, next, 0);
            }
            here = std::move(next);
            value = child;
        }
        for (const SchemaRef& s : here) {
            check(s, *value, pointer, nullptr, 0);
        }
    }

    Diagnostics take() { return std::move(out_); }
    [[nodiscard]] std::size_t count() const { return out_.size(); }

private:
    static const json* child_of(const json& container, const std::string& token) {
        if (container.is_object()) {
            auto it = container.find(token);
            return it == container.end() ? nullptr : &*it;
        }
        std::size_t index = 0;
        const char* last = token.data() + token.size();
        if (container.is_array() && std::from_chars(token.data(), last, index).ptr == last &&
            !token.empty() && index < container.size()) {
            return &container[index];
        }
        return nullptr;
    }

    // The schemas that apply to `container[token]`, through properties, items and every
    // combinator whose branch fits the container.
    void children(const SchemaRef& s, const json& container, const std::string& token,
                  std::vector<SchemaRef>& out, int depth) {
        if (s.node == nullptr || !s.node->is_object() || depth > 32) {
            return;
        }
        const json& n = *s.node;
        if (auto t = n.find("type"); t != n.end() && !SchemaMatcher::type_ok(*t, container)) {
            return;
        }
        if (container.is_object()) {
            auto props = n.find("properties");
            if (props != n.end() && props->is_object() && props->contains(token)) {
                out.push_back(match_.resolve((*props)[token]));
            } else if (auto add = n.find("additionalProperties");
                       add != n.end() && add->is_object()) {
                out.push_back(match_.resolve(*add));
            }
        } else if (auto items = n.find("items"); items != n.end() && items->is_object()) {
            out.push_back(match_.resolve(*items));
        }
        for (const char* key : {"allOf", "anyOf", "oneOf"}) {
            if (auto list = n.find(key); list != n.end() && list->is_array()) {
                for (const json& branch : *list) {
                    children(match_.resolve(branch), container, token, out, depth + 1);
                }
            }
        }
        if (auto cond = n.find("if"); cond != n.end()) {
            const char* branch = match_.matches(*cond, container) ? "then" : "else";
            if (auto b = n.find(branch); b != n.end()) {
                children(match_.resolve(*b), container, token, out, depth + 1);
            }
        }
    }

    // Locating is the costly part, so nothing is located beyond the limit.
    void at(const std::string& pointer, std::string message) {
        if (out_.size() < limit_ && seen_.emplace(pointer, message).second) {
            out_.push_back(where_.at(pointer, std::move(message)));
        }
    }
    void at_key(const std::string& pointer, std::string message) {
        if (out_.size() < limit_ && seen_.emplace(pointer, message).second) {
            out_.push_back(where_.at_key(pointer, std::move(message)));
        }
    }

    void check(const SchemaRef& s, const json& value, const std::string& ptr, const Condition* cond,
               int depth) {
        if (s.node == nullptr || depth > 32) {
            return;
        }
        const json& n = *s.node;
        if (n.is_boolean()) {
            if (!n.get<bool>()) {
                at(ptr, "no value is allowed here");
            }
            return;
        }
        if (!n.is_object()) {
            return;
        }
        if (auto t = n.find("type"); t != n.end() && !SchemaMatcher::type_ok(*t, value)) {
            at(ptr, "expected " + type_words(*t, value) + "; found " + describe_value(value));
            return;
        }
        check_value_keywords(n, value, ptr, match_,
                             [this](const std::string& p, std::string m) { at(p, std::move(m)); });
        if (value.is_object()) {
            check_object(n, value, ptr, cond);
        }
        if (auto no = n.find("not"); no != n.end() && match_.matches(*no, value)) {
            check_not(match_.resolve(*no), value, ptr, cond);
        }
        if (auto all = n.find("allOf"); all != n.end() && all->is_array()) {
            for (const json& branch : *all) {
                check(match_.resolve(branch), value, ptr, cond, depth + 1);
            }
        }
        if (auto c = n.find("if"); c != n.end()) {
            const bool holds = match_.matches(*c, value);
            if (auto b = n.find(holds ? "then" : "else"); b != n.end()) {
                const Condition inner{condition_phrase(*match_.resolve(*c).node), holds};
                check(match_.resolve(*b), value, ptr, &inner, depth + 1);
            }
        }
        for (const char* key : {"oneOf", "anyOf"}) {
            if (auto list = n.find(key); list != n.end() && list->is_array()) {
                check_union(*list, std::string_view(key) == "oneOf", s, value, ptr, cond, depth);
            }
        }
    }

    void check_object(const json& n, const json& value, const std::string& ptr,
                      const Condition* cond) {
        if (auto req = n.find("required"); req != n.end() && req->is_array()) {
            for (const json& name : *req) {
                if (name.is_string() && !value.contains(name.get<std::string>())) {
                    std::string message =
                        "missing required property " + quote_for_message(name.get<std::string>());
                    if (cond != nullptr && cond->then_branch && !cond->phrase.empty()) {
                        message += " (needed when " + cond->phrase + ")";
                    }
                    at(ptr, message);
                }
            }
        }
        if (n.contains("minProperties") && value.size() < n["minProperties"].get<std::size_t>()) {
            at(ptr, "expected at least " + count_words(n["minProperties"].get<std::size_t>(),
                                                       "property", "properties"));
        }
        const json* props = n.contains("properties") ? &n["properties"] : nullptr;
        const bool closed =
            n.contains("additionalProperties") && n["additionalProperties"] == false;
        const json* names = n.contains("propertyNames") ? &n["propertyNames"] : nullptr;
        for (const auto& member : value.items()) {
            const std::string& key = member.key();
            if (closed && (props == nullptr || !props->contains(key))) {
                std::vector<std::string> known;
                if (props != nullptr) {
                    for (const auto& p : props->items()) {
                        known.push_back(p.key());
                    }
                }
                at_key(pointer_join(ptr, key),
                       "unknown property " + quote_for_message(key) + did_you_mean(key, known));
            }
            if (names != nullptr && !match_.matches(*names, json(key))) {
                const SchemaRef rule = match_.resolve(*names);
                std::string expected = "a different name";
                if (rule.node != nullptr && rule.node->contains("pattern")) {
                    expected = pattern_words((*rule.node)["pattern"].get<std::string>());
                }
                at_key(pointer_join(ptr, key), "invalid property name " + quote_for_message(key) +
                                                   ": expected " + expected);
            }
        }
    }

    // The value matched a "not": say which properties made it so.
    void check_not(const SchemaRef& no, const json& value, const std::string& ptr,
                   const Condition* cond) {
        std::string when;
        if (cond != nullptr && !cond->phrase.empty()) {
            when = (cond->then_branch ? " when " : " unless ") + cond->phrase;
        }
        if (no.node != nullptr && value.is_object() && required_only(*no.node)) {
            const json& names = (*no.node)["required"];
            if (names.size() >= 2) {
                // Point at whichever of them comes later in the file.
                std::string later;
                std::size_t later_offset = 0;
                for (const json& name : names) {
                    const std::string p = pointer_join(ptr, name.get<std::string>());
                    const std::size_t offset = where_.positions().offset_of(p, true);
                    if (later.empty() || offset >= later_offset) {
                        later = p;
                        later_offset = offset;
                    }
                }
                at_key(later, "give either " + join_words(quoted_list(names), " or ") +
                                  ", not both" + when);
                return;
            }
            const std::string name = names.empty() ? "" : names[0].get<std::string>();
            at_key(pointer_join(ptr, name), quote_for_message(name) + " is not allowed" + when);
            return;
        }
        if (no.node != nullptr && value.is_object() && no.node->contains("anyOf")) {
            bool any = false;
            for (const json& branch : (*no.node)["anyOf"]) {
                const SchemaRef b = match_.resolve(branch);
                if (b.node != nullptr && required_only(*b.node) && match_.matches(*b.node, value)) {
                    for (const json& name : (*b.node)["required"]) {
                        const std::string key = name.get<std::string>();
                        at_key(pointer_join(ptr, key),
                               quote_for_message(key) + " is not allowed" + when);
                        any = true;
                    }
                }
            }
            if (any) {
                return;
            }
        }
        at(ptr, "this value is not allowed here" + when);
    }

    void check_union(const json& branches, bool one_of, const SchemaRef& owner, const json& value,
                     const std::string& ptr, const Condition* cond, int depth) {
        std::vector<SchemaRef> all;
        std::size_t matching = 0;
        bool all_required_only = true;
        for (const json& b : branches) {
            all.push_back(match_.resolve(b));
            matching += match_.matches(b, value) ? 1U : 0U;
            all_required_only =
                all_required_only && all.back().node != nullptr && required_only(*all.back().node);
        }
        if (one_of && matching > 1) {
            at(ptr, all_required_only ? "give either " + alternatives(all) + ", not both"
                                      : std::string("matches more than one of the allowed forms"));
            return;
        }
        if (matching > 0) {
            return;
        }
        std::vector<SchemaRef> typed;
        for (const SchemaRef& b : all) {
            const bool fits = b.node == nullptr || !b.node->is_object() ||
                              !b.node->contains("type") ||
                              SchemaMatcher::type_ok((*b.node)["type"], value);
            if (fits) {
                typed.push_back(b);
            }
        }
        if (typed.empty()) {
            at(ptr,
               "expected " + union_words(owner, all, value) + "; found " + describe_value(value));
        } else if (all_required_only) {
            at(ptr, "expected " + alternatives(all));
        } else {
            for (const SchemaRef& b : typed) {
                check(b, value, ptr, cond, depth + 1);
            }
        }
    }

    static std::vector<std::string> quoted_list(const json& names) {
        std::vector<std::string> out;
        for (const json& n : names) {
            out.push_back(quote_for_message(n.is_string() ? n.get<std::string>() : n.dump()));
        }
        return out;
    }

    // "\"min\" and \"max\", or \"about\""
    static std::string alternatives(const std::vector<SchemaRef>& branches) {
        std::vector<std::string> parts;
        parts.reserve(branches.size());
        for (const SchemaRef& b : branches) {
            parts.push_back(names_and((*b.node)["required"]));
        }
        return join_words(parts, ", or ");
    }

    std::string union_words(const SchemaRef& owner, const std::vector<SchemaRef>& branches,
                            const json& value) {
        if (auto named = definition_words(owner.definition); !named.empty()) {
            return named;
        }
        std::vector<std::string> words;
        for (const SchemaRef& b : branches) {
            if (b.node != nullptr && b.node->is_object() && b.node->contains("type")) {
                std::string w = type_words((*b.node)["type"], value);
                if (std::find(words.begin(), words.end(), w) == words.end()) {
                    words.push_back(std::move(w));
                }
            }
        }
        return words.empty() ? std::string("a different value") : join_words(words, " or ");
    }

    SchemaMatcher match_;
    const Locator& where_;
    std::size_t limit_;
    Diagnostics out_;
    std::set<std::pair<std::string, std::string>> seen_;
};

bool is_wrapper(std::string_view description) {
    for (std::string_view prefix : {"Failed to validate item", "Failed to validate against",
                                    "Failed to validate against any", "Cannot validate item"}) {
        if (description.starts_with(prefix)) {
            return true;
        }
    }
    return false;
}

} // namespace

Diagnostics explain_schema_errors(const json& schema, const json& doc,
                                  const std::vector<SchemaFailure>& failures, const Locator& where,
                                  std::size_t limit) {
    Diagnostics out;
    try {
        Explainer explainer(schema, where, limit);
        std::set<std::string> done;
        for (const SchemaFailure& f : failures) {
            if (explainer.count() >= limit) {
                break;
            }
            if (done.insert(f.pointer).second) {
                explainer.explain(f.pointer, doc);
            }
        }
        out = explainer.take();
    } catch (const std::exception&) {
        out.clear(); // fall through to the validator's own words
    }
    if (out.empty()) {
        // Our rewording found nothing the validator did: keep its words, at its places.
        for (const SchemaFailure& f : failures) {
            if (!is_wrapper(f.description) && out.size() < limit) {
                out.push_back(where.at(f.pointer, f.description));
            }
        }
    }
    if (out.empty()) {
        out.push_back(where.at("", "this file does not match its schema"));
    }
    return out;
}

} // namespace effleur::loading
