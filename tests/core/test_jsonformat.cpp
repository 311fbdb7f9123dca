// The canonical formatting of protocol files (core/jsonformat.h): what `effleur format` writes
// and what the editor saves. A canonical file must survive a round trip byte for byte, key order
// and unknown members included; anything else becomes canonical, and stays so.
#include "core/jsonformat.h"

#include "test_loader_support.h"

#include "../support/largetitle.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <iterator>
#include <string>
#include <vector>

using namespace effleur;
using namespace effleur::test;

namespace {

std::string reformat(std::string_view text) {
    const auto doc = parse_ordered(text);
    INFO(doc.message());
    REQUIRE(doc.ok());
    return canonical_json(doc.value());
}

// A canonical protocol-like text: unusual key order, members the app does not know, nesting,
// scalar arrays short and long, empty containers, unicode and numbers of every kind.
const std::string canonical_sample = R"({
  "title": "Sample",
  "id": "sample",
  "x-author-notes": {
    "zeta": 1,
    "alpha": [true, false, null],
    "nested": [
      {
        "b": 2,
        "a": 1
      },
      []
    ]
  },
  "regions": ["face", "neck"],
  "long": [
    "a string long enough that this array no longer fits",
    "on one line within one hundred columns"
  ],
  "empty_object": {},
  "empty_array": [],
  "unicode": "Поверхностное разминание — «ёлочкой» 🌿",
  "escapes": "quote \" backslash \\ tab \t newline \n bell \u0007",
  "numbers": [0, -3, 12, 1.0, 0.5, 2.25, -0.125, 1e-05, 1.5e+300, 18446744073709551615]
}
)";

} // namespace

TEST_CASE("a canonical text survives a round trip byte for byte", "[jsonformat]") {
    CHECK(reformat(canonical_sample) == canonical_sample);
}

TEST_CASE("key order and unknown members are kept", "[jsonformat]") {
    const std::string out = reformat(R"({"z": 1, "a": {"unknown": true, "b": 2}, "m": 3})");
    CHECK(out == "{\n  \"z\": 1,\n  \"a\": {\n    \"unknown\": true,\n    \"b\": 2\n  },\n"
                 "  \"m\": 3\n}\n");
}

TEST_CASE("non-canonical spacing becomes canonical and then stays so", "[jsonformat]") {
    const std::string messy =
        "\xEF\xBB\xBF{ \"id\":\"x\" ,\r\n\t\"regions\" : [ \"face\",\"neck\" ],"
        "\"cite\":{\"lines\":[1,\n2]}}";
    const std::string once = reformat(messy);
    CHECK(once == "{\n  \"id\": \"x\",\n  \"regions\": [\"face\", \"neck\"],\n  \"cite\": {\n"
                  "    \"lines\": [1, 2]\n  }\n}\n");
    CHECK(reformat(once) == once);
}

TEST_CASE("a scalar array goes on one line exactly when the line fits 100 columns",
          "[jsonformat]") {
    // "  \"k\": [" is 8 columns, "]" and the "," after it 2: 90 columns of items fit.
    const auto array_of = [](std::size_t item_chars) {
        return R"({"k": [")" + std::string(item_chars - 2, 'x') + R"("], "next": 1})";
    };
    CHECK(reformat(array_of(90)).find("\"k\": [\"x") != std::string::npos);
    CHECK(reformat(array_of(91)).find("\"k\": [\n    \"x") != std::string::npos);
    // Columns are counted in characters, not bytes: 90 Cyrillic letters (180 bytes) still fit.
    std::string cyrillic;
    for (int i = 0; i < 88; ++i) {
        cyrillic += "ж";
    }
    CHECK(reformat(R"({"k": [")" + cyrillic + R"("], "next": 1})").find("\"k\": [\"ж") !=
          std::string::npos);
    // An array holding an object or array is never on one line.
    CHECK(reformat(R"({"k": [[1]]})") == "{\n  \"k\": [\n    [1]\n  ]\n}\n");
}

TEST_CASE("unicode is written as UTF-8 and escapes are undone where not needed", "[jsonformat]") {
    CHECK(reformat(R"({"t": "caf\u00e9 \u2014 a\/b \ud83c\udf3f"})") ==
          "{\n  \"t\": \"café — a/b 🌿\"\n}\n");
    CHECK(reformat(R"({"t": "\u001f"})") == "{\n  \"t\": \"\\u001f\"\n}\n");
}

TEST_CASE("numbers keep their value and their integer or decimal kind", "[jsonformat]") {
    CHECK(reformat(R"([1, 1.0, 0.5, 30, 2.50, -0.0, 100000000000])") ==
          "[1, 1.0, 0.5, 30, 2.5, -0.0, 100000000000]\n");
    // Spellings with an exponent become the shortest text that reads back to the same number.
    CHECK(reformat(R"([1e3, 1E-2, 12.5e1])") == "[1000.0, 0.01, 125.0]\n");
}

TEST_CASE("a whole number too large to write back exactly is refused, not rounded",
          "[jsonformat]") {
    const auto refused = parse_ordered("{\n  \"n\": 123456789012345678901234567890\n}");
    REQUIRE_FALSE(refused);
    const Diagnostic& problem = refused.errors().front();
    CHECK(problem.line == 2);
    CHECK(problem.column == 8);
    CHECK(problem.message.find("123456789012345678901234567890 is too large") != std::string::npos);
    // The extremes of 64 bits still fit, and a large decimal is a decimal.
    CHECK(reformat("[-9223372036854775808, 18446744073709551615, 1.5e40]") ==
          "[-9223372036854775808, 18446744073709551615, 1.5e+40]\n");
}

TEST_CASE("a syntax error is located by line and column", "[jsonformat]") {
    const auto missing_colon = parse_ordered("{\n  \"a\": 1,\n  \"b\" 2\n}");
    REQUIRE_FALSE(missing_colon);
    CHECK(missing_colon.errors().front().line == 3);
    CHECK(missing_colon.errors().front().column == 7);
    // The place is data: the message does not repeat it, and no file is named.
    CHECK(missing_colon.message().find("line") == std::string::npos);
    CHECK(missing_colon.errors().front().file.empty());

    const auto cut_off = parse_ordered("[1, 2");
    REQUIRE_FALSE(cut_off);
    CHECK(cut_off.errors().front().line == 1);
    CHECK(cut_off.errors().front().column == 6);
    CHECK_FALSE(cut_off.message().empty());
    const auto duplicate = parse_ordered("{\"a\": 1, \"a\": 2}");
    REQUIRE_FALSE(duplicate);
    CHECK(duplicate.message().find("duplicate") != std::string::npos);
}

TEST_CASE("every bundled protocol and catalogue file is canonical", "[jsonformat]") {
    std::vector<std::filesystem::path> files;
    for (const auto& folder :
         {protocols_dir, protocols_dir / "catalog", protocols_dir / "catalog" / "diagrams"}) {
        for (const auto& entry : std::filesystem::directory_iterator(folder)) {
            if (entry.path().extension() == ".json") {
                files.push_back(entry.path());
            }
        }
    }
    REQUIRE(files.size() >= 10);
    for (const auto& file : files) {
        INFO(file.string());
        const std::string text = read_file(file);
        CHECK(reformat(text) == text);
    }
}

// A file far larger than any protocol (200,000 translations of its title, about 6 MiB) is read,
// written and loaded whole: nothing on the way may be quadratic in the number of members.
TEST_CASE("a 200,000-member object formats and loads", "[jsonformat][large]") {
    constexpr std::size_t members = 200'000;
    const std::string text = with_large_title(read_file(data_dir / "protocols" / "full.json"),
                                              members, "Full fixture", -1);
    REQUIRE(text.size() > 4u * 1024u * 1024u);

    const auto parsed = parse_ordered(text);
    INFO(parsed.message());
    REQUIRE(parsed.ok());
    const nlohmann::ordered_json& read_title = parsed.value().at("title");
    REQUIRE(read_title.size() == members + 1);
    // The members keep the order they were written in.
    CHECK(read_title.begin().key() == "en");
    CHECK(std::prev(read_title.end()).key() == language_code(members - 1));

    const std::string canonical = canonical_json(parsed.value());
    // One member per line: the title's 200,001 and its braces, beside the rest of the file.
    CHECK(static_cast<std::size_t>(std::count(canonical.begin(), canonical.end(), '\n')) >
          members + 2);
    CHECK(canonical.find("    \"" + language_code(members / 2) + "\": \"Title " +
                         std::to_string(members / 2) + "\",\n") != std::string::npos);
    CHECK(reformat(canonical) == canonical);

    const auto loaded = fixture_loader().load_text(canonical, "large.json");
    INFO(all(loaded.ok() ? Diagnostics{} : loaded.errors()));
    REQUIRE(loaded.ok());
    const Text& loaded_title = loaded.value().title;
    CHECK(loaded_title.en == "Full fixture");
    CHECK(loaded_title.translations.size() == members);
    CHECK(loaded_title.get(language_code(123'456)) == "Title 123456");
}

// The same object with one member written twice, near its end: found, and located there.
TEST_CASE("a duplicate among 200,000 members is found where it is", "[jsonformat][large]") {
    constexpr std::size_t members = 200'000;
    std::string text = "{\n";
    for (std::size_t i = 0; i < members; ++i) {
        text += "  \"" + language_code(i) + "\": " + std::to_string(i) + ",\n";
    }
    text += "  \"" + language_code(7) + "\": 0\n}\n";
    const auto parsed = parse_ordered(text);
    REQUIRE_FALSE(parsed.ok());
    REQUIRE(parsed.errors().size() == 1);
    CHECK(parsed.errors()[0].line == static_cast<int>(members) + 2);
    CHECK(parsed.errors()[0].column == 3);
    CHECK(parsed.errors()[0].message ==
          "duplicate property \"" + language_code(7) + "\"; it is already set at line 9, column 3");
}
