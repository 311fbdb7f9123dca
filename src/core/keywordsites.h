#pragma once
// "pattern" and "uniqueItems", checked by our own code at the places the schema puts them.
//
// valijson checks "pattern" with std::regex, whose matcher recurses once per character (a long
// string overflows the stack) and is slow, and "uniqueItems" by comparing every pair of items
// deeply. Both are taken out of the schema that valijson compiles wherever they apply without
// condition (not under "not", "if", "then", "else", or a oneOf/anyOf whose alternatives may
// overlap), and checked here instead, in one linear walk of the document: the shipped patterns
// by hand-written matchers, uniqueness by hashing. The meaning of the schema is unchanged.
// Keywords under conditions stay with valijson (see the guards in schemaset.cpp).
//
// Ownership: a KeywordSites is built once per schema and only read afterwards; check() keeps its
// scratch state per call, so it may run on several threads. Nothing here throws, except on
// allocation failure.

#include <nlohmann/json.hpp>

#include <memory>
#include <string>
#include <vector>

namespace effleur::loading {

class KeywordSites {
public:
    KeywordSites();
    ~KeywordSites();
    KeywordSites(KeywordSites&&) noexcept;
    KeywordSites& operator=(KeywordSites&&) noexcept;

    // Removes the unconditional "pattern" and "uniqueItems" keywords from `schema` (which holds
    // the definitions its "$ref"s point to) and returns where they applied.
    static KeywordSites hoist(nlohmann::json& schema);

    // True when `doc` satisfies every hoisted keyword. Otherwise, when `failures` is given, it
    // receives the JSON pointer of each offending value (for a property name: of its object).
    bool check(const nlohmann::json& doc, std::vector<std::string>* failures) const;

    [[nodiscard]] std::size_t size() const { return sites_; }

    struct Node; // a trie of document paths; defined in keywordsites.cpp

private:
    std::unique_ptr<Node> root_;
    std::size_t sites_ = 0;
};

} // namespace effleur::loading
