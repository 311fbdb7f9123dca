// Faults a user's machine can have: a permissive umask, a read-only or foreign database, a link
// where the database should be, a damaged page, a backup crafted to hurt, a full disk. Each is a
// clear sentence, the file is left as it was, and nothing private is created readable by others.

#include "../core/engine_test_support.h"
#include "../support/smalldisk.h"
#include "core/stepengine.h"
#include "storage/journalrecorder.h"
#include "storage/journalstore.h"
#include "storage/migrations.h"
#include "storage/progressstore.h"
#include "storage_test_support.h"

#include <catch2/catch.hpp>

#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include <fstream>
#include <memory>
#include <sstream>

#include <fcntl.h>
#include <unistd.h>

using namespace effleur;
using namespace effleur::storage;
using effleur::test::opened;
using effleur::test::succeeded;
using namespace std::chrono_literals;
using effleur::test::bytes_of;
using effleur::test::mode_of;
using effleur::test::TempFolder;
using effleur::test::Umask;

namespace {

// Everything logged while it lives.
class CapturedLog {
public:
    CapturedLog() : previous_(spdlog::default_logger()) {
        auto logger = std::make_shared<spdlog::logger>(
            "captured", std::make_shared<spdlog::sinks::ostream_sink_mt>(text_));
        logger->set_level(spdlog::level::trace);
        spdlog::set_default_logger(logger);
    }
    ~CapturedLog() { spdlog::set_default_logger(previous_); }
    CapturedLog(const CapturedLog&) = delete;
    CapturedLog& operator=(const CapturedLog&) = delete;
    [[nodiscard]] std::string text() const { return text_.str(); }

private:
    std::ostringstream text_;
    std::shared_ptr<spdlog::logger> previous_;
};

void write_bytes(const std::filesystem::path& file, const std::string& bytes) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << bytes;
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

WallTime wall(std::int64_t ms) {
    return WallTime(std::chrono::duration_cast<WallTime::duration>(std::chrono::milliseconds(ms)));
}

} // namespace

TEST_CASE("under umask 000 the database's folders, file and side files are owner-only",
          "[storage][faults][private]") {
    TempFolder tmp;
    const Umask open_umask(0);
    SECTION("a folder someone else made first, open to all, is made the user's alone") {
        // As "Duplicate to my protocols" did before: the data folder came first, 0777.
        const auto folder = tmp.file("share/effleur");
        std::filesystem::create_directories(folder);
        ::chmod(folder.c_str(), 0777);
        std::string error;
        auto db = opened(Database::open(folder / "effleur.sqlite", schema_migrations()), error);
        REQUIRE(db);
        CHECK(mode_of(folder) == 0700);
        CHECK(mode_of(folder / "effleur.sqlite") == 0600);
        CHECK(mode_of(folder.string() + "/effleur.sqlite-wal") == 0600);
        CHECK(mode_of(folder.string() + "/effleur.sqlite-shm") == 0600);
    }
    SECTION("a backup and a kept copy of a journal are owner-only") {
        auto store = JournalStore::open(tmp.file("j/effleur.sqlite"));
        REQUIRE(store.ok());
        REQUIRE(store.value()->backup_to(tmp.file("backup.sqlite")).ok());
        CHECK(mode_of(tmp.file("backup.sqlite")) == 0600);
    }
}

TEST_CASE("a read-only database is refused and stays read-only, even for root",
          "[storage][faults]") {
    TempFolder tmp;
    const auto file = tmp.file("effleur.sqlite");
    std::string error;
    REQUIRE(opened(Database::open(file, schema_migrations()), error));
    ::chmod(file.c_str(), 0444);
    const std::string before = bytes_of(file);
    CHECK_FALSE(opened(Database::open(file, schema_migrations()), error));
    CHECK(contains(error, "it is read-only, so Effleur leaves it as it is"));
    CHECK(mode_of(file) == 0444); // root could write it; it was made 0600 before
    CHECK(bytes_of(file) == before);
}

TEST_CASE("another user's database is refused untouched", "[storage][faults]") {
    if (::geteuid() != 0) {
        WARN("skipped: giving a file to another user needs root; CI runs this as root");
        return;
    }
    TempFolder tmp;
    const auto file = tmp.file("effleur.sqlite");
    std::string error;
    REQUIRE(opened(Database::open(file, schema_migrations()), error));
    REQUIRE(::chown(file.c_str(), 4242, 4242) == 0);
    ::chmod(file.c_str(), 0644);
    const std::string before = bytes_of(file);
    CHECK_FALSE(opened(Database::open(file, schema_migrations()), error));
    CHECK(contains(error, "it belongs to another user, so Effleur leaves it as it is"));
    CHECK(mode_of(file) == 0644);
    CHECK(bytes_of(file) == before);
}

TEST_CASE("a link where the database should be is named as a link", "[storage][faults]") {
    TempFolder tmp;
    const auto real = tmp.file("elsewhere.sqlite");
    std::string error;
    REQUIRE(opened(Database::open(real, schema_migrations()), error));
    const auto link = tmp.file("effleur.sqlite");
    std::filesystem::create_symlink(real, link);
    CHECK_FALSE(opened(Database::open(link, schema_migrations()), error));
    CHECK(contains(error, "it is a symbolic link"));
    CHECK_FALSE(contains(error, "Too many levels"));
    // A link as a folder on the way is the user's choice, and is followed.
    std::filesystem::create_directory(tmp.file("real-folder"));
    std::filesystem::create_directory_symlink(tmp.file("real-folder"), tmp.file("linked"));
    CHECK(opened(Database::open(tmp.file("linked/effleur.sqlite"), schema_migrations()), error));
}

namespace {

// A database whose last page, a leaf of a table beyond the schema's, is overwritten with garbage:
// damage that only reading the whole file finds. Returns the damaged bytes.
std::string damage_last_page(const std::filesystem::path& file) {
    std::string error;
    {
        auto store = opened(ProgressStore::open(file), error);
        REQUIRE(store);
        auto db = opened(Database::open(file, schema_migrations()), error);
        REQUIRE(db);
        // Enough rows for pages beyond the schema's, then everything back into the main file.
        REQUIRE(succeeded(db->exec("CREATE TABLE filler(x TEXT)"), error));
        for (int i = 0; i < 50; ++i) {
            REQUIRE(succeeded(db->exec("INSERT INTO filler VALUES (hex(randomblob(200)))"), error));
        }
        REQUIRE(succeeded(db->exec("PRAGMA wal_checkpoint(TRUNCATE)"), error));
    }
    std::string bytes = bytes_of(file);
    REQUIRE(bytes.size() >= 4 * 4096);
    std::fill(bytes.end() - 4096, bytes.end() - 16, '\xA5');
    write_bytes(file, bytes);
    return bytes;
}

} // namespace

TEST_CASE("a damaged page is reported before anything is written, logged, and the file left as "
          "it was",
          "[storage][faults]") {
    TempFolder tmp;
    const auto file = tmp.file("effleur.sqlite");
    const std::string bytes = damage_last_page(file);

    const CapturedLog log;
    // Opening reads the header and the schema only; the whole file is checked beside it.
    auto db = Database::open(file, schema_migrations());
    REQUIRE(db);
    const Status checked = db.value()->damage_check();
    REQUIRE_FALSE(checked);
    CHECK(contains(checked.message(), "is damaged ("));
    CHECK(contains(checked.message(), "It was left untouched"));
    CHECK(checked.errors().front().file == file.string()); // the place is data
    // A write is refused with the same words, and writes nothing.
    const Status written = db.value()->transaction(
        [&] { return db.value()->exec("INSERT INTO attempts (protocol) VALUES ('x')"); });
    REQUIRE_FALSE(written);
    CHECK(contains(written.message(), "is damaged ("));
    CHECK(contains(log.text(), "is damaged"));
    db.value().reset();
    CHECK(bytes_of(file) == bytes);

    // A store refuses the same way: a quiz attempt is not recorded into the damaged file.
    auto store = ProgressStore::open(file);
    REQUIRE(store);
    quiz::Attempt attempt;
    attempt.protocol = "classic-back";
    attempt.score = 0.5;
    const Status recorded = store.value()->record(attempt);
    CHECK_FALSE(recorded);
    CHECK(contains(recorded.message(), "is damaged ("));
    store.value().reset();
    CHECK(bytes_of(file) == bytes);
}

TEST_CASE("a damaged journal opens without a write, and refuses the first one",
          "[storage][faults][journal]") {
    TempFolder tmp;
    const auto file = tmp.file("effleur.sqlite");
    const std::string bytes = damage_last_page(file);
    const CapturedLog log;
    auto journal = JournalStore::open(file);
    REQUIRE(journal);
    // What the app does after opening: no session was left running, so nothing is written.
    const auto closed = journal.value()->close_interrupted(wall(1772442000000));
    REQUIRE(closed);
    CHECK(closed.value().empty());
    // The first write (a new client) waits for the check, and is refused with the damage.
    const auto added = journal.value()->add_client(Client{.name = "Anna K."}, wall(1772442000000));
    REQUIRE_FALSE(added);
    CHECK(contains(added.message(), "is damaged ("));
    CHECK(added.errors().front().file == file.string());
    CHECK_FALSE(contains(log.text(), "Anna")); // no health data in the log
    journal.value().reset();
    CHECK(bytes_of(file) == bytes);
}

TEST_CASE("a file whose first page is not SQLite's is refused at opening, untouched",
          "[storage][faults]") {
    TempFolder tmp;
    const auto file = tmp.file("effleur.sqlite");
    std::string error;
    REQUIRE(opened(ProgressStore::open(file), error));
    std::string bytes = bytes_of(file);
    std::fill(bytes.begin(), bytes.begin() + 100, '\x5A');
    write_bytes(file, bytes);
    const auto refused = Database::open(file, schema_migrations());
    REQUIRE_FALSE(refused);
    CHECK(contains(refused.message(), "not an Effleur database"));
    CHECK(bytes_of(file) == bytes);
}

TEST_CASE("a sound file passes the damage check, and its writes go through", "[storage][faults]") {
    TempFolder tmp;
    const auto file = tmp.file("effleur.sqlite");
    auto db = Database::open(file, schema_migrations());
    REQUIRE(db);
    CHECK(db.value()->damage_check());
    const Status written = db.value()->transaction([&] {
        return db.value()->exec("INSERT INTO attempts (protocol, kind, seed, score, questions, "
                                "at_ms, took_ms) VALUES ('x', 'order', 1, 0.5, 1, 0, 0)");
    });
    INFO(written.message());
    CHECK(written);
}

TEST_CASE("a damaged database is set aside whole, never over an earlier copy",
          "[storage][faults]") {
    TempFolder tmp;
    const auto file = tmp.file("effleur.sqlite");
    write_bytes(file, "not a database, and damaged");
    write_bytes(file.string() + "-wal", "its log");
    write_bytes(tmp.file("effleur.kept-1.sqlite"), "an earlier kept copy");
    std::string error;
    const auto aside = Database::set_aside(file);
    INFO(aside.message());
    REQUIRE(aside);
    const std::filesystem::path kept = aside.value();
    CHECK(kept == tmp.file("effleur.kept-2.sqlite"));
    CHECK(bytes_of(kept) == "not a database, and damaged");
    CHECK(bytes_of(kept.string() + "-wal") == "its log");
    CHECK(bytes_of(tmp.file("effleur.kept-1.sqlite")) == "an earlier kept copy");
    CHECK_FALSE(std::filesystem::exists(file));
    CHECK_FALSE(std::filesystem::exists(file.string() + "-wal"));
    // A new database starts in its place.
    CHECK(opened(Database::open(file, schema_migrations()), error));
}

TEST_CASE("a backup whose schema holds control bytes is refused in printable words",
          "[storage][faults]") {
    // Found by fuzz/fuzz_backup: SQLite's message quoted an ESC from the file's schema.
    TempFolder tmp;
    auto store = JournalStore::open(tmp.file("effleur.sqlite"));
    REQUIRE(store.ok());
    const auto refused =
        store.value()->restore_from(EFFLEUR_STORAGE_DATA "/backup-control-byte.sqlite");
    REQUIRE_FALSE(refused.ok());
    const std::string message = refused.errors().front().message;
    CHECK(contains(message, "the backup was not restored: it is not an Effleur database"));
    INFO(message);
    CHECK(contains(message, "unrecognized token: \"\\x1B\""));
    CHECK(std::none_of(message.begin(), message.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x20; }));
}

TEST_CASE("a full disk: the journal says so in words, the session goes on, and its record is "
          "written when there is room again",
          "[storage][faults][full-disk]") {
    test::SmallDisk disk(512 * 1024);
    if (!disk.mounted()) {
        WARN("skipped: " << disk.why_not());
        return;
    }
    auto store = std::move(JournalStore::open(disk.file("effleur.sqlite")).value());
    auto protocol = test::make_protocol({{test::timed_step("a", 10), test::timed_step("b", 10)}});
    FakeClock clock;
    StepEngine engine(protocol);
    SessionStart start;
    start.client = store->add_client(Client{.name = "Anna K."}, wall(1772442000000)).value().id;
    start.protocol_id = protocol->id;
    start.protocol_version = protocol->version;
    start.protocol_title = protocol->title.get();
    start.protocol_hash = sha256_hex("{}");
    start.started = wall(1772442000000);
    auto recorder = std::move(
        JournalRecorder::begin(*store, start, protocol, engine.plan(), clock.now()).value());
    std::vector<std::string> refusals;
    auto subscription = engine.notifier().subscribe([&](const SessionEvent& e) {
        if (auto done = recorder->record(e); !done)
            refusals.push_back(done.errors().front().message);
    });
    const auto run = [&](Duration by) {
        const TimePoint end = clock.now() + by;
        while (clock.now() < end) {
            clock.set(std::min(end, clock.now() + 100ms));
            engine.advance(clock.now());
        }
    };
    REQUIRE(engine.start(clock.now()));

    disk.fill();
    run(12s); // a ends and b starts on a full disk: the engine runs on
    CHECK(engine.cursor().index == 1);
    CHECK(recorder->pending() >= 2);
    REQUIRE_FALSE(refusals.empty());
    CHECK(contains(refusals.front(), "the disk is full"));

    disk.free();
    run(10s); // b ends: what waited is written first, in order
    CHECK(recorder->pending() == 0);
    REQUIRE(recorder->finish(Outcome::Finished, "", clock.now()).ok());
    const auto record = store->session(recorder->session());
    REQUIRE(record);
    std::vector<std::string> started;
    for (const auto& e : record->events)
        if (e.kind == "step-started")
            started.push_back(e.step_id);
    CHECK(started == std::vector<std::string>{"a", "b"});
}
