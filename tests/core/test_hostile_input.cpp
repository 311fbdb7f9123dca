// Hostile input: what a user sees when a protocol file, or the folder it is in, was
// made to hurt. Each case failed before its fix.
#include "core/folderscan.h"
#include "core/jsonformat.h"
#include "core/jsonparser.h"
#include "core/textfile.h"
#include "test_loader_support.h"

#include <memory>

#include <sys/stat.h>

using namespace effleur;
using namespace effleur::test;
namespace fs = std::filesystem;

namespace {

// The single syntax error of `text`, as "line:column: message".
std::string syntax_error(std::string_view text) {
    const loading::ParsedJson parsed = loading::parse_json(text);
    REQUIRE(parsed.error.has_value());
    const auto p = parsed.positions.position(parsed.error->offset);
    return std::to_string(p.line) + ":" + std::to_string(p.column) + ": " + parsed.error->message;
}

const std::string nul_message =
    "the byte 0x00 (NUL); a protocol file is UTF-8 text, which never holds it";

const LibraryEntry* entry_named(const std::vector<LibraryEntry>& entries, const std::string& name) {
    for (const auto& e : entries) {
        if (e.file.filename() == name) {
            return &e;
        }
    }
    return nullptr;
}

std::string first_error(const LibraryEntry* entry) {
    REQUIRE(entry != nullptr);
    REQUIRE_FALSE(entry->errors.empty());
    return entry->errors[0].to_string();
}

} // namespace

TEST_CASE("a NUL byte is an error where it is, never the end of the file", "[hostile][json]") {
    using namespace std::string_literals;
    SECTION("after the document: the rest is not silently dropped") {
        CHECK(syntax_error("{\"a\": 1}\n\0 junk }}}"s) == "2:1: " + nul_message);
        const auto refused = parse_ordered("{\"a\": 1}\0 junk"s);
        REQUIRE_FALSE(refused);
        CHECK(refused.errors().front().line == 1);
        CHECK(refused.errors().front().column == 9);
        CHECK(refused.message() == nul_message);
    }
    SECTION("in the middle of a string or between tokens") {
        CHECK(syntax_error("{\n  \"title\": \"ab\0cd\"\n}"s) == "2:15: " + nul_message);
        CHECK(syntax_error("{\"a\": [1,\0 2]}"s) == "1:10: " + nul_message);
    }
    SECTION("a syntax error before the NUL is still the one reported") {
        CHECK(syntax_error("{\"a\" 1}\0"s) ==
              "1:6: expected ':' after the property name; found '1'");
    }
    SECTION("UTF-16, with or without a byte order mark") {
        const std::string utf16le = "{\0\"\0a\0\"\0:\0 \0001\0}\0"s;
        CHECK(syntax_error(utf16le) ==
              "1:1: this file is UTF-16 (or UTF-32) text; save it as UTF-8");
        CHECK(syntax_error("\xFF\xFE{\0}\0"s) ==
              "1:1: this file is UTF-16 (or UTF-32) text; save it as UTF-8");
        CHECK(syntax_error("\0{\0}"s) ==
              "1:1: this file is UTF-16 (or UTF-32) text; save it as UTF-8");
    }
    SECTION("the loader says so with the file's name") {
        auto loaded = fixture_loader().load_text(
            read_file(data_dir / "protocols" / "full.json") + "\0 junk }}}"s, "nul.json");
        REQUIRE_FALSE(loaded.ok());
        CHECK(loaded.errors()[0].to_string().ends_with(": " + nul_message));
        CHECK(loaded.errors()[0].to_string().starts_with("nul.json:"));
    }
}

TEST_CASE("columns count characters, and a byte order mark is not one", "[hostile][json]") {
    // A string of 38 Cyrillic letters (two bytes each), so that the stray 'x' after it is the
    // 43rd character of the line and its 81st byte.
    std::string line = "[\"";
    for (int i = 0; i < 38; ++i) {
        line += "\xD0\xB6"; // ж
    }
    line += "\" x]";
    CHECK(syntax_error(line) == "1:43: expected ',' or ']' after an array item; found 'x'");
    CHECK(syntax_error("\xEF\xBB\xBF{\"a\" 1}") ==
          "1:6: expected ':' after the property name; found '1'");
    const loading::ParsedJson bom = loading::parse_json("\xEF\xBB\xBF{\"a\": 1}");
    REQUIRE_FALSE(bom.error.has_value());
    CHECK(bom.positions.position(bom.positions.offset_of("/a")).column == 7);
    // A long line costs no more than a short one to locate on (counts are kept every 4 KiB).
    std::string wide = "[";
    for (int i = 0; i < 200'000; ++i) {
        wide += "\"\xC3\xA9\",";
    }
    wide += "x]";
    CHECK(syntax_error(wide) == "1:" + std::to_string(1 + 200'000 * 4 + 1) +
                                    ": expected a value (an object, array, string, number, true, "
                                    "false or null); found 'x'");
}

TEST_CASE("control characters from a file never reach the terminal", "[hostile][messages]") {
    CHECK(printable("caf\xC3\xA9 \xD0\xB6") == "caf\xC3\xA9 \xD0\xB6");
    CHECK(printable("\x1B"
                    "c reset") == "\\x1Bc reset");
    CHECK(printable("a\nb\tc\x7F") == "a\\x0Ab\\x09c\\x7F");
    CHECK(printable("\xC2\x9B"
                    "2J") == "\\xC2\\x9B2J");     // C1 CSI, obeyed by some terminals
    CHECK(printable("\xFF\xC3") == "\\xFF\\xC3"); // not UTF-8
    Diagnostic d;
    d.file = "evil\x1B"
             "c.json";
    d.line = 1;
    d.column = 2;
    d.pointer = "/a\x1B";
    d.message = "found 'x\x1B"
                "c'";
    CHECK(d.to_string() == "evil\\x1Bc.json:1:2: /a\\x1B: found 'x\\x1Bc'");
    // A syntax error quoting the bad token: the ESC in it is escaped when printed.
    auto loaded = fixture_loader().load_text("{\"a\": tru\x1B"
                                             "c}",
                                             "esc.json");
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.errors()[0].to_string().find('\x1B') == std::string::npos);
    CHECK(loaded.errors()[0].to_string().find("\\x1B") != std::string::npos);
}

TEST_CASE("one folder scan for every verb: no path escapes its folder", "[hostile][folder]") {
    TempDir root;
    const fs::path folder = root.path() / "protocols";
    fs::create_directories(folder);
    write_file(root.path() / "secret.txt", "root:x:0:0:root:/root:/bin/bash\n");
    fs::copy_file(data_dir / "protocols" / "full.json", root.path() / "outside.json");
    fs::copy_file(data_dir / "protocols" / "full.json", folder / "inside.json");
    fs::create_symlink(root.path() / "secret.txt", folder / "passwd.json");
    fs::create_symlink(root.path() / "outside.json", folder / "outside.json");
    fs::create_symlink("inside.json", folder / "alias.json");
    fs::create_symlink("loop-b.json", folder / "loop-a.json");
    fs::create_symlink("loop-a.json", folder / "loop-b.json");
    REQUIRE(::mkfifo((folder / "pipe.json").c_str(), 0600) == 0);

    const auto entries = check_folder(fixture_loader(), folder);
    REQUIRE(entries.size() == 7);
    const std::string refused = "refused: this link points outside its folder";
    CHECK(first_error(entry_named(entries, "passwd.json")) ==
          (folder / "passwd.json").string() + ": " + refused);
    CHECK(first_error(entry_named(entries, "outside.json")) ==
          (folder / "outside.json").string() + ": " + refused);
    CHECK(first_error(entry_named(entries, "pipe.json")) ==
          (folder / "pipe.json").string() + ": not a regular file; refused");
    CHECK(first_error(entry_named(entries, "loop-a.json")) ==
          (folder / "loop-a.json").string() +
              ": refused: this link cannot be followed (it leads round in a circle)");
    for (const char* good : {"inside.json", "alias.json"}) {
        const LibraryEntry* e = entry_named(entries, good);
        REQUIRE(e != nullptr);
        INFO(good << ": " << all(e->errors));
        CHECK(e->protocol != nullptr);
        CHECK(e->protocol->file == folder / good); // reported where it was found
    }
    // Nothing from the secret file reaches any message.
    for (const auto& e : entries) {
        CHECK(all(e.errors).find("root:x") == std::string::npos);
    }
}

TEST_CASE("a file swapped for a link after the scan is not followed", "[hostile][folder]") {
    TempDir dir;
    write_file(dir.path() / "secret.json", "{\"secret\": 1}");
    fs::create_symlink(dir.path() / "secret.json", dir.path() / "swapped.json");
    const auto text = loading::read_text_file(dir.path() / "swapped.json", Loader::max_file_bytes,
                                              "swapped.json", loading::LinkPolicy::Refuse);
    REQUIRE_FALSE(text.ok());
    REQUIRE(text.errors().size() == 1);
    CHECK(text.errors().front().to_string() ==
          "swapped.json: cannot open this file: it is a symbolic link, which is not followed here");
    // A FIFO opened directly does not block either (O_NONBLOCK) and is refused on its descriptor.
    REQUIRE(::mkfifo((dir.path() / "fifo.json").c_str(), 0600) == 0);
    const auto fifo =
        loading::read_text_file(dir.path() / "fifo.json", Loader::max_file_bytes, "fifo.json");
    REQUIRE_FALSE(fifo.ok());
    CHECK(fifo.errors().front().file == "fifo.json");
    CHECK(fifo.errors().front().line == 0);
    CHECK(fifo.message() == "not a regular file; refused");
}

TEST_CASE("the number of files read from one folder is bounded", "[hostile][folder][limits]") {
    TempDir dir;
    for (std::size_t i = 0; i <= loading::max_folder_files; ++i) {
        std::ofstream(dir.path() / ("p" + std::to_string(100000 + i) + ".json"));
    }
    const auto listed = loading::list_json_files(dir.path());
    REQUIRE(listed.size() == loading::max_folder_files + 1);
    CHECK(listed.back().refused ==
          "more than 10000 *.json files in this folder; the rest are not read");
    CHECK(listed.front().refused.empty());
    fs::remove(dir.path() / "p100000.json");
    const auto at_limit = loading::list_json_files(dir.path());
    CHECK(at_limit.size() == loading::max_folder_files);
    CHECK(at_limit.back().refused.empty());
}

TEST_CASE("parser limits at their edge and one past it", "[hostile][json][limits]") {
    SECTION("nesting: 256 levels read, 257 refused") {
        CHECK_FALSE(loading::parse_json(std::string(256, '[') + std::string(256, ']')).error);
        CHECK(syntax_error(std::string(257, '[') + std::string(257, ']')) ==
              "1:257: nesting deeper than 256 levels; no protocol needs this");
    }
    SECTION("values: 500,000 read, 500,001 refused") {
        std::string text = "[0";
        for (int i = 1; i < 499'999; ++i) {
            text += ",0";
        }
        CHECK_FALSE(loading::parse_json(text + "]").error); // the array and 499,999 items
        CHECK(syntax_error(text + ",0]")
                  .ends_with("more than 500000 values in one file; this is not a protocol"));
    }
    SECTION("property names: 1,024 bytes read, 1,025 refused") {
        CHECK_FALSE(loading::parse_json("{\"" + std::string(1024, 'k') + "\": 1}").error);
        CHECK(syntax_error("{\"" + std::string(1025, 'k') + "\": 1}") ==
              "1:2: property name of 1025 bytes; at most 1024 are allowed");
    }
    SECTION("file size: 16 MiB read, one byte more refused unread") {
        TempDir dir;
        const fs::path file = dir.path() / "edge.json";
        write_file(file, "[]");
        fs::resize_file(file, Loader::max_file_bytes); // "[]" and NULs: read, then refused
        auto loaded = fixture_loader().load_file(file);
        REQUIRE_FALSE(loaded.ok());
        CHECK(loaded.errors()[0].message == nul_message);
        fs::resize_file(file, Loader::max_file_bytes + 1);
        loaded = fixture_loader().load_file(file);
        REQUIRE_FALSE(loaded.ok());
        CHECK(loaded.errors()[0].message ==
              "this file is 16777217 bytes; files over 16777216 bytes are refused");
    }
}

TEST_CASE("the formatter reads an object of 200,000 members whole and in order",
          "[hostile][format]") {
    std::string text = "{";
    for (int i = 0; i < 200'000; ++i) {
        text += (i == 0 ? "\"k" : ",\"k") + std::to_string(i) + "\":" + std::to_string(i);
    }
    text += "}";
    // How long this takes, per MiB beside a small file's, is measured by the loader benchmark
    // (bench/bench_loader.cpp, in the README); quadratic, it took about a minute. Here: that every
    // member is kept, in order.
    const auto parsed = parse_ordered(text);
    REQUIRE(parsed.ok());
    const nlohmann::ordered_json* doc = &parsed.value();
    REQUIRE(doc->size() == 200'000);
    const auto& members = doc->get_ref<const nlohmann::ordered_json::object_t&>();
    CHECK(members.front().first == "k0"); // in the order written
    CHECK(members.back().first == "k199999");
    CHECK(doc->at("k123456") == 123456);
    CHECK(canonical_json(*doc).starts_with("{\n  \"k0\": 0,\n  \"k1\": 1,\n"));
}

TEST_CASE("the formatter never writes what the loader would refuse", "[hostile][format][limits]") {
    // 200 levels of arrays with many items each: a small file whose indent makes it huge.
    std::string text;
    for (int i = 0; i < 200; ++i) {
        text += "[[],";
    }
    text += "0";
    for (int i = 0; i < 200; ++i) {
        text += "]";
    }
    const auto parsed = parse_ordered(text);
    REQUIRE(parsed.ok());
    const nlohmann::ordered_json* doc = &parsed.value();
    const std::string whole = canonical_json(*doc);
    REQUIRE(whole.size() > 40'000);
    CHECK(canonical_json_within(*doc, whole.size()).value_or("") == whole); // at the edge: written
    CHECK_FALSE(canonical_json_within(*doc, whole.size() - 1).has_value()); // one past: refused
    CHECK_FALSE(canonical_json_within(*doc, 1000).has_value());
}

TEST_CASE("a number cut off at the very end of the file is located, never read past",
          "[hostile][json][fuzz]") {
    // Found by fuzz/fuzz_loader: "0-" made the syntax message read one byte past the text. The
    // text here is an exact-size buffer, so AddressSanitizer sees any read past it.
    for (const std::string_view input : {"0-", "[1, -", "{\"a\": 1e"}) {
        const auto buffer = std::make_unique<char[]>(input.size());
        std::copy(input.begin(), input.end(), buffer.get());
        const loading::ParsedJson parsed =
            loading::parse_json(std::string_view(buffer.get(), input.size()));
        REQUIRE(parsed.error.has_value());
        CHECK(parsed.error->offset <= input.size());
        CHECK_FALSE(parsed.error->message.empty());
    }
    CHECK(syntax_error("0-") ==
          "1:3: malformed number at the end of the file: expected digit after '-'");
}

TEST_CASE("the formatter's reader keeps the loader's limits, at the edge and one past it",
          "[hostile][format][limits]") {
    SECTION("nesting: 256 levels read, 257 refused") {
        CHECK(parse_ordered(std::string(256, '[') + std::string(256, ']')).ok());
        const auto refused = parse_ordered(std::string(257, '[') + std::string(257, ']'));
        CHECK_FALSE(refused);
        CHECK(refused.message().find("nesting deeper than 256 levels") != std::string::npos);
    }
    SECTION("values: 500,000 read, 500,001 refused") {
        std::string text = "[0";
        for (int i = 1; i < 499'999; ++i) {
            text += ",0";
        }
        CHECK(parse_ordered(text + "]").ok());
        const auto refused = parse_ordered(text + ",0]");
        CHECK_FALSE(refused);
        CHECK(refused.message().find("more than 500000 values in one file") != std::string::npos);
    }
    SECTION("property names: 1,024 bytes read, 1,025 refused") {
        CHECK(parse_ordered("{\"" + std::string(1024, 'k') + "\": 1}").ok());
        const auto refused = parse_ordered("{\"" + std::string(1025, 'k') + "\": 1}");
        CHECK_FALSE(refused);
        CHECK(refused.message().find("property name of 1025 bytes") != std::string::npos);
    }
    SECTION("file size: what format reads is bounded by the same 16 MiB") {
        TempDir dir;
        const fs::path file = dir.path() / "edge.json";
        write_file(file, "[]");
        fs::resize_file(file, Loader::max_file_bytes);
        const auto at_edge = loading::read_text_file(file, Loader::max_file_bytes, "edge.json");
        REQUIRE(at_edge.ok());
        CHECK(at_edge.value().size() == Loader::max_file_bytes);
        fs::resize_file(file, Loader::max_file_bytes + 1);
        const auto over = loading::read_text_file(file, Loader::max_file_bytes, "edge.json");
        CHECK_FALSE(over);
        CHECK(over.message() ==
              "this file is 16777217 bytes; files over 16777216 bytes are refused");
    }
}
