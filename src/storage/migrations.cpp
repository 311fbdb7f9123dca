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

constexpr std::array migrations{
    Migration{"quiz attempts and their missed steps", v1},
    Migration{"an index of attempts by protocol and time", v2},
};

} // namespace

std::span<const Migration> schema_migrations() {
    return migrations;
}

} // namespace effleur::storage
