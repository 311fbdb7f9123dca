#pragma once
// The checks a backup file passes before a restore replaces the journal with it: SQLite's
// integrity check, a version this Effleur knows, and the journal's tables. A backup is chosen by
// the user and may be anything, so this is a reader of untrusted files (fuzz/fuzz_backup.cpp).
// Plain SQLite, no Qt; never throws.

#include "core/diagnostic.h"

#include <sqlite3.h>

namespace effleur::storage {

// Done when `db` (opened read-only) may be restored by an Effleur that knows versions up to
// `known_version`; else the file's own problem in words ("it is damaged (the integrity check
// failed)"), with no place (the caller knows which file it opened).
[[nodiscard]] Status check_journal_backup(sqlite3* db, int known_version);

} // namespace effleur::storage
