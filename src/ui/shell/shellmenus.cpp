#include "ui/shell/shellmenus.h"

#include "ui/editor/problemspanel.h"
#include "ui/library/libraryview.h"
#include "ui/session/cues.h"
#include "ui/session/sessionview.h"
#include "ui/shell/authoringlauncher.h"
#include "ui/shell/helpwindow.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/preferencesdialog.h"
#include "ui/shell/sessionflow.h"
#include "ui/shell/studylauncher.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTextEdit>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <memory>

namespace effleur::ui {

namespace {

// The focused text field, as the Edit menu acts on it: a line edit (an editable combo box's
// too), a text edit or a plain text edit; read-only ones only copy and select.
struct TextTarget {
    QLineEdit* line = nullptr;
    QTextEdit* rich = nullptr;
    QPlainTextEdit* plain = nullptr;

    static TextTarget focused() {
        TextTarget t;
        QWidget* w = QApplication::focusWidget();
        if (auto* combo = qobject_cast<QComboBox*>(w); combo && combo->isEditable())
            w = combo->lineEdit();
        t.line = qobject_cast<QLineEdit*>(w);
        t.rich = qobject_cast<QTextEdit*>(w);
        t.plain = qobject_cast<QPlainTextEdit*>(w);
        return t;
    }
    [[nodiscard]] bool any() const { return line || rich || plain; }
    [[nodiscard]] bool writable() const {
        return (line && !line->isReadOnly()) || (rich && !rich->isReadOnly()) ||
               (plain && !plain->isReadOnly());
    }
    [[nodiscard]] bool has_selection() const {
        return (line && line->hasSelectedText()) || (rich && rich->textCursor().hasSelection()) ||
               (plain && plain->textCursor().hasSelection());
    }
    [[nodiscard]] bool can_undo() const {
        return writable() && ((line && line->isUndoAvailable()) ||
                              (rich && rich->document()->isUndoAvailable()) ||
                              (plain && plain->document()->isUndoAvailable()));
    }
    [[nodiscard]] bool can_redo() const {
        return writable() && ((line && line->isRedoAvailable()) ||
                              (rich && rich->document()->isRedoAvailable()) ||
                              (plain && plain->document()->isRedoAvailable()));
    }
    template <typename F> void apply(F f) const {
        if (line)
            f(line);
        else if (rich)
            f(rich);
        else if (plain)
            f(plain);
    }
};

QString latin1(std::string_view text) {
    return QString::fromLatin1(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace

ShellMenus::ShellMenus(ShellMenuParts parts) : QObject(parts.window), parts_(parts) {
    QMenuBar* bar = parts_.window->menuBar();
    build_file_menu(bar->addMenu(tr("&File")));
    build_edit_menu(bar->addMenu(tr("&Edit")));
    build_session_menu(bar->addMenu(tr("&Session")));

    QMenu* journal = bar->addMenu(tr("&Journal"));
    QAction* journal_action = journal->addAction(tr("&Clients and sessions\u2026"), parts_.window,
                                                 &MainWindow::open_journal);
    journal_action->setObjectName(QStringLiteral("open-journal"));
    journal_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    QAction* today_action =
        journal->addAction(tr("&Today"), parts_.window, [this] { parts_.window->show_today(); });
    today_action->setObjectName(QStringLiteral("open-today"));
    today_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));

    build_view_menu(bar->addMenu(tr("&View")));
    build_study_menu(bar->addMenu(tr("S&tudy")));
    build_help_menu(bar->addMenu(tr("&Help")));
    return_keys_to_session();
}

void ShellMenus::build_file_menu(QMenu* file) {
    MainWindow* window = parts_.window;
    AuthoringLauncher* authoring = parts_.authoring;
    LibraryView* library = parts_.library;
    QAction* new_protocol_action =
        file->addAction(tr("&New protocol\u2026"), authoring, &AuthoringLauncher::new_protocol);
    new_protocol_action->setShortcut(QKeySequence::New);
    // The in-app editor: user protocols only; a bundled one is duplicated first, saying why.
    edit_action_ =
        file->addAction(tr("&Edit protocol\u2026"), authoring, &AuthoringLauncher::edit_selected);
    edit_action_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    library->list()->addAction(edit_action_);
    duplicate_action_ = file->addAction(tr("&Duplicate to my protocols\u2026"), authoring,
                                        [authoring] { authoring->duplicate_selected(); });
    duplicate_action_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    open_external_action_ = file->addAction(tr("&Open in external editor"), library, [library] {
        if (const LibraryEntry* e = library->selected_entry(); e && !e->bundled)
            QDesktopServices::openUrl(
                QUrl::fromLocalFile(QString::fromStdString(e->file.string())));
    });
    // The same two on the library's context menu; bundled protocols are read-only.
    library->list()->setContextMenuPolicy(Qt::ActionsContextMenu);
    library->list()->addAction(duplicate_action_);
    library->list()->addAction(open_external_action_);
    connect(library->list(), &QListWidget::currentRowChanged, this, &ShellMenus::update);
    file->addSeparator();
    QAction* find = file->addAction(tr("&Find protocol"), window, [window, library] {
        window->end_session();
        library->search()->setFocus();
        library->search()->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    QAction* reload = file->addAction(tr("&Reload library"), window, &MainWindow::reload_library);
    reload->setShortcut(QKeySequence::Refresh);
    QAction* print_card = file->addAction(tr("&Print card\u2026"), window, [window, library] {
        if (auto p = library->selected())
            window->print_card(p);
    });
    print_card->setObjectName(QStringLiteral("print-card"));
    print_card->setShortcut(QKeySequence::Print);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), window, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
}

void ShellMenus::build_edit_menu(QMenu* edit) {
    struct Command {
        QString label;
        QKeySequence::StandardKey key;
        const char* name;
    };
    const Command commands[] = {
        {tr("&Undo"), QKeySequence::Undo, "edit-undo"},
        {tr("&Redo"), QKeySequence::Redo, "edit-redo"},
        {tr("Cu&t"), QKeySequence::Cut, "edit-cut"},
        {tr("&Copy"), QKeySequence::Copy, "edit-copy"},
        {tr("&Paste"), QKeySequence::Paste, "edit-paste"},
        {tr("Select &All"), QKeySequence::SelectAll, "edit-select-all"},
    };
    std::vector<QAction*> actions;
    for (const Command& c : commands) {
        if (c.key == QKeySequence::Cut || c.key == QKeySequence::SelectAll)
            edit->addSeparator();
        QAction* a = edit->addAction(c.label);
        a->setObjectName(QString::fromLatin1(c.name));
        a->setShortcuts(c.key);
        actions.push_back(a);
        const QKeySequence::StandardKey key = c.key;
        connect(a, &QAction::triggered, edit, [key] {
            TextTarget::focused().apply([key](auto* w) {
                switch (key) {
                case QKeySequence::Undo:
                    w->undo();
                    break;
                case QKeySequence::Redo:
                    w->redo();
                    break;
                case QKeySequence::Cut:
                    w->cut();
                    break;
                case QKeySequence::Copy:
                    w->copy();
                    break;
                case QKeySequence::Paste:
                    w->paste();
                    break;
                default:
                    w->selectAll();
                    break;
                }
            });
        });
    }
    // What each can do for the focused field, worked out when the menu opens and when the focus
    // moves (a disabled item's key then does nothing in the window either).
    auto update = [actions] {
        const TextTarget t = TextTarget::focused();
        const bool paste = t.writable() && QGuiApplication::clipboard() &&
                           !QGuiApplication::clipboard()->text().isEmpty();
        actions[0]->setEnabled(t.can_undo());
        actions[1]->setEnabled(t.can_redo());
        actions[2]->setEnabled(t.writable() && t.has_selection());
        actions[3]->setEnabled(t.has_selection());
        actions[4]->setEnabled(paste);
        actions[5]->setEnabled(t.any());
    };
    // The menu owns the actions, so it is the context: while the window is destroyed, its
    // children (a journal window) can still move the focus after the menu is gone.
    connect(edit, &QMenu::aboutToShow, edit, update);
    connect(qApp, &QApplication::focusChanged, edit, update);
    update();

    edit->addSeparator();
    QAction* prefs = edit->addAction(tr("Pr&eferences\u2026"), this, &ShellMenus::open_preferences);
    prefs->setObjectName(QStringLiteral("preferences"));
    prefs->setMenuRole(QAction::PreferencesRole);
    // X11 desktops have no standard key for preferences; Ctrl+, is the common choice there.
    prefs->setShortcuts(QKeySequence::keyBindings(QKeySequence::Preferences).isEmpty()
                            ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Comma)}
                            : QKeySequence::keyBindings(QKeySequence::Preferences));
}

void ShellMenus::build_session_menu(QMenu* session) {
    SessionFlow* sessions = parts_.sessions;
    LibraryView* library = parts_.library;
    start_action_ = session->addAction(tr("&Start session\u2026"), sessions, [sessions, library] {
        if (auto p = library->selected(); p && !sessions->running())
            sessions->start_session(p);
    });
    start_action_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    rehearse_action_ = session->addAction(tr("&Rehearse\u2026"), sessions, [sessions, library] {
        if (auto p = library->selected(); p && !sessions->running())
            sessions->open_practise(p);
    });
    rehearse_action_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    // The running session's commands, for a mouse or a touch screen. The keys belong to the
    // session view's key table; the menu shows them beside each command.
    session->addSeparator();
    for (const KeyBinding& b : default_key_table) {
        if (b.action == SessionAction::LeaveGlance)
            continue;
        const SessionAction which = b.action;
        QAction* a = session->addAction(action_label(which), sessions, [sessions, which] {
            if (sessions->view())
                sessions->view()->trigger(which);
        });
        a->setObjectName(QStringLiteral("menu-") + latin1(b.name));
        a->setEnabled(false);
        session_actions_.emplace_back(a, which);
    }
    session->addSeparator();
    end_action_ = session->addAction(tr("&End session"), parts_.window, &MainWindow::end_session);
    end_action_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    end_action_->setEnabled(false);
    session->addSeparator();
    mute_action_ = session->addAction(tr("&Mute cues"));
    mute_action_->setCheckable(true);
    mute_action_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    connect(mute_action_, &QAction::toggled, this, [this](bool on) {
        parts_.cues->set_muted(on);
        parts_.settings->setValue(QStringLiteral("cues/muted"), on);
    });
}

void ShellMenus::build_view_menu(QMenu* view) {
    auto* group = new QActionGroup(view);
    const std::pair<QString, ThemeChoice> themes[] = {{tr("&System theme"), ThemeChoice::System},
                                                      {tr("&Light theme"), ThemeChoice::Light},
                                                      {tr("&Dark theme"), ThemeChoice::Dark}};
    for (const auto& [label, choice] : themes) {
        QAction* a = view->addAction(label);
        a->setCheckable(true);
        a->setChecked(choice == ThemeChoice::System);
        a->setData(static_cast<int>(choice));
        group->addAction(a);
        const ThemeChoice c = choice;
        connect(a, &QAction::triggered, parts_.window, [this, c] { parts_.window->set_theme(c); });
        theme_actions_.emplace_back(a, choice);
    }
    view->addSeparator();
    // F11 itself belongs to the session view's key table; this item only mirrors it.
    SessionFlow* sessions = parts_.sessions;
    view->addAction(tr("&Glance mode (F11)"), sessions, [sessions] {
        if (sessions->view())
            sessions->view()->trigger(SessionAction::Glance);
    });
    QAction* show_problems = parts_.problems->toggleViewAction();
    show_problems->setText(tr("&Problems"));
    show_problems->setShortcuts(
        {QKeySequence(Qt::Key_F8), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)});
    view->addAction(show_problems);
    // The first time it opens, the panel takes 2/5 of the window; later, what the user chose.
    connect(show_problems, &QAction::toggled, this,
            [this, sized = std::make_shared<bool>(false)](bool on) {
                if (!on || std::exchange(*sized, true))
                    return;
                parts_.window->resizeDocks({parts_.problems},
                                           {std::max(300, parts_.window->height() * 2 / 5)},
                                           Qt::Vertical);
            });
}

void ShellMenus::build_study_menu(QMenu* study) {
    StudyLauncher* launcher = parts_.study;
    LibraryView* library = parts_.library;
    QAction* quiz_action = study->addAction(tr("&Quiz\u2026"), launcher, [launcher, library] {
        launcher->open_quiz(library->selected());
    });
    quiz_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    QAction* progress_action =
        study->addAction(tr("&Progress\u2026"), launcher,
                         [launcher, library] { launcher->open_progress(library->selected()); });
    progress_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    // The same on the library's context menu, for the protocol under the pointer.
    auto* separator = new QAction(study);
    separator->setSeparator(true);
    library->list()->addAction(separator);
    library->list()->addAction(quiz_action);
    library->list()->addAction(progress_action);
}

void ShellMenus::build_help_menu(QMenu* help) {
    QAction* guide = help->addAction(tr("&User guide"), this, &ShellMenus::open_user_guide);
    guide->setObjectName(QStringLiteral("user-guide"));
    guide->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("Session &keys"), this, &ShellMenus::show_keys);
    help->addSeparator();
    QAction* about_action = help->addAction(tr("&About Effleur"), this, &ShellMenus::about);
    about_action->setMenuRole(QAction::AboutRole);
    QAction* about_qt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    about_qt->setMenuRole(QAction::AboutQtRole);
}

void ShellMenus::return_keys_to_session() {
    // A menu closed with Esc leaves the menu bar holding the keys, so that Space would open a
    // menu instead of pausing; during a session they go back to the session at once.
    QMenuBar* bar = parts_.window->menuBar();
    for (QMenu* menu : bar->findChildren<QMenu*>())
        connect(menu, &QMenu::aboutToHide, this, [this, bar] {
            QTimer::singleShot(0, this, [this, bar] {
                SessionView* view = parts_.sessions->view();
                if (!view || QApplication::activePopupWidget())
                    return;
                bar->setActiveAction(nullptr);
                view->setFocus(Qt::OtherFocusReason);
            });
        });
}

void ShellMenus::update() {
    const LibraryEntry* e = parts_.library->selected_entry();
    const SessionView* view = parts_.sessions->view();
    const bool running = view != nullptr;
    const bool user_folder = !parts_.authoring->user_folder().isEmpty();
    start_action_->setEnabled(!running);
    rehearse_action_->setEnabled(!running);
    for (const auto& [action, which] : session_actions_) {
        QString text = action->text().section(QLatin1Char('\t'), 0, 0);
        const auto keys = keys_for(which, parts_.settings);
        if (!keys.isEmpty())
            text += QLatin1Char('\t') + keys.front().toString(QKeySequence::NativeText);
        action->setText(text);
        const bool speed = which == SessionAction::SpeedDown || which == SessionAction::SpeedUp;
        action->setEnabled(running && (!speed || view->engine().kind() == SessionKind::Rehearsal));
    }
    end_action_->setEnabled(running);
    duplicate_action_->setEnabled(e && e->protocol && user_folder && !running);
    open_external_action_->setEnabled(e && !e->bundled);
    edit_action_->setEnabled(e && (!e->bundled || (e->protocol && user_folder && !running)));
}

void ShellMenus::show_theme(ThemeChoice theme) {
    for (const auto& [action, choice] : theme_actions_)
        action->setChecked(choice == theme);
}

void ShellMenus::show_muted(bool muted) {
    mute_action_->setChecked(muted);
}

void ShellMenus::open_preferences() {
    MainWindow* window = parts_.window;
    if (window->findChild<PreferencesDialog*>())
        return;                          // one is open already
    parts_.sessions->pause_if_running(); // the session waits while settings change
    auto* dialog = new PreferencesDialog(*parts_.settings, *parts_.cues, window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PreferencesDialog::keysChanged, this, [this] {
        if (SessionView* view = parts_.sessions->view())
            view->bind_keys(parts_.settings);
    });
    connect(dialog, &PreferencesDialog::mutedChanged, mute_action_, &QAction::setChecked);
    dialog->open();
}

void ShellMenus::open_user_guide() {
    parts_.sessions->pause_if_running(); // the session waits while the therapist reads
    auto* window = parts_.window->findChild<HelpWindow*>();
    if (!window) {
        window = new HelpWindow(parts_.window);
        window->show();
    }
    window->raise();
    window->activateWindow();
}

void ShellMenus::about() {
    QMessageBox::about(
        parts_.window, tr("About Effleur"),
        tr("<h3>Effleur %1</h3><p>A massage-protocol guide and session timer.</p>"
           "<p>The checklist supports the specialist's judgment; it does not replace "
           "it.</p><p>Help › User guide (F1) explains every view; it is installed with "
           "Effleur and needs no network.</p><p>Released under the MIT licence.</p>")
            .arg(QApplication::applicationVersion().toHtmlEscaped()));
}

void ShellMenus::show_keys() {
    parts_.sessions->pause_if_running(); // the session waits while the therapist reads
    QString rows;
    for (const KeyBinding& b : default_key_table) {
        QStringList keys;
        for (const QKeySequence& k : keys_for(b.action, parts_.settings))
            keys << k.toString(QKeySequence::NativeText);
        rows += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>")
                    .arg(action_label(b.action).toHtmlEscaped(),
                         keys.join(QStringLiteral(", ")).toHtmlEscaped());
    }
    QMessageBox::information(parts_.window, tr("Session keys"),
                             QStringLiteral("<table cellpadding=4>%1</table>").arg(rows));
}

} // namespace effleur::ui
