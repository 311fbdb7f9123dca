#include "keywordsites.h"

#include "jsonpositions.h"
#include "schemamatch.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

namespace effleur::loading {

using json = nlohmann::json;

// A trie of document paths: member names, "any item", or "any member except these".
struct KeywordSites::Node {
    struct AnyMember {
        std::vector<std::string> except; // members that "properties" of the same schema name
        std::unique_ptr<Node> node;
    };
    std::map<std::string, std::unique_ptr<Node>, std::less<>> members;
    std::unique_ptr<Node> any_item;
    std::vector<AnyMember> any_members;
    std::vector<std::string> value_patterns; // for a string here
    std::vector<std::string> name_patterns;  // for the member names of an object here
    bool distinct = false;                   // for the items of an array here
};

namespace {

struct Step {
    enum Kind { Member, AnyItem, AnyMember } kind = Member;
    std::string name;
    std::vector<std::string> except;
};
using Path = std::vector<Step>;

// One way a schema node is reached from the root.
struct Use {
    Path path;
    bool conditional = false;
    bool names = false; // under "propertyNames": the node describes member names
};

class Collector {
public:
    explicit Collector(json& root) : root_(root) {}

    void visit(json& node, const Path& path, bool conditional, bool names, int depth) {
        json* n = &node;
        std::vector<const json*> refs;
        while (n->is_object() && n->contains("$ref")) {
            const json& ref = (*n)["$ref"];
            if (depth > 64 || refs.size() > 16 || !ref.is_string() ||
                ref.get_ref<const std::string&>().rfind('#', 0) != 0) {
                complete_ = false; // a reference we cannot follow: hoist nothing
                return;
            }
            try {
                n = &root_.at(json::json_pointer(ref.get<std::string>().substr(1)));
            } catch (const std::exception&) {
                complete_ = false;
                return;
            }
            if (std::find(refs.begin(), refs.end(), n) != refs.end()) {
                complete_ = false;
                return;
            }
            refs.push_back(n);
        }
        if (!n->is_object()) {
            return;
        }
        if (std::find(active_.begin(), active_.end(), n) != active_.end()) {
            complete_ = false; // a recursive schema: its uses cannot all be listed
            return;
        }
        uses_[n].push_back(Use{path, conditional, names});
        active_.push_back(n);
        children(*n, path, conditional, names, depth);
        active_.pop_back();
    }

    [[nodiscard]] bool complete() const { return complete_; }
    std::unordered_map<json*, std::vector<Use>>& uses() { return uses_; }

private:
    void children(json& n, const Path& path, bool conditional, bool names, int depth) {
        std::vector<std::string> declared;
        if (auto props = n.find("properties"); props != n.end() && props->is_object()) {
            for (auto& [name, sub] : props->items()) {
                declared.push_back(name);
                Path p = path;
                p.push_back(Step{Step::Member, name, {}});
                visit(sub, p, conditional, names, depth + 1);
            }
        }
        const bool patterned = n.contains("patternProperties");
        if (auto add = n.find("additionalProperties"); add != n.end() && add->is_object()) {
            Path p = path;
            p.push_back(Step{Step::AnyMember, {}, declared});
            visit(*add, p, conditional || patterned, names, depth + 1);
        }
        if (auto items = n.find("items"); items != n.end()) {
            Path p = path;
            p.push_back(Step{Step::AnyItem, {}, {}});
            if (items->is_object()) {
                visit(*items, p, conditional, names, depth + 1);
            } else if (items->is_array()) {
                for (json& sub : *items) {
                    visit(sub, p, true, names, depth + 1);
                }
            }
        }
        if (auto keys = n.find("propertyNames"); keys != n.end()) {
            visit(*keys, path, conditional, true, depth + 1);
        }
        if (auto all = n.find("allOf"); all != n.end() && all->is_array()) {
            for (json& sub : *all) {
                visit(sub, path, conditional, names, depth + 1);
            }
        }
        for (const char* key : {"anyOf", "oneOf"}) {
            if (auto list = n.find(key); list != n.end() && list->is_array()) {
                const bool exclusive = disjoint_types(root_, *list);
                for (json& sub : *list) {
                    visit(sub, path, conditional || !exclusive, names, depth + 1);
                }
            }
        }
        for (const char* key : {"not", "if", "then", "else", "contains", "additionalItems"}) {
            if (auto sub = n.find(key); sub != n.end()) {
                visit(*sub, path, true, names, depth + 1);
            }
        }
        for (const char* key : {"patternProperties", "dependencies"}) {
            if (auto map = n.find(key); map != n.end() && map->is_object()) {
                for (auto& [name, sub] : map->items()) {
                    Path p = path;
                    p.push_back(Step{Step::AnyMember, {}, {}});
                    visit(sub, p, true, names, depth + 1);
                }
            }
        }
    }

    json& root_;
    std::unordered_map<json*, std::vector<Use>> uses_;
    std::vector<const json*> active_;
    bool complete_ = true;
};

KeywordSites::Node& node_at(KeywordSites::Node& root, const Path& path) {
    KeywordSites::Node* n = &root;
    for (const Step& step : path) {
        std::unique_ptr<KeywordSites::Node>* next = nullptr;
        if (step.kind == Step::Member) {
            next = &n->members[step.name];
        } else if (step.kind == Step::AnyItem) {
            next = &n->any_item;
        } else {
            auto it = std::find_if(n->any_members.begin(), n->any_members.end(),
                                   [&](const auto& a) { return a.except == step.except; });
            if (it == n->any_members.end()) {
                n->any_members.push_back({step.except, nullptr});
                it = std::prev(n->any_members.end());
            }
            next = &it->node;
        }
        if (!*next) {
            *next = std::make_unique<KeywordSites::Node>();
        }
        n = next->get();
    }
    return *n;
}

// The walk over a document; pointers are built only for failures.
class Walker {
public:
    explicit Walker(std::vector<std::string>* failures) : failures_(failures) {}

    bool walk(const json& value, const KeywordSites::Node& n) {
        for (const std::string& pattern : n.value_patterns) {
            if (value.is_string() &&
                !patterns_.matches(pattern, value.get_ref<const std::string&>())) {
                fail();
            }
        }
        if (value.is_object()) {
            const auto& members = value.get_ref<const json::object_t&>();
            for (const std::string& pattern : n.name_patterns) {
                const bool bad = std::any_of(members.begin(), members.end(), [&](const auto& m) {
                    return !patterns_.matches(pattern, m.first);
                });
                if (bad) {
                    fail();
                }
            }
            if (n.members.empty() && n.any_members.empty()) {
                return ok_;
            }
            for (const auto& [name, child] : members) {
                path_.push_back(&name);
                if (auto it = n.members.find(name); it != n.members.end()) {
                    walk(child, *it->second);
                }
                for (const auto& any : n.any_members) {
                    if (std::find(any.except.begin(), any.except.end(), name) == any.except.end()) {
                        walk(child, *any.node);
                    }
                }
                path_.pop_back();
                if (!ok_ && failures_ == nullptr) {
                    return false;
                }
            }
        } else if (value.is_array()) {
            if (n.distinct && !distinct_items(value)) {
                fail();
            }
            if (n.any_item) {
                for (std::size_t i = 0; i < value.size() && (ok_ || failures_ != nullptr); ++i) {
                    indexes_.push_back(i);
                    path_.push_back(nullptr);
                    walk(value[i], *n.any_item);
                    path_.pop_back();
                    indexes_.pop_back();
                }
            }
        }
        return ok_;
    }

private:
    void fail() {
        ok_ = false;
        if (failures_ == nullptr || failures_->size() >= 20'000) {
            return; // enough places to word the messages that will be shown
        }
        std::string pointer;
        std::size_t index = 0;
        for (const std::string* name : path_) {
            if (name != nullptr) {
                pointer_append(pointer, *name);
            } else {
                pointer += '/';
                pointer += std::to_string(indexes_[index++]);
            }
        }
        failures_->push_back(std::move(pointer));
    }

    std::vector<std::string>* failures_;
    std::vector<const std::string*> path_; // null for an array item, see indexes_
    std::vector<std::size_t> indexes_;
    PatternMatcher patterns_;
    bool ok_ = true;
};

} // namespace

KeywordSites::KeywordSites() : root_(std::make_unique<Node>()) {}
KeywordSites::~KeywordSites() = default;
KeywordSites::KeywordSites(KeywordSites&&) noexcept = default;
KeywordSites& KeywordSites::operator=(KeywordSites&&) noexcept = default;

KeywordSites KeywordSites::hoist(json& schema) {
    KeywordSites sites;
    Collector collector(schema);
    collector.visit(schema, {}, false, false, 0);
    if (!collector.complete()) {
        return sites;
    }
    for (auto& [node, uses] : collector.uses()) {
        const bool unconditional =
            std::none_of(uses.begin(), uses.end(), [](const Use& u) { return u.conditional; });
        if (!unconditional || node->contains("$ref")) {
            continue;
        }
        if (auto p = node->find("pattern"); p != node->end() && p->is_string()) {
            for (const Use& use : uses) {
                Node& at = node_at(*sites.root_, use.path);
                (use.names ? at.name_patterns : at.value_patterns).push_back(p->get<std::string>());
                ++sites.sites_;
            }
            node->erase(p);
        }
        const bool for_values =
            std::none_of(uses.begin(), uses.end(), [](const Use& u) { return u.names; });
        if (auto u = node->find("uniqueItems"); u != node->end() && *u == true && for_values) {
            for (const Use& use : uses) {
                node_at(*sites.root_, use.path).distinct = true;
                ++sites.sites_;
            }
            node->erase(u);
        }
    }
    return sites;
}

bool KeywordSites::check(const json& doc, std::vector<std::string>* failures) const {
    if (sites_ == 0) {
        return true;
    }
    Walker walker(failures);
    return walker.walk(doc, *root_);
}

} // namespace effleur::loading
