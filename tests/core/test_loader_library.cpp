// Folders of protocols and the catalogues they refer to.
#include "test_loader_support.h"

using namespace effleur;
using namespace effleur::test;
namespace fs = std::filesystem;

namespace {

std::string protocol_with_id(std::string_view id) {
    std::string text = read_file(data_dir / "protocols" / "full.json");
    std::string quoted_id = "\"";
    quoted_id.append(id).append("\"");
    text.replace(text.find("\"full-fixture\""), 14, quoted_id);
    return text;
}

const LibraryEntry* entry_named(const std::vector<LibraryEntry>& entries, std::string_view name) {
    for (const auto& e : entries) {
        if (e.file.filename() == name) {
            return &e;
        }
    }
    return nullptr;
}

Diagnostics catalog_errors(const fs::path& catalog) {
    auto created = Loader::create(protocols_dir / "schema", catalog);
    REQUIRE_FALSE(created.ok());
    REQUIRE_FALSE(created.errors().empty());
    return created.errors();
}

} // namespace

TEST_CASE("scan_library: every *.json directly in each folder, by name", "[loader][library]") {
    TempDir root;
    const fs::path bundled = root.path() / "bundled";
    const fs::path user = root.path() / "user";
    fs::create_directories(bundled / "schema");
    fs::create_directories(bundled / "catalog");
    fs::create_directories(user);
    write_file(bundled / "b-second.json", protocol_with_id("second"));
    write_file(bundled / "a-first.json", protocol_with_id("first"));
    write_file(bundled / "c-broken.json", "{\"format_version\": 1,");
    write_file(bundled / "notes.txt", "not a protocol");
    write_file(bundled / "schema" / "hidden.json", protocol_with_id("hidden"));
    write_file(bundled / "catalog" / "hidden.json", protocol_with_id("hidden-too"));
    write_file(user / "mine.json", protocol_with_id("mine"));
    write_file(user / "again.json", protocol_with_id("first"));
    // A link out of the folder is refused, even to a good protocol; one inside is fine.
    const fs::path outside = root.path() / "outside.json";
    write_file(outside, protocol_with_id("outside"));
    fs::create_symlink(outside, user / "escape.json");
    fs::create_symlink("../user/mine.json", user / "z-dotdot.json");
    fs::create_symlink("mine.json", user / "z-alias.json");

    const auto entries = scan_library(fixture_loader(), {bundled, user, root.path() / "missing"});
    std::vector<std::string> names;
    for (const auto& e : entries) {
        names.push_back(e.file.filename().string());
    }
    CHECK(names == std::vector<std::string>{"a-first.json", "b-second.json", "c-broken.json",
                                            "again.json", "escape.json", "mine.json",
                                            "z-alias.json", "z-dotdot.json"});

    const LibraryEntry* first = entry_named(entries, "a-first.json");
    REQUIRE(first->protocol != nullptr);
    CHECK(first->protocol->id == "first");
    CHECK(first->bundled);
    CHECK(first->errors.empty());
    CHECK(entry_named(entries, "b-second.json")->protocol != nullptr);

    // A broken file is an entry with its errors; it hides nothing.
    const LibraryEntry* broken = entry_named(entries, "c-broken.json");
    CHECK(broken->protocol == nullptr);
    REQUIRE(broken->errors.size() == 1);
    CHECK(broken->errors[0].line == 1);
    CHECK(broken->errors[0].message ==
          "expected a property name in double quotes; found the end of the file");

    const LibraryEntry* mine = entry_named(entries, "mine.json");
    REQUIRE(mine->protocol != nullptr);
    CHECK_FALSE(mine->bundled);

    // The same id in a later file is an error on that later file, at its "id".
    const LibraryEntry* again = entry_named(entries, "again.json");
    CHECK(again->protocol == nullptr);
    REQUIRE(again->errors.size() == 1);
    CHECK(again->errors[0].pointer == "/id");
    CHECK(again->errors[0].line == 4);
    CHECK(again->errors[0].column == 9);
    CHECK(again->errors[0].message ==
          "duplicate protocol id \"first\", also in " + (bundled / "a-first.json").string());

    const LibraryEntry* escape = entry_named(entries, "escape.json");
    CHECK(escape->protocol == nullptr);
    REQUIRE(escape->errors.size() == 1);
    CHECK(escape->errors[0].message == "refused: this link points outside its folder");
    // Links that stay in the folder are read (so their protocol's id is a duplicate here).
    for (const char* link : {"z-alias.json", "z-dotdot.json"}) {
        const LibraryEntry* e = entry_named(entries, link);
        REQUIRE(e->errors.size() == 1);
        CHECK(e->errors[0].message ==
              "duplicate protocol id \"mine\", also in " + (user / "mine.json").string());
    }
}

TEST_CASE("scan_library: nothing to scan", "[loader][library]") {
    TempDir root;
    CHECK(scan_library(fixture_loader(), {}).empty());
    CHECK(scan_library(fixture_loader(), {root.path() / "none", root.path()}).empty());
    write_file(root.path() / "file.json", "{}");
    // A file given as a folder is not a folder.
    CHECK(scan_library(fixture_loader(), {root.path() / "file.json"}).empty());
}

TEST_CASE("Loader::create reports missing or broken schemas and catalogues", "[loader][library]") {
    TempDir root;
    SECTION("no schemas") {
        auto created = Loader::create(root.path());
        REQUIRE_FALSE(created.ok());
        CHECK(created.errors().size() == 4 + 0); // the four schema files; catalogues wait
        CHECK(created.errors()[0].file ==
              (root.path() / "schema" / "protocol.schema.json").string());
        CHECK(created.errors()[0].message.starts_with("cannot open this file"));
    }
    SECTION("no catalogue files") {
        const Diagnostics errors = catalog_errors(root.path());
        REQUIRE(errors.size() == 2);
        CHECK(errors[0].file == (root.path() / "sources.json").string());
        CHECK(errors[1].file == (root.path() / "contraindications.json").string());
    }
    SECTION("a catalogue that breaks its schema") {
        copy_fixture_catalog(root.path() / "catalog");
        write_file(root.path() / "catalog" / "sources.json",
                   R"({"format_version": 1, "sources": [{"id": "s1"}]})");
        const Diagnostics errors = catalog_errors(root.path() / "catalog");
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].pointer == "/sources/0");
        CHECK(errors[0].column == 35);
        CHECK(errors[0].message == "missing required property \"title\"");
    }
}

TEST_CASE("catalogue checks", "[loader][library]") {
    TempDir root;
    const fs::path catalog = root.path() / "catalog";
    copy_fixture_catalog(catalog);
    const std::string head = R"({"format_version": 1, "id": "fx-extra", "title": "Extra",
 "landmarks": [{"id": "a", "name": "A", "bilateral": true}, {"id": "b", "name": "B"}],
)";
    SECTION("a line from an unknown landmark") {
        write_file(
            catalog / "diagrams" / "fx-extra.json",
            head + R"( "lines": [{"id": "a-to-c", "name": "A to C", "from": "a", "to": "bb"}]})");
        const Diagnostics errors = catalog_errors(catalog);
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].file == (catalog / "diagrams" / "fx-extra.json").string());
        CHECK(errors[0].pointer == "/lines/0/to");
        CHECK(errors[0].line == 3);
        CHECK(errors[0].column == 66);
        CHECK(errors[0].message == "unknown landmark \"bb\" in diagram \"fx-extra\"");
    }
    SECTION("via points and regions name landmarks too") {
        write_file(
            catalog / "diagrams" / "fx-extra.json",
            head +
                R"( "lines": [{"id": "a-to-b", "name": "A to B", "from": "a", "via": ["x"], "to": "b"}],
 "regions": {"top": ["a", "y"]}})");
        const Diagnostics errors = catalog_errors(catalog);
        REQUIRE(errors.size() == 2);
        CHECK(errors[0].pointer == "/lines/0/via/0");
        CHECK(errors[1].pointer == "/regions/top/1");
        CHECK(errors[1].message == "unknown landmark \"y\" in diagram \"fx-extra\"");
    }
    SECTION("line ids are unique across all diagrams") {
        write_file(catalog / "diagrams" / "fx-extra.json",
                   head + R"( "lines": [{"id": "a-to-b", "name": "A to B", "from": "a", "to": "b"},
           {"id": "spine-down", "name": "Again", "from": "b", "to": "a"}]})");
        const Diagnostics errors = catalog_errors(catalog);
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].pointer == "/lines/1/id");
        CHECK(errors[0].line == 4);
        CHECK(errors[0].column == 19);
        CHECK(errors[0].message == "line id \"spine-down\" is also used in diagram \"fx-back\" (" +
                                       (catalog / "diagrams" / "fx-back.json").string() +
                                       "); line ids must be unique across diagrams");
    }
    SECTION("ids unique within a diagram, and diagram ids across files") {
        write_file(catalog / "diagrams" / "fx-zz.json",
                   R"({"format_version": 1, "id": "fx-face", "title": "Again",
 "landmarks": [{"id": "a", "name": "A"}, {"id": "a", "name": "A again"}],
 "lines": [{"id": "l", "name": "L", "from": "a", "to": "a"}, {"id": "l", "name": "L", "from": "a", "to": "a"}]})");
        const Diagnostics errors = catalog_errors(catalog);
        REQUIRE(errors.size() == 3);
        CHECK(errors[0].message == "duplicate diagram id \"fx-face\", also in " +
                                       (catalog / "diagrams" / "fx-face.json").string());
        CHECK(errors[1].pointer == "/landmarks/1/id");
        CHECK(errors[1].message == "duplicate landmark id \"a\"");
        CHECK(errors[2].pointer == "/lines/1/id");
    }
    SECTION("contraindication and source ids are unique") {
        write_file(
            catalog / "contraindications.json",
            R"({"format_version": 1, "items": [{"id": "x", "text": "X"}, {"id": "x", "text": "Y"}]})");
        write_file(
            catalog / "sources.json",
            R"({"format_version": 1, "sources": [{"id": "1", "title": "X"}, {"id": "1", "title": "Y"}]})");
        const Diagnostics errors = catalog_errors(catalog);
        REQUIRE(errors.size() == 2);
        CHECK(errors[0].message == "duplicate source id \"1\"");
        CHECK(errors[1].message == "duplicate contraindication id \"x\"");
        CHECK(errors[1].pointer == "/items/1/id");
    }
    SECTION("a diagram link out of the catalogue is refused") {
        write_file(root.path() / "elsewhere.json", head + R"( "lines": []})");
        fs::create_symlink(root.path() / "elsewhere.json", catalog / "diagrams" / "fx-extra.json");
        const Diagnostics errors = catalog_errors(catalog);
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].message == "refused: this link points outside its folder");
    }
}

// Many files are checked on several threads; what comes back is what checking them one by one,
// in folder and name order, gives: the same entries, in that order, the same errors, and a
// duplicate id reported on the later file.
TEST_CASE("scan_library: many files, the same entries in the same order as one by one",
          "[loader][library]") {
    TempDir root;
    const fs::path bundled = root.path() / "bundled";
    const fs::path user = root.path() / "user";
    fs::create_directories(bundled);
    fs::create_directories(user);
    constexpr int count = 120;
    for (int i = 0; i < count; ++i) {
        const std::string n = (i < 10 ? "00" : i < 100 ? "0" : "") + std::to_string(i);
        const fs::path folder = i < count / 2 ? bundled : user;
        if (i % 9 == 4) {
            write_file(folder / ("p" + n + ".json"), "{\"format_version\": " + n + ",");
        } else {
            write_file(folder / ("p" + n + ".json"), protocol_with_id("p" + n));
        }
    }
    // The user's file with a bundled file's id, and another with an id of its own folder.
    write_file(user / "zz-again.json", protocol_with_id("p001"));
    write_file(user / "zz-twice.json", protocol_with_id("p100"));

    const auto entries = scan_library(fixture_loader(), {bundled, user});
    REQUIRE(entries.size() == count + 2);
    for (int i = 0; i < count; ++i) {
        const LibraryEntry& e = entries[static_cast<std::size_t>(i)];
        const std::string n = (i < 10 ? "00" : i < 100 ? "0" : "") + std::to_string(i);
        INFO(e.file.string());
        CHECK(e.file.filename() == "p" + n + ".json");
        CHECK(e.bundled == (i < count / 2));
        const auto alone = fixture_loader().check_file(e.file);
        if (i % 9 == 4) {
            REQUIRE_FALSE(alone.protocol.ok());
            CHECK(e.protocol == nullptr);
            CHECK(all(e.errors) == all(alone.protocol.errors()));
        } else {
            REQUIRE(alone.protocol.ok());
            REQUIRE(e.protocol != nullptr);
            CHECK(e.protocol->id == "p" + n);
            CHECK(e.errors.empty());
            CHECK(all(e.warnings) == all(alone.warnings));
        }
    }
    const LibraryEntry& again = entries[count];
    CHECK(again.file.filename() == "zz-again.json");
    CHECK(again.protocol == nullptr);
    REQUIRE(again.errors.size() == 1);
    CHECK(again.errors[0].message ==
          "duplicate protocol id \"p001\", also in " + (bundled / "p001.json").string());
    const LibraryEntry& twice = entries[count + 1];
    CHECK(twice.protocol == nullptr);
    REQUIRE(twice.errors.size() == 1);
    CHECK(twice.errors[0].message ==
          "duplicate protocol id \"p100\", also in " + (user / "p100.json").string());

    // check_folder gives the same entries for one folder, without the duplicate check.
    const auto folder = check_folder(fixture_loader(), user);
    REQUIRE(folder.size() == count / 2 + 2);
    CHECK(folder[0].file.filename() == "p060.json");
    CHECK(folder.back().file.filename() == "zz-twice.json");
    CHECK(folder.back().protocol != nullptr);
}

TEST_CASE("find_in_library: the protocol the scan would give, without loading the others",
          "[loader][library]") {
    TempDir root;
    const fs::path first = root.path() / "first";
    const fs::path second = root.path() / "second";
    fs::create_directories(first);
    fs::create_directories(second);
    // Broken, though its top-level id is "wanted": a later file with that id is the one.
    write_file(first / "a-broken.json",
               R"({"format_version": 1, "id": "wanted", "title": {"en": "No stages"}})");
    // A syntax error before any id.
    write_file(first / "b-syntax.json", "{\"format_version\": 1 \"id\": \"wanted\"}");
    // "wanted" only as a stage's id; its own id comes last and is another.
    std::string nested = protocol_with_id("other");
    const std::string own_id = "\"id\": \"other\",";
    const std::string stage_id = "\"id\": \"face\"";
    nested.erase(nested.find(own_id), own_id.size());
    nested.replace(nested.find(stage_id), stage_id.size(), "\"id\": \"wanted\"");
    nested.insert(nested.rfind('}'), ", \"id\": \"other\"");
    write_file(first / "c-nested.json", nested);
    write_file(first / "d-wanted.json", protocol_with_id("wanted"));
    write_file(first / "e-again.json", protocol_with_id("wanted"));
    write_file(second / "mine.json", protocol_with_id("mine"));
    write_file(second / "wanted.json", protocol_with_id("wanted"));
    const std::vector<fs::path> folders{first, second};

    // As the format says: the first file, in folder and name order, that loads with the id.
    const auto wanted = find_in_library(fixture_loader(), folders, "wanted");
    REQUIRE(wanted);
    CHECK(wanted->file.filename() == "d-wanted.json");
    REQUIRE(wanted->protocol);
    CHECK(wanted->protocol->id == "wanted");
    CHECK(wanted->bundled);

    const auto mine = find_in_library(fixture_loader(), folders, "mine");
    REQUIRE(mine);
    CHECK(mine->file == second / "mine.json");
    CHECK_FALSE(mine->bundled);

    // The nested file loads, under its own id.
    const auto other = find_in_library(fixture_loader(), folders, "other");
    REQUIRE(other);
    CHECK(other->file.filename() == "c-nested.json");

    CHECK_FALSE(find_in_library(fixture_loader(), folders, "face"));
    CHECK_FALSE(find_in_library(fixture_loader(), folders, "nowhere"));
    CHECK_FALSE(find_in_library(fixture_loader(), {}, "wanted"));

    // The scan agrees on every loaded protocol.
    for (const LibraryEntry& e : scan_library(fixture_loader(), folders)) {
        if (!e.protocol)
            continue;
        const auto found = find_in_library(fixture_loader(), folders, e.protocol->id);
        REQUIRE(found);
        CHECK(found->file == e.file);
    }
}
