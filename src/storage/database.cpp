// Opening, protecting and migrating a SQLite file. See database.h.

#include "database.h"

#include "core/privatefiles.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <spdlog/spdlog.h>

#include <sqlite3.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <initializer_list>
#include <string_view>
#include <thread>
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
    std::string text = e.text().toStdString();
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
Status check_existing(const std::filesystem::path& file) {
    const auto refuse = [&](std::string_view why) {
        return about_file(file.string(), join({"cannot open the database ", quoted(file), why}));
    };
    struct stat st {};
    if (::lstat(file.c_str(), &st) != 0)
        return Done{}; // missing: created private below
    if (S_ISLNK(st.st_mode))
        return refuse(": it is a symbolic link, and Effleur opens its database only where it is");
    if (!S_ISREG(st.st_mode))
        return refuse(": it is not a regular file");
    if (st.st_uid != ::geteuid())
        return refuse(": it belongs to another user, so Effleur leaves it as it is");
    if ((st.st_mode & S_IWUSR) == 0)
        return refuse(": it is read-only, so Effleur leaves it as it is (make it writable to use "
                      "it)");
    return Done{};
}

QString next_connection_name() {
    static std::atomic<unsigned> counter{0};
    return QStringLiteral("effleur-db-%1").arg(counter.fetch_add(1));
}

// The single value of a one-row PRAGMA or SELECT, or the driver's error in words.
Result<QVariant> single_value(QSqlDatabase& db, const QString& sql) {
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        std::string why = sqlite_words(q.lastError());
        return message_only(why.empty() ? "no result" : why);
    }
    return q.value(0);
}

std::string damaged(const std::filesystem::path& file, std::string_view why) {
    return join({"the database ", quoted(file), " is damaged (", why, "). It was left untouched"});
}

} // namespace

// SQLite's quick check of the whole file (every page of every table and index, but not the
// indexes' agreement with their tables, which integrity_check adds at several times the cost), on
// its own read-only connection and thread. The connection is opened by the owner's thread; the
// thread only steps the one statement. The owner asks for the verdict (joining the thread) or,
// going away first, interrupts it.
class DamageCheck {
public:
    explicit DamageCheck(const std::filesystem::path& file) {
        if (sqlite3_open_v2(file.c_str(), &db_, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
            verdict_ = join({"cannot be read to check it: ", sqlite3_errmsg(db_)});
            return;
        }
        sqlite3_busy_timeout(db_, 5000);
        thread_ = std::thread([this] { verdict_ = run(); });
    }
    ~DamageCheck() {
        if (thread_.joinable()) {
            sqlite3_interrupt(db_);
            thread_.join();
        }
        sqlite3_close_v2(db_);
    }
    DamageCheck(const DamageCheck&) = delete;
    DamageCheck& operator=(const DamageCheck&) = delete;

    // "ok", or what is wrong; waits for the check to end.
    const std::string& verdict() {
        if (thread_.joinable()) {
            thread_.join();
            sqlite3_close_v2(db_); // done with: no reader left beside the writer
            db_ = nullptr;
        }
        return verdict_;
    }

private:
    std::string run() {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(db_, "PRAGMA quick_check(1)", -1, &stmt, nullptr) != SQLITE_OK)
            return sqlite3_errmsg(db_);
        std::string out;
        if (sqlite3_step(stmt) == SQLITE_ROW) {
            const unsigned char* text = sqlite3_column_text(stmt, 0);
            out = text != nullptr ? reinterpret_cast<const char*>(text) : "no verdict";
        } else {
            out = sqlite3_errmsg(db_);
        }
        sqlite3_finalize(stmt);
        return out;
    }

    sqlite3* db_ = nullptr;
    std::string verdict_;
    std::thread thread_;
};

Database::Database(std::filesystem::path file, QString connection_name)
    : file_(std::move(file)), name_(std::move(connection_name)) {}

Result<std::filesystem::path> Database::set_aside(const std::filesystem::path& file) {
    const std::string stem = file.stem().native();
    const std::string ext = file.extension().native();
    for (int n = 1; n < 1000; ++n) {
        const std::filesystem::path kept =
            file.parent_path() / join({stem, ".kept-", std::to_string(n), ext});
        // RENAME_NOREPLACE: an earlier kept file is never overwritten, whatever races.
        if (::renameat2(AT_FDCWD, file.c_str(), AT_FDCWD, kept.c_str(), RENAME_NOREPLACE) != 0) {
            if (errno == EEXIST)
                continue;
            return about_file(file.string(), join({"cannot move the database ", quoted(file),
                                                   " aside: ", files::errno_words(errno)}));
        }
        for (const char* side : {"-wal", "-shm"}) {
            const std::string from = join({file.native(), side});
            const std::string to = join({kept.native(), side});
            if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) != 0 &&
                errno != ENOENT) {
                // Left where it is, a WAL would be read into the new database: stop here.
                return about_file(file.string(),
                                  join({"moved the database to ", quoted(kept),
                                        ", but cannot move ", quoted(std::filesystem::path(from)),
                                        " beside it: ", files::errno_words(errno)}));
            }
        }
        spdlog::warn("the database {} was kept as {}", quoted(file), quoted(kept));
        return kept;
    }
    return about_file(file.string(), join({"cannot move the database ", quoted(file),
                                           " aside: too many kept copies"}));
}

Database::~Database() {
    check_.reset(); // its connection goes before ours
    if (db_.isValid())
        db_.close();
    db_ = QSqlDatabase();
    QSqlDatabase::removeDatabase(name_);
}

Result<std::unique_ptr<Database>> Database::open(const std::filesystem::path& file,
                                                 std::span<const Migration> migrations) {
    if (file.empty())
        return message_only("no database file given");
    const auto fail = [&](std::string message) {
        return about_file(file.string(), std::move(message));
    };
    if (Status existing = check_existing(file); !existing)
        return existing.errors();
    // SQLite would create the file, and its folders, with the umask's modes.
    if (Status made = files::make_private_file(file); !made)
        return fail(join({"cannot open the database: ", made.message()}));
    files::narrow_to_owner(join({file.native(), "-wal"}));
    files::narrow_to_owner(join({file.native(), "-shm"}));

    std::unique_ptr<Database> db(new Database(file, next_connection_name()));
    db->db_ = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->name_);
    if (!db->db_.isValid())
        return fail("Qt's SQLite driver (QSQLITE) is not installed");
    db->db_.setDatabaseName(QString::fromStdString(file.string()));
    db->db_.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db->db_.open()) {
        std::string error = join(
            {"cannot open the database ", quoted(file), ": ", sqlite_words(db->db_.lastError())});
        spdlog::error("the database cannot be opened: {}", error);
        return fail(std::move(error));
    }

    // Read the version before anything writes: a newer database must stay untouched.
    const auto version = single_value(db->db_, QStringLiteral("PRAGMA user_version"));
    if (!version)
        return fail(join({"cannot read the database ", quoted(file), ": ", version.message()}));
    db->version_ = version.value().toInt();
    const auto known = static_cast<int>(migrations.size());
    if (db->version_ > known) {
        return fail(join({"the database ", quoted(file), " is version ",
                          std::to_string(db->version_), "; this Effleur knows up to ",
                          std::to_string(known), ". It was left untouched: use a newer Effleur"}));
    }

    // The header and the schema, read now: a file SQLite does not know, or whose schema is
    // damaged, is refused before anything else. The rest is checked on another thread (below).
    if (const auto schema =
            single_value(db->db_, QStringLiteral("SELECT count(*) FROM sqlite_schema"));
        !schema) {
        std::string error = damaged(file, schema.message());
        spdlog::error("{}", error);
        return fail(std::move(error));
    }

    // WAL: readers never block the writer, and a crash mid-write cannot corrupt the file.
    // synchronous=FULL: every commit reaches the disk before it returns. Writes are rare and small
    // (one per quiz, later one per session), so the extra sync costs nothing a user notices, and a
    // record the app said it kept survives a power cut.
    const auto mode = single_value(db->db_, QStringLiteral("PRAGMA journal_mode=WAL"));
    if (!mode || mode.value().toString() != QStringLiteral("wal")) {
        return fail(join({"cannot switch the database ", quoted(file), " to WAL mode",
                          mode ? "" : ": ", mode.message()}));
    }
    if (Status pragmas = db->exec("PRAGMA foreign_keys=ON"); !pragmas)
        return pragmas.errors();
    if (Status pragmas = db->exec("PRAGMA synchronous=FULL"); !pragmas)
        return pragmas.errors();

    // A damaged page would otherwise show only when a query happens to read it. The whole file
    // is checked beside this connection (WAL lets a reader in while we write), and every
    // transaction, the migrations' first, waits for the verdict: see database.h.
    db->check_ = std::make_unique<DamageCheck>(file);
    if (Status migrated = db->migrate(migrations); !migrated)
        return migrated.errors();
    db->restrict_side_files();
    return db;
}

Status Database::damage_check() {
    if (!check_)
        return Done{};
    const std::string& verdict = check_->verdict();
    if (verdict == "ok")
        return Done{};
    std::string error = damaged(file_, verdict);
    spdlog::error("{}", error);
    return problem(std::move(error));
}

Diagnostic Database::problem(std::string message) const {
    return about_file(file_.string(), std::move(message));
}

Status Database::migrate(std::span<const Migration> migrations) {
    if (version_ == static_cast<int>(migrations.size()))
        return Done{};
    return transaction([&]() -> Status {
        // Another Effleur may have migrated between our first read and this write lock.
        const auto current = single_value(db_, QStringLiteral("PRAGMA user_version"));
        if (!current)
            return problem(current.message());
        int v = current.value().toInt();
        if (v > static_cast<int>(migrations.size()))
            return problem(
                join({"the database became version ", std::to_string(v), " while opening"}));
        for (; v < static_cast<int>(migrations.size()); ++v) {
            const Migration& m = migrations[static_cast<std::size_t>(v)];
            for (const std::string_view sql : m.statements) {
                if (Status done = exec(sql); !done)
                    return problem(join({"migration ", std::to_string(v + 1), " (", m.what,
                                         ") failed: ", done.message()}));
            }
            if (Status done = exec(join({"PRAGMA user_version = ", std::to_string(v + 1)})); !done)
                return done;
        }
        version_ = v;
        return Done{};
    });
}

Status Database::transaction(const std::function<Status()>& work) {
    if (Status checked = damage_check(); !checked)
        return checked;
    const int version_before = version_;
    if (Status begun = exec("BEGIN IMMEDIATE"); !begun)
        return begun;
    Status done = work();
    if (done)
        done = exec("COMMIT");
    if (done) {
        restrict_side_files();
        return done;
    }
    (void)exec("ROLLBACK");
    version_ = version_before;
    return done.errors().empty() ? Status(problem("the transaction failed")) : done;
}

Status Database::exec(QSqlQuery& query, std::string_view what) const {
    if (query.exec())
        return Done{};
    std::string error = join({what, ": ", sqlite_words(query.lastError())});
    spdlog::error("a database statement failed: {}", error);
    return problem(std::move(error));
}

Status Database::exec(std::string_view sql) {
    QSqlQuery q(db_);
    if (q.exec(QString::fromUtf8(sql.data(), static_cast<qsizetype>(sql.size()))))
        return Done{};
    std::string error = sqlite_words(q.lastError());
    spdlog::error("a database statement failed: {}", error);
    return problem(std::move(error));
}

void Database::restrict_side_files() const {
    files::narrow_to_owner(join({file_.native(), "-wal"}));
    files::narrow_to_owner(join({file_.native(), "-shm"}));
}

} // namespace effleur::storage
