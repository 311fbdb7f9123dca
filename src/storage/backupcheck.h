#pragma once
// The checks a backup file passes before a restore replaces the journal with it: SQLite's
// integrity check, a version this Effleur knows, and the journal's tables. A backup is chosen by
// the user and may be anything, so this is a reader of untrusted files (fuzz/fuzz_backup.cpp).
// Plain SQLite, no Qt; never throws.

#include <sqlite3.h>

#include <string>

namespace effleur::storage {

// The file's own problems, in words ("it is damaged (the integrity check failed)"), or an empty
// string when `db` (opened read-only) may be restored by an Effleur that knows versions up to
// `known_version`.
std::string check_journal_backup(sqlite3* db, int known_version);

} // namespace effleur::storage
