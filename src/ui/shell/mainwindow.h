#pragma once
// The therapist's window: the protocol library, then the gate, then the session.
//
// "Start session" picks the day of a multi-day complex, opens the contraindication gate
// (GateDialog) and, once it is clear, runs a client session built from the ClearedGate.
// "Rehearse" runs a rehearsal straight away, labelled REHEARSAL. Menus File / Session / View /
// Help; the window's geometry and theme are kept in QSettings.
//
// Ownership: the window borrows the loader's catalogue (through the shared loader it keeps), the
// clock and the settings, which must outlive it. It owns the session view and the cue player.
// Nothing here throws; a protocol that cannot make a session is reported in a message box.

#include "core/clock.h"
#include "core/gate.h"
#include "core/loader.h"
#include "core/quiz.h"
#include "render/diagramtheme.h"
#include "ui/session/cues.h"
#include "ui/session/keymap.h"
#include "ui/session/screenawake.h"

#include <QMainWindow>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <vector>

class QAction;
class QLabel;
class QSettings;
class QStackedWidget;
class QMenu;

namespace effleur::storage {
class JournalStore;
class ProgressStore;
struct SessionRecord;
struct SessionState;
} // namespace effleur::storage

namespace effleur::ui {

class JournalWindow;
class TodayView;
struct CourseContext;
struct DueSession;
class LibraryView;
class SessionController;
class SessionRecording;
class SessionView;
class GateDialog;
struct Practice;
class ProgressView;
class QuizWindow;
class LibraryWatcher;
struct RehearsalState;
struct SavedPlace;
class ProblemsPanel;
class ProtocolEditor;
class FocusRing;

enum class JournalRepair;
enum class ThemeChoice { System, Light, Dark };

struct MainWindowOptions {
    std::shared_ptr<const Loader> loader;
    std::vector<std::filesystem::path> folders;
    std::size_t bundled_folder_count = 1;
    const Clock* clock = nullptr;                                      // required
    QSettings* settings = nullptr;                                     // required
    std::unique_ptr<Speaker> speaker;                                  // null: Qt TextToSpeech
    std::unique_ptr<Chimes> chimes;                                    // null: QSoundEffect
    std::function<std::chrono::system_clock::time_point()> wall_clock; // stamps gate records
    std::filesystem::path progress_file; // quiz attempts; empty: ProgressStore::default_path()
    std::filesystem::path journal_file; // clients and sessions; empty: JournalStore::default_path()
    std::function<QString()> choose_backup; // a journal backup to start from; null: a file dialog
};

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(MainWindowOptions options, QWidget* parent = nullptr);
    ~MainWindow() override;

    void reload_library();
    // The library watcher saw these files change: rescan, and tell a running session's
    // therapist that its protocol changed for the next session (the session keeps its own).
    void reload_files(const QStringList& files);
    // "Duplicate to my protocols" for the selected protocol: asks for an id and a title.
    // `to_edit`: the user asked to edit a bundled protocol; the dialog says why it makes a copy.
    void duplicate_selected(bool to_edit = false);
    // The user's protocol folder (the last of the folders); empty when there is none.
    [[nodiscard]] QString user_folder() const;
    // The in-app editor: opens `file` in an editor window (or raises the one open on it), and
    // File > New protocol (from the template, into the user's folder). Null when it cannot.
    ProtocolEditor* open_editor(const QString& file);
    void new_protocol();
    [[nodiscard]] QList<ProtocolEditor*> editors() const;
    // The flows behind the buttons and menus.
    void start_session(std::shared_ptr<const Protocol> protocol);
    void rehearse(std::shared_ptr<const Protocol> protocol, double speed = 1.0);
    // A rehearsal as chosen in the Practise dialog: range, speed, pauses, next-step preview.
    void rehearse(std::shared_ptr<const Protocol> protocol, const Practice& practice);
    // The Practise dialog for a protocol (the library's Rehearse, Ctrl+R); Start runs it.
    void open_practise(std::shared_ptr<const Protocol> protocol);
    void end_session();
    void set_theme(ThemeChoice theme);
    // Study: the quiz window and the progress view for a protocol, and a rehearsal of the
    // steps a student should practise. The progress store opens on first use; an error is
    // shown in a message box and the store is tried again next time.
    void open_quiz(std::shared_ptr<const Protocol> protocol);
    void open_progress(std::shared_ptr<const Protocol> protocol);
    void practise(std::shared_ptr<const Protocol> protocol,
                  const std::vector<quiz::StepRef>& steps);
    [[nodiscard]] storage::ProgressStore* progress_store(QString& error);
    // The journal, opened on first use (records a crash's running sessions as interrupted);
    // null, with a message box, when it cannot be opened.
    [[nodiscard]] storage::JournalStore* journal_store();
    // File > Print card: the protocol's card in a print preview, which prints or saves a PDF.
    void print_card(std::shared_ptr<const Protocol> protocol);
    // Journal > Clients and sessions: the journal window (raised when open); null when the
    // journal cannot be opened.
    JournalWindow* open_journal();
    // A client session from a checklist already answered and clear, for `client` (a journal
    // id): what Start session does once the checklist is done.
    void start_cleared_session(ClearedGate&& gate, std::int64_t client);
    // Where a running rehearsal's state is kept for resuming after a crash (beside the journal).
    [[nodiscard]] std::filesystem::path rehearsal_state_path() const;
    // Journal > Today: the clients due for a session of their course, read again from the journal
    // and shown (src/ui/today/todayshell.cpp). With `only_if_due`, shown only when something is
    // due, as at start. Returns whether anything is due.
    bool show_today(bool only_if_due = false);
    [[nodiscard]] TodayView* today() const { return today_; }
    // The journal's record of the running client session; 0 when none is recorded.
    [[nodiscard]] std::int64_t recorded_session() const;

    [[nodiscard]] LibraryView* library() const { return library_; }
    [[nodiscard]] SessionView* session() const { return session_; }
    [[nodiscard]] SessionController* controller() const { return controller_; }
    [[nodiscard]] GateDialog* gate() const { return gate_; }
    [[nodiscard]] CuePlayer& cues() { return *cues_; }
    [[nodiscard]] ThemeChoice theme() const { return theme_; }
    [[nodiscard]] LibraryWatcher* watcher() const { return watcher_; }
    [[nodiscard]] ProblemsPanel* problems() const { return problems_; }
    // The status-bar note that a running session's protocol changed on disk; empty if none.
    [[nodiscard]] QString reload_notice() const;

Q_SIGNALS:
    // Once, after the first paint of the window's contents.
    void firstFramePainted();
    // A protocol was duplicated into the user's folder as `file` (now in the library).
    void protocolDuplicated(const QString& file);

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void build_menus();
    void return_keys_to_session();
    // The steps of a client session: who, which day (a multi-day complex), the checklist.
    void choose_day(std::shared_ptr<const Protocol> protocol, std::int64_t client,
                    std::shared_ptr<const storage::SessionRecord> last);
    void open_gate(std::shared_ptr<const Protocol> protocol, std::optional<std::size_t> stage,
                   std::int64_t client, std::shared_ptr<const storage::SessionRecord> last);
    // `resumed`: the saved state the engine was restored from, after a crash.
    void open_session(std::unique_ptr<StepEngine> engine, std::int64_t client_id = 0,
                      const storage::SessionState* resumed = nullptr);
    // After a crash: the unfinished session is offered for resuming, or ended where it was.
    void check_unfinished();
    void repair_journal(const std::filesystem::path& file, JournalRepair choice);
    void offer_resume(std::int64_t session);
    bool resume_session(std::int64_t session, std::shared_ptr<const Protocol> protocol);
    void end_unfinished(std::int64_t session);
    // The same for a rehearsal (resumeflow.cpp): offered when no client session is.
    void offer_rehearsal();
    bool resume_rehearsal(const RehearsalState& state, std::shared_ptr<const Protocol> protocol);
    // "At: <step>, 1:20 of 2:00" for a saved place in `protocol` (null: the step's id).
    [[nodiscard]] QString place_words(const SavedPlace& place, const Protocol* protocol) const;
    // Asks before a client session that has not finished is ended; true to go on.
    bool confirm_end();
    void record_blocked(const Checklist& checklist, std::int64_t client);
    // "Choose another protocol": the library without the protocols that list what blocked.
    void offer_other_protocols(const Checklist& checklist);
    // Ends the session without asking (the asking is done).
    void close_session();
    // A session's record changed: an open journal window shows it.
    void journal_changed(std::int64_t session);
    // The summary and notes form after a recorded session.
    void open_session_notes();
    [[nodiscard]] std::chrono::system_clock::time_point wall_now() const;
    // Courses (src/ui/today/todayshell.cpp): what the course views need, a recorded session
    // starting a course, a due session started from Today, and the day a complex is due next.
    [[nodiscard]] CourseContext course_context();
    void course_recorded(std::int64_t session);
    void start_due(const DueSession& row);
    [[nodiscard]] std::optional<std::size_t> day_due(const Protocol& protocol, std::int64_t client,
                                                     QString& words);
    void apply_theme();
    void about();
    void show_keys();
    // Edit: Undo, Redo, Cut, Copy, Paste and Select All for the focused text field; Help > User
    // guide (F1).
    void build_edit_menu(QMenu* edit);
    void open_user_guide();

    MainWindowOptions options_;
    QStackedWidget* stack_ = nullptr;
    LibraryView* library_ = nullptr;
    TodayView* today_ = nullptr; // made on first use
    SessionView* session_ = nullptr;
    SessionController* controller_ = nullptr; // the running session; the view borrows it
    GateDialog* gate_ = nullptr;
    std::unique_ptr<CuePlayer> cues_;
    std::function<void()> start_cues_; // builds the deferred speech and audio engines
    ScreenAwake awake_;
    ThemeChoice theme_ = ThemeChoice::System;
    FocusRing* focus_ring_ = nullptr; // the light and dark themes show the focus with a ring
    bool first_frame_ = false;
    QAction* end_action_ = nullptr;
    QAction* start_action_ = nullptr;
    QAction* rehearse_action_ = nullptr;
    std::vector<std::pair<QAction*, SessionAction>> session_actions_; // Session menu commands
    QAction* mute_action_ = nullptr;
    std::unique_ptr<storage::ProgressStore> store_;  // opened on first use
    std::unique_ptr<storage::JournalStore> journal_; // opened on first use
    SessionRecording* recording_ = nullptr;          // the running client session's record
    bool checked_unfinished_ = false;                // a crash's session was looked for
    // Live reload and the problems panel.
    void update_library_actions();
    LibraryWatcher* watcher_ = nullptr;
    ProblemsPanel* problems_ = nullptr;
    QLabel* reload_notice_ = nullptr;
    QAction* duplicate_action_ = nullptr;
    QAction* open_external_action_ = nullptr;
    QAction* edit_action_ = nullptr;
    bool problems_before_session_ = false;
    QStringList broken_files_;
};

// The dark palette used for ThemeChoice::Dark.
[[nodiscard]] QPalette dark_palette();

} // namespace effleur::ui
