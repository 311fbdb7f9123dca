#pragma once
// The main window's menu bar: File, Edit, Session, Journal, View, Study and Help, each item with
// its standard key, and the same commands on the library's context menu. The items run the
// window's flows; the Edit menu acts on the focused text field; Preferences, the session keys and
// the user guide pause a running session while they are open.
//
// During a session the keys go back to the session as soon as a menu closes, so that Space
// pauses even after a menu was opened with the mouse and closed with Esc.
//
// Ownership: ShellMenus is a QObject child of the window; it borrows the parts in
// ShellMenuParts, which must outlive it. The actions belong to their menus. Nothing here throws.

#include "ui/session/keymap.h"
#include "ui/shell/theme.h"

#include <QObject>

#include <utility>
#include <vector>

class QAction;
class QMenu;
class QSettings;

namespace effleur::ui {

class AuthoringLauncher;
class CuePlayer;
class LibraryView;
class MainWindow;
class ProblemsPanel;
class SessionFlow;
class StudyLauncher;

struct ShellMenuParts {
    MainWindow* window = nullptr;
    SessionFlow* sessions = nullptr;
    AuthoringLauncher* authoring = nullptr;
    StudyLauncher* study = nullptr;
    LibraryView* library = nullptr;
    ProblemsPanel* problems = nullptr;
    CuePlayer* cues = nullptr;
    QSettings* settings = nullptr;
};

class ShellMenus : public QObject {
    Q_OBJECT

public:
    explicit ShellMenus(ShellMenuParts parts);

    // Enables what fits the selected protocol and whether a session runs; the Session menu's
    // commands show their keys as bound now.
    void update();
    // Checks the View menu's item for `theme`.
    void show_theme(ThemeChoice theme);
    // Checks Mute cues as the cue player is.
    void show_muted(bool muted);

private:
    void build_file_menu(QMenu* file);
    void build_edit_menu(QMenu* edit);
    void build_session_menu(QMenu* session);
    void build_view_menu(QMenu* view);
    void build_study_menu(QMenu* study);
    void build_help_menu(QMenu* help);
    void return_keys_to_session();
    void open_preferences();
    void open_user_guide();
    void show_keys();
    void about();

    ShellMenuParts parts_;
    QAction* end_action_ = nullptr;
    QAction* start_action_ = nullptr;
    QAction* rehearse_action_ = nullptr;
    QAction* mute_action_ = nullptr;
    QAction* duplicate_action_ = nullptr;
    QAction* open_external_action_ = nullptr;
    QAction* edit_action_ = nullptr;
    std::vector<std::pair<QAction*, SessionAction>> session_actions_; // Session menu commands
    std::vector<std::pair<QAction*, ThemeChoice>> theme_actions_;
};

} // namespace effleur::ui
