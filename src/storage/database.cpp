// Opening, protecting and migrating a SQLite file. See database.h.

#include "database.h"

#include "core/privatefiles.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <spdlog/spdlog.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <initializer_list>
#include <string_view>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace effleur::storage {

namespace {

// Joins the parts into one string by appending them in turn. (GCC 12 at -O3 reports a false
// -Wrestrict for `"literal" + std::string`, which inserts at the front of a temporary.)
std::string join(std::initializer_list<std::string_view> parts) {
    std::size_t size = 0;
    for (const std::string_view p : parts)
        size += p.size();
    std::string out;
    out.reserve(size);
    for (const std::string_view p : parts)
        out.append(p);
    return out;
}

std::string quoted(const std::filesystem::path& file) {
    return join({"\"", file.native(), "\""});
}

// What a SQLite error means, in words a user can act on, with SQLite's own text after it.
std::string sqlite_words(const QSqlError& e) {
    const std::string text = e.text().toStdString();
    bool numeric = false;
    const int code = e.nativeErrorCode().toInt(&numeric) & 0xff;
    if (!numeric)
        return text;
    std::string_view words;
    switch (code) {
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        words = "the file is damaged or is not an Effleur database";
        break;
    case 13: // SQLITE_FULL
        words = "the disk is full";
        break;
    case 10: // SQLITE_IOERR
        words = "the disk reported an error while reading or writing";
        break;
    case 8: // SQLITE_READONLY
        words = "the database is read-only";
        break;
    case 14: // SQLITE_CANTOPEN
        words = "the file cannot be opened";
        break;
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        words = "another program is writing to the database";
        break;
    case 3:  // SQLITE_PERM
    case 23: // SQLITE_AUTH
        words = "permission denied";
        break;
    default:
        return text;
    }
    return join({words, " (", text, ")"});
}

// The file as found before anything opens it: a link, anything but a regular file, a read-only
// file or another user's are refused, and left exactly as they are.
bool check_existing(const std::filesystem::path& file, std::string& error) {
    struct stat st {};
    if (::lstat(file.c_str(), &st) != 0)
        return true; // missing: created private below
    if (S_ISLNK(st.st_mode)) {
        error = join({"cannot open the database ", quoted(file),
                      ": it is a symbolic link, and Effleur opens its database only where it is"});
        return false;
    }
    if (!S_ISREG(st.st_mode)) {
        error = join({"cannot open the database ", quoted(file), ": it is not a regular file"});
        return false;
    }
    if (st.st_uid != ::geteuid()) {
        error = join({"cannot open the database ", quoted(file),
                      ": it belongs to another user, so Effleur leaves it as it is"});
        return false;
    }
    if ((st.st_mode & S_IWUSR) == 0) {
        error = join({"cannot open the database ", quoted(file),
                      ": it is read-only, so Effleur leaves it as it is (make it writable to use "
                      "it)"});
        return false;
    }
    return true;
}

QString next_connection_name() {
    static std::atomic<unsigned> counter{0};
    return QStringLiteral("effleur-db-%1").arg(counter.fetch_add(1));
}

// The single value of a one-row PRAGMA or SELECT.
bool single_value(QSqlDatabase& db, const QString& sql, QVariant& value, std::string& error) {
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        error = sqlite_words(q.lastError());
        if (error.empty())
            error = "no result";
        return false;
    }
    value = q.value(0);
    return true;
}

} // namespace

Database::Database(std::filesystem::path file, QString connection_name)
    : file_(std::move(file)), name_(std::move(connection_name)) {}

std::filesystem::path Database::set_aside(const std::filesystem::path& file, std::string& error) {
    const std::string stem = file.stem().native();
    const std::string ext = file.extension().native();
    for (int n = 1; n < 1000; ++n) {
        const std::filesystem::path kept =
            file.parent_path() / join({stem, ".kept-", std::to_string(n), ext});
        // RENAME_NOREPLACE: an earlier kept file is never overwritten, whatever races.
        if (::renameat2(AT_FDCWD, file.c_str(), AT_FDCWD, kept.c_str(), RENAME_NOREPLACE) != 0) {
            if (errno == EEXIST)
                continue;
            error = join(
                {"cannot move the database ", quoted(file), " aside: ", files::errno_words(errno)});
            return {};
        }
        for (const char* side : {"-wal", "-shm"}) {
            const std::string from = join({file.native(), side});
            const std::string to = join({kept.native(), side});
            if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) != 0 &&
                errno != ENOENT) {
                // Left where it is, a WAL would be read into the new database: stop here.
                error = join({"moved the database to ", quoted(kept), ", but cannot move ",
                              quoted(std::filesystem::path(from)),
                              " beside it: ", files::errno_words(errno)});
                return {};
            }
        }
        spdlog::warn("the database {} was kept as {}", quoted(file), quoted(kept));
        return kept;
    }
    error = join({"cannot move the database ", quoted(file), " aside: too many kept copies"});
    return {};
}

Database::~Database() {
    if (db_.isValid())
        db_.close();
    db_ = QSqlDatabase();
    QSqlDatabase::removeDatabase(name_);
}

std::unique_ptr<Database> Database::open(const std::filesystem::path& file,
                                         std::span<const Migration> migrations,
                                         std::string& error) {
    if (file.empty()) {
        error = "no database file given";
        return nullptr;
    }
    if (!check_existing(file, error))
        return nullptr;
    // SQLite would create the file, and its folders, with the umask's modes.
    if (std::string why; !files::make_private_file(file, why)) {
        error = join({"cannot open the database: ", why});
        return nullptr;
    }
    files::narrow_to_owner(join({file.native(), "-wal"}));
    files::narrow_to_owner(join({file.native(), "-shm"}));

    std::unique_ptr<Database> db(new Database(file, next_connection_name()));
    db->db_ = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->name_);
    if (!db->db_.isValid()) {
        error = "Qt's SQLite driver (QSQLITE) is not installed";
        return nullptr;
    }
    db->db_.setDatabaseName(QString::fromStdString(file.string()));
    db->db_.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db->db_.open()) {
        error = join(
            {"cannot open the database ", quoted(file), ": ", sqlite_words(db->db_.lastError())});
        spdlog::error("the database cannot be opened: {}", error);
        return nullptr;
    }

    // Read the version before anything writes: a newer database must stay untouched.
    QVariant version;
    std::string why;
    if (!single_value(db->db_, QStringLiteral("PRAGMA user_version"), version, why)) {
        error = join({"cannot read the database ", quoted(file), ": ", why});
        return nullptr;
    }
    db->version_ = version.toInt();
    const auto known = static_cast<int>(migrations.size());
    if (db->version_ > known) {
        error = join({"the database ", quoted(file), " is version ", std::to_string(db->version_),
                      "; this Effleur knows up to ", std::to_string(known),
                      ". It was left untouched: use a newer Effleur"});
        return nullptr;
    }

    // A damaged page would otherwise show only when a query happens to read it.
    QVariant verdict;
    if (!single_value(db->db_, QStringLiteral("PRAGMA quick_check(1)"), verdict, why) ||
        verdict.toString() != QStringLiteral("ok")) {
        error = join({"the database ", quoted(file), " is damaged (",
                      why.empty() ? verdict.toString().toStdString() : why,
                      "). It was left untouched"});
        spdlog::error("{}", error);
        return nullptr;
    }

    // WAL: readers never block the writer, and a crash mid-write cannot corrupt the file.
    // synchronous=FULL: every commit reaches the disk before it returns. Writes are rare and small
    // (one per quiz, later one per session), so the extra sync costs nothing a user notices, and a
    // record the app said it kept survives a power cut.
    QVariant mode;
    if (!single_value(db->db_, QStringLiteral("PRAGMA journal_mode=WAL"), mode, why) ||
        mode.toString() != QStringLiteral("wal")) {
        error = join({"cannot switch the database ", quoted(file), " to WAL mode",
                      why.empty() ? "" : ": ", why});
        return nullptr;
    }
    if (!db->exec("PRAGMA foreign_keys=ON", error) || !db->exec("PRAGMA synchronous=FULL", error))
        return nullptr;
    if (!db->migrate(migrations, error))
        return nullptr;
    db->restrict_side_files();
    return db;
}

bool Database::migrate(std::span<const Migration> migrations, std::string& error) {
    if (version_ == static_cast<int>(migrations.size()))
        return true;
    return transaction(
        [&](std::string& why) {
            // Another Effleur may have migrated between our first read and this write lock.
            QVariant current;
            if (!single_value(db_, QStringLiteral("PRAGMA user_version"), current, why))
                return false;
            int v = current.toInt();
            if (v > static_cast<int>(migrations.size())) {
                why = join({"the database became version ", std::to_string(v), " while opening"});
                return false;
            }
            for (; v < static_cast<int>(migrations.size()); ++v) {
                const Migration& m = migrations[static_cast<std::size_t>(v)];
                for (const std::string_view sql : m.statements) {
                    if (!exec(sql, why)) {
                        why = join(
                            {"migration ", std::to_string(v + 1), " (", m.what, ") failed: ", why});
                        return false;
                    }
                }
                if (!exec(join({"PRAGMA user_version = ", std::to_string(v + 1)}), why))
                    return false;
            }
            version_ = v;
            return true;
        },
        error);
}

bool Database::transaction(const std::function<bool(std::string& error)>& work,
                           std::string& error) {
    const int version_before = version_;
    if (!exec("BEGIN IMMEDIATE", error))
        return false;
    std::string why;
    if (work(why) && exec("COMMIT", why)) {
        restrict_side_files();
        return true;
    }
    std::string ignored;
    exec("ROLLBACK", ignored);
    version_ = version_before;
    error = why.empty() ? "the transaction failed" : why;
    return false;
}

bool Database::exec(QSqlQuery& query, std::string_view what, std::string& error) {
    if (query.exec())
        return true;
    error = join({what, ": ", sqlite_words(query.lastError())});
    spdlog::error("a database statement failed: {}", error);
    return false;
}

bool Database::exec(std::string_view sql, std::string& error) {
    QSqlQuery q(db_);
    if (q.exec(QString::fromUtf8(sql.data(), static_cast<qsizetype>(sql.size()))))
        return true;
    error = sqlite_words(q.lastError());
    spdlog::error("a database statement failed: {}", error);
    return false;
}

void Database::restrict_side_files() const {
    files::narrow_to_owner(join({file_.native(), "-wal"}));
    files::narrow_to_owner(join({file_.native(), "-shm"}));
}

} // namespace effleur::storage
