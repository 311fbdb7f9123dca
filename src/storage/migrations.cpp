// Effleur's schema, as numbered migrations. See migrations.h; docs/architecture.md describes the
// tables.

#include "migrations.h"

#include <array>

namespace effleur::storage {

namespace {

// Version 1: quiz attempts and the steps each got wrong. STRICT tables, so a value of the wrong
// type is an error rather than silently stored. Times are UTC milliseconds since 1970; the seed
// is the 64-bit seed stored bit for bit in SQLite's signed integer.
constexpr std::array v1{
    std::string_view{R"sql(
CREATE TABLE attempts (
    id        INTEGER PRIMARY KEY,
    protocol  TEXT    NOT NULL CHECK (protocol <> ''),
    kind      TEXT    NOT NULL CHECK (kind IN ('order', 'next', 'line')),
    stage     INTEGER CHECK (stage IS NULL OR stage >= 0),
    seed      INTEGER NOT NULL,
    score     REAL    NOT NULL CHECK (score >= 0 AND score <= 1),
    questions INTEGER NOT NULL CHECK (questions >= 0),
    at_ms     INTEGER NOT NULL,
    took_ms   INTEGER NOT NULL CHECK (took_ms >= 0)
) STRICT)sql"},
    std::string_view{R"sql(
CREATE TABLE attempt_missed (
    attempt  INTEGER NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    step     TEXT    NOT NULL CHECK (step <> ''),
    PRIMARY KEY (attempt, position)
) STRICT, WITHOUT ROWID)sql"},
};

// Version 2: the progress view reads one protocol's attempts in time order; without this index
// that is a scan of every attempt of every protocol.
constexpr std::array v2{
    std::string_view{"CREATE INDEX attempts_by_protocol ON attempts (protocol, at_ms, id)"},
};

// Version 3: the session journal. Clients; every client session (and every screening that
// blocked one) with its gate record; the engine's events as they happened; the therapist's notes
// (an amendment is a new row that names the note it amends); findings marked on the diagram; a
// procedure day's ticks. Times are UTC milliseconds since 1970 (wall clock); `offset_ms` is
// monotonic time since the session began. Deleting a client deletes everything about them.
constexpr std::array v3{
    std::string_view{R"sql(
CREATE TABLE clients (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL CHECK (trim(name) <> ''),
    contact     TEXT    NOT NULL DEFAULT '',
    birth_date  TEXT    NOT NULL DEFAULT '',
    preferences TEXT    NOT NULL DEFAULT '',
    allergies   TEXT    NOT NULL DEFAULT '',
    avoid       TEXT    NOT NULL DEFAULT '',
    created_ms  INTEGER NOT NULL,
    updated_ms  INTEGER NOT NULL
) STRICT)sql"},
    std::string_view{R"sql(
CREATE TABLE sessions (
    id               INTEGER PRIMARY KEY,
    client           INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    protocol         TEXT    NOT NULL CHECK (protocol <> ''),
    protocol_version INTEGER NOT NULL,
    protocol_title   TEXT    NOT NULL,
    protocol_hash    TEXT    NOT NULL,
    stage            INTEGER CHECK (stage IS NULL OR stage >= 0),
    stage_title      TEXT    NOT NULL DEFAULT '',
    day              INTEGER,
    started_ms       INTEGER NOT NULL,
    ended_ms         INTEGER,
    planned_ms       INTEGER NOT NULL CHECK (planned_ms >= 0),
    active_ms        INTEGER,
    speed_milli      INTEGER NOT NULL DEFAULT 1000,
    outcome          TEXT    NOT NULL
        CHECK (outcome IN ('running', 'finished', 'stopped', 'interrupted', 'blocked')),
    end_reason       TEXT    NOT NULL DEFAULT '',
    verdict          TEXT    NOT NULL,
    blocked_item     TEXT    NOT NULL DEFAULT '',
    gate_json        TEXT    NOT NULL
) STRICT)sql"},
    std::string_view{"CREATE INDEX sessions_by_client ON sessions (client, started_ms, id)"},
    std::string_view{"CREATE INDEX sessions_by_time ON sessions (started_ms, id)"},
    std::string_view{"CREATE INDEX sessions_by_outcome ON sessions (outcome)"},
    std::string_view{R"sql(
CREATE TABLE session_events (
    session     INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL CHECK (seq > 0),
    kind        TEXT    NOT NULL,
    cause       TEXT    NOT NULL,
    stage       INTEGER NOT NULL,
    step        INTEGER NOT NULL,
    step_id     TEXT    NOT NULL,
    step_title  TEXT    NOT NULL,
    part        INTEGER NOT NULL,
    side        TEXT    NOT NULL,
    at_ms       INTEGER NOT NULL,
    offset_ms   INTEGER NOT NULL,
    amount_ms   INTEGER NOT NULL,
    value_milli INTEGER NOT NULL,
    PRIMARY KEY (session, seq)
) STRICT, WITHOUT ROWID)sql"},
    std::string_view{R"sql(
CREATE TABLE session_notes (
    id         INTEGER PRIMARY KEY,
    session    INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    written_ms INTEGER NOT NULL,
    felt       TEXT    NOT NULL,
    pressure   TEXT    NOT NULL,
    findings   TEXT    NOT NULL,
    advice     TEXT    NOT NULL,
    plan       TEXT    NOT NULL,
    amends     INTEGER REFERENCES session_notes (id) ON DELETE CASCADE
) STRICT)sql"},
    std::string_view{"CREATE INDEX session_notes_by_session ON session_notes (session, id)"},
    std::string_view{R"sql(
CREATE TABLE session_marks (
    id         INTEGER PRIMARY KEY,
    session    INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    diagram    TEXT    NOT NULL,
    x          REAL    NOT NULL,
    y          REAL    NOT NULL,
    radius     REAL    NOT NULL CHECK (radius >= 0),
    kind       TEXT    NOT NULL,
    label      TEXT    NOT NULL,
    written_ms INTEGER NOT NULL
) STRICT)sql"},
    std::string_view{"CREATE INDEX session_marks_by_session ON session_marks (session, id)"},
    std::string_view{R"sql(
CREATE TABLE session_procedure (
    session  INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    item     TEXT    NOT NULL,
    done     INTEGER NOT NULL CHECK (done IN (0, 1)),
    note     TEXT    NOT NULL,
    PRIMARY KEY (session, position)
) STRICT, WITHOUT ROWID)sql"},
};

// v4: the running state of a client session, so that it can be resumed after a crash.
constexpr std::array v4{
    std::string_view{R"sql(
CREATE TABLE session_state (
    session    INTEGER PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL CHECK (seq >= 0),
    written_ms INTEGER NOT NULL,
    offset_ms  INTEGER NOT NULL CHECK (offset_ms >= 0),
    snapshot   TEXT    NOT NULL
) STRICT)sql"},
};

// v5: clients' courses of a protocol: when each began (a local date), when and why it was ended
// early, and the planned dates the therapist moved. The sessions of a course are the client's
// sessions of its protocol from its start to the next course's start.
constexpr std::array v5{
    std::string_view{R"sql(
CREATE TABLE courses (
    id         INTEGER PRIMARY KEY,
    client     INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    protocol   TEXT    NOT NULL CHECK (protocol <> ''),
    started    TEXT    NOT NULL CHECK (length(started) = 10),
    ended      TEXT    CHECK (ended IS NULL OR length(ended) = 10),
    end_reason TEXT    NOT NULL DEFAULT '',
    created_ms INTEGER NOT NULL
) STRICT)sql"},
    std::string_view{"CREATE INDEX courses_by_client ON courses (client, protocol, started, id)"},
    std::string_view{R"sql(
CREATE TABLE course_moves (
    id         INTEGER PRIMARY KEY,
    course     INTEGER NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    session    INTEGER NOT NULL CHECK (session > 0),
    day        INTEGER,
    date       TEXT    NOT NULL CHECK (length(date) = 10),
    reason     TEXT    NOT NULL DEFAULT '',
    written_ms INTEGER NOT NULL
) STRICT)sql"},
    std::string_view{"CREATE INDEX course_moves_by_course ON course_moves (course, id)"},
};

// v6: why a session stopped early is kept as a code that reads the same in every language
// (core/stopreason.h), worded in the reader's language when shown. Until now it was kept in the
// words of the interface's language at that moment: the words each language's catalogue gave
// back then become their code. Any other reason is free text and stays as it is.
constexpr std::array v6{
    std::string_view{R"sql(
UPDATE sessions SET end_reason = 'ended-by-therapist'
WHERE end_reason IN ('ended by the therapist', 'завершён массажистом', 'завершено масажистом',
                     'zakończona przez masażystę'))sql"},
    std::string_view{R"sql(
UPDATE sessions SET end_reason = 'interrupted-by-crash'
WHERE end_reason IN ('interrupted by a crash', 'прерван из-за сбоя', 'перервано через збій',
                     'przerwana przez awarię'))sql"},
};

constexpr std::array migrations{
    Migration{"quiz attempts and their missed steps", v1},
    Migration{"an index of attempts by protocol and time", v2},
    Migration{"the session journal: clients, sessions, events, notes, marks", v3},
    Migration{"the running state of a session, for resuming after a crash", v4},
    Migration{"clients' courses: their start, early end and moved dates", v5},
    Migration{"why a session stopped early, as a code rather than words", v6},
};

} // namespace

std::span<const Migration> schema_migrations() {
    return migrations;
}

} // namespace effleur::storage
