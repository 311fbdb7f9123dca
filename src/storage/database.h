#pragma once
// A SQLite database file opened through QtSql, the generic part of Effleur's storage: opening
// with safe settings, numbered migrations, and a transaction helper. Stores (ProgressStore, the
// session journal) build on it.
//
// Opening: the folder is created if missing (0700) and made owner-only, the file is created by us
// with mode 0600 before SQLite sees it (an existing file, and its -wal and -shm files, lose any
// group and other permissions), and the version is read before anything is written, so a
// database newer than this build knows is refused and left byte-for-byte untouched. A symbolic
// link, a read-only file and another user's file are refused as they are; a damaged file (SQLite's
// quick check) is refused untouched, and logged. Then WAL journal mode, foreign keys on,
// synchronous FULL, a busy timeout, and the missing migrations in one IMMEDIATE transaction.
//
// Each Database owns one uniquely named QSqlDatabase connection, removed in the destructor; use
// it from the thread that opened it. Errors are returned as text and never thrown.

#include "migrations.h"

#include <QSqlDatabase>

#include <filesystem>
#include <functional>
#include <memory>
#include <span>
#include <string>

class QSqlQuery;

namespace effleur::storage {

class Database {
public:
    static std::unique_ptr<Database> open(const std::filesystem::path& file,
                                          std::span<const Migration> migrations,
                                          std::string& error);
    // Moves `file`, with its -wal and -shm files, aside to a new name beside it that takes no
    // existing file's place ("effleur.kept-1.sqlite", then -2, ...), so a damaged or unreadable
    // database is kept exactly as it was while a new one starts in its place. Returns the name
    // it was given, or an empty path and `error`.
    static std::filesystem::path set_aside(const std::filesystem::path& file, std::string& error);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    [[nodiscard]] int schema_version() const { return version_; }
    [[nodiscard]] const std::filesystem::path& file() const { return file_; }
    [[nodiscard]] QSqlDatabase& connection() { return db_; }

    // Runs `work` inside BEGIN IMMEDIATE ... COMMIT. If `work` returns false (having set
    // `error`), or the commit fails, everything is rolled back and false is returned.
    bool transaction(const std::function<bool(std::string& error)>& work, std::string& error);

    // Runs one statement; on failure fills `error` with `what` and the driver's message.
    static bool exec(QSqlQuery& query, std::string_view what, std::string& error);
    bool exec(std::string_view sql, std::string& error);

private:
    Database(std::filesystem::path file, QString connection_name);
    bool migrate(std::span<const Migration> migrations, std::string& error);
    // -wal and -shm are created by SQLite with the main file's mode; this makes sure of it.
    void restrict_side_files() const;

    std::filesystem::path file_;
    QString name_;
    QSqlDatabase db_;
    int version_ = 0;
};

} // namespace effleur::storage
