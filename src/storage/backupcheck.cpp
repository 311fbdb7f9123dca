// The checks a backup passes before it replaces the journal. See backupcheck.h.

#include "storage/backupcheck.h"

#include <cstring>
#include <string>

namespace effleur::storage {

Status check_journal_backup(sqlite3* db, int known_version) {
    sqlite3_stmt* st = nullptr;
    std::string problem;
    if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, nullptr) != SQLITE_OK)
        // SQLite's message may quote the file's own schema: escaped, like any text from a file.
        return message_only("it is not an Effleur database (" + printable(sqlite3_errmsg(db)) +
                            ")");
    const unsigned char* verdict =
        sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_text(st, 0) : nullptr;
    if (verdict == nullptr || std::strcmp(reinterpret_cast<const char*>(verdict), "ok") != 0)
        problem = "it is damaged (the integrity check failed)";
    sqlite3_finalize(st);
    if (!problem.empty())
        return message_only(problem);
    if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, nullptr) != SQLITE_OK)
        return message_only("its version cannot be read");
    const int version = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : -1;
    sqlite3_finalize(st);
    if (version > known_version)
        return message_only("it is version " + std::to_string(version) +
                            "; this Effleur knows up to " + std::to_string(known_version));
    if (version < 3)
        return message_only("it holds no session journal");
    if (sqlite3_prepare_v2(db,
                           "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN "
                           "('clients', 'sessions', 'session_events', 'session_notes')",
                           -1, &st, nullptr) != SQLITE_OK)
        return message_only("its tables cannot be read");
    const int tables = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
    sqlite3_finalize(st);
    if (tables != 4)
        return message_only("it lacks the journal's tables");
    return Done{};
}

} // namespace effleur::storage
