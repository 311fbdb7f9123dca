// How the schemas are checked: the shipped patterns are matched by hand-written code that must
// mean exactly what the regular expressions mean, and valijson is never handed a pattern or a
// pairwise comparison of items for the shipped schemas.
#include "core/keywordsites.h"
#include "core/schemamatch.h"
#include "core/schemarewrite.h"
#include "test_loader_support.h"

#include <random>
#include <regex>

using namespace effleur;
using namespace effleur::test;
using nlohmann::json;

TEST_CASE("the shipped patterns are matched exactly as the regular expressions say",
          "[loader][schema]") {
    const std::vector<std::string> patterns = {"^[a-z0-9]+(-[a-z0-9]+)*$", "^[a-z]{2}(-[A-Z]{2})?$",
                                               "^[a-z_]+(\\.[a-z_]+)?$", "^[A-Za-z0-9_.-]+$"};
    // Characters that matter to the patterns, and a few that do not.
    const std::string alphabet = "abzAZ09-_.. x\xC3\xA9";
    std::mt19937 random(42);
    loading::PatternMatcher matcher;
    for (const std::string& pattern : patterns) {
        const std::regex regex(pattern, std::regex::ECMAScript);
        std::vector<std::string> samples = {"",
                                            "a",
                                            "a-b",
                                            "a--b",
                                            "-a",
                                            "a-",
                                            "ru",
                                            "pt-BR",
                                            "pt-br",
                                            "seconds",
                                            "breathing.rounds",
                                            "a.b.c",
                                            "file_1.txt",
                                            "a b",
                                            "\xC3\xA9"};
        for (int i = 0; i < 20000; ++i) {
            std::string s(random() % 7, ' ');
            for (char& c : s) {
                c = alphabet[random() % alphabet.size()];
            }
            samples.push_back(s);
        }
        for (const std::string& s : samples) {
            INFO(pattern << " on \"" << s << "\"");
            CHECK(matcher.matches(pattern, s) == std::regex_search(s, regex));
        }
    }
    // Other patterns go to std::regex, but never with a string long enough to exhaust the stack.
    CHECK(matcher.matches("^b+$", "bbb"));
    CHECK_FALSE(matcher.matches("^b+$", std::string(5000, 'b')));
    CHECK(matcher.matches("^[a-z0-9]+(-[a-z0-9]+)*$", std::string(5'000'000, 'b')));
}

TEST_CASE("distinct items compare by value", "[loader][schema]") {
    std::vector<std::pair<std::size_t, std::size_t>> repeats;
    CHECK(loading::distinct_items(json::parse(R"([1, "1", true, null, [1], {"a": 1}])")));
    CHECK_FALSE(loading::distinct_items(json::parse(R"([1, 2, 1.0, 2])"), &repeats));
    CHECK(repeats == std::vector<std::pair<std::size_t, std::size_t>>{{0, 2}, {1, 3}});
    CHECK_FALSE(loading::distinct_items(json::parse(R"([{"a": [1, 2]}, {"a": [1, 2]}])")));
}

TEST_CASE("valijson gets no patterns or distinct-items checks from the shipped schemas",
          "[loader][schema]") {
    for (const char* name : {"protocol.schema.json", "diagram.schema.json",
                             "contraindications.schema.json", "sources.schema.json"}) {
        INFO(name);
        const json source = json::parse(read_file(protocols_dir / "schema" / name));
        loading::KeywordSites sites;
        const json rewritten = loading::rewrite_for_valijson(source, sites);
        const std::string text = rewritten.dump();
        CHECK(text.find("\"pattern\"") == std::string::npos);
        CHECK(text.find("\"uniqueItems\"") == std::string::npos);
        CHECK(sites.size() > 0);
        // Texts, line references and line numbers are choices between types.
        CHECK(text.find("\"oneOf\"") == (std::string(name) == "protocol.schema.json"
                                             ? text.find("\"oneOf\":[{\"required\"")
                                             : std::string::npos));
    }
}

TEST_CASE("patterns under a condition stay with valijson, guarded", "[loader][schema]") {
    const json source = json::parse(R"({
      "type": "object",
      "if": {"properties": {"kind": {"const": "a"}}},
      "then": {"properties": {"name": {"type": "string", "pattern": "^a+$"}}},
      "properties": {"id": {"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"}}
    })");
    loading::KeywordSites sites;
    const json rewritten = loading::rewrite_for_valijson(source, sites);
    CHECK(sites.size() == 1); // "id"
    CHECK_FALSE(rewritten["properties"]["id"].contains("pattern"));
    const json& name = rewritten["then"]["properties"]["name"];
    CHECK_FALSE(name.contains("pattern"));
    REQUIRE(name.contains("allOf")); // only tried on strings short enough for std::regex
    CHECK(name["allOf"][0]["then"]["pattern"] == "^a+$");
    std::vector<std::string> failures;
    CHECK_FALSE(sites.check(json::parse(R"({"id": "Not An Id", "kind": "a"})"), &failures));
    CHECK(failures == std::vector<std::string>{"/id"});
    CHECK(sites.check(json::parse(R"({"id": "an-id"})"), nullptr));
}
