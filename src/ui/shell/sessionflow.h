#pragma once
// The session flows of the main window, from the first question to the notes after it.
//
// A client session: choose the client, the day (only for a multi-day complex, whose stages are
// days), the contraindication checklist (GateDialog), and once it is clear the session itself,
// recorded in the journal, then the summary and notes form. A rehearsal, from the Practise
// dialog or a student's weakest steps, runs straight away and records nothing; its running state
// is kept beside the journal for resuming after a crash.
//
// SessionFlow owns the running session: its controller, its view, the journal's record and the
// screen-awake guard. It does not place the view: `opened` hands it to the window, which shows
// it, and `closed` says the session is gone. Ownership: it borrows the loader, the clock, the
// settings and the cue player (SessionFlowServices), which must outlive it; dialogs are children
// of `window`. Nothing here throws; a session that cannot start is reported in a message box.

#include "core/clock.h"
#include "core/gate.h"
#include "core/loader.h"
#include "core/quiz.h"
#include "core/stepengine.h"
#include "ui/session/screenawake.h"

#include <QObject>
#include <QString>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>

class QSettings;
class QWidget;

namespace effleur::storage {
class JournalStore;
struct SessionRecord;
struct SessionState;
} // namespace effleur::storage

namespace effleur::ui {

class CuePlayer;
class GateDialog;
class SessionController;
class SessionRecording;
class SessionView;
struct Practice;

struct SessionFlowServices {
    std::shared_ptr<const Loader> loader;
    const Clock* clock = nullptr;
    QSettings* settings = nullptr;
    CuePlayer* cues = nullptr;
    std::function<std::chrono::system_clock::time_point()> wall_now;
    // The journal, opened on first use; null (with a message box) when it cannot be opened.
    std::function<storage::JournalStore*()> journal;
    // Where a running rehearsal's state is kept (beside the journal).
    std::filesystem::path rehearsal_state;
    // The day of a multi-day complex due next in the client's course, with words saying so.
    std::function<std::optional<std::size_t>(const Protocol&, std::int64_t, QString&)> day_due;
    // Called before a session starts: the speech and audio engines load.
    std::function<void()> start_cues;
    // Runs its argument once the window's first frame is up (at once if it is); null: at once.
    std::function<void(std::function<void()>)> after_first_frame;
};

class SessionFlow : public QObject {
    Q_OBJECT

public:
    SessionFlow(SessionFlowServices services, QWidget& window);
    ~SessionFlow() override;
    SessionFlow(const SessionFlow&) = delete;
    SessionFlow& operator=(const SessionFlow&) = delete;

    // A client session: the client chooser, then the day and the checklist.
    void start_session(const std::shared_ptr<const Protocol>& protocol);
    // From the client and the day on (a session due in a course): the day chooser when `stage`
    // is not given and the protocol has days, else the checklist.
    void choose_day(const std::shared_ptr<const Protocol>& protocol, std::int64_t client,
                    const std::shared_ptr<const storage::SessionRecord>& last);
    void open_gate(std::shared_ptr<const Protocol> protocol, std::optional<std::size_t> stage,
                   std::int64_t client, const std::shared_ptr<const storage::SessionRecord>& last);
    // A client session from a checklist already answered and clear, for `client`.
    void start_cleared_session(ClearedGate&& gate, std::int64_t client);
    // A rehearsal as chosen in the Practise dialog, and the dialog itself.
    void rehearse(std::shared_ptr<const Protocol> protocol, const Practice& practice);
    void open_practise(std::shared_ptr<const Protocol> protocol);
    // A rehearsal of the stretch that holds a student's weakest `steps`.
    void practise(std::shared_ptr<const Protocol> protocol,
                  const std::vector<quiz::StepRef>& steps);
    // `resumed`: the saved state the engine was restored from, after a crash (it comes back
    // paused, and a client session goes on in its own record).
    void open_session(std::unique_ptr<StepEngine> engine, std::int64_t client_id = 0,
                      const storage::SessionState* resumed = nullptr);
    // Asks before a client session that has not finished is ended; true to go on.
    bool confirm_end();
    // Ends the session, asking first when a client session has not finished.
    void end_session();
    // Ends the session without asking (the asking is done).
    void close_session();
    // Pauses a running session while the therapist reads or changes settings.
    void pause_if_running();

    [[nodiscard]] bool running() const { return view_ != nullptr; }
    // A session or a step of its start (the chooser, the day, the checklist) is on screen.
    [[nodiscard]] bool busy() const;
    [[nodiscard]] SessionView* view() const { return view_; }
    [[nodiscard]] SessionController* controller() const { return controller_; }
    [[nodiscard]] GateDialog* gate() const { return gate_; }
    // The journal's record of the running client session; 0 when none is recorded.
    [[nodiscard]] std::int64_t recorded_session() const;

Q_SIGNALS:
    // A session's view is ready to be shown; the session begins right after.
    void opened(effleur::ui::SessionView* view);
    // The session is over; its view is deleted later. `file` and `id` name the protocol it ran.
    void closed(effleur::ui::SessionView* view, const std::filesystem::path& file,
                const std::string& id);
    // The view's glance mode (the session alone on screen) went on or off.
    void glanceChanged(bool on);
    // A line for the status bar; `timeout_ms` 0 keeps it.
    void status(const QString& words, int timeout_ms);
    // A session's record changed in the journal.
    void journalChanged(std::int64_t session);
    // The checklist stopped this protocol: the library offers those these items do not rule out.
    void otherProtocolsWanted(const std::set<std::string>& ids, const QStringList& names);

private:
    void record_blocked(const Checklist& checklist, std::int64_t client);
    void offer_other_protocols(const Checklist& checklist);
    void open_session_notes();
    void begin_recording(std::int64_t client_id, const storage::SessionState* resumed);
    [[nodiscard]] std::chrono::system_clock::time_point wall_now() const;

    SessionFlowServices services_;
    QWidget& window_;
    SessionView* view_ = nullptr;
    SessionController* controller_ = nullptr; // the running session; the view borrows it
    GateDialog* gate_ = nullptr;
    SessionRecording* recording_ = nullptr; // the running client session's record
    ScreenAwake awake_;
};

} // namespace effleur::ui
