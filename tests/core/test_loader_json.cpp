// Reading JSON: where every value starts, syntax errors in plain words at the right place, and
// no crash, hang or exception on any input.
#include "core/jsonparser.h"
#include "test_loader_support.h"

#include <chrono>
#include <random>

#include <sys/stat.h>

using namespace effleur;
using namespace effleur::test;

namespace {

struct Where {
    int line;
    int column;
};

Where value_at(const loading::ParsedJson& parsed, std::string_view pointer, bool key = false) {
    const auto p = parsed.positions.position(parsed.positions.offset_of(pointer, key));
    return {p.line, p.column};
}

// The single syntax error of `text`, as line, column and message.
std::tuple<int, int, std::string> syntax_error(std::string_view text) {
    const loading::ParsedJson parsed = loading::parse_json(text);
    REQUIRE(parsed.error.has_value());
    const auto p = parsed.positions.position(parsed.error->offset);
    return {p.line, p.column, parsed.error->message};
}

Diagnostics load_errors(std::string_view text) {
    auto loaded = fixture_loader().load_text(text, "input.json");
    REQUIRE_FALSE(loaded.ok());
    REQUIRE_FALSE(loaded.errors().empty());
    return loaded.errors();
}

std::string full_fixture_text() {
    return read_file(data_dir / "protocols" / "full.json");
}

} // namespace

TEST_CASE("every value's line and column, in characters", "[loader][json]") {
    const std::string text =
        "{\n"
        "  \"name\": \"caf\\u00e9 \\\"x\\\"\",\n"
        "  \"\xC3\xA9\": {\"\xD0\xBA\xD0\xBB\xD1\x8E\xD1\x87\": [1, -2.5e3, true, false, null]},\n"
        "  \"deep\": [[{\"k\": \"\xC3\xBC\"}], {}],\n"
        "  \"last\": 18446744073709551615,\n"
        "  \"a\\/b~\": 0\n"
        "}";
    const loading::ParsedJson parsed = loading::parse_json(text);
    REQUIRE_FALSE(parsed.error.has_value());
    auto check = [&](std::string_view pointer, int line, int column) {
        INFO(pointer);
        const Where w = value_at(parsed, pointer);
        CHECK(w.line == line);
        CHECK(w.column == column);
    };
    check("", 1, 1);
    check("/name", 2, 11); // a string with escapes starts at its opening quote
    CHECK(parsed.value["name"] == "caf\xC3\xA9 \"x\"");
    check("/\xC3\xA9", 3, 8); // after a two-byte character in the key
    check("/\xC3\xA9/\xD0\xBA\xD0\xBB\xD1\x8E\xD1\x87", 3, 17);
    check("/\xC3\xA9/\xD0\xBA\xD0\xBB\xD1\x8E\xD1\x87/0", 3, 18);
    check("/\xC3\xA9/\xD0\xBA\xD0\xBB\xD1\x8E\xD1\x87/1", 3, 21); // -2.5e3
    check("/\xC3\xA9/\xD0\xBA\xD0\xBB\xD1\x8E\xD1\x87/2", 3, 29); // true
    check("/\xC3\xA9/\xD0\xBA\xD0\xBB\xD1\x8E\xD1\x87/3", 3, 35); // false
    check("/\xC3\xA9/\xD0\xBA\xD0\xBB\xD1\x8E\xD1\x87/4", 3, 42); // null
    check("/deep", 4, 11);
    check("/deep/0", 4, 12);
    check("/deep/0/0", 4, 13);
    check("/deep/0/0/k", 4, 19);
    check("/deep/1", 4, 26); // after a two-byte character
    check("/last", 5, 11);
    check("/a~1b~0", 6, 12); // the key "a/b~", written with an escape
    // Names of members, for problems with the name itself.
    const Where key = value_at(parsed, "/\xC3\xA9/\xD0\xBA\xD0\xBB\xD1\x8E\xD1\x87", true);
    CHECK(key.line == 3);
    CHECK(key.column == 9);
    CHECK(value_at(parsed, "/a~1b~0", true).column == 3);
    // A pointer that does not resolve falls back to its deepest existing ancestor.
    check("/deep/0/7", 4, 12);
    check("/nope/1", 1, 1);
}

TEST_CASE("positions with CRLF line ends and a byte order mark", "[loader][json]") {
    const loading::ParsedJson crlf = loading::parse_json("{\r\n  \"a\": [1,\r\n 2]\r\n}");
    REQUIRE_FALSE(crlf.error.has_value());
    CHECK(value_at(crlf, "/a").line == 2);
    CHECK(value_at(crlf, "/a").column == 8);
    CHECK(value_at(crlf, "/a/1").line == 3);
    CHECK(value_at(crlf, "/a/1").column == 2);
    const loading::ParsedJson bom = loading::parse_json("\xEF\xBB\xBF{\"a\": 1}");
    REQUIRE_FALSE(bom.error.has_value());
    CHECK(value_at(bom, "/a").column == 7); // columns count characters; the mark is none
}

TEST_CASE("syntax errors in plain words at the offending token", "[loader][json]") {
    using E = std::tuple<int, int, std::string>;
    const std::string value = "a value (an object, array, string, number, true, false or null)";
    CHECK(syntax_error("{\n  \"a\": 1\n  \"b\": 2\n}") ==
          E{3, 3, "expected ',' or '}' after an object member; found the string \"b\""});
    CHECK(syntax_error("{\"a\": 1,}") ==
          E{1, 9, "expected a property name in double quotes; found '}'"});
    CHECK(syntax_error("{\"a\" 1}") == E{1, 6, "expected ':' after the property name; found '1'"});
    CHECK(syntax_error("{\"a\": 1]") ==
          E{1, 8, "expected ',' or '}' after an object member; found ']'"});
    CHECK(syntax_error("[1 2]") == E{1, 4, "expected ',' or ']' after an array item; found '2'"});
    CHECK(syntax_error("[[1],,2]") == E{1, 6, "expected " + value + "; found ','"});
    CHECK(syntax_error("{1: 2}") ==
          E{1, 2, "expected a property name in double quotes, or '}'; found '1'"});
    CHECK(syntax_error("{'a': 1}") == E{1, 2,
                                        "expected a property name in double quotes, or '}'; found "
                                        "'a' (strings need double quotes)"});
    CHECK(syntax_error("[tru]") == E{1, 2, "expected " + value + "; found 'tru'"});
    CHECK(
        syntax_error("[True]") ==
        E{1, 2,
          "expected " + value + "; found 'True' (JSON writes true, false and null in lower case)"});
    CHECK(syntax_error("[NaN]") ==
          E{1, 2, "expected " + value + "; found 'NaN' (JSON has no NaN or Infinity)"});
    CHECK(syntax_error("// note\n{}") ==
          E{1, 1, "expected " + value + "; found '//' (comments are not allowed in JSON)"});
    CHECK(syntax_error("{} x") ==
          E{1, 4, "expected the end of the file after the top-level value; found 'x'"});
    CHECK(syntax_error("[-]") == E{1, 2, "malformed number '-': expected digit after '-'"});
    CHECK(syntax_error("[1e999]") == E{1, 2, "number out of range: 1e999"});
    CHECK(
        syntax_error("{\"a\": \"x\ny\"}") ==
        E{1, 9, "unescaped control character U+000A (LF) in a string; write it as \\u000A or \\n"});
    CHECK(syntax_error("[\"\\q\"]") == E{1, 3,
                                         "invalid escape '\\q' in a string; the escapes are \\\" "
                                         "\\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX"});
    CHECK(syntax_error("{\"a\": \"abc") ==
          E{1, 7, "this string has no closing '\"' before the end of the file"});
    CHECK(syntax_error("{\"a\": [1, 2") ==
          E{1, 12, "expected ',' or ']' after an array item; found the end of the file"});
    CHECK(syntax_error("{\"a\": 1, \"a\": 2}") ==
          E{1, 10, "duplicate property \"a\"; it is already set at line 1, column 2"});
    CHECK(syntax_error("") == E{1, 1, "the file is empty; expected a JSON object"});
    CHECK(syntax_error(" \n\t ") == E{2, 3, "the file is empty; expected a JSON object"});
}

TEST_CASE("hostile input: empty, truncated, binary, invalid UTF-8", "[loader][json][robust]") {
    SECTION("empty") {
        const Diagnostics errors = load_errors("");
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].to_string() == "input.json:1:1: the file is empty; expected a JSON object");
    }
    SECTION("truncated at every byte") {
        const std::string text = full_fixture_text();
        const std::size_t complete = text.rfind('}');
        for (std::size_t n = 0; n <= complete; ++n) {
            auto loaded =
                fixture_loader().load_text(std::string_view(text).substr(0, n), "cut.json");
            INFO("cut after " << n << " bytes");
            REQUIRE_FALSE(loaded.ok());
            REQUIRE_FALSE(loaded.errors().empty());
            CHECK(loaded.errors()[0].line >= 1);
        }
        CHECK(fixture_loader().load_text(text.substr(0, complete + 1), "whole.json").ok());
    }
    SECTION("random bytes") {
        std::mt19937 random(20240517);
        for (int i = 0; i < 300; ++i) {
            std::string junk(random() % 2048, '\0');
            for (char& c : junk) {
                c = static_cast<char>(random() & 0xFFU);
            }
            auto loaded = fixture_loader().load_text(junk, "junk.bin");
            REQUIRE_FALSE(loaded.ok());
            CHECK_FALSE(loaded.errors().empty());
        }
    }
    SECTION("random damage to a valid protocol never crashes") {
        const std::string text = full_fixture_text();
        std::mt19937 random(7);
        const std::string alphabet = "{}[],:\"\\0123456789.-+eEtrufalsn \n\xFF\xC3";
        for (int i = 0; i < 400; ++i) {
            std::string damaged = text;
            for (int k = 0; k < 1 + static_cast<int>(random() % 3); ++k) {
                const std::size_t at = random() % damaged.size();
                switch (random() % 3) {
                case 0:
                    damaged[at] = alphabet[random() % alphabet.size()];
                    break;
                case 1:
                    damaged.erase(at, 1 + random() % 8);
                    break;
                default:
                    damaged.insert(at, 1, alphabet[random() % alphabet.size()]);
                }
            }
            auto loaded = fixture_loader().load_text(damaged, "damaged.json");
            if (!loaded.ok()) {
                CHECK_FALSE(loaded.errors().empty());
            }
        }
    }
    SECTION("invalid UTF-8 in a string") {
        std::string text = full_fixture_text();
        const std::size_t at = text.find("Every field");
        text[at + 1] = '\xFF';
        const Diagnostics errors = load_errors(text);
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].line == 7);
        CHECK(errors[0].column == 16);
        CHECK(errors[0].message == "invalid UTF-8 byte 0xFF in a string; the file must be UTF-8");
    }
    SECTION("a binary file") {
        const Diagnostics errors = load_errors(std::string("\x89PNG\r\n\x1A\n", 8));
        CHECK(errors[0].message ==
              "expected a value (an object, array, string, number, true, false or null); found the "
              "byte 0x89, which cannot start any JSON token");
    }
}

TEST_CASE("hostile input: depth, size and numbers", "[loader][json][robust]") {
    SECTION("100,000 nested arrays are refused at level 257") {
        const Diagnostics errors = load_errors(std::string(100000, '['));
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].line == 1);
        CHECK(errors[0].column == 257);
        CHECK(errors[0].message == "nesting deeper than 256 levels; no protocol needs this");
    }
    SECTION("100,000 nested objects likewise") {
        std::string text;
        for (int i = 0; i < 100000; ++i) {
            text += "{\"a\": ";
        }
        const Diagnostics errors = load_errors(text);
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].column == 256 * 6 + 1);
        CHECK(errors[0].message == "nesting deeper than 256 levels; no protocol needs this");
    }
    SECTION("half a million values are refused") {
        std::string text = "[0";
        for (int i = 0; i < 500'000; ++i) {
            text += ",0";
        }
        const Diagnostics errors = load_errors(text + "]");
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].message == "more than 500000 values in one file; this is not a protocol");
    }
    const std::string base = full_fixture_text();
    auto with = [&](std::string_view from, std::string_view to) {
        std::string text = base;
        REQUIRE(text.find(from) != std::string::npos);
        text.replace(text.find(from), from.size(), to);
        return text;
    };
    const std::string huge(5u * 1024u * 1024u, 'a');
    SECTION("a 5 MB text") {
        const auto start = std::chrono::steady_clock::now();
        const Diagnostics errors =
            load_errors(with("\"Every field of the format, once.\"", "\"" + huge + "\""));
        CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(20));
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].pointer == "/summary");
        CHECK(errors[0].line == 7);
        CHECK(errors[0].message == "expected at most 4000 characters; found 5242880");
    }
    SECTION("a 5 MB id") {
        const Diagnostics errors = load_errors(with("\"full-fixture\"", "\"" + huge + "\""));
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].pointer == "/id");
        CHECK(errors[0].message == "expected at most 64 characters; found 5242880");
    }
    SECTION("a 5 MB property name") {
        const Diagnostics errors = load_errors(with("\"summary\"", "\"" + huge + "\""));
        CHECK(errors[0].message == "property name of 5242880 bytes; at most 1024 are allowed");
    }
    SECTION("numbers out of range") {
        Diagnostics errors = load_errors(with("\"seconds\": 20", "\"seconds\": 1e999"));
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].message == "number out of range: 1e999");
        CHECK(text_at(with("\"seconds\": 20", "\"seconds\": 1e999"), errors[0].line,
                      errors[0].column, 5) == "1e999");
        errors = load_errors(with("\"seconds\": 20", "\"seconds\": -1e999"));
        CHECK(errors[0].message == "number out of range: -1e999");
    }
    SECTION("huge whole numbers") {
        Diagnostics errors = load_errors(with("\"passes\": 5", "\"passes\": 18446744073709551616"));
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].pointer == "/stages/0/steps/1/passes");
        CHECK(errors[0].message ==
              "expected an integer; found 1.8446744073709552e+19, too large for a whole number");
        errors = load_errors(with("\"passes\": 5", "\"passes\": 18446744073709551615"));
        CHECK(errors[0].message == "expected at most 1000; found 18446744073709551615");
        errors = load_errors(with("\"version\": 3", "\"version\": 4294967296"));
        CHECK(errors[0].pointer == "/version");
        CHECK(errors[0].message == "number too large: 4294967296");
    }
    SECTION("large and nested lists where items must be distinct") {
        std::string many = "[\"face\"";
        for (int i = 0; i < 5000; ++i) {
            many += ", \"face\"";
        }
        many += "]";
        const auto start = std::chrono::steady_clock::now();
        Diagnostics errors = load_errors(with("[\"face\", \"back\"]", many));
        CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(20));
        REQUIRE(errors.size() == 101); // the first hundred, and a note
        CHECK(errors[0].pointer == "/regions/1");
        CHECK(errors[0].message == "duplicate item \"face\"; it is already item 0");
        CHECK(errors[100].message == "and many more problems");
        std::string nested = "[";
        for (int i = 0; i < 500; ++i) {
            nested += i == 0 ? "[" : ", [";
            for (int k = 0; k < 200; ++k) {
                nested += (k == 0 ? "0" : ",0");
            }
            nested += "]";
        }
        nested += "]";
        const auto again = std::chrono::steady_clock::now();
        errors = load_errors(with("[\"face\", \"back\"]", nested));
        CHECK(std::chrono::steady_clock::now() - again < std::chrono::seconds(20));
        CHECK(at_pointer(errors, "/regions/0") != nullptr);
    }
}

TEST_CASE("files that are not protocol files", "[loader][json][robust]") {
    TempDir dir;
    const Loader& loader = fixture_loader();
    SECTION("missing") {
        auto loaded = loader.load_file(dir.path() / "none.json");
        REQUIRE_FALSE(loaded.ok());
        CHECK(loaded.errors()[0].line == 0);
        CHECK(loaded.errors()[0].message.starts_with("cannot open this file"));
    }
    SECTION("a folder") {
        auto loaded = loader.load_file(dir.path());
        REQUIRE_FALSE(loaded.ok());
        CHECK(loaded.errors()[0].message == "this is a folder, not a file");
    }
    SECTION("too large, refused unread") {
        const auto big = dir.path() / "big.json";
        write_file(big, "{");
        std::filesystem::resize_file(big, Loader::max_file_bytes + 1);
        auto loaded = loader.load_file(big);
        REQUIRE_FALSE(loaded.ok());
        CHECK(loaded.errors()[0].message ==
              "this file is 16777217 bytes; files over 16777216 bytes are refused");
        auto text = loader.load_text(std::string(Loader::max_file_bytes + 1, ' '), "big");
        REQUIRE_FALSE(text.ok());
        CHECK(text.errors()[0].message.starts_with("this text is 16777217 bytes"));
    }
    SECTION("a named pipe is not read (it could block forever)") {
        const auto fifo = dir.path() / "pipe.json";
        REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
        auto loaded = loader.load_file(fifo);
        REQUIRE_FALSE(loaded.ok());
        CHECK(loaded.errors()[0].message == "not a regular file; refused");
    }
    SECTION("unreadable") {
        const auto locked = dir.path() / "locked.json";
        write_file(locked, "{}");
        std::filesystem::permissions(locked, std::filesystem::perms::none);
        auto loaded = loader.load_file(locked);
        REQUIRE_FALSE(loaded.ok());
        if (::geteuid() != 0) { // root reads anything; then it is just not a protocol
            CHECK(loaded.errors()[0].message.starts_with("cannot read this file"));
        }
    }
}
