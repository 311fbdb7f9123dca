#pragma once
// The session journal's records: clients, and every client session as it really ran. Plain
// values that JournalStore reads and writes; nothing here touches the database or throws.
//
// Times are wall-clock UTC (system_clock) in whole milliseconds; offsets within a session
// ("session time") come from the monotonic clock and exclude nothing: pauses are events.

#include "core/gate.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace effleur::storage {

using WallTime = std::chrono::system_clock::time_point;

// What a therapist keeps about a client. The name is the only required field.
struct Client {
    std::int64_t id = 0;
    std::string name;
    std::string contact;     // phone, e-mail: free text
    std::string birth_date;  // ISO yyyy-mm-dd, or empty
    std::string preferences; // pressure, oils, music
    std::string allergies;
    std::string avoid; // what not to do or where not to work
    WallTime created{};
    WallTime updated{};
    friend bool operator==(const Client&, const Client&) = default;
};

// How a session ended. Running: it has not (yet) ended; a record still Running when the app
// starts again was interrupted by a crash. Blocked: the screening stopped it before it began.
enum class Outcome { Running, Finished, Stopped, Interrupted, Blocked };
[[nodiscard]] std::string_view to_string(Outcome o); // "running", "finished", ...
[[nodiscard]] std::optional<Outcome> outcome_from(std::string_view s);

// What the app knows when a session starts.
struct SessionStart {
    std::int64_t client = 0;
    std::string protocol_id;
    int protocol_version = 0;
    std::string protocol_title;
    std::string protocol_hash;        // SHA-256 of the file's bytes as run, hex
    std::optional<std::size_t> stage; // 0-based; nullopt: the whole protocol
    std::string stage_title;
    std::optional<int> day;
    std::chrono::milliseconds planned{0}; // the plan's session time at 1x
    std::int64_t speed_milli = 1000;      // a client session runs at 1x
    GateRecord gate;                      // verdict Clear (or Blocked for a blocked screening)
    WallTime started{};
};

// One engine event as it happened, as the journal keeps it. Only the events that say what was
// done are kept: parts starting and ending, pauses, extensions, speed, waits, stages, the end.
struct EventRow {
    std::int64_t seq = 0;
    std::string kind;  // SessionEvent's kind, e.g. "step-started"
    std::string cause; // e.g. "clock", "next", "back"
    std::int64_t stage = 0;
    std::int64_t step = 0;
    std::string step_id;
    std::string step_title;
    std::int64_t part = 0;
    std::string side;                    // "left", "right" or "" (both)
    WallTime at{};                       // wall clock
    std::chrono::milliseconds offset{0}; // monotonic time since the session started
    std::chrono::milliseconds amount{0}; // extended: by how much; step-started: the part's plan
    std::int64_t value_milli = 0;        // speed-changed: the new speed x 1000
    friend bool operator==(const EventRow&, const EventRow&) = default;
};

// The therapist's notes after a session. An amendment is a new Note whose `amends` is the note
// it corrects; the original stays as it was.
struct Note {
    std::int64_t id = 0;
    WallTime written{};
    std::string felt;     // how the client felt
    std::string pressure; // pressure used
    std::string findings;
    std::string advice;
    std::string plan; // for next time
    std::optional<std::int64_t> amends;
    friend bool operator==(const Note&, const Note&) = default;
};

// A finding marked on the diagram: a point (radius 0) or an area, in the art's own coordinates
// (the SVG's view box), so it lies where it was put at any size.
struct Mark {
    std::int64_t id = 0;
    std::string diagram; // e.g. "face-front"
    double x = 0;
    double y = 0;
    double radius = 0;
    std::string kind;  // "tension", "pain", "bruise", "injection", "other"
    std::string label; // a word or two
    WallTime written{};
    friend bool operator==(const Mark&, const Mark&) = default;
};

// A procedure day's checklist item as ticked, with its note (e.g. where injections were made).
struct ProcedureTick {
    std::string item;
    bool done = false;
    std::string note;
    friend bool operator==(const ProcedureTick&, const ProcedureTick&) = default;
};

// One line of a client's history.
struct SessionSummary {
    std::int64_t id = 0;
    std::int64_t client = 0;
    std::string client_name;
    std::string protocol_id;
    std::string protocol_title;
    std::optional<std::size_t> stage;
    std::string stage_title;
    std::optional<int> day;
    WallTime started{};
    std::optional<WallTime> ended;
    std::chrono::milliseconds planned{0};
    std::optional<std::chrono::milliseconds> active; // session time less pauses
    Outcome outcome = Outcome::Running;
    std::string end_reason;
    std::string verdict;   // the gate's: "clear", "blocked"
    std::string note_line; // the first line of the latest note
};

// A session's whole record.
struct SessionRecord {
    SessionSummary summary;
    int protocol_version = 0;
    std::string protocol_hash;
    std::int64_t speed_milli = 1000;
    std::string blocked_item;
    GateRecord gate;
    std::vector<EventRow> events;
    std::vector<Note> notes; // oldest first; amendments after what they amend
    std::vector<Mark> marks;
    std::vector<ProcedureTick> procedure;
};

// One part (a step, or one side of it) as it ran, derived from the events.
struct PartRun {
    std::int64_t stage = 0;
    std::int64_t step = 0;
    std::string step_id;
    std::string step_title;
    std::int64_t part = 0;
    std::string side;
    WallTime started{};
    std::optional<WallTime> ended;
    std::chrono::milliseconds planned{0};
    std::chrono::milliseconds real{0};     // wall time from start to end, less pauses
    std::chrono::milliseconds extended{0}; // the sum of its extensions
    std::string ended_by; // "clock" (done), "next" (skipped), "back", "restart", ... or "" (open)
};
[[nodiscard]] std::vector<PartRun> part_runs(const std::vector<EventRow>& events);

// A running client session's state as last saved: the engine's snapshot (StepEngine::snapshot()
// as JSON text), the last event sequence it includes, when it was written (wall clock) and the
// session time it had reached.
struct SessionState {
    std::int64_t session = 0;
    std::int64_t seq = 0;
    WallTime written{};
    std::chrono::milliseconds offset{0};
    std::string snapshot;
    friend bool operator==(const SessionState&, const SessionState&) = default;
};

// A search over the journal. Empty fields do not filter.
struct JournalQuery {
    std::string text; // in client names, notes, findings and marks
    std::optional<std::int64_t> client;
    std::string protocol_id;
    std::optional<WallTime> from; // started at or after
    std::optional<WallTime> to;   // started before
    std::optional<Outcome> outcome;
    std::size_t limit = 500;
};

} // namespace effleur::storage
