#pragma once
// The session journal in Effleur's SQLite database (see database.h for how the file is opened,
// kept private and migrated; the tables are in migrations.cpp and docs/journal.md).
//
// Written as it happens: a session's record is created when it starts and each event is
// committed as it occurs (synchronous=FULL), so a crash or a power cut loses no step that was
// done; a record still "running" when the journal is next opened was interrupted.
//
// Ownership: one JournalStore owns one connection; use it from the thread that opened it.
// Errors: every call that can fail returns a Result whose Diagnostic names the database file and
// what went wrong; nothing throws. Nothing here logs a client's name, answers or notes.
//
// SQL: the statements here are plain SQL that PostgreSQL also runs (positional parameters, no
// SQLite functions); what is SQLite's own (the table definitions' STRICT, PRAGMAs, the online
// backup, VACUUM) is in migrations.cpp and journalfile.cpp.

#include "core/diagnostic.h"
#include "storage/journal.h"

#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace effleur::storage {

class Database;

class JournalStore {
public:
    // The same file as the quiz attempts: $XDG_DATA_HOME/effleur/effleur.sqlite.
    static std::filesystem::path default_path();

    static Result<std::unique_ptr<JournalStore>> open(const std::filesystem::path& file);
    ~JournalStore();
    JournalStore(const JournalStore&) = delete;
    JournalStore& operator=(const JournalStore&) = delete;

    [[nodiscard]] const std::filesystem::path& file() const;
    [[nodiscard]] int schema_version() const;

    // Clients. `add_client` sets id, created and updated; the name must not be blank.
    Result<Client> add_client(Client client, WallTime now);
    Status update_client(const Client& client, WallTime now);
    [[nodiscard]] std::optional<Client> client(std::int64_t id) const;
    // Clients whose name contains `search` (case-insensitive; all when empty), by name.
    [[nodiscard]] std::vector<Client> clients(std::string_view search = {}) const;
    // Erases the client and everything about them, so that none of it is left in the file:
    // secure_delete, then the write-ahead log is checkpointed and truncated, then VACUUM.
    Status erase_client(std::int64_t id);

    // Sessions. `begin_session` creates the running record with its gate record; the events
    // follow one by one. `record_blocked` keeps a screening that stopped a session.
    Result<std::int64_t> begin_session(const SessionStart& start);
    Result<std::int64_t> record_blocked(const SessionStart& start, std::string_view blocked_item);
    Status append_event(std::int64_t session, const EventRow& event);
    // Several events in order, and the running state when given, in one transaction: all are
    // kept, or none (one commit, so one wait for the disk, for what one moment of a session did).
    Status append_events(std::int64_t session, std::span<const EventRow> events,
                         const SessionState* state = nullptr);
    Status end_session(std::int64_t session, Outcome outcome, std::string_view reason,
                       WallTime ended, std::chrono::milliseconds active);
    // The running session's state, replaced at each save (one row per session, written whole
    // or not at all); removed when the session ends. `state` is nullopt when none was saved.
    Status save_state(const SessionState& state);
    [[nodiscard]] std::optional<SessionState> state(std::int64_t session) const;
    // Resuming from a state: the events recorded after it are dropped, since the session
    // continues from the state and they happen again.
    Status drop_events_after(std::int64_t session, std::int64_t seq);
    // Marks every record still running as interrupted (the app died while it ran); returns them.
    // `keep` is left running (a session being resumed).
    Result<std::vector<std::int64_t>> close_interrupted(WallTime now,
                                                        std::optional<std::int64_t> keep = {});

    // What the therapist adds. A note that amends another keeps the original beside it.
    Result<std::int64_t> add_note(std::int64_t session, Note note);
    Result<std::int64_t> add_mark(std::int64_t session, Mark mark);
    // Several marks at once: all are kept, or none. Their ids are set.
    Status add_marks(std::int64_t session, std::vector<Mark>& marks);
    Status set_procedure(std::int64_t session, std::span<const ProcedureTick> ticks);

    // Reading back.
    [[nodiscard]] std::optional<SessionRecord> session(std::int64_t id) const;
    // A client's sessions, newest first.
    [[nodiscard]] std::vector<SessionSummary> history(std::int64_t client) const;
    [[nodiscard]] std::vector<SessionSummary> search(const JournalQuery& query) const;
    // The client's latest session of `protocol` that passed the gate (for "same as last time",
    // and the notes and marks shown before the next session).
    [[nodiscard]] std::optional<SessionRecord> last_session(std::int64_t client,
                                                            std::string_view protocol) const;
    [[nodiscard]] std::size_t session_count() const;
    // When each client's latest session started (clients without one are absent).
    [[nodiscard]] std::map<std::int64_t, WallTime> last_started() const;
    // The clients with a session whose notes or marks contain `search` (as search() finds it).
    [[nodiscard]] std::set<std::int64_t> clients_with_text(std::string_view search) const;

    // Backup and restore through SQLite's online backup API. `restore_from` checks the file
    // (integrity, a version this build knows, the journal's tables) before it replaces anything.
    Status backup_to(const std::filesystem::path& target) const;
    Status restore_from(const std::filesystem::path& source);

    [[nodiscard]] Database& database() { return *db_; }

private:
    explicit JournalStore(std::unique_ptr<Database> db);
    [[nodiscard]] Diagnostic problem(std::string message) const;
    std::unique_ptr<Database> db_;
};

} // namespace effleur::storage
