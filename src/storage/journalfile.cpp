// Backup and restore of the journal through SQLite's online backup API: the live connection's
// sqlite3 handle (from Qt's SQLite driver, which uses the system's libsqlite3) is copied page by
// page to or from another file. This is the SQLite-specific part of the journal; see
// journalstore.h.

#include "storage/backupcheck.h"
#include "storage/database.h"
#include "storage/journalstore.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace effleur::storage {

namespace {

sqlite3* handle_of(QSqlDatabase& db) {
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}

// Copies the whole of `from` into `to` (both "main"). Returns SQLITE_OK or the error.
int copy_database(sqlite3* to, sqlite3* from) {
    sqlite3_backup* b = sqlite3_backup_init(to, "main", from, "main");
    if (b == nullptr)
        return sqlite3_errcode(to);
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(b, 256);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(20);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    const int finished = sqlite3_backup_finish(b);
    return rc == SQLITE_DONE ? finished : rc;
}

struct Connection {
    sqlite3* db = nullptr;
    ~Connection() { sqlite3_close_v2(db); }
};

bool fsync_path(const std::filesystem::path& p) {
    const int fd = ::open(p.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace

Status JournalStore::backup_to(const std::filesystem::path& target) const {
    sqlite3* live = handle_of(db_->connection());
    if (live == nullptr)
        return Diagnostics{problem("the SQLite driver gives no handle for a backup")};
    // Written beside the target under a temporary name, private, then renamed over it: a
    // backup is whole or absent.
    std::filesystem::path temp = target;
    temp += ".partial";
    std::filesystem::remove(temp);
    const int fd = ::open(temp.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return Diagnostics{
            Diagnostic{target.string(), 0, 0, "",
                       std::string("cannot write the backup: ") + std::strerror(errno)}};
    ::fchmod(fd, 0600);
    ::close(fd);
    Connection out;
    int rc = sqlite3_open_v2(temp.c_str(), &out.db, SQLITE_OPEN_READWRITE, nullptr);
    if (rc == SQLITE_OK)
        rc = copy_database(out.db, live);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(out.db, "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr);
    std::string why = rc == SQLITE_OK ? std::string() : sqlite3_errstr(rc);
    sqlite3_close_v2(out.db);
    out.db = nullptr;
    if (rc == SQLITE_OK && !fsync_path(temp))
        why = std::strerror(errno);
    std::error_code ec;
    if (why.empty())
        std::filesystem::rename(temp, target, ec);
    if (!why.empty() || ec) {
        std::filesystem::remove(temp, ec);
        return Diagnostics{
            Diagnostic{target.string(), 0, 0, "",
                       "cannot write the backup: " + (why.empty() ? ec.message() : why)}};
    }
    fsync_path(target.parent_path().empty() ? std::filesystem::path(".") : target.parent_path());
    return Done{};
}

Status JournalStore::restore_from(const std::filesystem::path& source) {
    const auto known = static_cast<int>(schema_migrations().size());
    Connection in;
    if (sqlite3_open_v2(source.c_str(), &in.db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return about_file(source.string(),
                          "cannot open the backup: " + std::string(sqlite3_errmsg(in.db)));
    if (const Status usable = check_journal_backup(in.db, known); !usable)
        return about_file(source.string(), "the backup was not restored: " + usable.message());

    // What is replaced is kept first, beside the journal.
    std::filesystem::path keep = db_->file();
    keep += ".before-restore";
    if (Status kept = backup_to(keep); !kept)
        return kept;

    sqlite3* live = handle_of(db_->connection());
    if (live == nullptr)
        return Diagnostics{problem("the SQLite driver gives no handle for a restore")};
    if (const int rc = copy_database(live, in.db); rc != SQLITE_OK)
        return Diagnostics{problem("the backup could not be restored (" +
                                   std::string(sqlite3_errstr(rc)) +
                                   "); the journal as it was "
                                   "is kept in " +
                                   keep.string())};
    // Reopen, so that an older backup is migrated to this version.
    const std::filesystem::path file = db_->file();
    db_.reset();
    auto reopened = Database::open(file, schema_migrations());
    if (!reopened)
        return reopened.errors();
    db_ = std::move(reopened.value());
    return Done{};
}

} // namespace effleur::storage
