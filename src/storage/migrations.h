#pragma once
// Numbered schema migrations. Migration i (1-based) takes a database from version i-1 to i;
// `PRAGMA user_version` holds the version reached. Scripts are lists of single SQL statements
// (QtSql runs one statement per query). A released migration is never edited: a change to the
// schema is a new migration at the end.

#include <span>
#include <string_view>

namespace effleur::storage {

struct Migration {
    std::string_view what;                        // one line, for error messages
    std::span<const std::string_view> statements; // run in order, in the caller's transaction
};

// Effleur's schema, oldest first. Its size is the newest version this build knows.
std::span<const Migration> schema_migrations();

} // namespace effleur::storage
