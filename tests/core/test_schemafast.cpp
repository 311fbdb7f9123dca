// The quick check of a valid file (core/schemafast.h) against valijson, which it stands in for:
// wherever the quick check is sure, it must say what valijson says, for the files that ship, the
// test files, and thousands of broken variants of them (each value replaced by values of every
// kind, each member removed, an unknown member added to each object).
#include "core/jsonparser.h"
#include "core/schemaset.h"

#include "test_loader_support.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace effleur;
using namespace effleur::test;
namespace fs = std::filesystem;
using json = nlohmann::json;

namespace {

const SchemaSet& schemas() {
    static const auto set = [] {
        auto loaded = SchemaSet::load(protocols_dir / "schema");
        REQUIRE(loaded.ok());
        return std::move(loaded.value());
    }();
    return *set;
}

json parse_file(const fs::path& file) {
    const std::string text = read_file(file);
    loading::ParsedJson parsed = loading::parse_json(text);
    REQUIRE_FALSE(parsed.error);
    return std::move(parsed.value);
}

// Every value's pointer in `doc`, in document order.
void pointers(const json& doc, const std::string& at, std::vector<std::string>& out) {
    out.push_back(at);
    if (doc.is_object()) {
        for (const auto& [key, value] : doc.items()) {
            pointers(value, at + "/" + key, out); // the test files' names need no escaping
        }
    } else if (doc.is_array()) {
        for (std::size_t i = 0; i < doc.size(); ++i) {
            pointers(doc[i], at + "/" + std::to_string(i), out);
        }
    }
}

struct Tally {
    int sure = 0;
    int unsure = 0;
    int invalid = 0;
};

void compare(SchemaKind kind, const json& doc, const std::string& what, Tally& tally) {
    const std::optional<bool> judged = schemas().valijson_verdict(kind, doc);
    REQUIRE(judged);
    const bool valijson = *judged;
    const std::optional<bool> quick = schemas().quick_verdict(kind, doc);
    tally.invalid += valijson ? 0 : 1;
    if (!quick) {
        ++tally.unsure;
        return;
    }
    ++tally.sure;
    if (*quick != valijson) {
        FAIL_CHECK(what << ": the quick check says " << (*quick ? "valid" : "invalid")
                        << ", valijson " << (valijson ? "valid" : "invalid") << "\n"
                        << doc.dump().substr(0, 2000));
    }
}

// The variants of `doc`: every `stride`-th value replaced by each of `replacements`, removed
// from its object, and each such object given an unknown member.
void compare_variants(SchemaKind kind, const json& doc, std::size_t stride, Tally& tally) {
    const std::vector<json> replacements = {json(nullptr),   json(true),
                                            json(0),         json(-1),
                                            json(1.5),       json(2.0),
                                            json(100000000), json(""),
                                            json("x"),       json("not-an-id!"),
                                            json::array(),   json::array({"x"}),
                                            json::object(),  json::object({{"en", "x"}})};
    std::vector<std::string> all;
    pointers(doc, "", all);
    for (std::size_t i = 1; i < all.size(); i += stride) {
        const json::json_pointer at(all[i]);
        for (const json& r : replacements) {
            json variant = doc;
            variant[at] = r;
            compare(kind, variant, all[i] + " = " + r.dump(), tally);
        }
        json parent = doc;
        json& container = parent[at.parent_pointer()];
        if (container.is_object()) {
            container.erase(at.back());
            compare(kind, parent, all[i] + " removed", tally);
        }
        json grown = doc;
        if (json& here = grown[at]; here.is_object()) {
            here["unknown_member"] = 1;
            compare(kind, grown, all[i] + " with an unknown member", tally);
        }
    }
}

} // namespace

TEST_CASE("the quick schema check judges the shipped and test files as valijson does",
          "[loader][schema]") {
    Tally tally;
    for (const auto& entry : fs::directory_iterator(protocols_dir)) {
        if (entry.path().extension() == ".json") {
            const json doc = parse_file(entry.path());
            compare(SchemaKind::Protocol, doc, entry.path().string(), tally);
            // And every file judged as each other kind, which it is not.
            compare(SchemaKind::Diagram, doc, entry.path().string(), tally);
            compare(SchemaKind::Sources, doc, entry.path().string(), tally);
        }
    }
    compare(SchemaKind::Protocol, parse_file(data_dir / "protocols" / "full.json"), "full.json",
            tally);
    for (const auto& entry : fs::directory_iterator(protocols_dir / "catalog" / "diagrams")) {
        compare(SchemaKind::Diagram, parse_file(entry.path()), entry.path().string(), tally);
    }
    compare(SchemaKind::Contraindications,
            parse_file(protocols_dir / "catalog" / "contraindications.json"), "contraindications",
            tally);
    compare(SchemaKind::Sources, parse_file(protocols_dir / "catalog" / "sources.json"), "sources",
            tally);
    // Sure of every one: these are what a library loads.
    CHECK(tally.unsure == 0);
    CHECK(tally.sure > 10);
}

TEST_CASE("the quick schema check judges broken variants as valijson does", "[loader][schema]") {
    Tally tally;
    compare_variants(SchemaKind::Protocol, parse_file(data_dir / "protocols" / "full.json"), 1,
                     tally);
    compare_variants(SchemaKind::Protocol, parse_file(protocols_dir / "classic-back.json"), 7,
                     tally);
    compare_variants(SchemaKind::Diagram,
                     parse_file(protocols_dir / "catalog" / "diagrams" / "face-front.json"), 5,
                     tally);
    compare_variants(SchemaKind::Contraindications,
                     parse_file(protocols_dir / "catalog" / "contraindications.json"), 3, tally);
    compare_variants(SchemaKind::Sources, parse_file(protocols_dir / "catalog" / "sources.json"), 3,
                     tally);
    INFO("sure " << tally.sure << ", unsure " << tally.unsure << ", invalid " << tally.invalid);
    // Most variants are broken, and the quick check is sure of nearly all of them.
    CHECK(tally.invalid > tally.sure / 2);
    CHECK(tally.unsure * 10 < tally.sure);
}
