#pragma once
// The journal as files for other programs: CSV (one row per session, or one row per step with
// its planned and real times) and JSON (one session, or a client's whole record, for data
// portability). The JSON's shape is documented in docs/journal.md. Pure functions over what a
// JournalStore reads; nothing here writes a file or throws.

#include "storage/journal.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace effleur::storage {

class JournalStore;

[[nodiscard]] nlohmann::ordered_json to_json(const Client& client);
[[nodiscard]] nlohmann::ordered_json to_json(const SessionSummary& summary);
[[nodiscard]] nlohmann::ordered_json to_json(const SessionRecord& record);
// The client and every session of theirs, whole, oldest first.
[[nodiscard]] nlohmann::ordered_json client_record_json(const JournalStore& store,
                                                        std::int64_t client);

// RFC 4180 CSV with a header row. A cell that a spreadsheet would take for a formula (starting
// with =, +, -, @) is prefixed with an apostrophe.
[[nodiscard]] std::string sessions_csv(const std::vector<SessionSummary>& sessions);
[[nodiscard]] std::string steps_csv(const JournalStore& store,
                                    const std::vector<SessionSummary>& sessions);

// "2025-03-01T09:30:00.000Z"
[[nodiscard]] std::string utc_text(WallTime t);

} // namespace effleur::storage
