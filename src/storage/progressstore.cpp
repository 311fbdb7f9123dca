// Quiz attempts in SQLite. See progressstore.h; the tables are in migrations.cpp.

#include "progressstore.h"

#include "database.h"
#include "sqlvalues.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <bit>
#include <cmath>
#include <map>

namespace effleur::storage {

namespace {

using std::chrono::milliseconds;
using namespace sql;

} // namespace

std::filesystem::path ProgressStore::default_path() {
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return std::filesystem::path(data.toStdString()) / "effleur" / "effleur.sqlite";
}

Result<std::unique_ptr<ProgressStore>> ProgressStore::open(const std::filesystem::path& file) {
    auto db = Database::open(file, schema_migrations());
    if (!db)
        return db.errors();
    return std::unique_ptr<ProgressStore>(new ProgressStore(std::move(db.value())));
}

ProgressStore::ProgressStore(std::unique_ptr<Database> db) : db_(std::move(db)) {}
ProgressStore::~ProgressStore() = default;

int ProgressStore::schema_version() const {
    return db_->schema_version();
}
const std::filesystem::path& ProgressStore::file() const {
    return db_->file();
}

Status ProgressStore::record(quiz::Attempt& attempt) {
    if (attempt.protocol.empty())
        return db_->problem("the attempt names no protocol");
    if (!std::isfinite(attempt.score) || attempt.score < 0 || attempt.score > 1)
        return db_->problem("the attempt's score is not between 0 and 1");
    std::int64_t id = 0;
    Status done = db_->transaction([&]() -> Status {
        QSqlQuery insert(db_->connection());
        insert.prepare(QStringLiteral(
            "INSERT INTO attempts (protocol, kind, stage, seed, score, questions, at_ms, "
            "took_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        insert.addBindValue(text(attempt.protocol));
        insert.addBindValue(text(quiz::to_string(attempt.kind)));
        insert.addBindValue(attempt.stage ? QVariant(static_cast<qint64>(*attempt.stage))
                                          : QVariant(QMetaType::fromType<qint64>()));
        insert.addBindValue(static_cast<qint64>(std::bit_cast<std::int64_t>(attempt.seed)));
        insert.addBindValue(attempt.score);
        insert.addBindValue(static_cast<qint64>(attempt.questions));
        insert.addBindValue(to_ms(attempt.at));
        insert.addBindValue(static_cast<qint64>(attempt.took.count()));
        if (Status s = db_->exec(insert, "cannot store the attempt"); !s)
            return s;
        id = insert.lastInsertId().toLongLong();

        QSqlQuery missed(db_->connection());
        missed.prepare(QStringLiteral(
            "INSERT INTO attempt_missed (attempt, position, step) VALUES (?, ?, ?)"));
        for (std::size_t i = 0; i < attempt.missed.size(); ++i) {
            missed.bindValue(0, static_cast<qint64>(id));
            missed.bindValue(1, static_cast<qint64>(i));
            missed.bindValue(2, text(attempt.missed[i]));
            if (Status s = db_->exec(missed, "cannot store a missed step"); !s)
                return s;
        }
        return Done{};
    });
    if (done)
        attempt.id = id;
    return done;
}

std::vector<quiz::Attempt> ProgressStore::attempts(std::string_view protocol) const {
    std::vector<quiz::Attempt> out;
    // One read transaction, so the attempts and their missed steps are the same snapshot.
    if (!db_->exec("BEGIN"))
        return out;
    std::map<std::int64_t, std::size_t> index;
    {
        QSqlQuery q(db_->connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
            "SELECT id, kind, stage, seed, score, questions, at_ms, took_ms FROM attempts "
            "WHERE protocol = ? ORDER BY at_ms, id"));
        q.addBindValue(text(protocol));
        if (db_->exec(q, "cannot read attempts")) {
            while (q.next()) {
                const auto kind = quiz::kind_from_string(q.value(1).toString().toStdString());
                if (!kind)
                    continue; // the schema's CHECK makes this unreachable
                quiz::Attempt a;
                a.id = q.value(0).toLongLong();
                a.protocol = std::string(protocol);
                a.kind = *kind;
                if (!q.value(2).isNull())
                    a.stage = static_cast<std::size_t>(q.value(2).toLongLong());
                a.seed = std::bit_cast<std::uint64_t>(
                    static_cast<std::int64_t>(q.value(3).toLongLong()));
                a.score = q.value(4).toDouble();
                a.questions = static_cast<std::size_t>(q.value(5).toLongLong());
                a.at = from_ms(q.value(6).toLongLong());
                a.took = milliseconds(q.value(7).toLongLong());
                index.emplace(a.id, out.size());
                out.push_back(std::move(a));
            }
        }
    }
    {
        QSqlQuery q(db_->connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
            "SELECT m.attempt, m.step FROM attempt_missed m JOIN attempts a ON a.id = m.attempt "
            "WHERE a.protocol = ? ORDER BY m.attempt, m.position"));
        q.addBindValue(text(protocol));
        if (db_->exec(q, "cannot read missed steps")) {
            while (q.next()) {
                const auto found = index.find(q.value(0).toLongLong());
                if (found != index.end())
                    out[found->second].missed.push_back(q.value(1).toString().toStdString());
            }
        }
    }
    (void)db_->exec("COMMIT");
    return out;
}

} // namespace effleur::storage
