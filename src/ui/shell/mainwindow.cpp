#include "ui/shell/mainwindow.h"

#include "render/diagramtheme.h"
#include "storage/journalstore.h"
#include "ui/common/translations.h"
#include "ui/editor/problemspanel.h"
#include "ui/editor/protocoleditor.h"
#include "ui/journal/coursepanel.h"
#include "ui/journal/journalwindow.h"
#include "ui/library/libraryscan.h"
#include "ui/library/libraryview.h"
#include "ui/library/librarywatcher.h"
#include "ui/modules/modules.h"
#include "ui/session/deferredcues.h"
#include "ui/session/sessioncontroller.h"
#include "ui/session/sessionview.h"
#include "ui/session/threadedspeaker.h"
#include "ui/shell/authoringlauncher.h"
#include "ui/shell/cardpreview.h"
#include "ui/shell/journalrepair.h"
#include "ui/shell/preferencesdialog.h"
#include "ui/shell/resumeflow.h"
#include "ui/shell/sessionflow.h"
#include "ui/shell/shellmenus.h"
#include "ui/shell/studylauncher.h"
#include "ui/study/practisedialog.h"
#include "ui/today/todayshell.h"
#include "ui/today/todayview.h"

#include <QApplication>
#include <QCloseEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QTreeWidget>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <utility>

namespace effleur::ui {

MainWindow::MainWindow(MainWindowOptions options, QWidget* parent)
    : QMainWindow(parent), options_(std::move(options)) {
    (void)system_palette();
    setWindowTitle(tr("Effleur"));
    setObjectName(QStringLiteral("main-window"));
    // The speech and audio engines load when a session first needs them, and never before the
    // first frame (deferredcues.h).
    DeferredSpeaker* deferred_speaker = nullptr;
    DeferredChimes* deferred_chimes = nullptr;
    // They come from the voice module; the speaker is built and runs on a thread of its own
    // (threadedspeaker.h), so that a slow engine never freezes the window.
    if (!options_.speaker) {
        auto speaker = std::make_unique<DeferredSpeaker>([this]() -> std::unique_ptr<Speaker> {
            VoiceModule* voice = voice_module();
            if (!voice)
                return nullptr;
            return std::make_unique<ThreadedSpeaker>(
                [voice, lang = language()] { return voice->make_speaker(lang); });
        });
        deferred_speaker = speaker.get();
        options_.speaker = std::move(speaker);
    }
    if (!options_.chimes) {
        auto chimes = std::make_unique<DeferredChimes>([this]() -> std::unique_ptr<Chimes> {
            VoiceModule* voice = voice_module();
            return voice ? voice->make_chimes() : nullptr;
        });
        deferred_chimes = chimes.get();
        options_.chimes = std::move(chimes);
    }
    // The chimes first: they open the audio output on this thread, before the speech thread
    // asks for it.
    start_cues_ = [deferred_speaker, deferred_chimes] {
        if (deferred_chimes)
            deferred_chimes->start();
        if (deferred_speaker)
            deferred_speaker->start();
    };
    connect(this, &MainWindow::firstFramePainted, this, [this] {
        if (sessions_->running())
            QTimer::singleShot(0, this, [this] { start_cues_(); });
        // A session that did not end is offered first, once the window is up. A fresh
        // install has no journal yet and gets none.
        // Both look their protocols up in the library: after its first scan.
        QTimer::singleShot(0, this, [this] {
            when_library_ready([this] {
                std::error_code ec;
                if (std::filesystem::exists(journal_path(), ec) && journal_store())
                    show_today(true);       // the clients due, first, when there are any
                resume_->offer_rehearsal(); // unless a client session is offered
            });
        });
    });
    cues_ = std::make_unique<CuePlayer>(std::move(options_.speaker), std::move(options_.chimes));

    stack_ = new QStackedWidget(this);
    library_ = new LibraryView(options_.loader->catalog(), stack_);
    stack_->addWidget(library_);
    setCentralWidget(stack_);
    stack_->installEventFilter(this); // the first frame, whichever page is shown

    // Live reload: the library follows the protocol files on disk; problems are in a dock.
    problems_ = new ProblemsPanel(this);
    addDockWidget(Qt::BottomDockWidgetArea, problems_);
    problems_->hide();
    watcher_ = new LibraryWatcher(this);
    connect(watcher_, &LibraryWatcher::changed, this, &MainWindow::reload_files);
    reload_notice_ = new QLabel(this);
    reload_notice_->setObjectName(QStringLiteral("reload-notice"));
    reload_notice_->hide();
    statusBar()->addPermanentWidget(reload_notice_);

    build_parts();
    if (options_.scan_in_background) {
        scan_ = new LibraryScan(options_.loader, this);
        connect(scan_, &LibraryScan::finished, this, [this] { show_scan(scan_->take()); });
        library_->set_loading(true);
        // The first scan begins once the first frame is up, so that it never competes with it
        // for the cores: the window paints, then the list fills in.
        connect(this, &MainWindow::firstFramePainted, this,
                [this] { QTimer::singleShot(0, this, &MainWindow::reload_library); });
    } else {
        reload_library();
    }

    QSettings& s = *options_.settings;
    if (!restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1180, 760);
    const int theme = s.value(QStringLiteral("view/theme"), 0).toInt();
    theme_ = theme == 1 ? ThemeChoice::Light : theme == 2 ? ThemeChoice::Dark : ThemeChoice::System;
    apply_cue_settings(*cues_, s); // the voice, the chimes' volume and mute
    menus_->show_muted(cues_->muted());
    apply_chosen_theme();
    show_status(tr("Enter: start a session  \u00b7  Ctrl+R: rehearse"), 0);
    library_->list()->setFocus();
}

void MainWindow::build_parts() {
    const auto wall = [this] { return wall_now(); };

    SessionFlowServices flow;
    flow.loader = options_.loader;
    flow.clock = options_.clock;
    flow.settings = options_.settings;
    flow.cues = cues_.get();
    flow.wall_now = wall;
    flow.journal = [this] { return journal_store(); };
    flow.rehearsal_state = rehearsal_state_file(journal_path());
    flow.day_due = [this](const Protocol& p, std::int64_t client, QString& words) {
        return today_->day_due(p, client, words);
    };
    flow.start_cues = [this] {
        if (first_frame_)
            start_cues_();
    };
    flow.after_first_frame = [this](std::function<void()> then) {
        if (first_frame_)
            then();
        else
            connect(this, &MainWindow::firstFramePainted, this, std::move(then),
                    Qt::SingleShotConnection);
    };
    sessions_ = new SessionFlow(std::move(flow), *this);
    connect(sessions_, &SessionFlow::opened, this, &MainWindow::session_opened);
    connect(sessions_, &SessionFlow::closed, this, &MainWindow::session_closed);
    connect(sessions_, &SessionFlow::status, this, &MainWindow::show_status);
    connect(sessions_, &SessionFlow::journalChanged, this, &MainWindow::journal_changed);
    // Glance mode is the session alone: no menus, no status line.
    connect(sessions_, &SessionFlow::glanceChanged, this, [this](bool on) {
        menuBar()->setVisible(!on);
        statusBar()->setVisible(!on);
    });
    connect(sessions_, &SessionFlow::otherProtocolsWanted, this,
            [this](const std::set<std::string>& ids, const QStringList& names) {
                library_->exclude_contraindications(ids, names);
                library_->list()->setFocus();
            });
    connect(library_, &LibraryView::startRequested, sessions_, &SessionFlow::start_session);
    connect(library_, &LibraryView::rehearseRequested, sessions_,
            [this](std::shared_ptr<const Protocol> p) { sessions_->open_practise(std::move(p)); });

    ResumeFlow::Services resume;
    resume.loader = options_.loader;
    resume.clock = options_.clock;
    resume.wall_now = wall;
    resume.lookup = [this](const std::string& id) { return library_protocol(id); };
    resume.rehearsal_state = rehearsal_state_file(journal_path());
    resume_ = new ResumeFlow(std::move(resume), *sessions_, *this);
    connect(resume_, &ResumeFlow::status, this, &MainWindow::show_status);
    connect(resume_, &ResumeFlow::journalChanged, this, &MainWindow::journal_changed);

    StudyServices study;
    study.loader = options_.loader;
    study.clock = options_.clock;
    study.wall_clock = options_.wall_clock;
    study.progress_file = options_.progress_file;
    study_ = new StudyLauncher(std::move(study), *this);
    connect(study_, &StudyLauncher::practiseRequested, sessions_, &SessionFlow::practise);

    AuthoringServices authoring;
    authoring.loader = options_.loader;
    authoring.folders = options_.folders;
    authoring.bundled_folder_count = options_.bundled_folder_count;
    authoring.library = library_;
    authoring.dark = [this] { return theme_ == ThemeChoice::Dark; };
    authoring.session_running = [this] { return sessions_->running(); };
    authoring_ = new AuthoringLauncher(std::move(authoring), *this);
    connect(authoring_, &AuthoringLauncher::libraryChanged, this, &MainWindow::reload_library);
    connect(authoring_, &AuthoringLauncher::status, this, &MainWindow::show_status);
    connect(authoring_, &AuthoringLauncher::protocolDuplicated, this,
            &MainWindow::protocolDuplicated);
    connect(this, &MainWindow::protocolDuplicated, authoring_,
            [this](const QString& duplicate) { authoring_->open_editor(duplicate); });
    // No desktop handler for JSON: the file opens in Effleur's own editor, at the problem.
    connect(problems_, &ProblemsPanel::builtInEditorRequested, authoring_,
            [this](const QString& file, int line, int column) {
                if (ProtocolEditor* editor = authoring_->open_editor(file))
                    editor->show_position(line, column);
            });

    TodayShellServices today;
    today.library = library_;
    today.sessions = sessions_;
    today.wall_now = wall;
    today.journal = [this] { return journal_store(); };
    today.open_journal = [this] { return journal_.get(); };
    today_ = new TodayShell(std::move(today), *this);
    connect(today_, &TodayShell::status, this, &MainWindow::show_status);
    connect(today_, &TodayShell::libraryRequested, this, &MainWindow::show_library);

    ShellMenuParts menus;
    menus.window = this;
    menus.sessions = sessions_;
    menus.authoring = authoring_;
    menus.study = study_;
    menus.library = library_;
    menus.problems = problems_;
    menus.cues = cues_.get();
    menus.settings = options_.settings;
    menus_ = new ShellMenus(menus);
}

MainWindow::~MainWindow() {
    // The running session first: its record is closed in the journal, and the cues let go of
    // it, while both are still here.
    delete sessions_;
    sessions_ = nullptr;
}

std::chrono::system_clock::time_point MainWindow::wall_now() const {
    return options_.wall_clock ? options_.wall_clock() : std::chrono::system_clock::now();
}

std::filesystem::path MainWindow::journal_path() const {
    return options_.journal_file.empty() ? storage::JournalStore::default_path()
                                         : options_.journal_file;
}

std::shared_ptr<const Protocol> MainWindow::library_protocol(const std::string& id) const {
    std::shared_ptr<const Protocol> found;
    for (const LibraryEntry& e : library_->entries())
        if (e.protocol && e.protocol->id == id)
            found = e.protocol;
    return found;
}

void MainWindow::show_status(const QString& words, int timeout_ms) {
    statusBar()->showMessage(words, timeout_ms);
}

VoiceModule* MainWindow::voice_module() {
    VoiceModule* voice = Modules::voice();
    if (!voice && !voice_missing_told_) {
        voice_missing_told_ = true;
        const QString words = Modules::unavailable_text(Module::Voice);
        show_status(words, 30000);
        if (SessionView* view = sessions_ ? sessions_->view() : nullptr)
            view->show_notice(words);
    }
    return voice;
}

void MainWindow::show_library() {
    stack_->setCurrentWidget(library_);
    library_->list()->setFocus();
}

void MainWindow::reload_library() {
    QStringList folders;
    for (const auto& f : options_.folders)
        folders << QString::fromStdString(f.string());
    watcher_->set_folders(folders);
    if (scan_) {
        scan_->start(options_.folders, options_.bundled_folder_count);
        return;
    }
    show_scan(scan_library_now(*options_.loader, options_.folders, options_.bundled_folder_count));
}

bool MainWindow::library_ready() const {
    return scanned_once_ && !(scan_ && scan_->running());
}

void MainWindow::when_library_ready(std::function<void()> then) {
    if (scanned_once_)
        then();
    else
        after_scan_.push_back(std::move(then));
}

void MainWindow::show_scan(ScannedLibrary scanned) {
    QElapsedTimer took;
    took.start();
    std::vector<LibraryEntry>& entries = scanned.entries;
    Diagnostics problems = std::move(scanned.warnings);
    QStringList broken;
    for (const LibraryEntry& e : entries) {
        problems.insert(problems.end(), e.errors.begin(), e.errors.end());
        problems.insert(problems.end(), e.warnings.begin(), e.warnings.end());
        if (!e.protocol)
            broken << QString::fromStdString(e.file.string());
    }
    problems_->set_problems(std::move(problems));
    const qint64 problems_ms = took.elapsed();
    // A file that has just broken brings the panel up, but never over a running session.
    const bool newly_broken = std::any_of(broken.begin(), broken.end(), [this](const QString& f) {
        return !broken_files_.contains(f);
    });
    broken_files_ = broken;
    if (newly_broken && !sessions_->running())
        problems_->show();
    const qint64 shown_ms = took.elapsed();
    library_->set_entries(std::move(entries));
    menus_->update();
    spdlog::debug("library shown: problems {} ms, panel {} ms, list {} ms", problems_ms,
                  shown_ms - problems_ms, took.elapsed() - shown_ms);
    scanned_once_ = true;
    for (auto& then : std::exchange(after_scan_, {}))
        then();
    Q_EMIT libraryLoaded();
}

void MainWindow::reload_files(const QStringList& files) {
    if (SessionView* view = sessions_->view()) {
        const Protocol& running = view->engine().protocol();
        for (const LibraryEntry& e : library_->entries()) {
            const QString file =
                QFileInfo(QString::fromStdString(e.file.string())).absoluteFilePath();
            if (e.protocol && e.protocol->id == running.id && files.contains(file)) {
                reload_notice_->setText(
                    tr("%1 changed on disk \u2014 the new version is used for the next session")
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

void MainWindow::duplicate_selected(bool to_edit) {
    authoring_->duplicate_selected(to_edit);
}

ProtocolEditor* MainWindow::open_editor(const QString& file) {
    return authoring_->open_editor(file);
}

QList<ProtocolEditor*> MainWindow::editors() const {
    return authoring_->editors();
}

void MainWindow::start_session(const std::shared_ptr<const Protocol>& protocol) {
    sessions_->start_session(protocol);
}

void MainWindow::rehearse(std::shared_ptr<const Protocol> protocol, double speed) {
    Practice practice;
    practice.options.speed = speed;
    rehearse(std::move(protocol), practice);
}

void MainWindow::rehearse(std::shared_ptr<const Protocol> protocol, const Practice& practice) {
    sessions_->rehearse(std::move(protocol), practice);
}

void MainWindow::start_cleared_session(ClearedGate&& gate, std::int64_t client) {
    sessions_->start_cleared_session(std::move(gate), client);
}

void MainWindow::end_session() {
    sessions_->end_session();
}

void MainWindow::open_quiz(std::shared_ptr<const Protocol> protocol) {
    study_->open_quiz(std::move(protocol));
}

void MainWindow::open_progress(const std::shared_ptr<const Protocol>& protocol) {
    study_->open_progress(protocol);
}

void MainWindow::print_card(const std::shared_ptr<const Protocol>& protocol) {
    open_card_preview(*this, protocol, options_.loader->catalog());
}

void MainWindow::session_opened(SessionView* view) {
    problems_before_session_ = problems_->isVisible();
    problems_->hide(); // the session has the whole window
    before_session_ = stack_->currentWidget();
    menus_->update();
    stack_->addWidget(view);
    stack_->setCurrentWidget(view);
    view->setFocus();
}

void MainWindow::session_closed(SessionView* view, const std::filesystem::path& file,
                                const std::string& id) {
    menuBar()->show();
    statusBar()->show();
    stack_->removeWidget(view);
    reload_notice_->clear();
    reload_notice_->hide();
    if (problems_before_session_)
        problems_->show();
    // The protocol just used stays selected, whatever was selected before.
    if (!library_->select_file(file))
        library_->select_id(id);
    menus_->update();
    // Back to where the session was started: Today, or the library.
    if (today_->view() && before_session_ == today_->view()) {
        before_session_ = nullptr;
        show_today();
        return;
    }
    before_session_ = nullptr;
    show_library();
    show_status(tr("Enter: start a session  \u00b7  Ctrl+R: rehearse"), 0);
}

storage::JournalStore* MainWindow::journal_store() {
    if (journal_)
        return journal_.get();
    const std::filesystem::path file = journal_path();
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
    resume_->check_unfinished(*journal_);
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
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Effleur"), repaired.message,
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("journal-repair-failed"));
        box->setTextFormat(Qt::PlainText);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    show_status(repaired.message, 30000);
    journal_ = std::move(repaired.store);
    resume_->check_unfinished(*journal_);
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
        window->enable_courses(today_->course_context());
        connect(window->courses(), &CoursePanel::changed, this, [this] {
            if (today_->view() && stack_->currentWidget() == today_->view())
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

bool MainWindow::show_today(bool only_if_due) {
    const std::optional<bool> due = today_->refresh();
    if (!due)
        return false;
    TodayView* view = today_->view();
    if (stack_->indexOf(view) < 0)
        stack_->addWidget(view);
    if (sessions_->running() || (only_if_due && !*due))
        return *due;
    stack_->setCurrentWidget(view);
    view->setFocus(); // its list, or its Library button when nobody is due
    show_status(*due ? tr("Enter: start the chosen session  \u00b7  Esc: the library")
                     : tr("Esc: the library"),
                0);
    return *due;
}

void MainWindow::journal_changed(std::int64_t session) {
    today_->course_recorded(session);
    if (auto* window = findChild<JournalWindow*>()) {
        window->reload();
        if (session != 0)
            window->show_session(session);
    }
}

void MainWindow::set_theme(ThemeChoice theme) {
    theme_ = theme;
    options_.settings->setValue(QStringLiteral("view/theme"), static_cast<int>(theme));
    apply_chosen_theme();
}

void MainWindow::apply_chosen_theme() {
    menus_->show_theme(theme_);
    if (!focus_ring_)
        focus_ring_ = new FocusRing(this);
    apply_theme(theme_, *focus_ring_);
    if (SessionView* view = sessions_->view())
        view->set_theme(QApplication::palette().color(QPalette::Window).lightness() < 128
                            ? DiagramTheme::Dark
                            : DiagramTheme::Light);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    for (ProtocolEditor* editor : editors()) {
        if (!editor->close()) { // unsaved changes, and the user chose to stay
            event->ignore();
            return;
        }
    }
    if (!sessions_->confirm_end()) {
        event->ignore();
        return;
    }
    options_.settings->setValue(QStringLiteral("window/geometry"), saveGeometry());
    sessions_->close_session();
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
