#pragma once
// A client session written into the journal as it runs: one more subscriber of the session
// controller. It creates the record when the session begins, commits the engine events the
// journal keeps (storage::JournalRecorder) as soon as the command or the moment of the clock
// that delivered them has run its course, together with the running state, in one commit and
// before the event loop turns again; and it closes the record as finished
// when the last step ends, or as stopped early, with the therapist's reason, when the session is
// ended before that. A write that fails is kept in order and tried again with the next event;
// problem() says so once, in words for the therapist.
//
// Ownership: borrows the store and the controller, which must outlive it (the main window keeps
// all three and deletes this first). Nothing here throws or logs a client's data.

#include "storage/journalrecorder.h"
#include "storage/journalstore.h"
#include "ui/session/sessioncontroller.h"

#include <QObject>

#include <QString>
#include <QTimer>
#include <nlohmann/json.hpp>

#include <memory>

namespace effleur::ui {

// What the journal needs to know of a session that is about to begin, beyond the engine.
struct RecordingStart {
    std::int64_t client = 0;
    std::string protocol_hash; // SHA-256 of the protocol file's bytes as run
    storage::WallTime started{};
};

// The session start the journal keeps, for a protocol's `stage` (nullopt: the whole protocol)
// screened by `gate`; the planned time is left at zero (a screening that blocked a session).
[[nodiscard]] storage::SessionStart session_start(const Protocol& protocol,
                                                  std::optional<std::size_t> stage,
                                                  const GateRecord& gate,
                                                  const RecordingStart& start);
// The same from the engine (its protocol, stage, plan and gate), with the planned time.
[[nodiscard]] storage::SessionStart session_start(const StepEngine& engine,
                                                  const RecordingStart& start);
// The SHA-256 of the file's bytes, or "" when it cannot be read (an in-memory protocol).
[[nodiscard]] std::string file_hash(const std::filesystem::path& file);

// The engine's snapshot inside a saved state (the state also holds the time spent paused);
// null when the state is not one of ours.
[[nodiscard]] nlohmann::json engine_snapshot(const storage::SessionState& state);

class SessionRecording : public QObject {
    Q_OBJECT

public:
    // Creates the running record; the store's error when it cannot.
    static Result<std::unique_ptr<SessionRecording>>
    begin(storage::JournalStore& store, SessionController& controller, const RecordingStart& start);
    // Continues the record of a session that a crash interrupted, from its saved state; the
    // controller's engine must have been restored from that state.
    static std::unique_ptr<SessionRecording> resume(storage::JournalStore& store,
                                                    SessionController& controller,
                                                    const storage::SessionState& state,
                                                    storage::WallTime wall_now);
    ~SessionRecording() override;
    // The session's running state is saved after every command or event that the journal
    // keeps, and at least this often while it runs, so that it can be resumed after a crash
    // within a second of where it was.
    static constexpr int state_interval_ms = 500;
    // Saves the running state now (the timers and the events call it).
    void save_state();

    [[nodiscard]] std::int64_t session() const { return recorder_->session(); }
    // Events not yet written (the file could not be written to).
    [[nodiscard]] std::size_t pending() const { return recorder_->pending(); }
    [[nodiscard]] bool closed() const { return recorder_->finished(); }

Q_SIGNALS:
    // A write failed; what is not written is kept and tried again with the next event.
    void problem(const QString& words);
    // The record is closed (finished or stopped) and every event is written.
    void closedRecord(std::int64_t session);

private:
    SessionRecording(storage::JournalStore& store, SessionController& controller,
                     std::unique_ptr<storage::JournalRecorder> recorder);
    void check(const Status& status);
    void subscribe();

    storage::JournalStore& store_;
    SessionController& controller_;
    std::unique_ptr<storage::JournalRecorder> recorder_;
    bool warned_ = false;
    bool dirty_ = false; // a kept event since the state was last saved
    QTimer state_timer_;
    bool closed_sent_ = false;
    bool saving_ = false; // bringing the engine to now before a save
};

} // namespace effleur::ui
