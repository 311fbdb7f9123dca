#pragma once
// A SQLite database file opened through QtSql, the generic part of Effleur's storage: opening
// with safe settings, numbered migrations, and a transaction helper. Stores (ProgressStore, the
// session journal) build on it.
//
// Opening: the folder is created if missing (0700) and made owner-only, the file is created by us
// with mode 0600 before SQLite sees it (an existing file, and its -wal and -shm files, lose any
// group and other permissions), and the version is read before anything is written, so a
// database newer than this build knows is refused and left byte-for-byte untouched. A symbolic
// link, a read-only file and another user's file are refused as they are. Then WAL journal mode,
// foreign keys on, synchronous FULL, a busy timeout, and the missing migrations in one IMMEDIATE
// transaction.
//
// Damage: opening reads the header and the schema, so a file SQLite does not know, or whose
// schema pages are damaged, is refused at once, untouched. The whole file is then read by SQLite's
// quick check on a second, read-only connection on its own thread (WAL lets it read beside the
// first), so that a large journal (337 MiB for 50,000 sessions: a second of CPU) never holds up
// the thread that opened it. No write waits for less than its verdict: every transaction first
// waits for the check to finish (in practice it has, long before the first write), and on a
// damaged file refuses with the damage, logged, leaving the file as it was. So damage is always
// reported before anything is written to a damaged file, as when the check ran at opening.
//
// Each Database owns one uniquely named QSqlDatabase connection, removed in the destructor; use
// it from the thread that opened it. Errors come back as Results whose Diagnostic names the
// database file (its `file`) and says what went wrong; nothing throws.

#include "migrations.h"

#include "core/diagnostic.h"

#include <QSqlDatabase>

#include <filesystem>
#include <functional>
#include <memory>
#include <span>
#include <string>

class QSqlQuery;

namespace effleur::storage {

class DamageCheck;

class Database {
public:
    static Result<std::unique_ptr<Database>> open(const std::filesystem::path& file,
                                                  std::span<const Migration> migrations);
    // Moves `file`, with its -wal and -shm files, aside to a new name beside it that takes no
    // existing file's place ("effleur.kept-1.sqlite", then -2, ...), so a damaged or unreadable
    // database is kept exactly as it was while a new one starts in its place. Returns the name
    // it was given.
    static Result<std::filesystem::path> set_aside(const std::filesystem::path& file);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    [[nodiscard]] int schema_version() const { return version_; }
    [[nodiscard]] const std::filesystem::path& file() const { return file_; }
    [[nodiscard]] QSqlDatabase& connection() { return db_; }

    // The verdict of the damage check of the whole file, waiting for it if it is still running.
    // Every transaction asks this first.
    [[nodiscard]] Status damage_check();

    // Runs `work` inside BEGIN IMMEDIATE ... COMMIT, once the damage check has passed. If `work`
    // returns an error, or the commit fails, everything is rolled back and the error returned.
    Status transaction(const std::function<Status()>& work);

    // Runs one statement; on failure the error says `what`, with the driver's message.
    Status exec(QSqlQuery& query, std::string_view what) const;
    Status exec(std::string_view sql);

    // A problem with this database, for the stores built on it: the message, about this file.
    [[nodiscard]] Diagnostic problem(std::string message) const;

private:
    Database(std::filesystem::path file, QString connection_name);
    Status migrate(std::span<const Migration> migrations);
    // -wal and -shm are created by SQLite with the main file's mode; this makes sure of it.
    void restrict_side_files() const;

    std::filesystem::path file_;
    QString name_;
    QSqlDatabase db_;
    int version_ = 0;
    std::unique_ptr<DamageCheck> check_;
};

} // namespace effleur::storage
