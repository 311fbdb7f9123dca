#pragma once
// Writes a running client session into the journal as it happens: the record when it begins,
// then each engine event that says what was done (a part starting or ending, a pause, an
// extension, a change of speed, a wait, a stage's end, the end) the moment it is delivered.
//
// A write that fails (a full disk, a locked file) loses nothing: the rows are kept in order in
// memory and written, oldest first, with the next event or at finish(); pending() says how many
// wait. The session itself never waits for the journal. queue() and flush() let the owner
// commit what one moment of the session did (its events and the running state) at once.
//
// Wall-clock times are the session's start on the wall clock plus the monotonic time since, so a
// change of the system clock during a session does not distort the record.
//
// Ownership: borrows the store, which must outlive the recorder, and shares the protocol.
// Errors: begin() returns the store's error; record() and finish() return a Status whose error
// says the write is pending. Nothing here throws or logs a client's data.

#include "core/clock.h"
#include "core/protocol.h"
#include "core/sessionevent.h"
#include "core/sessionplan.h"
#include "storage/journalstore.h"

#include <deque>
#include <memory>

namespace effleur::storage {

class JournalRecorder {
public:
    // Creates the running record. `plan` gives each part's planned time; `started` is the
    // monotonic time of the session's start, matching `start.started` on the wall clock.
    static Result<std::unique_ptr<JournalRecorder>>
    begin(JournalStore& store, const SessionStart& start, std::shared_ptr<const Protocol> protocol,
          const SessionPlan& plan, TimePoint started);

    // Continues the record of `session` after a crash: the session had reached `offset` of
    // session time; the time since is left out, like a pause. `now` and `wall_now` are this
    // moment on the monotonic and the wall clock.
    // `paused` is how much of `offset` was spent paused; `paused_now`, whether the session
    // comes back paused.
    static std::unique_ptr<JournalRecorder>
    resume(JournalStore& store, std::int64_t session, std::shared_ptr<const Protocol> protocol,
           const SessionPlan& plan, std::chrono::milliseconds offset,
           std::chrono::milliseconds paused, bool paused_now, TimePoint now, WallTime wall_now);

    [[nodiscard]] std::int64_t session() const { return session_; }
    // Session time since the start (monotonic, pauses included).
    [[nodiscard]] std::chrono::milliseconds offset(TimePoint now) const;
    // The wall-clock time of the monotonic `now`, as the record's events are stamped.
    [[nodiscard]] WallTime wall_at(TimePoint now) const;
    // Whether the journal keeps this kind of event (the others are presentation: countdowns,
    // halfway chimes, breathing counts, passes).
    [[nodiscard]] static bool kept(EventKind kind);

    // Keeps the event and writes it, with any still pending, at once (one commit).
    Status record(const SessionEvent& event);
    // Keeps the event to be written by the next flush(): a command or a moment of the clock can
    // deliver several events (a step ends, the next starts), and they are committed together.
    void queue(const SessionEvent& event);
    // Writes the events waiting, in order, with `state` when given, in one transaction; then
    // closes the record if finish() asked and it is not closed yet.
    Status flush(const SessionState* state = nullptr);
    // Closes the record: how it ended, why, and when (monotonic). Active time is the session's
    // time less its pauses. A session that did not finish ends the part under way at `now` with
    // a step-ended event caused by the command, so that its real time is kept.
    Status finish(Outcome outcome, std::string_view reason, TimePoint now);
    [[nodiscard]] std::size_t pending() const { return pending_.size(); }
    [[nodiscard]] bool finished() const { return finished_; }
    [[nodiscard]] std::chrono::milliseconds active(TimePoint now) const;
    // The time spent paused so far.
    [[nodiscard]] std::chrono::milliseconds paused(TimePoint now) const;

private:
    JournalRecorder(JournalStore& store, std::int64_t session,
                    std::shared_ptr<const Protocol> protocol, const SessionPlan& plan,
                    TimePoint started, WallTime wall_started);
    [[nodiscard]] EventRow row_of(const SessionEvent& e) const;

    JournalStore& store_;
    std::int64_t session_ = 0;
    std::shared_ptr<const Protocol> protocol_;
    std::vector<PlanPart> parts_;
    TimePoint started_;
    WallTime wall_started_;
    std::deque<EventRow> pending_;
    bool paused_ = false;
    TimePoint paused_since_{};
    Duration paused_total_{0};
    bool finished_ = false;
    struct End {
        Outcome outcome;
        std::string reason;
        WallTime at;
        std::chrono::milliseconds active;
    };
    std::optional<End> end_; // finish() asked, not yet written
    std::int64_t last_seq_ = 0;
    std::optional<EventRow> open_part_; // the part started and not yet ended
};

// The SHA-256 of `bytes`, in lower-case hex: the protocol file as it was run.
[[nodiscard]] std::string sha256_hex(std::string_view bytes);

} // namespace effleur::storage
