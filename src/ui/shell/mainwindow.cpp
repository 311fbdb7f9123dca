#include "ui/shell/mainwindow.h"

#include "core/gate.h"
#include "core/stepengine.h"
#include "print/protocolcard.h"
#include "storage/journalstore.h"
#include "storage/progressstore.h"
#include "ui/editor/duplicatedialog.h"
#include "ui/editor/problemspanel.h"
#include "ui/editor/protocoleditor.h"
#include "ui/gate/gatedialog.h"
#include "ui/journal/clientchooser.h"
#include "ui/journal/journalwindow.h"
#include "ui/journal/sessionenddialog.h"
#include "ui/journal/sessionrecording.h"
#include "ui/library/libraryview.h"
#include "ui/library/librarywatcher.h"
#include "ui/session/deferredcues.h"
#include "ui/session/diagramwidget.h"
#include "ui/session/sessionview.h"
#include "ui/shell/helpwindow.h"
#include "ui/shell/journalrepair.h"
#include "ui/shell/preferencesdialog.h"
#include "ui/shell/resumeflow.h"
#include "ui/shell/theme.h"
#include "ui/study/practisedialog.h"
#include "ui/study/progressview.h"
#include "ui/study/quizwindow.h"
#include "ui/today/todayview.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QStyleFactory>
#include <QTextEdit>
#include <QTimer>
#include <QUrl>

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <set>
#include <utility>

namespace effleur::ui {

QPalette dark_palette() {
    QPalette p;
    const QColor window(37, 37, 40), base(28, 28, 30), text(235, 235, 235);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(55, 55, 60));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Mid, QColor(80, 80, 86));
    p.setColor(QPalette::Highlight, QColor(64, 128, 200));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    p.setColor(QPalette::Link, QColor(120, 170, 240));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(120, 120, 120));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(120, 120, 120));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(120, 120, 120));
    return p;
}

namespace {

// The palette the platform gave before any theme was applied: the "system" choice.
const QPalette& system_palette() {
    static const QPalette palette = QApplication::palette();
    return palette;
}

} // namespace

MainWindow::MainWindow(MainWindowOptions options, QWidget* parent)
    : QMainWindow(parent), options_(std::move(options)) {
    (void)system_palette();
    setWindowTitle(QStringLiteral("Effleur"));
    setObjectName(QStringLiteral("main-window"));
    // The speech and audio engines load when a session first needs them, and never before the
    // first frame (deferredcues.h).
    DeferredSpeaker* deferred_speaker = nullptr;
    DeferredChimes* deferred_chimes = nullptr;
    if (!options_.speaker) {
        auto speaker =
            std::make_unique<DeferredSpeaker>([] { return std::make_unique<QtSpeaker>(); });
        deferred_speaker = speaker.get();
        options_.speaker = std::move(speaker);
    }
    if (!options_.chimes) {
        auto chimes = std::make_unique<DeferredChimes>([] { return std::make_unique<QtChimes>(); });
        deferred_chimes = chimes.get();
        options_.chimes = std::move(chimes);
    }
    start_cues_ = [deferred_speaker, deferred_chimes] {
        if (deferred_speaker)
            deferred_speaker->start();
        if (deferred_chimes)
            deferred_chimes->start();
    };
    connect(this, &MainWindow::firstFramePainted, this, [this] {
        if (session_)
            QTimer::singleShot(0, this, [this] { start_cues_(); });
        // A session that did not end is offered first, once the window is up. A fresh
        // install has no journal yet and gets none.
        QTimer::singleShot(0, this, [this] {
            const auto file = options_.journal_file.empty() ? storage::JournalStore::default_path()
                                                            : options_.journal_file;
            std::error_code ec;
            if (std::filesystem::exists(file, ec) && journal_store())
                show_today(true); // the clients due, first, when there are any
            offer_rehearsal(); // a rehearsal that did not end, unless a client session is offered
        });
    });
    cues_ = std::make_unique<CuePlayer>(std::move(options_.speaker), std::move(options_.chimes));

    stack_ = new QStackedWidget(this);
    library_ = new LibraryView(options_.loader->catalog(), stack_);
    stack_->addWidget(library_);
    setCentralWidget(stack_);
    stack_->installEventFilter(this); // the first frame, whichever page is shown
    connect(library_, &LibraryView::startRequested, this, &MainWindow::start_session);
    connect(library_, &LibraryView::rehearseRequested, this,
            [this](std::shared_ptr<const Protocol> p) { open_practise(std::move(p)); });

    // Live reload: the library follows the protocol files on disk; problems are in a dock.
    problems_ = new ProblemsPanel(this);
    addDockWidget(Qt::BottomDockWidgetArea, problems_);
    problems_->hide();
    // No desktop handler for JSON: the file opens in Effleur's own editor, at the problem.
    connect(problems_, &ProblemsPanel::builtInEditorRequested, this,
            [this](const QString& file, int line, int column) {
                if (ProtocolEditor* editor = open_editor(file))
                    editor->show_position(line, column);
            });
    watcher_ = new LibraryWatcher(this);
    connect(watcher_, &LibraryWatcher::changed, this, &MainWindow::reload_files);
    reload_notice_ = new QLabel(this);
    reload_notice_->setObjectName(QStringLiteral("reload-notice"));
    reload_notice_->hide();
    statusBar()->addPermanentWidget(reload_notice_);

    build_menus();
    return_keys_to_session();
    reload_library();

    QSettings& s = *options_.settings;
    if (!restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1180, 760);
    const int theme = s.value(QStringLiteral("view/theme"), 0).toInt();
    theme_ = theme == 1 ? ThemeChoice::Light : theme == 2 ? ThemeChoice::Dark : ThemeChoice::System;
    apply_cue_settings(*cues_, s); // the voice, the chimes' volume and mute
    mute_action_->setChecked(cues_->muted());
    apply_theme();
    statusBar()->showMessage(QStringLiteral("Enter: start a session  \u00b7  Ctrl+R: rehearse"));
    library_->list()->setFocus();
}

MainWindow::~MainWindow() {
    delete recording_; // before the journal it writes to
    recording_ = nullptr;
    if (session_)
        cues_->attach(nullptr);
}

void MainWindow::build_menus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* new_protocol_action =
        file->addAction(tr("&New protocol\u2026"), this, &MainWindow::new_protocol);
    new_protocol_action->setShortcut(QKeySequence::New);
    // The in-app editor: user protocols only; a bundled one is duplicated first, saying why.
    edit_action_ = file->addAction(tr("&Edit protocol\u2026"), this, [this] {
        if (const LibraryEntry* e = library_->selected_entry(); e && e->bundled)
            duplicate_selected(true); // read-only: a copy, saying why
        else if (e)
            open_editor(QString::fromStdString(e->file.string()));
    });
    edit_action_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    library_->list()->addAction(edit_action_);
    duplicate_action_ = file->addAction(tr("&Duplicate to my protocols\u2026"), this,
                                        [this] { duplicate_selected(); });
    duplicate_action_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    open_external_action_ = file->addAction(tr("&Open in external editor"), this, [this] {
        if (const LibraryEntry* e = library_->selected_entry(); e && !e->bundled)
            QDesktopServices::openUrl(
                QUrl::fromLocalFile(QString::fromStdString(e->file.string())));
    });
    connect(this, &MainWindow::protocolDuplicated, this,
            [this](const QString& duplicate) { open_editor(duplicate); });
    // The same two on the library's context menu; bundled protocols are read-only.
    library_->list()->setContextMenuPolicy(Qt::ActionsContextMenu);
    library_->list()->addAction(duplicate_action_);
    library_->list()->addAction(open_external_action_);
    connect(library_->list(), &QListWidget::currentRowChanged, this,
            &MainWindow::update_library_actions);
    file->addSeparator();
    QAction* find = file->addAction(tr("&Find protocol"), this, [this] {
        end_session();
        library_->search()->setFocus();
        library_->search()->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    QAction* reload = file->addAction(tr("&Reload library"), this, &MainWindow::reload_library);
    reload->setShortcut(QKeySequence::Refresh);
    QAction* print_card = file->addAction(tr("&Print card\u2026"), this, [this] {
        if (auto p = library_->selected())
            this->print_card(p);
    });
    print_card->setObjectName(QStringLiteral("print-card"));
    print_card->setShortcut(QKeySequence::Print);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    build_edit_menu(menuBar()->addMenu(tr("&Edit")));

    QMenu* session = menuBar()->addMenu(tr("&Session"));
    start_action_ = session->addAction(tr("&Start session\u2026"), this, [this] {
        if (auto p = library_->selected(); p && !session_)
            start_session(p);
    });
    start_action_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    rehearse_action_ = session->addAction(tr("&Rehearse\u2026"), this, [this] {
        if (auto p = library_->selected(); p && !session_)
            open_practise(p);
    });
    rehearse_action_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    // The running session's commands, for a mouse or a touch screen. The keys belong to the
    // session view's key table; the menu shows them beside each command.
    session->addSeparator();
    for (const KeyBinding& b : default_key_table) {
        if (b.action == SessionAction::LeaveGlance)
            continue;
        const SessionAction which = b.action;
        QAction* a = session->addAction(
            QString::fromLatin1(b.label.data(), static_cast<qsizetype>(b.label.size())), this,
            [this, which] {
                if (session_)
                    session_->trigger(which);
            });
        a->setObjectName(QStringLiteral("menu-") +
                         QLatin1String(b.name.data(), static_cast<qsizetype>(b.name.size())));
        a->setEnabled(false);
        session_actions_.push_back({a, which});
    }
    session->addSeparator();
    end_action_ = session->addAction(tr("&End session"), this, &MainWindow::end_session);
    end_action_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    end_action_->setEnabled(false);
    session->addSeparator();
    mute_action_ = session->addAction(tr("&Mute cues"));
    mute_action_->setCheckable(true);
    mute_action_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    connect(mute_action_, &QAction::toggled, this, [this](bool on) {
        cues_->set_muted(on);
        options_.settings->setValue(QStringLiteral("cues/muted"), on);
    });

    QMenu* journal = menuBar()->addMenu(tr("&Journal"));
    QAction* journal_action =
        journal->addAction(tr("&Clients and sessions\u2026"), this, &MainWindow::open_journal);
    journal_action->setObjectName(QStringLiteral("open-journal"));
    journal_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    QAction* today_action = journal->addAction(tr("&Today"), this, [this] { show_today(); });
    today_action->setObjectName(QStringLiteral("open-today"));
    today_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    auto* group = new QActionGroup(this);
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
        connect(a, &QAction::triggered, this, [this, c] { set_theme(c); });
    }
    view->addSeparator();
    // F11 itself belongs to the session view's key table; this item only mirrors it.
    view->addAction(tr("&Glance mode (F11)"), this, [this] {
        if (session_)
            session_->trigger(SessionAction::Glance);
    });
    QAction* show_problems = problems_->toggleViewAction();
    show_problems->setText(tr("&Problems"));
    show_problems->setShortcuts(
        {QKeySequence(Qt::Key_F8), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)});
    view->addAction(show_problems);
    // The first time it opens, the panel takes 2/5 of the window; later, what the user chose.
    connect(show_problems, &QAction::toggled, this,
            [this, sized = std::make_shared<bool>(false)](bool on) {
                if (!on || std::exchange(*sized, true))
                    return;
                resizeDocks({problems_}, {std::max(300, height() * 2 / 5)}, Qt::Vertical);
            });

    QMenu* study = menuBar()->addMenu(tr("S&tudy"));
    QAction* quiz_action =
        study->addAction(tr("&Quiz\u2026"), this, [this] { open_quiz(library_->selected()); });
    quiz_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    QAction* progress_action = study->addAction(tr("&Progress\u2026"), this,
                                                [this] { open_progress(library_->selected()); });
    progress_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    // The same on the library's context menu, for the protocol under the pointer.
    auto* separator = new QAction(this);
    separator->setSeparator(true);
    library_->list()->addAction(separator);
    library_->list()->addAction(quiz_action);
    library_->list()->addAction(progress_action);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* guide = help->addAction(tr("&User guide"), this, &MainWindow::open_user_guide);
    guide->setObjectName(QStringLiteral("user-guide"));
    guide->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("Session &keys"), this, &MainWindow::show_keys);
    help->addSeparator();
    QAction* about_action = help->addAction(tr("&About Effleur"), this, &MainWindow::about);
    about_action->setMenuRole(QAction::AboutRole);
    QAction* about_qt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    about_qt->setMenuRole(QAction::AboutQtRole);
}

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

} // namespace

void MainWindow::build_edit_menu(QMenu* edit) {
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
        connect(a, &QAction::triggered, this, [key] {
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
    QAction* prefs = edit->addAction(tr("Pr&eferences\u2026"), this, [this] {
        if (findChild<PreferencesDialog*>())
            return; // one is open already
        if (controller_)
            controller_->pause_if_running(); // the session waits while settings change
        auto* dialog = new PreferencesDialog(*options_.settings, *cues_, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &PreferencesDialog::keysChanged, this, [this] {
            if (session_)
                session_->bind_keys(options_.settings);
        });
        connect(dialog, &PreferencesDialog::mutedChanged, mute_action_, &QAction::setChecked);
        dialog->open();
    });
    prefs->setObjectName(QStringLiteral("preferences"));
    prefs->setMenuRole(QAction::PreferencesRole);
    // X11 desktops have no standard key for preferences; Ctrl+, is the common choice there.
    prefs->setShortcuts(QKeySequence::keyBindings(QKeySequence::Preferences).isEmpty()
                            ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Comma)}
                            : QKeySequence::keyBindings(QKeySequence::Preferences));
}

void MainWindow::open_user_guide() {
    if (controller_)
        controller_->pause_if_running(); // the session waits while the therapist reads
    auto* window = findChild<HelpWindow*>();
    if (!window) {
        window = new HelpWindow(this);
        window->show();
    }
    window->raise();
    window->activateWindow();
}

void MainWindow::return_keys_to_session() {
    // A menu closed with Esc leaves the menu bar holding the keys, so that Space would open a
    // menu instead of pausing; during a session they go back to the session at once.
    for (QMenu* menu : menuBar()->findChildren<QMenu*>())
        connect(menu, &QMenu::aboutToHide, this, [this] {
            QTimer::singleShot(0, this, [this] {
                if (!session_ || QApplication::activePopupWidget())
                    return;
                menuBar()->setActiveAction(nullptr);
                session_->setFocus(Qt::OtherFocusReason);
            });
        });
}

void MainWindow::reload_library() {
    auto entries = scan_library(*options_.loader, options_.folders, options_.bundled_folder_count);
    QStringList folders;
    for (const auto& f : options_.folders)
        folders << QString::fromStdString(f.string());
    watcher_->set_folders(folders);

    Diagnostics problems = library_warnings(*options_.loader, entries);
    QStringList broken;
    for (const LibraryEntry& e : entries) {
        problems.insert(problems.end(), e.errors.begin(), e.errors.end());
        problems.insert(problems.end(), e.warnings.begin(), e.warnings.end());
        if (!e.protocol)
            broken << QString::fromStdString(e.file.string());
    }
    problems_->set_problems(std::move(problems));
    // A file that has just broken brings the panel up, but never over a running session.
    const bool newly_broken = std::any_of(broken.begin(), broken.end(), [this](const QString& f) {
        return !broken_files_.contains(f);
    });
    broken_files_ = broken;
    if (newly_broken && !session_)
        problems_->show();
    library_->set_entries(std::move(entries));
    update_library_actions();
}

void MainWindow::reload_files(const QStringList& files) {
    if (session_) {
        const Protocol& running = session_->engine().protocol();
        for (const LibraryEntry& e : library_->entries()) {
            const QString file =
                QFileInfo(QString::fromStdString(e.file.string())).absoluteFilePath();
            if (e.protocol && e.protocol->id == running.id && files.contains(file)) {
                reload_notice_->setText(
                    QStringLiteral("%1 changed on disk \u2014 the new version is used for the "
                                   "next session")
                        .arg(QString::fromStdString(running.title.get())));
                reload_notice_->show();
                spdlog::info("{} changed on disk during a session; kept for the next one",
                             running.id);
            }
        }
    }
    spdlog::debug("reloading the library: {} file(s) changed", files.size());
    reload_library();
}

QString MainWindow::reload_notice() const {
    return reload_notice_->isHidden() ? QString() : reload_notice_->text();
}

QString MainWindow::user_folder() const {
    if (options_.folders.size() <= options_.bundled_folder_count)
        return {};
    return QString::fromStdString(options_.folders.back().string());
}

void MainWindow::update_library_actions() {
    const LibraryEntry* e = library_->selected_entry();
    start_action_->setEnabled(!session_);
    rehearse_action_->setEnabled(!session_);
    for (const auto& [action, which] : session_actions_) {
        QString text = action->text().section(QLatin1Char('\t'), 0, 0);
        const auto keys = keys_for(which, options_.settings);
        if (!keys.isEmpty())
            text += QLatin1Char('\t') + keys.front().toString(QKeySequence::NativeText);
        action->setText(text);
        const bool speed = which == SessionAction::SpeedDown || which == SessionAction::SpeedUp;
        action->setEnabled(session_ != nullptr &&
                           (!speed || session_->engine().kind() == SessionKind::Rehearsal));
    }
    duplicate_action_->setEnabled(e && e->protocol && !user_folder().isEmpty() && !session_);
    open_external_action_->setEnabled(e && !e->bundled);
    edit_action_->setEnabled(
        e && (!e->bundled || (e->protocol && !user_folder().isEmpty() && !session_)));
}

QList<ProtocolEditor*> MainWindow::editors() const {
    return findChildren<ProtocolEditor*>(QString(), Qt::FindDirectChildrenOnly);
}

ProtocolEditor* MainWindow::open_editor(const QString& file) {
    const QString path = QFileInfo(file).absoluteFilePath();
    for (ProtocolEditor* open : editors()) {
        if (QFileInfo(open->file()).absoluteFilePath() == path) {
            open->show();
            open->raise();
            open->activateWindow();
            return open;
        }
    }
    ProtocolEditorOptions o;
    o.loader = options_.loader;
    o.file = path;
    for (std::size_t i = 0; i < options_.bundled_folder_count && i < options_.folders.size(); ++i)
        o.bundled_folders << QString::fromStdString(options_.folders[i].string());
    o.user_folder = user_folder();
    o.dark = theme_ == ThemeChoice::Dark;
    auto* editor = new ProtocolEditor(std::move(o), this);
    editor->setWindowFlag(Qt::Window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    if (const Status opened = editor->open(); !opened) {
        delete editor;
        QMessageBox::warning(this, QStringLiteral("Edit protocol"),
                             QString::fromStdString(opened.message()));
        return nullptr;
    }
    connect(editor, &ProtocolEditor::saved, this, [this] { reload_library(); });
    editor->show();
    return editor;
}

void MainWindow::new_protocol() {
    const QString folder = user_folder();
    if (folder.isEmpty())
        return;
    bool ok = false;
    const QString title = QInputDialog::getText(
        this, QStringLiteral("New protocol"), QStringLiteral("Title of the new protocol:"),
        QLineEdit::Normal, QStringLiteral("My protocol"), &ok);
    if (!ok || title.trimmed().isEmpty())
        return;
    QString id = id_from_title(title.trimmed());
    for (int n = 2; QFileInfo::exists(folder + QLatin1Char('/') + id + QStringLiteral(".json"));
         ++n)
        id = id_from_title(title.trimmed()) + QLatin1Char('-') + QString::number(n);
    const auto file = create_from_template(folder, id, title.trimmed());
    if (!file) {
        QMessageBox::warning(this, QStringLiteral("New protocol"),
                             QString::fromStdString(file.message()));
        return;
    }
    reload_library();
    open_editor(file.value());
}

void MainWindow::duplicate_selected(bool to_edit) {
    const LibraryEntry* e = library_->selected_entry();
    const QString folder = user_folder();
    if (!e || !e->protocol || folder.isEmpty() || session_)
        return;
    std::set<std::string> taken;
    for (const LibraryEntry& other : library_->entries())
        if (other.protocol)
            taken.insert(other.protocol->id);
    auto* dialog =
        new DuplicateDialog(e->protocol->id, e->protocol->title.get(), taken, folder, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (to_edit)
        dialog->explain_read_only();
    const QString source = QString::fromStdString(e->file.string());
    connect(dialog, &QDialog::accepted, this, [this, dialog, source, folder] {
        const auto copied = duplicate_protocol_file(source, folder, dialog->id(), dialog->title());
        if (!copied) {
            QMessageBox::warning(this, QStringLiteral("Duplicate to my protocols"),
                                 QString::fromStdString(copied.message()));
            return;
        }
        const QString& file = copied.value();
        reload_library();
        library_->search()->clear();
        library_->select_file(file.toStdString());
        statusBar()->showMessage(QStringLiteral("Duplicated as %1").arg(file), 8000);
        Q_EMIT protocolDuplicated(file);
    });
    dialog->open();
}

std::chrono::system_clock::time_point MainWindow::wall_now() const {
    return options_.wall_clock ? options_.wall_clock() : std::chrono::system_clock::now();
}

void MainWindow::start_session(std::shared_ptr<const Protocol> protocol) {
    if (!protocol || session_ || gate_ || findChild<ClientChooser*>())
        return;
    storage::JournalStore* journal = journal_store();
    if (!journal)
        return; // a client session is always recorded; the message box said why not
    auto* chooser = new ClientChooser(*journal, protocol->id, this, [this] { return wall_now(); });
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    connect(chooser, &QDialog::accepted, this, [this, chooser, protocol] {
        if (!chooser->client())
            return;
        std::shared_ptr<const storage::SessionRecord> last;
        if (chooser->last_session())
            last = std::make_shared<const storage::SessionRecord>(*chooser->last_session());
        choose_day(protocol, chooser->client()->id, std::move(last));
    });
    chooser->open();
}

void MainWindow::choose_day(std::shared_ptr<const Protocol> protocol, std::int64_t client,
                            std::shared_ptr<const storage::SessionRecord> last) {
    // Only a multi-day complex, whose stages are days, runs one day per session; any other
    // protocol runs whole, every stage in order.
    QStringList days;
    std::vector<std::size_t> day_stages;
    for (std::size_t i = 0; i < protocol->stages.size(); ++i) {
        const Stage& s = protocol->stages[i];
        if (!s.day)
            continue;
        days << tr("Day %1: %2").arg(*s.day).arg(QString::fromStdString(s.title.get()));
        day_stages.push_back(i);
    }
    if (day_stages.empty()) {
        open_gate(protocol, std::nullopt, client, std::move(last));
        return;
    }
    // The day due next in the client's course, else the day after the last one they had.
    QString due_words;
    int suggested = 0;
    if (const auto due = day_due(*protocol, client, due_words)) {
        const auto at = std::find(day_stages.begin(), day_stages.end(), *due);
        suggested = at == day_stages.end() ? 0 : static_cast<int>(at - day_stages.begin());
    } else if (last && last->summary.stage) {
        for (std::size_t k = 0; k < day_stages.size(); ++k)
            if (day_stages[k] == *last->summary.stage && k + 1 < day_stages.size())
                suggested = static_cast<int>(k + 1);
    }
    auto* picker = new QInputDialog(this);
    picker->setObjectName(QStringLiteral("day-picker"));
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setWindowTitle(tr("Which day?"));
    QString label =
        tr("Which day of %1 is this session?").arg(QString::fromStdString(protocol->title.get()));
    if (last && last->summary.day)
        label += QLatin1Char('\n') + tr("Last time was day %1.").arg(*last->summary.day);
    if (!due_words.isEmpty())
        label += QLatin1Char('\n') + due_words;
    picker->setLabelText(label);
    picker->setComboBoxItems(days);
    picker->setTextValue(days[suggested]);
    connect(picker, &QInputDialog::accepted, this,
            [this, picker, protocol, days, day_stages, client, last] {
                const auto index = days.indexOf(picker->textValue());
                if (index >= 0)
                    open_gate(protocol, day_stages[static_cast<std::size_t>(index)], client, last);
            });
    picker->open();
}

void MainWindow::open_gate(std::shared_ptr<const Protocol> protocol,
                           std::optional<std::size_t> stage, std::int64_t client,
                           std::shared_ptr<const storage::SessionRecord> last) {
    Checklist checklist(protocol, options_.loader->catalog(), stage);
    // "Same as last time": the answers come pre-filled, and each still needs its own answer.
    if (last && last->summary.verdict == "clear")
        (void)checklist.prefill(last->gate);
    gate_ = new GateDialog(std::move(checklist), this, [this] { return wall_now(); });
    gate_->setAttribute(Qt::WA_DeleteOnClose);
    connect(gate_, &QDialog::finished, this, [this, client](int result) {
        GateDialog* gate = gate_;
        gate_ = nullptr;
        if (result != QDialog::Accepted) {
            if (gate->blocked_view_shown())
                record_blocked(gate->checklist(), client);
            if (result == GateDialog::choose_another_protocol)
                offer_other_protocols(gate->checklist());
            return;
        }
        auto cleared = gate->take_cleared_gate();
        if (!cleared)
            return;
        start_cleared_session(std::move(*cleared), client);
    });
    gate_->open();
}

void MainWindow::start_cleared_session(ClearedGate&& gate, std::int64_t client) {
    if (session_)
        return;
    try {
        open_session(std::make_unique<StepEngine>(std::move(gate), SessionOptions{}), client);
    } catch (const std::exception& e) {
        QMessageBox::warning(this, QStringLiteral("Effleur"),
                             tr("This session cannot start: %1").arg(QString::fromUtf8(e.what())));
    }
}

void MainWindow::offer_other_protocols(const Checklist& checklist) {
    // The library lists only the protocols that what stopped this one does not rule out.
    std::set<std::string> ids;
    QStringList names;
    for (const std::size_t i : checklist.verdict().blocking) {
        const GateItem& item = checklist.item(i);
        if (ids.insert(item.id).second)
            names << QString::fromStdString(item.text);
    }
    library_->exclude_contraindications(std::move(ids), names);
    library_->list()->setFocus();
}

void MainWindow::record_blocked(const Checklist& checklist, std::int64_t client) {
    storage::JournalStore* journal = journal_store();
    if (!journal || client == 0)
        return;
    const Protocol& p = checklist.protocol();
    RecordingStart who;
    who.client = client;
    who.protocol_hash = file_hash(p.file);
    who.started = wall_now();
    const storage::SessionStart start =
        session_start(p, checklist.stage(), checklist.record(who.started), who);
    std::string item;
    for (std::size_t i = 0; i < checklist.size() && item.empty(); ++i)
        if (checklist.answer(i) == Answer::Yes &&
            checklist.item(i).kind == ContraindicationKind::Absolute)
            item = checklist.item(i).id;
    auto recorded = journal->record_blocked(start, item);
    if (!recorded) {
        statusBar()->showMessage(tr("The stopped screening could not be kept in the journal."),
                                 8000);
        return;
    }
    statusBar()->showMessage(tr("The screening that stopped this session is in the journal."),
                             8000);
    journal_changed(recorded.value());
}

void MainWindow::rehearse(std::shared_ptr<const Protocol> protocol, double speed) {
    Practice practice;
    practice.options.speed = speed;
    rehearse(std::move(protocol), practice);
}

void MainWindow::rehearse(std::shared_ptr<const Protocol> protocol, const Practice& practice) {
    if (!protocol || session_)
        return;
    if (const auto why = StepEngine::check(*protocol, practice.options)) {
        QMessageBox::warning(this, QStringLiteral("Effleur"), QString::fromStdString(*why));
        return;
    }
    open_session(std::make_unique<StepEngine>(std::move(protocol), practice.options));
    if (session_)
        session_->set_show_next(practice.show_next);
}

void MainWindow::open_practise(std::shared_ptr<const Protocol> protocol) {
    if (!protocol || session_ || findChild<PractiseDialog*>())
        return;
    auto* dialog = new PractiseDialog(std::move(protocol), *options_.settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { rehearse(dialog->protocol(), dialog->practice()); });
    dialog->open();
}

void MainWindow::open_session(std::unique_ptr<StepEngine> engine, std::int64_t client_id,
                              const storage::SessionState* resumed) {
    if (first_frame_)
        start_cues_();
    const bool client = engine->kind() == SessionKind::Client;
    spdlog::info("{} of {} begins", client ? "a client session" : "a rehearsal",
                 engine->protocol().id);
    controller_ = new SessionController(std::move(engine), *options_.clock, this);
    session_ = new SessionView(*controller_, options_.loader->catalog(), stack_);
    if (client && client_id != 0 && journal_ && !resumed) {
        // The findings of this client's last session of the protocol, on its diagram.
        if (const auto last =
                journal_->last_session(client_id, controller_->engine().protocol().id))
            if (auto* diagram = session_->findChild<DiagramWidget*>())
                diagram->set_findings(last->marks);
    }
    if (client && client_id != 0 && journal_ && resumed) {
        recording_ =
            SessionRecording::resume(*journal_, *controller_, *resumed, wall_now()).release();
        recording_->setParent(this);
        connect(recording_, &SessionRecording::problem, this,
                [this](const QString& words) { statusBar()->showMessage(words); });
        connect(recording_, &SessionRecording::closedRecord, this, &MainWindow::journal_changed);
    } else if (client && client_id != 0 && journal_) {
        RecordingStart start;
        start.client = client_id;
        start.protocol_hash = file_hash(controller_->engine().protocol().file);
        start.started = wall_now();
        auto recording = SessionRecording::begin(*journal_, *controller_, start);
        if (recording) {
            recording_ = recording.value().release();
            recording_->setParent(this);
            connect(recording_, &SessionRecording::problem, this,
                    [this](const QString& words) { statusBar()->showMessage(words); });
            connect(recording_, &SessionRecording::closedRecord, this,
                    &MainWindow::journal_changed);
        } else {
            spdlog::warn("a client session could not be recorded: the journal refused it");
            QMessageBox::warning(this, QStringLiteral("Effleur"),
                                 tr("This session cannot be recorded in the journal, so it is "
                                    "not kept."));
        }
    }
    if (!client) // kept for resuming after a crash; the file goes when the rehearsal ends
        new RehearsalKeeper(
            *controller_, rehearsal_state_path(),
            [this] { return !session_ || session_->show_next(); },
            file_hash(controller_->engine().protocol().file), [this] { return wall_now(); },
            controller_);
    session_->bind_keys(options_.settings);
    session_->set_theme(QApplication::palette().color(QPalette::Window).lightness() < 128
                            ? DiagramTheme::Dark
                            : DiagramTheme::Light);
    // Glance mode is the session alone: no menus, no status line.
    connect(session_, &SessionView::glanceChanged, this, [this](bool on) {
        menuBar()->setVisible(!on);
        statusBar()->setVisible(!on);
    });
    cues_->attach(controller_);
    problems_before_session_ = problems_->isVisible();
    problems_->hide(); // the session has the whole window
    update_library_actions();
    stack_->addWidget(session_);
    stack_->setCurrentWidget(session_);
    session_->setFocus();
    end_action_->setEnabled(true);
    awake_.hold(QStringLiteral("A massage session is running"));
    connect(controller_, &SessionController::finished, this, [this] {
        awake_.release();
        statusBar()->showMessage(tr("Session complete \u2014 Ctrl+W returns to the library"));
        if (recording_)
            open_session_notes();
    });
    statusBar()->showMessage(client ? QStringLiteral("Client session")
                                    : QStringLiteral("Rehearsal \u2014 nothing is recorded"));
    if (resumed) {
        controller_->pause_if_running(); // the therapist goes on when ready
        controller_->pump();
    } else {
        controller_->begin();
    }
}

bool MainWindow::confirm_end() {
    if (!controller_ || !controller_->client() || controller_->over())
        return true;
    const bool paused = controller_->pause_if_running();
    QMessageBox box(QMessageBox::Question, tr("End the session?"),
                    tr("The session has not finished. End it now? The journal keeps it as "
                       "stopped early."),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("confirm-end"));
    QAbstractButton* end = box.addButton(tr("&End session"), QMessageBox::DestructiveRole);
    QPushButton* keep = box.addButton(tr("&Keep going"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    if (box.clickedButton() == end)
        return true;
    if (paused)
        controller_->pause_resume();
    return false;
}

void MainWindow::open_session_notes() {
    if (!recording_ || !journal_ || !controller_ || findChild<SessionEndDialog*>())
        return;
    auto* dialog =
        new SessionEndDialog(*journal_, recording_->session(), controller_->engine().protocol(),
                             options_.loader->catalog(), this, [this] { return wall_now(); });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        statusBar()->showMessage(tr("The notes are in the journal."), 8000);
        journal_changed(dialog->session());
    });
    dialog->open();
}

void MainWindow::end_session() {
    if (session_ && confirm_end())
        close_session();
}

void MainWindow::close_session() {
    if (!session_)
        return;
    const std::filesystem::path used = controller_->engine().protocol().file;
    const std::string used_id = controller_->engine().protocol().id;
    const bool stopped_early = !controller_->over();
    controller_->stop(tr("ended by the therapist"));
    if (recording_ && stopped_early)
        open_session_notes();
    cues_->attach(nullptr);
    cues_->speaker().stop();
    awake_.release();
    if (session_->glance())
        session_->set_glance(false);
    menuBar()->show();
    statusBar()->show();
    stack_->removeWidget(session_);
    session_->deleteLater();
    session_ = nullptr;
    delete recording_; // its record is closed; it subscribes to the controller
    recording_ = nullptr;
    controller_->deleteLater(); // after the view, which borrows it
    controller_ = nullptr;
    end_action_->setEnabled(false);
    reload_notice_->clear();
    reload_notice_->hide();
    if (problems_before_session_)
        problems_->show();
    // The protocol just used stays selected, whatever was selected before.
    if (!library_->select_file(used))
        library_->select_id(used_id);
    update_library_actions();
    stack_->setCurrentWidget(library_);
    library_->list()->setFocus();
    statusBar()->showMessage(QStringLiteral("Enter: start a session  \u00b7  Ctrl+R: rehearse"));
}

storage::ProgressStore* MainWindow::progress_store(QString& error) {
    if (store_)
        return store_.get();
    const std::filesystem::path file = options_.progress_file.empty()
                                           ? storage::ProgressStore::default_path()
                                           : options_.progress_file;
    auto opened = storage::ProgressStore::open(file);
    if (opened)
        store_ = std::move(opened.value());
    if (!store_) {
        const std::string why = opened.message();
        error = QString::fromStdString(why);
        spdlog::warn("the progress database cannot be opened: {}", why);
        auto* box = new QMessageBox(
            QMessageBox::Warning, QStringLiteral("Effleur"),
            QStringLiteral("Your quiz progress cannot be opened, so this is not saved.\n\n%1")
                .arg(error),
            QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("progress-store-error"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    return store_.get();
}

storage::JournalStore* MainWindow::journal_store() {
    if (journal_)
        return journal_.get();
    const std::filesystem::path file = options_.journal_file.empty()
                                           ? storage::JournalStore::default_path()
                                           : options_.journal_file;
    auto opened = storage::JournalStore::open(file);
    if (!opened) {
        const QString why = opened.errors().empty()
                                ? QString()
                                : QString::fromStdString(opened.errors().front().message);
        spdlog::warn("the journal cannot be opened: {}", why.toStdString());
        if (!findChild<QMessageBox*>(QStringLiteral("journal-error")))
            offer_journal_repair(
                this, why, [this, file](JournalRepair choice) { repair_journal(file, choice); });
        return nullptr;
    }
    journal_ = std::move(opened.value());
    check_unfinished();
    return journal_.get();
}

void MainWindow::repair_journal(const std::filesystem::path& file, JournalRepair choice) {
    if (choice == JournalRepair::NotNow || journal_)
        return;
    std::filesystem::path backup;
    if (choice == JournalRepair::FromBackup) {
        const QString chosen =
            options_.choose_backup
                ? options_.choose_backup()
                : QFileDialog::getOpenFileName(this, tr("Open a Backup of the Journal"), QString(),
                                               tr("Journal backups (*.sqlite);;All files (*)"));
        if (chosen.isEmpty())
            return;
        backup = QFile::encodeName(chosen).toStdString();
    }
    RepairedJournal repaired = start_new_journal(file, backup);
    spdlog::warn("the journal was started again: {}", repaired.message.toStdString());
    if (!repaired.store) {
        auto* box = new QMessageBox(QMessageBox::Warning, QStringLiteral("Effleur"),
                                    repaired.message, QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("journal-repair-failed"));
        box->setTextFormat(Qt::PlainText);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    statusBar()->showMessage(repaired.message, 30000);
    journal_ = std::move(repaired.store);
    check_unfinished();
}

void MainWindow::check_unfinished() {
    if (!journal_ || std::exchange(checked_unfinished_, true))
        return;
    // A record still running belongs to a session the app did not see to its end. The newest
    // one with a saved state less than 12 hours old is offered for resuming; the others are
    // kept as interrupted.
    std::optional<std::int64_t> offered;
    storage::JournalQuery q;
    q.outcome = storage::Outcome::Running;
    const auto running = journal_->search(q);
    const auto now = wall_now();
    for (const storage::SessionSummary& s : running) {
        const auto state = journal_->state(s.id);
        if (state && now - state->written < std::chrono::hours(12)) {
            offered = s.id;
            break;
        }
    }
    if (auto closed = journal_->close_interrupted(now, offered);
        closed && !closed.value().empty()) {
        spdlog::warn("the previous run ended abruptly: {} client session(s) kept as interrupted "
                     "by a crash",
                     closed.value().size());
        statusBar()->showMessage(tr("%n earlier session(s) were interrupted and are kept as such.",
                                    nullptr, static_cast<int>(closed.value().size())),
                                 10000);
    }
    if (offered) {
        spdlog::warn("the previous run ended abruptly during a client session");
        if (session_) // a rehearsal opened from the command line: offered at the next start
            return;
        offer_resume(*offered);
    }
}

void MainWindow::offer_resume(std::int64_t session) {
    const auto record = journal_->session(session);
    const auto state = journal_->state(session);
    if (!record || !state)
        return;
    // Where it was: the step reached, from the saved state's position in the plan.
    QString where;
    std::shared_ptr<const Protocol> protocol;
    QString refusal;
    for (const LibraryEntry& e : library_->entries())
        if (e.protocol && e.protocol->id == record->summary.protocol_id)
            protocol = e.protocol;
    if (!protocol)
        refusal = tr("Its protocol is no longer in the library.");
    else if (protocol->version != record->protocol_version ||
             file_hash(protocol->file) != record->protocol_hash)
        refusal = tr("Its protocol file has changed since, so it cannot go on where it was.");
    const auto ago =
        std::chrono::duration_cast<std::chrono::minutes>(wall_now() - state->written).count();
    QString text = tr("A client session did not end: the app stopped while it ran.\n\n%1 \u2014 %2")
                       .arg(QString::fromStdString(record->summary.client_name),
                            QString::fromStdString(record->summary.protocol_title));
    if (record->summary.day)
        text += tr(", day %1").arg(*record->summary.day);
    const auto place = saved_place(engine_snapshot(*state));
    if (place) {
        text += QLatin1Char('\n') + place_words(*place, protocol.get());
        text += QLatin1Char('\n') +
                tr("Session time: %1").arg(QString::fromStdString(clock_words(state->offset)));
    }
    text += QLatin1Char('\n') + tr("Last saved %n min ago", nullptr, static_cast<int>(ago));
    if (!refusal.isEmpty())
        text += QStringLiteral("\n\n") + refusal;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Resume the session?"), text,
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("resume-offer"));
    box->setTextFormat(Qt::PlainText); // a client's name and a protocol's title, never markup
    if (place) { // what is offered, for tests that check it against where the session was
        box->setProperty("effleur_part", static_cast<qulonglong>(place->part));
        box->setProperty("effleur_progress_ms", static_cast<qlonglong>(place->progress.count()));
        box->setProperty("effleur_offset_ms", static_cast<qlonglong>(state->offset.count()));
    }
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* resume = box->addButton(tr("&Resume"), QMessageBox::AcceptRole);
    QPushButton* end = box->addButton(tr("&End it here"), QMessageBox::DestructiveRole);
    resume->setEnabled(refusal.isEmpty());
    box->setDefaultButton(refusal.isEmpty() ? resume : end);
    box->setEscapeButton(end);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, session, resume, protocol](QAbstractButton* clicked) {
                if (clicked == resume && resume_session(session, protocol))
                    return;
                end_unfinished(session);
            });
    box->open();
}

bool MainWindow::resume_session(std::int64_t session, std::shared_ptr<const Protocol> protocol) {
    const auto record = journal_->session(session);
    const auto state = journal_->state(session);
    if (!record || !state || !protocol || session_)
        return false;
    // The checklist was answered for this session: its record gives the proof again.
    Checklist checklist(protocol, options_.loader->catalog(), record->summary.stage);
    (void)checklist.prefill(record->gate);
    checklist.confirm_prefill();
    for (const GateAnswer& a : record->gate.answers)
        for (std::size_t i = 0; i < checklist.size(); ++i)
            if (checklist.item(i).id == a.item && a.acknowledged)
                (void)checklist.acknowledge(i);
    checklist.set_assessment(record->gate.assessment);
    auto cleared = checklist.clear(record->gate.at);
    if (!cleared) {
        spdlog::warn("a session cannot be resumed: its checklist record is not clear");
        return false;
    }
    std::unique_ptr<StepEngine> engine;
    try {
        engine = std::make_unique<StepEngine>(std::move(*cleared), SessionOptions{});
        const auto snapshot = engine_snapshot(*state);
        if (const auto r = engine->restore(snapshot, options_.clock->now()); !r) {
            spdlog::warn("a session cannot be resumed: {}", r.reason);
            return false;
        }
    } catch (const std::exception& e) {
        spdlog::warn("a session cannot be resumed: {}", e.what());
        return false;
    }
    open_session(std::move(engine), record->summary.client, &*state);
    statusBar()->showMessage(tr("Resumed where it was, paused: Space goes on"));
    return true;
}

void MainWindow::end_unfinished(std::int64_t session) {
    const auto state = journal_->state(session);
    const auto record = journal_->session(session);
    if (!record)
        return;
    const auto at = state ? state->written : record->summary.started;
    const auto active = state ? state->offset : std::chrono::milliseconds{0};
    (void)journal_->end_session(session, storage::Outcome::Stopped,
                                tr("interrupted by a crash").toStdString(), at, active);
    statusBar()->showMessage(tr("The unfinished session is kept as ended early."), 8000);
    journal_changed(session);
}

void MainWindow::print_card(std::shared_ptr<const Protocol> protocol) {
    if (!protocol)
        return;
    auto* printer = new QPrinter(QPrinter::HighResolution);
    printer->setPageSize(print::page_size(print::default_paper(QLocale())));
    printer->setDocName(QString::fromStdString(protocol->title.get()));
    auto* preview = new QPrintPreviewDialog(printer, this);
    preview->setObjectName(QStringLiteral("card-preview"));
    preview->setAttribute(Qt::WA_DeleteOnClose);
    connect(preview, &QObject::destroyed, this, [printer] { delete printer; });
    connect(preview, &QPrintPreviewDialog::paintRequested, this, [this, protocol](QPrinter* p) {
        (void)print::paint_card(*p, *protocol, options_.loader->catalog());
    });
    preview->resize(1000, 760);
    preview->open();
}

JournalWindow* MainWindow::open_journal() {
    storage::JournalStore* store = journal_store();
    if (!store)
        return nullptr;
    auto* window = findChild<JournalWindow*>();
    if (!window) {
        window = new JournalWindow(*store, this);
        window->set_catalog(&options_.loader->catalog(), [this](const std::string& id) {
            for (const LibraryEntry& e : library_->entries())
                if (e.protocol && e.protocol->id == id)
                    return e.protocol->diagrams;
            return std::vector<std::string>{};
        });
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->enable_courses(course_context());
        connect(window->courses(), &CoursePanel::changed, this, [this] {
            if (today_ && stack_->currentWidget() == today_)
                show_today(); // a moved date or an ended course changes who is due
        });
    } else {
        window->reload();
    }
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

void MainWindow::journal_changed(std::int64_t session) {
    course_recorded(session);
    if (auto* window = findChild<JournalWindow*>()) {
        window->reload();
        if (session != 0)
            window->show_session(session);
    }
}

std::int64_t MainWindow::recorded_session() const {
    return recording_ ? recording_->session() : 0;
}

void MainWindow::open_quiz(std::shared_ptr<const Protocol> protocol) {
    if (!protocol)
        return;
    for (QuizWindow* w : findChildren<QuizWindow*>())
        if (w->isVisible() && w->protocol().id == protocol->id) {
            w->raise();
            w->activateWindow();
            return;
        }
    QuizServices services;
    services.catalog = &options_.loader->catalog();
    services.clock = options_.clock;
    services.wall_clock = options_.wall_clock;
    services.store = [this]() -> Result<storage::ProgressStore*> {
        QString error;
        if (storage::ProgressStore* store = progress_store(error))
            return store;
        return message_only(error.toStdString());
    };
    auto* window = new QuizWindow(std::move(protocol), std::move(services), this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(window, &QuizWindow::progressRequested, this, &MainWindow::open_progress);
    connect(window, &QuizWindow::attemptRecorded, this, [this](const quiz::Attempt& a) {
        for (ProgressView* v : findChildren<ProgressView*>())
            if (store_ && v->protocol() && v->protocol()->id == a.protocol)
                v->set_data(v->protocol(), store_->attempts(a.protocol));
    });
    window->resize(window->sizeHint());
    window->show();
    window->activateWindow();
}

void MainWindow::open_progress(std::shared_ptr<const Protocol> protocol) {
    if (!protocol)
        return;
    QString error;
    storage::ProgressStore* store = progress_store(error);
    if (!store)
        return;
    for (ProgressView* v : findChildren<ProgressView*>())
        if (v->isVisible() && v->protocol() && v->protocol()->id == protocol->id) {
            v->set_data(protocol, store->attempts(protocol->id));
            v->raise();
            v->activateWindow();
            return;
        }
    auto* view = new ProgressView(this);
    view->setWindowFlag(Qt::Window);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->setWindowTitle(
        QStringLiteral("Progress \u2014 %1").arg(QString::fromStdString(protocol->title.get())));
    view->set_data(protocol, store->attempts(protocol->id));
    connect(view, &ProgressView::practiseRequested, this, &MainWindow::practise);
    connect(view, &ProgressView::quizRequested, this, &MainWindow::open_quiz);
    view->resize(view->sizeHint());
    view->show();
    view->activateWindow();
}

void MainWindow::practise(std::shared_ptr<const Protocol> protocol,
                          const std::vector<quiz::StepRef>& steps) {
    if (!protocol || steps.empty())
        return;
    if (session_) {
        statusBar()->showMessage(
            QStringLiteral("End the session on screen first (Ctrl+W), then practise"));
        return;
    }
    // The stretch of the protocol that holds the weakest steps, rehearsed as usual.
    const auto [lo, hi] = std::minmax_element(steps.begin(), steps.end());
    SessionOptions o;
    o.range = StepRange{StepRef{lo->stage, lo->step}, StepRef{hi->stage, hi->step}};
    if (const auto why = StepEngine::check(*protocol, o)) {
        QMessageBox::warning(this, QStringLiteral("Effleur"), QString::fromStdString(*why));
        return;
    }
    raise();
    activateWindow();
    open_session(std::make_unique<StepEngine>(std::move(protocol), o));
    statusBar()->showMessage(QStringLiteral("Practising your weakest steps \u2014 a rehearsal"));
}

void MainWindow::set_theme(ThemeChoice theme) {
    theme_ = theme;
    options_.settings->setValue(QStringLiteral("view/theme"), static_cast<int>(theme));
    apply_theme();
}

void MainWindow::apply_theme() {
    for (QAction* a : menuBar()->findChildren<QAction*>())
        if (a->isCheckable() && a->data().isValid())
            a->setChecked(a->data().toInt() == static_cast<int>(theme_));
    if (!focus_ring_)
        focus_ring_ = new FocusRing(this);
    if (theme_ == ThemeChoice::System) {
        QApplication::setPalette(system_palette());
    } else {
        // Fusion, with check boxes, radio buttons and the focus plain to see (theme.h).
        if (!qobject_cast<AppStyle*>(QApplication::style()))
            QApplication::setStyle(make_app_style());
        QApplication::setPalette(theme_ == ThemeChoice::Dark
                                     ? dark_palette()
                                     : QApplication::style()->standardPalette());
    }
    focus_ring_->set_enabled(theme_ != ThemeChoice::System);
    if (session_)
        session_->set_theme(QApplication::palette().color(QPalette::Window).lightness() < 128
                                ? DiagramTheme::Dark
                                : DiagramTheme::Light);
}

void MainWindow::about() {
    QMessageBox::about(
        this, tr("About Effleur"),
        tr("<h3>Effleur %1</h3><p>A massage-protocol guide and session timer.</p>"
           "<p>The checklist supports the specialist's judgment; it does not replace "
           "it.</p><p>Help › User guide (F1) explains every view; it is installed with "
           "Effleur and needs no network.</p><p>Released under the MIT licence.</p>")
            .arg(QApplication::applicationVersion().toHtmlEscaped()));
}

void MainWindow::show_keys() {
    if (controller_)
        controller_->pause_if_running(); // the session waits while the therapist reads
    QString rows;
    for (const KeyBinding& b : default_key_table) {
        QStringList keys;
        for (const QKeySequence& k : keys_for(b.action, options_.settings))
            keys << k.toString(QKeySequence::NativeText);
        rows +=
            QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>")
                .arg(QString::fromLatin1(b.label.data(), static_cast<qsizetype>(b.label.size())),
                     keys.join(QStringLiteral(", ")).toHtmlEscaped());
    }
    QMessageBox::information(this, QStringLiteral("Session keys"),
                             QStringLiteral("<table cellpadding=4>%1</table>").arg(rows));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    for (ProtocolEditor* editor : editors()) {
        if (!editor->close()) { // unsaved changes, and the user chose to stay
            event->ignore();
            return;
        }
    }
    if (!confirm_end()) {
        event->ignore();
        return;
    }
    options_.settings->setValue(QStringLiteral("window/geometry"), saveGeometry());
    close_session();
    QMainWindow::closeEvent(event);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event) {
    if (!first_frame_ && watched == stack_ && event->type() == QEvent::Paint) {
        first_frame_ = true;
        // After this paint has finished and reached the screen.
        QMetaObject::invokeMethod(this, &MainWindow::firstFramePainted, Qt::QueuedConnection);
    }
    return QMainWindow::eventFilter(watched, event);
}

} // namespace effleur::ui
