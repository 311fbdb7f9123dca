#pragma once
// The therapist's window: the protocol library, Today, and the running session, in one stack.
//
// MainWindow composes the parts that do the work and places what they show:
// - ShellMenus (shellmenus.h): the menu bar and the library's context menu;
// - SessionFlow (sessionflow.h): client sessions (client, day, checklist, session, notes) and
//   rehearsals; ResumeFlow (resumeflow.h): a session a crash left unfinished;
// - StudyLauncher (studylauncher.h): the quiz and progress windows;
// - AuthoringLauncher (authoringlauncher.h): the protocol editor, new and duplicated protocols;
// - TodayShell (today/todayshell.h): who is due, and a session started from Today;
// - the theme (theme.h), the library watcher and the problems panel.
// The window keeps its geometry and theme in QSettings. When a session ends, the window returns
// to the page the session was started from (the library or Today).
//
// Ownership: the window borrows the loader's catalogue (through the shared loader it keeps), the
// clock and the settings, which must outlive it. It owns its parts, the cue player and the
// journal. Nothing here throws; a protocol that cannot make a session is reported in a message
// box. Tests reach the parts through MainWindowTestAccess (mainwindow_testaccess.h).

#include "core/clock.h"
#include "core/gate.h"
#include "core/loader.h"
#include "ui/session/cues.h"
#include "ui/shell/theme.h"

#include <QMainWindow>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QLabel;
class QSettings;
class QStackedWidget;

namespace effleur::storage {
class JournalStore;
} // namespace effleur::storage

namespace effleur::ui {

class AuthoringLauncher;
class JournalWindow;
class LibraryScan;
class LibraryView;
class LibraryWatcher;
struct ScannedLibrary;
class ProblemsPanel;
class ProtocolEditor;
class ResumeFlow;
class SessionFlow;
class SessionView;
class ShellMenus;
class StudyLauncher;
class TodayShell;
class VoiceModule;
struct MainWindowTestAccess;
struct Practice;

enum class JournalRepair;

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
    // Scan the protocol folders on a thread of their own (see libraryscan.h): the window shows
    // at once, its list empty and saying so, and fills in when the scan ends (libraryLoaded).
    // The app does; by default the window scans before it returns, as tests expect.
    bool scan_in_background = false;
};

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(MainWindowOptions options, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Scans the library again (in the background with scan_in_background, see libraryLoaded).
    void reload_library();
    // Whether the library has been scanned at least once, and no scan is running.
    [[nodiscard]] bool library_ready() const;
    // The library watcher saw these files change: rescan, and tell a running session's
    // therapist that its protocol changed for the next session (the session keeps its own).
    void reload_files(const QStringList& files);
    // Authoring (AuthoringLauncher): duplicate the selected protocol into the user's folder
    // (`to_edit`: the user asked to edit a bundled one), the editor on `file` (null when it
    // cannot open), and the editor windows open.
    void duplicate_selected(bool to_edit = false);
    ProtocolEditor* open_editor(const QString& file);
    [[nodiscard]] QList<ProtocolEditor*> editors() const;
    // The session flows (SessionFlow).
    void start_session(const std::shared_ptr<const Protocol>& protocol);
    void rehearse(std::shared_ptr<const Protocol> protocol, double speed = 1.0);
    // A rehearsal as chosen in the Practise dialog: range, speed, pauses, next-step preview.
    void rehearse(std::shared_ptr<const Protocol> protocol, const Practice& practice);
    // A client session from a checklist already answered and clear, for `client` (a journal
    // id): what Start session does once the checklist is done.
    void start_cleared_session(ClearedGate&& gate, std::int64_t client);
    void end_session();
    void set_theme(ThemeChoice theme);
    // Study (StudyLauncher): the quiz window and the progress view for a protocol.
    void open_quiz(std::shared_ptr<const Protocol> protocol);
    void open_progress(const std::shared_ptr<const Protocol>& protocol);
    // The journal, opened on first use (records a crash's running sessions as interrupted);
    // null, with a message box, when it cannot be opened.
    [[nodiscard]] storage::JournalStore* journal_store();
    // File > Print card: the protocol's card in a print preview, which prints or saves a PDF.
    void print_card(const std::shared_ptr<const Protocol>& protocol);
    // Journal > Clients and sessions: the journal window (raised when open); null when the
    // journal cannot be opened.
    JournalWindow* open_journal();
    // Journal > Today: the clients due for a session of their course, read again from the journal
    // and shown. With `only_if_due`, shown only when something is due, as at start. Returns
    // whether anything is due.
    bool show_today(bool only_if_due = false);

Q_SIGNALS:
    // Once, after the first paint of the window's contents.
    void firstFramePainted();
    // The library's list shows a finished scan (at start and after every reload).
    void libraryLoaded();
    // A protocol was duplicated into the user's folder as `file` (now in the library).
    void protocolDuplicated(const QString& file);

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    friend struct MainWindowTestAccess;

    void build_parts();
    void session_opened(SessionView* view);
    void session_closed(SessionView* view, const std::filesystem::path& file,
                        const std::string& id);
    void show_library();
    // Shows a finished scan: the list, the problems panel and the menus.
    void show_scan(ScannedLibrary scanned);
    // Runs `then` once the library has been scanned (at once if it has).
    void when_library_ready(std::function<void()> then);
    void apply_chosen_theme();
    void show_status(const QString& words, int timeout_ms);
    // The voice module, loaded on first use; null when it is missing, which the window then
    // says once, in the status bar and in a running session.
    [[nodiscard]] VoiceModule* voice_module();
    void repair_journal(const std::filesystem::path& file, JournalRepair choice);
    // A session's record changed: its course moves on, and an open journal window shows it.
    void journal_changed(std::int64_t session);
    [[nodiscard]] std::filesystem::path journal_path() const;
    [[nodiscard]] std::chrono::system_clock::time_point wall_now() const;
    [[nodiscard]] std::shared_ptr<const Protocol> library_protocol(const std::string& id) const;

    MainWindowOptions options_;
    QStackedWidget* stack_ = nullptr;
    LibraryView* library_ = nullptr;
    std::unique_ptr<CuePlayer> cues_;
    std::function<void()> start_cues_;               // builds the deferred speech and audio engines
    std::unique_ptr<storage::JournalStore> journal_; // opened on first use
    SessionFlow* sessions_ = nullptr;
    ResumeFlow* resume_ = nullptr;
    StudyLauncher* study_ = nullptr;
    AuthoringLauncher* authoring_ = nullptr;
    TodayShell* today_ = nullptr;
    ShellMenus* menus_ = nullptr;
    ThemeChoice theme_ = ThemeChoice::System;
    FocusRing* focus_ring_ = nullptr; // the light and dark themes show the focus with a ring
    bool first_frame_ = false;
    bool voice_missing_told_ = false;
    // Live reload and the problems panel.
    LibraryWatcher* watcher_ = nullptr;
    ProblemsPanel* problems_ = nullptr;
    QLabel* reload_notice_ = nullptr;
    bool problems_before_session_ = false;
    QWidget* before_session_ = nullptr; // the page a session was started from
    QStringList broken_files_;
    LibraryScan* scan_ = nullptr; // with scan_in_background
    bool scanned_once_ = false;
    std::vector<std::function<void()>> after_scan_; // waiting for the first scan
};

} // namespace effleur::ui
