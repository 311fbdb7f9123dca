// The session journal in SQLite. See journalstore.h; the tables are in migrations.cpp.

#include "storage/journalstore.h"

#include "core/stopreason.h"
#include "storage/database.h"
#include "storage/progressstore.h"
#include "storage/sqlvalues.h"

#include <QSqlQuery>
#include <QVariant>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <set>

namespace effleur::storage {

namespace {

using std::chrono::milliseconds;
using namespace sql;

// The first line of a note: what the history shows.
std::string first_line(const Note& n) {
    for (const std::string* field : {&n.felt, &n.findings, &n.advice, &n.plan, &n.pressure}) {
        if (!field->empty())
            return field->substr(0, field->find('\n'));
    }
    return {};
}

// The one piece of text search dialect: "`column` contains the bound pattern", case-insensitive
// for ASCII letters. SQLite's LIKE already ignores ASCII case (and, unlike lower(column) LIKE,
// costs no copy of each value); PostgreSQL spells it ILIKE.
QString contains(const char* column) {
    return QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(QLatin1String(column));
}

// `text` as a LIKE pattern that finds it anywhere, its own % _ and \ taken literally.
QString anywhere(std::string_view text_) {
    QString pattern = QString::fromUtf8(text_.data(), static_cast<qsizetype>(text_.size()));
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + pattern + QLatin1Char('%');
}

// The sessions whose client's name, notes or marks contain the pattern: seven binds of it.
QString sessions_with_text() {
    return QStringLiteral("SELECT id FROM sessions WHERE client IN (SELECT id FROM clients WHERE "
                          "%1) UNION SELECT session FROM session_notes WHERE %2 OR %3 OR %4 OR "
                          "%5 OR %6 UNION SELECT session FROM session_marks WHERE %7")
        .arg(contains("name"), contains("felt"), contains("pressure"), contains("findings"),
             contains("advice"), contains("plan"), contains("label"));
}
constexpr int sessions_with_text_binds = 7;

constexpr const char* summary_columns =
    "s.id, s.client, c.name, s.protocol, s.protocol_title, s.stage, s.stage_title, s.day, "
    "s.started_ms, s.ended_ms, s.planned_ms, s.active_ms, s.outcome, s.end_reason, s.verdict";

SessionSummary read_summary(const QSqlQuery& q) {
    SessionSummary s;
    s.id = q.value(0).toLongLong();
    s.client = q.value(1).toLongLong();
    s.client_name = str(q.value(2));
    s.protocol_id = str(q.value(3));
    s.protocol_title = str(q.value(4));
    if (!q.value(5).isNull())
        s.stage = static_cast<std::size_t>(q.value(5).toLongLong());
    s.stage_title = str(q.value(6));
    if (!q.value(7).isNull())
        s.day = q.value(7).toInt();
    s.started = from_ms(q.value(8).toLongLong());
    if (!q.value(9).isNull())
        s.ended = from_ms(q.value(9).toLongLong());
    s.planned = milliseconds(q.value(10).toLongLong());
    if (!q.value(11).isNull())
        s.active = milliseconds(q.value(11).toLongLong());
    s.outcome = outcome_from(str(q.value(12))).value_or(Outcome::Running);
    s.end_reason = str(q.value(13));
    s.verdict = str(q.value(14));
    return s;
}

Client read_client(const QSqlQuery& q) {
    Client c;
    c.id = q.value(0).toLongLong();
    c.name = str(q.value(1));
    c.contact = str(q.value(2));
    c.birth_date = str(q.value(3));
    c.preferences = str(q.value(4));
    c.allergies = str(q.value(5));
    c.avoid = str(q.value(6));
    c.created = from_ms(q.value(7).toLongLong());
    c.updated = from_ms(q.value(8).toLongLong());
    return c;
}

constexpr const char* client_columns =
    "id, name, contact, birth_date, preferences, allergies, avoid, created_ms, updated_ms";

bool blank(std::string_view s) {
    return std::all_of(s.begin(), s.end(),
                       [](char c) { return c == ' ' || c == '\t' || c == '\n'; });
}

std::string verdict_word(VerdictKind v) {
    switch (v) {
    case VerdictKind::Clear:
        return "clear";
    case VerdictKind::Blocked:
        return "blocked";
    case VerdictKind::NeedsAcknowledgement:
        return "needs-acknowledgement";
    case VerdictKind::Incomplete:
        return "incomplete";
    }
    return "incomplete";
}

} // namespace

std::string_view to_string(Outcome o) {
    switch (o) {
    case Outcome::Running:
        return "running";
    case Outcome::Finished:
        return "finished";
    case Outcome::Stopped:
        return "stopped";
    case Outcome::Interrupted:
        return "interrupted";
    case Outcome::Blocked:
        return "blocked";
    }
    return "running";
}

std::optional<Outcome> outcome_from(std::string_view s) {
    for (Outcome o : {Outcome::Running, Outcome::Finished, Outcome::Stopped, Outcome::Interrupted,
                      Outcome::Blocked}) {
        if (to_string(o) == s)
            return o;
    }
    return std::nullopt;
}

std::vector<PartRun> part_runs(const std::vector<EventRow>& events) {
    constexpr std::size_t none = static_cast<std::size_t>(-1);
    std::vector<PartRun> runs;
    std::size_t open = none; // index of the part under way
    bool paused = false;
    milliseconds paused_at{0};
    milliseconds paused_in_part{0};
    milliseconds started_offset{0};
    for (const EventRow& e : events) {
        if (e.kind == "step-started") {
            PartRun r;
            r.stage = e.stage;
            r.step = e.step;
            r.step_id = e.step_id;
            r.step_title = e.step_title;
            r.part = e.part;
            r.side = e.side;
            r.started = e.at;
            r.planned = e.amount;
            runs.push_back(std::move(r));
            open = runs.size() - 1;
            paused_in_part = milliseconds{0};
            started_offset = e.offset;
            if (paused) // started while paused (e.g. after back): the pause counts from here
                paused_at = e.offset;
        } else if (e.kind == "paused") {
            paused = true;
            paused_at = e.offset;
        } else if (e.kind == "resumed") {
            if (paused && open != none)
                paused_in_part += e.offset - paused_at;
            paused = false;
        } else if (e.kind == "extended" && open != none) {
            runs[open].extended += e.amount;
        } else if (e.kind == "step-ended" && open != none) {
            PartRun& r = runs[open];
            r.ended = e.at;
            milliseconds pause = paused_in_part;
            if (paused)
                pause += e.offset - paused_at; // ended while paused
            r.real = std::max(milliseconds{0}, e.offset - started_offset - pause);
            r.ended_by = e.cause;
            open = none;
        }
    }
    return runs;
}

std::filesystem::path JournalStore::default_path() {
    return ProgressStore::default_path();
}

Result<std::unique_ptr<JournalStore>> JournalStore::open(const std::filesystem::path& file) {
    auto db = Database::open(file, schema_migrations());
    if (!db)
        return db.errors();
    return std::unique_ptr<JournalStore>(new JournalStore(std::move(db.value())));
}

JournalStore::JournalStore(std::unique_ptr<Database> db) : db_(std::move(db)) {}
JournalStore::~JournalStore() = default;

const std::filesystem::path& JournalStore::file() const {
    return db_->file();
}
int JournalStore::schema_version() const {
    return db_->schema_version();
}

Diagnostic JournalStore::problem(std::string message) const {
    return db_->problem(std::move(message));
}

// --- clients ---------------------------------------------------------------------------------

Result<Client> JournalStore::add_client(Client client, WallTime now) {
    if (blank(client.name))
        return problem("a client needs a name");
    client.created = client.updated = from_ms(to_ms(now));
    const Status done = db_->transaction([&]() -> Status {
        QSqlQuery q(db_->connection());
        q.prepare(QStringLiteral(
            "INSERT INTO clients (name, contact, birth_date, preferences, allergies, avoid, "
            "created_ms, updated_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const std::string* f : {&client.name, &client.contact, &client.birth_date,
                                     &client.preferences, &client.allergies, &client.avoid})
            q.addBindValue(text(*f));
        q.addBindValue(to_ms(client.created));
        q.addBindValue(to_ms(client.updated));
        if (Status s = db_->exec(q, "cannot add the client"); !s)
            return s;
        client.id = q.lastInsertId().toLongLong();
        return Done{};
    });
    if (!done)
        return done.errors();
    return client;
}

Status JournalStore::update_client(const Client& client, WallTime now) {
    if (blank(client.name))
        return problem("a client needs a name");
    const Status done = db_->transaction([&]() -> Status {
        QSqlQuery q(db_->connection());
        q.prepare(QStringLiteral(
            "UPDATE clients SET name = ?, contact = ?, birth_date = ?, preferences = ?, "
            "allergies = ?, avoid = ?, updated_ms = ? WHERE id = ?"));
        for (const std::string* f : {&client.name, &client.contact, &client.birth_date,
                                     &client.preferences, &client.allergies, &client.avoid})
            q.addBindValue(text(*f));
        q.addBindValue(to_ms(now));
        q.addBindValue(static_cast<qint64>(client.id));
        if (Status s = db_->exec(q, "cannot update the client"); !s)
            return s;
        if (q.numRowsAffected() != 1) {
            return problem("no client " + std::to_string(client.id));
        }
        return Done{};
    });
    if (!done)
        return done.errors();
    return Done{};
}

std::optional<Client> JournalStore::client(std::int64_t id) const {
    QSqlQuery q(db_->connection());
    q.prepare(QStringLiteral("SELECT %1 FROM clients WHERE id = ?").arg(client_columns));
    q.addBindValue(static_cast<qint64>(id));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return read_client(q);
}

std::vector<Client> JournalStore::clients(std::string_view search) const {
    QSqlQuery q(db_->connection());
    q.prepare(QStringLiteral("SELECT %1 FROM clients WHERE lower(name) LIKE lower(?) ESCAPE '\\' "
                             "ORDER BY lower(name), id")
                  .arg(client_columns));
    QString pattern = text(search);
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    q.addBindValue(QLatin1Char('%') + pattern + QLatin1Char('%'));
    std::vector<Client> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        Client c = read_client(q);
        // SQLite's lower() folds ASCII only; fold the rest here so "анна" finds "Анна".
        if (!search.empty() && !text(c.name).contains(text(search), Qt::CaseInsensitive))
            continue;
        out.push_back(std::move(c));
    }
    if (!search.empty() && out.empty()) {
        // A non-ASCII search that SQLite's lower() could not match: scan in Qt.
        QSqlQuery all(db_->connection());
        if (all.exec(QStringLiteral("SELECT %1 FROM clients ORDER BY lower(name), id")
                         .arg(client_columns))) {
            while (all.next()) {
                Client c = read_client(all);
                if (text(c.name).contains(text(search), Qt::CaseInsensitive))
                    out.push_back(std::move(c));
            }
        }
    }
    return out;
}

Status JournalStore::erase_client(std::int64_t id) {
    if (Status secure = db_->exec("PRAGMA secure_delete = ON"); !secure)
        return secure;
    const Status done = db_->transaction([&]() -> Status {
        QSqlQuery q(db_->connection());
        q.prepare(QStringLiteral("DELETE FROM clients WHERE id = ?"));
        q.addBindValue(static_cast<qint64>(id));
        if (Status s = db_->exec(q, "cannot erase the client"); !s)
            return s;
        if (q.numRowsAffected() != 1) {
            return problem("no client " + std::to_string(id));
        }
        return Done{};
    });
    if (!done)
        return done.errors();
    // The deleted pages may still be in the write-ahead log and in free pages: copy the log back
    // and empty it, then rebuild the file without the free pages.
    for (const char* sql :
         {"PRAGMA wal_checkpoint(TRUNCATE)", "VACUUM", "PRAGMA wal_checkpoint(TRUNCATE)"})
        if (Status compacted = db_->exec(sql); !compacted)
            return problem("the client was erased, but the file could not be compacted: " +
                           compacted.message());
    return Done{};
}

// --- sessions --------------------------------------------------------------------------------

namespace {

Status insert_session(Database& db, const SessionStart& start, Outcome outcome,
                      std::string_view blocked_item, std::int64_t& id) {
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO sessions (client, protocol, protocol_version, protocol_title, protocol_hash, "
        "stage, stage_title, day, started_ms, ended_ms, planned_ms, speed_milli, outcome, "
        "verdict, blocked_item, gate_json) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(static_cast<qint64>(start.client));
    q.addBindValue(text(start.protocol_id));
    q.addBindValue(start.protocol_version);
    q.addBindValue(text(start.protocol_title));
    q.addBindValue(text(start.protocol_hash));
    q.addBindValue(start.stage ? QVariant(static_cast<qint64>(*start.stage))
                               : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(text(start.stage_title));
    q.addBindValue(start.day ? QVariant(*start.day) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(to_ms(start.started));
    q.addBindValue(outcome == Outcome::Blocked ? QVariant(to_ms(start.started))
                                               : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(static_cast<qint64>(start.planned.count()));
    q.addBindValue(static_cast<qint64>(start.speed_milli));
    q.addBindValue(text(to_string(outcome)));
    q.addBindValue(text(verdict_word(start.gate.verdict)));
    q.addBindValue(text(blocked_item));
    q.addBindValue(text(gate_record_to_json(start.gate).dump()));
    if (Status s = db.exec(q, "cannot record the session"); !s)
        return s;
    id = q.lastInsertId().toLongLong();
    return Done{};
}

} // namespace

Result<std::int64_t> JournalStore::begin_session(const SessionStart& start) {
    std::int64_t id = 0;
    if (Status done =
            db_->transaction([&] { return insert_session(*db_, start, Outcome::Running, {}, id); });
        !done)
        return done.errors();
    return id;
}

Result<std::int64_t> JournalStore::record_blocked(const SessionStart& start,
                                                  std::string_view blocked_item) {
    std::int64_t id = 0;
    if (Status done = db_->transaction(
            [&] { return insert_session(*db_, start, Outcome::Blocked, blocked_item, id); });
        !done)
        return done.errors();
    return id;
}

namespace {

Status insert_event(Database& db, std::int64_t session, const EventRow& e) {
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO session_events (session, seq, kind, cause, stage, step, step_id, "
        "step_title, part, side, at_ms, offset_ms, amount_ms, value_milli) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(static_cast<qint64>(session));
    q.addBindValue(static_cast<qint64>(e.seq));
    q.addBindValue(text(e.kind));
    q.addBindValue(text(e.cause));
    q.addBindValue(static_cast<qint64>(e.stage));
    q.addBindValue(static_cast<qint64>(e.step));
    q.addBindValue(text(e.step_id));
    q.addBindValue(text(e.step_title));
    q.addBindValue(static_cast<qint64>(e.part));
    q.addBindValue(text(e.side));
    q.addBindValue(to_ms(e.at));
    q.addBindValue(static_cast<qint64>(e.offset.count()));
    q.addBindValue(static_cast<qint64>(e.amount.count()));
    q.addBindValue(static_cast<qint64>(e.value_milli));
    return db.exec(q, "cannot record the step");
}

Status upsert_state(Database& db, const SessionState& st) {
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO session_state (session, seq, written_ms, offset_ms, snapshot) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (session) DO UPDATE SET seq = excluded.seq, "
        "written_ms = excluded.written_ms, offset_ms = excluded.offset_ms, "
        "snapshot = excluded.snapshot"));
    q.addBindValue(static_cast<qint64>(st.session));
    q.addBindValue(static_cast<qint64>(st.seq));
    q.addBindValue(to_ms(st.written));
    q.addBindValue(static_cast<qint64>(st.offset.count()));
    q.addBindValue(text(st.snapshot));
    return db.exec(q, "cannot save the session's running state");
}

} // namespace

Status JournalStore::append_event(std::int64_t session, const EventRow& e) {
    return append_events(session, std::span<const EventRow>(&e, 1));
}

Status JournalStore::append_events(std::int64_t session, std::span<const EventRow> events,
                                   const SessionState* state) {
    return db_->transaction([&]() -> Status {
        for (const EventRow& e : events)
            if (Status inserted = insert_event(*db_, session, e); !inserted)
                return inserted;
        return state == nullptr ? Status(Done{}) : upsert_state(*db_, *state);
    });
}

Status JournalStore::end_session(std::int64_t session, Outcome outcome, std::string_view reason,
                                 WallTime ended, milliseconds active) {
    return db_->transaction([&]() -> Status {
        QSqlQuery q(db_->connection());
        q.prepare(QStringLiteral("UPDATE sessions SET outcome = ?, end_reason = ?, "
                                 "ended_ms = ?, active_ms = ? WHERE id = ?"));
        q.addBindValue(text(to_string(outcome)));
        q.addBindValue(text(reason));
        q.addBindValue(to_ms(ended));
        q.addBindValue(static_cast<qint64>(active.count()));
        q.addBindValue(static_cast<qint64>(session));
        if (Status s = db_->exec(q, "cannot close the session"); !s)
            return s;
        if (q.numRowsAffected() != 1) {
            return problem("no session " + std::to_string(session));
        }
        // An ended session has nothing to resume.
        QSqlQuery state(db_->connection());
        state.prepare(QStringLiteral("DELETE FROM session_state WHERE session = ?"));
        state.addBindValue(static_cast<qint64>(session));
        return db_->exec(state, "cannot remove the session's running state");
    });
}

Status JournalStore::save_state(const SessionState& st) {
    return db_->transaction([&] { return upsert_state(*db_, st); });
}

std::optional<SessionState> JournalStore::state(std::int64_t session) const {
    QSqlQuery q(db_->connection());
    q.prepare(QStringLiteral("SELECT seq, written_ms, offset_ms, snapshot FROM session_state "
                             "WHERE session = ?"));
    q.addBindValue(static_cast<qint64>(session));
    if (!q.exec() || !q.next())
        return std::nullopt;
    SessionState st;
    st.session = session;
    st.seq = q.value(0).toLongLong();
    st.written = from_ms(q.value(1).toLongLong());
    st.offset = milliseconds(q.value(2).toLongLong());
    st.snapshot = str(q.value(3));
    return st;
}

Status JournalStore::drop_events_after(std::int64_t session, std::int64_t seq) {
    return db_->transaction([&]() -> Status {
        QSqlQuery q(db_->connection());
        q.prepare(QStringLiteral("DELETE FROM session_events WHERE session = ? AND seq > ?"));
        q.addBindValue(static_cast<qint64>(session));
        q.addBindValue(static_cast<qint64>(seq));
        return db_->exec(q, "cannot drop the events after the saved state");
    });
}

Result<std::vector<std::int64_t>>
JournalStore::close_interrupted(WallTime now, std::optional<std::int64_t> keep) {
    // Most openings find none: then nothing is written, so opening the journal never waits for
    // the damage check (database.h) unless the app did not close cleanly.
    {
        QSqlQuery any(db_->connection());
        any.prepare(QStringLiteral("SELECT 1 FROM sessions WHERE outcome = 'running' AND id <> ? "
                                   "LIMIT 1"));
        any.addBindValue(static_cast<qint64>(keep.value_or(-1)));
        if (any.exec() && !any.next())
            return std::vector<std::int64_t>{};
    }
    std::vector<std::int64_t> ids;
    const Status done = db_->transaction([&]() -> Status {
        QSqlQuery find(db_->connection());
        if (!find.exec(QStringLiteral("SELECT id FROM sessions WHERE outcome = 'running'"))) {
            return problem("cannot read the running sessions");
        }
        while (find.next())
            if (const qint64 id = find.value(0).toLongLong(); !keep || id != *keep)
                ids.push_back(id);
        for (const std::int64_t id : ids) {
            // The session ended at its last recorded event.
            QSqlQuery q(db_->connection());
            q.prepare(QStringLiteral("UPDATE sessions SET outcome = 'interrupted', end_reason = ?, "
                                     "ended_ms = coalesce((SELECT max(at_ms) FROM session_events "
                                     "WHERE session = ?), started_ms, ?) WHERE id = ?"));
            q.addBindValue(text(to_code(StopReason::Crash)));
            q.addBindValue(static_cast<qint64>(id));
            q.addBindValue(to_ms(now));
            q.addBindValue(static_cast<qint64>(id));
            if (Status s = db_->exec(q, "cannot close an interrupted session"); !s)
                return s;
            QSqlQuery state(db_->connection());
            state.prepare(QStringLiteral("DELETE FROM session_state WHERE session = ?"));
            state.addBindValue(static_cast<qint64>(id));
            if (Status s = db_->exec(state, "cannot remove an interrupted session's state"); !s)
                return s;
        }
        return Done{};
    });
    if (!done)
        return done.errors();
    return ids;
}

// --- what the therapist adds -----------------------------------------------------------------

Result<std::int64_t> JournalStore::add_note(std::int64_t session, Note note) {
    std::int64_t id = 0;
    const Status done = db_->transaction([&]() -> Status {
        if (note.amends) {
            QSqlQuery check(db_->connection());
            check.prepare(
                QStringLiteral("SELECT 1 FROM session_notes WHERE id = ? AND session = ?"));
            check.addBindValue(static_cast<qint64>(*note.amends));
            check.addBindValue(static_cast<qint64>(session));
            if (!check.exec() || !check.next()) {
                return problem("the note to amend is not in this session");
            }
        }
        QSqlQuery q(db_->connection());
        q.prepare(QStringLiteral(
            "INSERT INTO session_notes (session, written_ms, felt, pressure, findings, "
            "advice, plan, amends) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(static_cast<qint64>(session));
        q.addBindValue(to_ms(note.written));
        for (const std::string* f :
             {&note.felt, &note.pressure, &note.findings, &note.advice, &note.plan})
            q.addBindValue(text(*f));
        q.addBindValue(optional_int(note.amends));
        if (Status s = db_->exec(q, "cannot keep the note"); !s)
            return s;
        id = q.lastInsertId().toLongLong();
        return Done{};
    });
    if (!done)
        return done.errors();
    return id;
}

namespace {

Status insert_mark(Database& db, std::int64_t session, Mark& mark) {
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO session_marks (session, diagram, x, y, radius, kind, "
                             "label, written_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(static_cast<qint64>(session));
    q.addBindValue(text(mark.diagram));
    q.addBindValue(mark.x);
    q.addBindValue(mark.y);
    q.addBindValue(std::max(0.0, mark.radius));
    q.addBindValue(text(mark.kind));
    q.addBindValue(text(mark.label));
    q.addBindValue(to_ms(mark.written));
    if (Status s = db.exec(q, "cannot keep the mark"); !s)
        return s;
    mark.id = q.lastInsertId().toLongLong();
    return Done{};
}

} // namespace

Result<std::int64_t> JournalStore::add_mark(std::int64_t session, Mark mark) {
    if (Status done = db_->transaction([&] { return insert_mark(*db_, session, mark); }); !done)
        return done.errors();
    return mark.id;
}

Status JournalStore::add_marks(std::int64_t session, std::vector<Mark>& marks) {
    std::vector<Mark> written = marks;
    const Status done = db_->transaction([&]() -> Status {
        for (Mark& m : written)
            if (Status inserted = insert_mark(*db_, session, m); !inserted)
                return inserted;
        return Done{};
    });
    if (!done)
        return done.errors();
    marks = std::move(written);
    return Done{};
}

Status JournalStore::set_procedure(std::int64_t session, std::span<const ProcedureTick> ticks) {
    return db_->transaction([&]() -> Status {
        QSqlQuery del(db_->connection());
        del.prepare(QStringLiteral("DELETE FROM session_procedure WHERE session = ?"));
        del.addBindValue(static_cast<qint64>(session));
        if (Status s = db_->exec(del, "cannot update the procedure"); !s)
            return s;
        qint64 position = 0;
        for (const ProcedureTick& t : ticks) {
            QSqlQuery q(db_->connection());
            q.prepare(QStringLiteral("INSERT INTO session_procedure (session, position, "
                                     "item, done, note) VALUES (?, ?, ?, ?, ?)"));
            q.addBindValue(static_cast<qint64>(session));
            q.addBindValue(position++);
            q.addBindValue(text(t.item));
            q.addBindValue(t.done ? 1 : 0);
            q.addBindValue(text(t.note));
            if (Status s = db_->exec(q, "cannot update the procedure"); !s)
                return s;
        }
        return Done{};
    });
}

// --- reading back ----------------------------------------------------------------------------

namespace {

std::vector<Note> read_notes(QSqlDatabase& db, std::int64_t session) {
    std::vector<Note> notes;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, written_ms, felt, pressure, findings, advice, plan, "
                             "amends FROM session_notes WHERE session = ? ORDER BY id"));
    q.addBindValue(static_cast<qint64>(session));
    if (!q.exec())
        return notes;
    while (q.next()) {
        Note n;
        n.id = q.value(0).toLongLong();
        n.written = from_ms(q.value(1).toLongLong());
        n.felt = str(q.value(2));
        n.pressure = str(q.value(3));
        n.findings = str(q.value(4));
        n.advice = str(q.value(5));
        n.plan = str(q.value(6));
        if (!q.value(7).isNull())
            n.amends = q.value(7).toLongLong();
        notes.push_back(std::move(n));
    }
    return notes;
}

// The latest note's first line for each session in `summaries`.
void fill_note_lines(QSqlDatabase& db, std::vector<SessionSummary>& summaries) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT felt, pressure, findings, advice, plan FROM "
                             "session_notes WHERE session = ? ORDER BY id DESC LIMIT 1"));
    for (SessionSummary& s : summaries) {
        q.bindValue(0, static_cast<qint64>(s.id));
        if (q.exec() && q.next()) {
            Note n;
            n.felt = str(q.value(0));
            n.pressure = str(q.value(1));
            n.findings = str(q.value(2));
            n.advice = str(q.value(3));
            n.plan = str(q.value(4));
            s.note_line = first_line(n);
        }
        q.finish();
    }
}

} // namespace

std::optional<SessionRecord> JournalStore::session(std::int64_t id) const {
    QSqlDatabase& db = db_->connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1, s.protocol_version, s.protocol_hash, s.speed_milli, "
                             "s.blocked_item, s.gate_json FROM sessions s JOIN clients c ON "
                             "c.id = s.client WHERE s.id = ?")
                  .arg(summary_columns));
    q.addBindValue(static_cast<qint64>(id));
    if (!q.exec() || !q.next())
        return std::nullopt;
    SessionRecord r;
    r.summary = read_summary(q);
    r.protocol_version = q.value(15).toInt();
    r.protocol_hash = str(q.value(16));
    r.speed_milli = q.value(17).toLongLong();
    r.blocked_item = str(q.value(18));
    const auto gate = nlohmann::json::parse(q.value(19).toString().toStdString(), nullptr, false);
    if (auto g = gate_record_from_json(gate))
        r.gate = std::move(g.value());

    QSqlQuery ev(db);
    ev.prepare(QStringLiteral("SELECT seq, kind, cause, stage, step, step_id, step_title, part, "
                              "side, at_ms, offset_ms, amount_ms, value_milli FROM "
                              "session_events WHERE session = ? ORDER BY seq"));
    ev.addBindValue(static_cast<qint64>(id));
    if (ev.exec()) {
        while (ev.next()) {
            EventRow e;
            e.seq = ev.value(0).toLongLong();
            e.kind = str(ev.value(1));
            e.cause = str(ev.value(2));
            e.stage = ev.value(3).toLongLong();
            e.step = ev.value(4).toLongLong();
            e.step_id = str(ev.value(5));
            e.step_title = str(ev.value(6));
            e.part = ev.value(7).toLongLong();
            e.side = str(ev.value(8));
            e.at = from_ms(ev.value(9).toLongLong());
            e.offset = milliseconds(ev.value(10).toLongLong());
            e.amount = milliseconds(ev.value(11).toLongLong());
            e.value_milli = ev.value(12).toLongLong();
            r.events.push_back(std::move(e));
        }
    }
    r.notes = read_notes(db, id);
    if (!r.notes.empty())
        r.summary.note_line = first_line(r.notes.back());

    QSqlQuery mk(db);
    mk.prepare(QStringLiteral("SELECT id, diagram, x, y, radius, kind, label, written_ms FROM "
                              "session_marks WHERE session = ? ORDER BY id"));
    mk.addBindValue(static_cast<qint64>(id));
    if (mk.exec()) {
        while (mk.next()) {
            Mark m;
            m.id = mk.value(0).toLongLong();
            m.diagram = str(mk.value(1));
            m.x = mk.value(2).toDouble();
            m.y = mk.value(3).toDouble();
            m.radius = mk.value(4).toDouble();
            m.kind = str(mk.value(5));
            m.label = str(mk.value(6));
            m.written = from_ms(mk.value(7).toLongLong());
            r.marks.push_back(std::move(m));
        }
    }
    QSqlQuery pr(db);
    pr.prepare(QStringLiteral("SELECT item, done, note FROM session_procedure WHERE session = ? "
                              "ORDER BY position"));
    pr.addBindValue(static_cast<qint64>(id));
    if (pr.exec()) {
        while (pr.next())
            r.procedure.push_back({str(pr.value(0)), pr.value(1).toInt() != 0, str(pr.value(2))});
    }
    return r;
}

std::vector<SessionSummary> JournalStore::history(std::int64_t client) const {
    JournalQuery q;
    q.client = client;
    q.limit = 100000;
    return search(q);
}

std::vector<SessionSummary> JournalStore::search(const JournalQuery& query) const {
    QString sql = QStringLiteral("SELECT %1 FROM sessions s JOIN clients c ON c.id = s.client "
                                 "WHERE 1 = 1")
                      .arg(summary_columns);
    QVariantList binds;
    if (query.client) {
        sql += QStringLiteral(" AND s.client = ?");
        binds << static_cast<qint64>(*query.client);
    }
    if (!query.protocol_id.empty()) {
        sql += QStringLiteral(" AND s.protocol = ?");
        binds << text(query.protocol_id);
    }
    if (query.from) {
        sql += QStringLiteral(" AND s.started_ms >= ?");
        binds << to_ms(*query.from);
    }
    if (query.to) {
        sql += QStringLiteral(" AND s.started_ms < ?");
        binds << to_ms(*query.to);
    }
    if (query.outcome) {
        sql += QStringLiteral(" AND s.outcome = ?");
        binds << text(to_string(*query.outcome));
    }
    if (!query.text.empty()) {
        // Each table is scanned once for the words, into one set of session ids; the sessions
        // are then read newest first and kept while they are in the set, until the limit. (The
        // unary + keeps SQLite from reading the set's ids one by one and sorting them all, which
        // is slow when thousands match.)
        sql += QStringLiteral(" AND +s.id IN (%1)").arg(sessions_with_text());
        const QString pattern = anywhere(query.text);
        for (int i = 0; i < sessions_with_text_binds; ++i)
            binds << pattern;
    }
    sql += QStringLiteral(" ORDER BY s.started_ms DESC, s.id DESC LIMIT ?");
    binds << static_cast<qint64>(query.limit);

    QSqlQuery q(db_->connection());
    q.prepare(sql);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    std::vector<SessionSummary> out;
    if (!q.exec())
        return out;
    while (q.next())
        out.push_back(read_summary(q));
    fill_note_lines(db_->connection(), out);
    return out;
}

std::optional<SessionRecord> JournalStore::last_session(std::int64_t client,
                                                        std::string_view protocol) const {
    QSqlQuery q(db_->connection());
    q.prepare(QStringLiteral("SELECT id FROM sessions WHERE client = ? AND protocol = ? AND "
                             "outcome <> 'blocked' ORDER BY started_ms DESC, id DESC LIMIT 1"));
    q.addBindValue(static_cast<qint64>(client));
    q.addBindValue(text(protocol));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return session(q.value(0).toLongLong());
}

std::map<std::int64_t, WallTime> JournalStore::last_started() const {
    std::map<std::int64_t, WallTime> out;
    QSqlQuery q(db_->connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT client, max(started_ms) FROM sessions GROUP BY client")))
        return out;
    while (q.next())
        out.emplace(q.value(0).toLongLong(), from_ms(q.value(1).toLongLong()));
    return out;
}

std::set<std::int64_t> JournalStore::clients_with_text(std::string_view search) const {
    std::set<std::int64_t> out;
    if (search.empty())
        return out;
    QSqlQuery q(db_->connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT DISTINCT client FROM sessions WHERE id IN (%1)")
                  .arg(sessions_with_text()));
    const QString pattern = anywhere(search);
    for (int i = 0; i < sessions_with_text_binds; ++i)
        q.addBindValue(pattern);
    if (!q.exec())
        return out;
    while (q.next())
        out.insert(q.value(0).toLongLong());
    return out;
}

std::size_t JournalStore::session_count() const {
    QSqlQuery q(db_->connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sessions")) || !q.next())
        return 0;
    return static_cast<std::size_t>(q.value(0).toLongLong());
}

} // namespace effleur::storage
