// The checks a journal backup passes before a restore, on any bytes as the backup file: an
// answer (restorable, or why not in words), never a crash, a hang or an exception.
#include "storage/backupcheck.h"
#include "storage/migrations.h"

#include "fuzz_support.h"

#include <cstdint>
#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const int known = static_cast<int>(effleur::storage::schema_migrations().size());
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return 0;
    }
    // The bytes as the database file, read-only as the restore opens it.
    auto* copy = static_cast<unsigned char*>(sqlite3_malloc64(size == 0 ? 1 : size));
    if (copy == nullptr) {
        sqlite3_close(db);
        return 0;
    }
    if (size > 0) {
        std::memcpy(copy, data, size);
    }
    if (sqlite3_deserialize(
            db, "main", copy, static_cast<sqlite3_int64>(size), static_cast<sqlite3_int64>(size),
            SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_READONLY) != SQLITE_OK) {
        sqlite3_close(db);
        return 0;
    }
    const effleur::Status usable = effleur::storage::check_journal_backup(db, known);
    if (!usable) {
        effleur::fuzz::check_printable(usable.message());
    }
    sqlite3_close(db);
    return 0;
}
