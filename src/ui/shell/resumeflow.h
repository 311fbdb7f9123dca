#pragma once
// Resuming after a crash: the offer of a client session or a rehearsal that did not end
// (ResumeFlow), where a saved engine snapshot stands (for the offer's words), and a rehearsal's
// running state beside the journal.
//
// A rehearsal has no record, so its state is a small file beside the journal
// (`rehearsal-state.json`), written whole or not at all: a new file (owner-only, 0600) is
// written, flushed to disk and renamed over the old one, so a kill -9 or a power cut leaves
// the last one whole. It is removed when the rehearsal ends. It holds no client's data: the
// protocol's id, version and file hash, the engine's snapshot, whether the next step is shown,
// and when it was written.
//
// Nothing here throws; a file that cannot be read or parsed is treated as absent (and logged
// by what went wrong, never by content).
//
// ResumeFlow borrows the session flow it starts the resumed session in, the journal it is given
// and its services (SessionFlowServices' loader and clock), which must outlive it; its offers
// are children of `window`.

#include "core/clock.h"
#include "core/diagnostic.h"
#include "core/loader.h"
#include "core/stepengine.h"
#include "storage/journal.h"

#include <QObject>
#include <QTimer>
#include <QWidget>

#include <nlohmann/json.hpp>

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace effleur::storage {
class JournalStore;
}

namespace effleur::ui {

class SessionController;
class SessionFlow;

// Where a saved engine snapshot stands: its part of the plan (an index into the plan's parts),
// the step, and the protocol time into the part and the part's length.
struct SavedPlace {
    std::size_t part = 0;
    std::string step_id;
    std::chrono::milliseconds progress{0};
    std::chrono::milliseconds length{0};
};
// nullopt when `snapshot` is not a step engine snapshot.
[[nodiscard]] std::optional<SavedPlace> saved_place(const nlohmann::json& snapshot);
// The options a rehearsal ran with, as its snapshot keeps them (stage, range, pauses, speed).
[[nodiscard]] SessionOptions rehearsal_options(const nlohmann::json& snapshot);
// "1:05" (minutes and seconds, or hours as "1:02:05").
[[nodiscard]] std::string clock_words(std::chrono::milliseconds t);

// A running rehearsal's state as last saved.
struct RehearsalState {
    std::string protocol_id;
    int protocol_version = 0;
    std::string file_hash; // SHA-256 of the protocol file as run ("" for none)
    storage::WallTime written{};
    bool show_next = true;
    nlohmann::json engine; // StepEngine::snapshot()
};

// The file beside the journal.
[[nodiscard]] std::filesystem::path rehearsal_state_file(const std::filesystem::path& journal);
// Writes the state atomically (temporary file, fsync, rename, fsync of the folder); the folder
// is created owner-only when missing. Done when written, else what went wrong, about `file`.
[[nodiscard]] Status write_rehearsal_state(const std::filesystem::path& file,
                                           const RehearsalState& state);
// nullopt when there is none, or it is over 1 MiB or not one of ours.
[[nodiscard]] std::optional<RehearsalState> read_rehearsal_state(const std::filesystem::path& file);
void remove_rehearsal_state(const std::filesystem::path& file);

// Keeps a running rehearsal's state in its file: after every command or step event, and at
// least every `state_interval_ms` while it runs; removes the file when the rehearsal finishes
// or is ended. Borrows the controller, which must outlive it.
class RehearsalKeeper : public QObject {
    Q_OBJECT

public:
    // `show_next`: whether the view shows the next step (asked at each save).
    RehearsalKeeper(SessionController& controller, std::filesystem::path file,
                    std::function<bool()> show_next, std::string file_hash,
                    std::function<storage::WallTime()> wall_now, QObject* parent = nullptr);
    ~RehearsalKeeper() override;
    RehearsalKeeper(const RehearsalKeeper&) = delete;
    RehearsalKeeper& operator=(const RehearsalKeeper&) = delete;

    static constexpr int state_interval_ms = 500;
    void save_state();
    [[nodiscard]] const std::filesystem::path& file() const { return file_; }
    // Writes nothing until release(), which saves at once: a rehearsal opened as the app starts
    // is first written once the window's first frame is up, never delaying it (a save waits for
    // the disk twice).
    void hold() { held_ = true; }
    void release();

private:
    SessionController& controller_;
    std::filesystem::path file_;
    std::function<bool()> show_next_;
    std::string file_hash_;
    std::function<storage::WallTime()> wall_now_;
    QTimer timer_;
    bool dirty_ = true;
    bool saving_ = false;
    bool ended_ = false;
    bool warned_ = false;
    bool held_ = false;
};

// After a crash: the unfinished client session or rehearsal is offered for resuming, or ended
// where it was.
class ResumeFlow : public QObject {
    Q_OBJECT

public:
    struct Services {
        std::shared_ptr<const Loader> loader;
        const Clock* clock = nullptr;
        std::function<storage::WallTime()> wall_now;
        // The library's protocol with this id; null when there is none.
        std::function<std::shared_ptr<const Protocol>(const std::string&)> lookup;
        std::filesystem::path rehearsal_state; // the rehearsal's state file
    };
    ResumeFlow(Services services, SessionFlow& sessions, QWidget& window);

    // The journal has just been opened: a crash's running client sessions are kept as
    // interrupted, and the newest one saved less than 12 hours ago is offered (once per run).
    void check_unfinished(storage::JournalStore& journal);
    // A rehearsal that did not end, offered when no client session is.
    void offer_rehearsal();

Q_SIGNALS:
    void status(const QString& words, int timeout_ms);
    void journalChanged(std::int64_t session);

private:
    void offer_resume(std::int64_t session);
    bool resume_session(std::int64_t session, const std::shared_ptr<const Protocol>& protocol);
    void end_unfinished(std::int64_t session);
    bool resume_rehearsal(const RehearsalState& state,
                          const std::shared_ptr<const Protocol>& protocol);
    // "At: <step>, 1:20 of 2:00" for a saved place in `protocol` (null: the step's id).
    [[nodiscard]] QString place_words(const SavedPlace& place, const Protocol* protocol) const;
    [[nodiscard]] bool offer_shown() const;
    [[nodiscard]] storage::WallTime wall_now() const;

    Services services_;
    SessionFlow& sessions_;
    QWidget& window_;
    storage::JournalStore* journal_ = nullptr; // set by check_unfinished
};

} // namespace effleur::ui
