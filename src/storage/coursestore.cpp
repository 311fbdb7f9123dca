// Clients' courses in the journal. See coursestore.h; the tables are in migrations.cpp.

#include "storage/coursestore.h"

#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <map>

namespace effleur::storage {

namespace {

using std::chrono::milliseconds;
using namespace sql;

QString iso(Date d) {
    return QString::fromStdString(to_iso(d));
}

constexpr const char* course_columns =
    "id, client, protocol, started, ended, end_reason, created_ms";

std::optional<CourseRow> read_row(const QSqlQuery& q) {
    CourseRow r;
    r.id = q.value(0).toLongLong();
    r.client = q.value(1).toLongLong();
    r.protocol = str(q.value(2));
    const auto started = date_from_iso(str(q.value(3)));
    if (!started)
        return std::nullopt;
    r.started = *started;
    if (!q.value(4).isNull()) {
        if (const auto ended = date_from_iso(str(q.value(4))))
            r.ended = CourseEnd{*ended, str(q.value(5))};
    }
    r.created = from_ms(q.value(6).toLongLong());
    return r;
}

// The client's sessions of a protocol that count for a course (all but blocked screenings),
// oldest first.
std::vector<CourseSession> sessions_of(const std::vector<SessionSummary>& history,
                                       std::string_view protocol) {
    std::vector<CourseSession> out;
    for (auto it = history.rbegin(); it != history.rend(); ++it) {
        if (it->protocol_id != protocol || it->outcome == Outcome::Blocked)
            continue;
        out.push_back(CourseSession{local_date(it->started), it->day});
    }
    std::stable_sort(out.begin(), out.end(), [](const CourseSession& a, const CourseSession& b) {
        return a.date < b.date;
    });
    return out;
}

CourseInput input_of(const CourseRow& course, const std::vector<CourseRow>& all,
                     const std::vector<CourseSession>& sessions) {
    CourseInput in;
    in.started = course.started;
    in.ended = course.ended;
    in.moved = course.moved;
    // The next course of the same protocol, and the one before.
    std::optional<Date> next_start;
    std::optional<Date> previous_start;
    for (const CourseRow& other : all) {
        if (other.id == course.id || other.protocol != course.protocol)
            continue;
        const bool after = other.started > course.started ||
                           (other.started == course.started && other.id > course.id);
        if (after && (!next_start || other.started < *next_start))
            next_start = other.started;
        if (!after && (!previous_start || other.started > *previous_start))
            previous_start = other.started;
    }
    for (const CourseSession& s : sessions) {
        if (s.date < course.started) {
            if (previous_start && s.date >= *previous_start)
                in.previous_last = s.date;
            continue;
        }
        if (next_start && s.date >= *next_start)
            continue;
        in.sessions.push_back(s);
    }
    return in;
}

} // namespace

CourseStore::CourseStore(JournalStore& journal) : journal_(journal) {}

Diagnostic CourseStore::problem(std::string message) const {
    return journal_.database().problem(std::move(message));
}

std::vector<CourseRow> CourseStore::courses(std::int64_t client, std::string_view protocol) const {
    std::vector<CourseRow> out;
    QSqlQuery q(journal_.database().connection());
    QString sql = QStringLiteral("SELECT %1 FROM courses WHERE client = ?").arg(course_columns);
    if (!protocol.empty())
        sql += QStringLiteral(" AND protocol = ?");
    sql += QStringLiteral(" ORDER BY started, id");
    q.prepare(sql);
    q.addBindValue(static_cast<qint64>(client));
    if (!protocol.empty())
        q.addBindValue(text(protocol));
    if (!q.exec())
        return out;
    while (q.next())
        if (auto row = read_row(q))
            out.push_back(std::move(*row));
    QSqlQuery m(journal_.database().connection());
    m.prepare(QStringLiteral(
        "SELECT session, day, date, reason FROM course_moves WHERE course = ? ORDER BY id"));
    for (CourseRow& r : out) {
        m.addBindValue(static_cast<qint64>(r.id));
        if (!m.exec())
            continue;
        while (m.next()) {
            const auto date = date_from_iso(str(m.value(2)));
            if (!date)
                continue;
            MovedDate move;
            move.slot.session = m.value(0).toInt();
            if (!m.value(1).isNull())
                move.slot.day = m.value(1).toInt();
            move.date = *date;
            move.reason = str(m.value(3));
            r.moved.push_back(std::move(move));
        }
    }
    return out;
}

std::optional<CourseRow> CourseStore::course(std::int64_t id) const {
    QSqlQuery q(journal_.database().connection());
    q.prepare(QStringLiteral("SELECT client, protocol FROM courses WHERE id = ?"));
    q.addBindValue(static_cast<qint64>(id));
    if (!q.exec() || !q.next())
        return std::nullopt;
    const std::int64_t client = q.value(0).toLongLong();
    const std::string protocol = str(q.value(1));
    for (CourseRow& r : courses(client, protocol))
        if (r.id == id)
            return std::move(r);
    return std::nullopt;
}

Result<std::int64_t> CourseStore::start_course(std::int64_t client, std::string_view protocol,
                                               Date started, WallTime now) {
    if (protocol.empty())
        return problem("a course needs a protocol");
    if (!journal_.client(client))
        return problem("there is no such client");
    std::int64_t id = 0;
    const Status done = journal_.database().transaction([&]() -> Status {
        QSqlQuery q(journal_.database().connection());
        q.prepare(QStringLiteral("INSERT INTO courses (client, protocol, started, created_ms) "
                                 "VALUES (?, ?, ?, ?)"));
        q.addBindValue(static_cast<qint64>(client));
        q.addBindValue(text(protocol));
        q.addBindValue(iso(started));
        q.addBindValue(to_ms(now));
        if (Status s = journal_.database().exec(q, "cannot start the course"); !s)
            return s;
        id = q.lastInsertId().toLongLong();
        return Done{};
    });
    if (!done)
        return done.errors();
    return id;
}

Status CourseStore::end_course(std::int64_t course_id, const CourseEnd& end) {
    const auto row = course(course_id);
    if (!row)
        return problem("there is no such course");
    if (row->ended)
        return problem("the course was already ended on " + to_iso(row->ended->date));
    if (end.date < row->started)
        return problem("a course cannot end before it began (" + to_iso(row->started) + ")");
    return journal_.database().transaction([&]() -> Status {
        QSqlQuery q(journal_.database().connection());
        q.prepare(QStringLiteral("UPDATE courses SET ended = ?, end_reason = ? WHERE id = ?"));
        q.addBindValue(iso(end.date));
        q.addBindValue(text(end.reason));
        q.addBindValue(static_cast<qint64>(course_id));
        return journal_.database().exec(q, "cannot end the course");
    });
}

Status CourseStore::move_date(std::int64_t course_id, const MovedDate& move, WallTime now) {
    const auto row = course(course_id);
    if (!row)
        return problem("there is no such course");
    if (move.slot.session < 1)
        return problem("a planned session is numbered from 1");
    if (move.date < row->started)
        return problem("a planned date cannot be before the course began (" + to_iso(row->started) +
                       ")");
    return journal_.database().transaction([&]() -> Status {
        QSqlQuery q(journal_.database().connection());
        q.prepare(QStringLiteral("INSERT INTO course_moves (course, session, day, date, "
                                 "reason, written_ms) VALUES (?, ?, ?, ?, ?, ?)"));
        q.addBindValue(static_cast<qint64>(course_id));
        q.addBindValue(move.slot.session);
        q.addBindValue(move.slot.day ? QVariant(*move.slot.day)
                                     : QVariant(QMetaType(QMetaType::LongLong)));
        q.addBindValue(iso(move.date));
        q.addBindValue(text(move.reason));
        q.addBindValue(to_ms(now));
        return journal_.database().exec(q, "cannot move the planned date");
    });
}

CourseInput CourseStore::input(const CourseRow& course) const {
    const auto all = courses(course.client, course.protocol);
    return input_of(course, all, sessions_of(journal_.history(course.client), course.protocol));
}

Result<std::optional<std::int64_t>> CourseStore::session_recorded(std::int64_t client,
                                                                  const Protocol& protocol,
                                                                  Date date, WallTime now) {
    if (!has_course_plan(protocol))
        return std::optional<std::int64_t>{};
    const auto all = courses(client, protocol.id);
    if (!all.empty()) {
        const CourseRow& latest = all.back();
        if (latest.started > date)
            return std::optional<std::int64_t>{};
        // The course as it was before this session (the last one on its date, just recorded).
        CourseInput before = input(latest);
        for (auto it = before.sessions.rbegin(); it != before.sessions.rend(); ++it)
            if (it->date == date) {
                before.sessions.erase(std::next(it).base());
                break;
            }
        if (!starts_new_course(course_status(protocol, before, date)))
            return std::optional<std::int64_t>{};
    }
    auto started = start_course(client, protocol.id, date, now);
    if (!started)
        return started.errors();
    return std::optional<std::int64_t>{started.value()};
}

std::vector<ClientCourse> CourseStore::latest_courses(std::optional<std::int64_t> client,
                                                      const ProtocolLookup& lookup,
                                                      Date today) const {
    std::vector<std::int64_t> clients;
    if (client) {
        clients.push_back(*client);
    } else {
        QSqlQuery q(journal_.database().connection());
        if (q.exec(QStringLiteral("SELECT DISTINCT client FROM courses ORDER BY client")))
            while (q.next())
                clients.push_back(q.value(0).toLongLong());
    }
    std::vector<ClientCourse> out;
    for (const std::int64_t c : clients) {
        const auto who = journal_.client(c);
        if (!who)
            continue;
        const auto all = courses(c);
        if (all.empty())
            continue;
        const auto history = journal_.history(c);
        std::map<std::string, const CourseRow*> latest;
        for (const CourseRow& r : all)
            latest[r.protocol] = &r; // oldest first: the last one stays
        for (const auto& [id, row] : latest) {
            auto protocol = lookup ? lookup(id) : nullptr;
            if (!protocol)
                continue;
            ClientCourse cc;
            cc.row = *row;
            cc.client_name = who->name;
            cc.protocol = protocol;
            cc.input = input_of(*row, all, sessions_of(history, id));
            cc.status = course_status(*protocol, cc.input, today);
            out.push_back(std::move(cc));
        }
    }
    return out;
}

} // namespace effleur::storage
