// Opening, protecting and migrating a SQLite file. See database.h.

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <initializer_list>
#include <string_view>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace effleur::storage {

namespace {

constexpr mode_t file_mode = 0600;
constexpr mode_t folder_mode = 0700;

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

std::string system_error(std::string_view what, const std::filesystem::path& file) {
    return join({what, " ", quoted(file), ": ", std::strerror(errno)});
}

// Creates the missing folders above `file`, each 0700. Folders that exist are left as they are:
// the file may be anywhere the user chose, and the file itself is 0600 in any case.
bool make_folders(const std::filesystem::path& file, std::string& error) {
    std::vector<std::filesystem::path> missing;
    std::error_code ec;
    for (auto dir = file.parent_path(); !dir.empty() && !std::filesystem::exists(dir, ec);
         dir = dir.parent_path()) {
        missing.push_back(dir);
        if (dir == dir.parent_path())
            break;
    }
    for (auto it = missing.rbegin(); it != missing.rend(); ++it) {
        if (::mkdir(it->c_str(), folder_mode) != 0 && errno != EEXIST) {
            error = system_error("cannot create the folder", *it);
            return false;
        }
        ::chmod(it->c_str(), folder_mode); // mkdir's mode is narrowed by the umask, never widened
    }
    return true;
}

// Creates the file 0600 if missing, or makes an existing one 0600, before SQLite opens it: SQLite
// would create it with the umask's mode, readable by others.
bool make_private_file(const std::filesystem::path& file, std::string& error) {
    const int fd = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, file_mode);
    if (fd < 0) {
        error = system_error("cannot open the database", file);
        return false;
    }
    struct stat st {};
    bool ok = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
    if (!ok)
        error = join({"the database ", quoted(file), " is not a regular file"});
    else if ((st.st_mode & 07777) != file_mode && ::fchmod(fd, file_mode) != 0) {
        error = system_error("cannot make the database private", file);
        ok = false;
    }
    ::close(fd);
    return ok;
}

void restrict_if_regular(const std::filesystem::path& file) {
    struct stat st {};
    if (::lstat(file.c_str(), &st) == 0 && S_ISREG(st.st_mode) && (st.st_mode & 07777) != file_mode)
        ::chmod(file.c_str(), file_mode);
}

QString next_connection_name() {
    static std::atomic<unsigned> counter{0};
    return QStringLiteral("effleur-db-%1").arg(counter.fetch_add(1));
}

// The single value of a one-row PRAGMA or SELECT.
bool single_value(QSqlDatabase& db, const QString& sql, QVariant& value, std::string& error) {
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        error = q.lastError().text().toStdString();
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
    if (!make_folders(file, error) || !make_private_file(file, error))
        return nullptr;
    restrict_if_regular(join({file.native(), "-wal"}));
    restrict_if_regular(join({file.native(), "-shm"}));

    std::unique_ptr<Database> db(new Database(file, next_connection_name()));
    db->db_ = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->name_);
    if (!db->db_.isValid()) {
        error = "Qt's SQLite driver (QSQLITE) is not installed";
        return nullptr;
    }
    db->db_.setDatabaseName(QString::fromStdString(file.string()));
    db->db_.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db->db_.open()) {
        error = join({"cannot open the database ", quoted(file), ": ",
                      db->db_.lastError().text().toStdString()});
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
    error = join({what, ": ", query.lastError().text().toStdString()});
    return false;
}

bool Database::exec(std::string_view sql, std::string& error) {
    QSqlQuery q(db_);
    if (q.exec(QString::fromUtf8(sql.data(), static_cast<qsizetype>(sql.size()))))
        return true;
    error = q.lastError().text().toStdString();
    return false;
}

void Database::restrict_side_files() const {
    restrict_if_regular(join({file_.native(), "-wal"}));
    restrict_if_regular(join({file_.native(), "-shm"}));
}

} // namespace effleur::storage
