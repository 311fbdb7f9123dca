// The database file as a user's machine sees it: private modes, WAL, migrations from every
// earlier version, and a newer database refused without a byte changed.

#include "storage_test_support.h"

#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/progressstore.h"

#include <catch2/catch.hpp>

#include <QSqlDatabase>

#include <array>
#include <fcntl.h>
#include <unistd.h>

namespace {

using namespace effleur;
using namespace effleur::storage;
using effleur::test::bytes_of;
using effleur::test::mode_of;
using effleur::test::opened;
using effleur::test::succeeded;
using effleur::test::TempFolder;
using effleur::test::Umask;
using effleur::test::value_of;

const int newest = static_cast<int>(schema_migrations().size());

bool has_object(Database& db, const char* type, const char* name) {
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = ? AND name = ?"));
    q.addBindValue(QString::fromUtf8(type));
    q.addBindValue(QString::fromUtf8(name));
    return q.exec() && q.next() && q.value(0).toInt() == 1;
}

void touch(const std::filesystem::path& file, mode_t mode) {
    const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT, mode);
    REQUIRE(fd >= 0);
    ::close(fd);
    ::chmod(file.c_str(), mode);
}

} // namespace

TEST_CASE("a new database is private to its owner even with a permissive umask", "[storage]") {
    TempFolder tmp;
    const Umask open_umask(0);
    const auto file = tmp.file("new/folder/effleur.sqlite");
    std::string error;
    auto db = opened(Database::open(file, schema_migrations()), error);
    REQUIRE(db);
    CHECK(error.empty());
    CHECK(mode_of(file) == 0600);
    CHECK(mode_of(file.parent_path()) == 0700);
    CHECK(mode_of(file.parent_path().parent_path()) == 0700);
    // WAL keeps its side files while the database is open; they are private too.
    CHECK(mode_of(file.string() + "-wal") == 0600);
    CHECK(mode_of(file.string() + "-shm") == 0600);
}

TEST_CASE("an existing database and its side files are made private", "[storage]") {
    TempFolder tmp;
    const auto folder = tmp.file("shared");
    REQUIRE(::mkdir(folder.c_str(), 0755) == 0);
    ::chmod(folder.c_str(), 0755);
    const auto file = folder / "effleur.sqlite";
    touch(file, 0644);
    touch(file.string() + "-wal", 0644);
    std::string error;
    auto db = opened(Database::open(file, schema_migrations()), error);
    REQUIRE(db);
    CHECK(mode_of(file) == 0600);
    CHECK(mode_of(file.string() + "-wal") == 0600);
    CHECK(mode_of(folder) == 0700); // the database's own folder holds its data: owner-only
}

TEST_CASE("the database runs in WAL mode with foreign keys and full sync", "[storage]") {
    TempFolder tmp;
    std::string error;
    auto db = opened(Database::open(tmp.file("effleur.sqlite"), schema_migrations()), error);
    REQUIRE(db);
    CHECK(value_of(*db, "PRAGMA journal_mode").toString() == "wal");
    CHECK(value_of(*db, "PRAGMA foreign_keys").toInt() == 1);
    CHECK(value_of(*db, "PRAGMA synchronous").toInt() == 2); // FULL
}

TEST_CASE("migrating from an empty file reaches the newest version", "[storage]") {
    TempFolder tmp;
    const auto file = tmp.file("effleur.sqlite");
    touch(file, 0600); // an empty file, as a crash right after creating it would leave
    std::string error;
    auto db = opened(Database::open(file, schema_migrations()), error);
    REQUIRE(db);
    CHECK(db->schema_version() == newest);
    CHECK(value_of(*db, "PRAGMA user_version").toInt() == newest);
    CHECK(has_object(*db, "table", "attempts"));
    CHECK(has_object(*db, "table", "attempt_missed"));
    CHECK(has_object(*db, "index", "attempts_by_protocol"));
}

TEST_CASE("migrating from every earlier version keeps the data", "[storage]") {
    for (int from = 1; from < newest; ++from) {
        INFO("from version " << from);
        TempFolder tmp;
        const auto file = tmp.file("effleur.sqlite");
        std::string error;
        {
            auto old = opened(
                Database::open(file, schema_migrations().first(static_cast<std::size_t>(from))),
                error);
            REQUIRE(old);
            CHECK(old->schema_version() == from);
            // Each version has the objects of its migrations and none of the later ones.
            CHECK(has_object(*old, "index", "attempts_by_protocol") == (from >= 2));
            CHECK(has_object(*old, "table", "clients") == (from >= 3));
            CHECK(has_object(*old, "table", "session_state") == (from >= 4));
            REQUIRE(succeeded(
                old->exec("INSERT INTO attempts (protocol, kind, stage, seed, score, "
                          "questions, at_ms, took_ms) VALUES ('classic-back', 'order', NULL, "
                          "7, 0.75, 28, 1700000000000, 61000)"),
                error));
            REQUIRE(succeeded(
                old->exec("INSERT INTO attempt_missed VALUES (1, 0, 'rubbing-spine')"), error));
        }
        auto store = opened(ProgressStore::open(file), error);
        REQUIRE(store);
        CHECK(store->schema_version() == newest);
        const auto attempts = store->attempts("classic-back");
        REQUIRE(attempts.size() == 1);
        CHECK(attempts[0].score == Approx(0.75));
        CHECK(attempts[0].missed == std::vector<std::string>{"rubbing-spine"});
    }
}

TEST_CASE("all migrations run in one transaction: a failure leaves the old version", "[storage]") {
    TempFolder tmp;
    const auto file = tmp.file("effleur.sqlite");
    static constexpr std::array broken{std::string_view{"CREATE TABLE t (x INTEGER)"},
                                       std::string_view{"THIS IS NOT SQL"}};
    const std::array migrations{schema_migrations()[0], Migration{"broken", broken}};
    std::string error;
    CHECK_FALSE(opened(Database::open(file, migrations), error));
    CHECK(error.find("migration 2 (broken)") != std::string::npos);

    auto db = opened(Database::open(file, schema_migrations().first(0)), error);
    REQUIRE(db);
    CHECK(value_of(*db, "PRAGMA user_version").toInt() == 0);
    CHECK_FALSE(has_object(*db, "table", "attempts"));
    CHECK_FALSE(has_object(*db, "table", "t"));
}

TEST_CASE("a newer database is refused and left byte for byte untouched", "[storage]") {
    TempFolder tmp;
    const auto file = tmp.file("effleur.sqlite");
    std::string error;
    {
        auto db = opened(Database::open(file, schema_migrations()), error);
        REQUIRE(db);
        REQUIRE(succeeded(db->exec("PRAGMA user_version = 7"), error));
    }
    const std::string before = bytes_of(file);
    REQUIRE_FALSE(before.empty());

    auto store = opened(ProgressStore::open(file), error);
    CHECK_FALSE(store);
    CHECK(error.find("is version 7; this Effleur knows up to " + std::to_string(newest)) !=
          std::string::npos);
    CHECK(bytes_of(file) == before);
}

TEST_CASE("a file that is not a database gives a clear error", "[storage]") {
    TempFolder tmp;
    const auto file = tmp.file("notes.sqlite");
    {
        std::ofstream out(file);
        out << "these are not the tables you are looking for, padded to a page or so. "
               "SQLite reads the first hundred bytes as its header and finds no magic string.";
    }
    std::string error;
    CHECK_FALSE(opened(ProgressStore::open(file), error));
    CHECK(error.find("not a database") != std::string::npos);
    CHECK(QSqlDatabase::connectionNames().isEmpty()); // a failed open leaves no connection behind
}

TEST_CASE("each database has its own connection, removed when it closes", "[storage]") {
    TempFolder tmp;
    const auto file = tmp.file("effleur.sqlite");
    std::string error;
    {
        auto a = opened(ProgressStore::open(file), error);
        auto b = opened(ProgressStore::open(file), error);
        REQUIRE(a);
        REQUIRE(b);
        CHECK(QSqlDatabase::connectionNames().size() == 2);
    }
    CHECK(QSqlDatabase::connectionNames().isEmpty());
}
