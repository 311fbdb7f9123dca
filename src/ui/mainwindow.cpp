#include "ui/mainwindow.h"

#include "core/gate.h"
#include "core/stepengine.h"
#include "ui/gatedialog.h"
#include "ui/libraryview.h"
#include "ui/preferencesdialog.h"
#include "ui/sessionview.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QStyleFactory>

#include <spdlog/spdlog.h>

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
    if (!options_.speaker)
        options_.speaker = std::make_unique<QtSpeaker>();
    if (!options_.chimes)
        options_.chimes = std::make_unique<QtChimes>();
    cues_ = std::make_unique<CuePlayer>(std::move(options_.speaker), std::move(options_.chimes));

    stack_ = new QStackedWidget(this);
    library_ = new LibraryView(options_.loader->catalog(), stack_);
    stack_->addWidget(library_);
    setCentralWidget(stack_);
    stack_->installEventFilter(this); // the first frame, whichever page is shown
    connect(library_, &LibraryView::startRequested, this, &MainWindow::start_session);
    connect(library_, &LibraryView::rehearseRequested, this,
            [this](std::shared_ptr<const Protocol> p) { rehearse(std::move(p)); });

    build_menus();
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
    if (session_)
        cues_->attach(nullptr);
}

void MainWindow::build_menus() {
    QMenu* file = menuBar()->addMenu(QStringLiteral("&File"));
    QAction* reload =
        file->addAction(QStringLiteral("&Reload library"), this, &MainWindow::reload_library);
    reload->setShortcut(QKeySequence::Refresh);
    QAction* find = file->addAction(QStringLiteral("&Find protocol"), this, [this] {
        end_session();
        library_->search()->setFocus();
        library_->search()->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    QAction* prefs = file->addAction(QStringLiteral("&Preferences\u2026"), this, [this] {
        if (findChild<PreferencesDialog*>())
            return; // one is open already
        auto* dialog = new PreferencesDialog(*options_.settings, *cues_, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &PreferencesDialog::keysChanged, this, [this] {
            if (session_)
                session_->bind_keys(options_.settings);
        });
        connect(dialog, &PreferencesDialog::mutedChanged, mute_action_, &QAction::setChecked);
        dialog->open();
    });
    // X11 desktops have no standard key for preferences; Ctrl+, is the common choice there.
    prefs->setShortcuts(QKeySequence::keyBindings(QKeySequence::Preferences).isEmpty()
                            ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Comma)}
                            : QKeySequence::keyBindings(QKeySequence::Preferences));
    file->addSeparator();
    QAction* quit = file->addAction(QStringLiteral("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* session = menuBar()->addMenu(QStringLiteral("&Session"));
    QAction* start = session->addAction(QStringLiteral("&Start session\u2026"), this, [this] {
        if (auto p = library_->selected(); p && !session_)
            start_session(p);
    });
    start->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    QAction* rehearse_action = session->addAction(QStringLiteral("&Rehearse"), this, [this] {
        if (auto p = library_->selected(); p && !session_)
            rehearse(p);
    });
    rehearse_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    end_action_ =
        session->addAction(QStringLiteral("&End session"), this, &MainWindow::end_session);
    end_action_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    end_action_->setEnabled(false);
    session->addSeparator();
    mute_action_ = session->addAction(QStringLiteral("&Mute cues"));
    mute_action_->setCheckable(true);
    mute_action_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    connect(mute_action_, &QAction::toggled, this, [this](bool on) {
        cues_->set_muted(on);
        options_.settings->setValue(QStringLiteral("cues/muted"), on);
    });

    QMenu* view = menuBar()->addMenu(QStringLiteral("&View"));
    auto* group = new QActionGroup(this);
    const std::pair<const char*, ThemeChoice> themes[] = {{"&System theme", ThemeChoice::System},
                                                          {"&Light theme", ThemeChoice::Light},
                                                          {"&Dark theme", ThemeChoice::Dark}};
    for (const auto& [label, choice] : themes) {
        QAction* a = view->addAction(QString::fromLatin1(label));
        a->setCheckable(true);
        a->setChecked(choice == ThemeChoice::System);
        a->setData(static_cast<int>(choice));
        group->addAction(a);
        const ThemeChoice c = choice;
        connect(a, &QAction::triggered, this, [this, c] { set_theme(c); });
    }
    view->addSeparator();
    // F11 itself belongs to the session view's key table; this item only mirrors it.
    view->addAction(QStringLiteral("&Glance mode (F11)"), this, [this] {
        if (session_)
            session_->trigger(SessionAction::Glance);
    });

    QMenu* help = menuBar()->addMenu(QStringLiteral("&Help"));
    QAction* keys = help->addAction(QStringLiteral("&Keys"), this, &MainWindow::show_keys);
    keys->setShortcut(QKeySequence::HelpContents);
    help->addAction(QStringLiteral("&About Effleur"), this, &MainWindow::about);
}

void MainWindow::reload_library() {
    library_->set_entries(
        scan_library(*options_.loader, options_.folders, options_.bundled_folder_count));
}

void MainWindow::start_session(std::shared_ptr<const Protocol> protocol) {
    if (!protocol || session_ || gate_)
        return;
    if (protocol->stages.size() <= 1) {
        open_gate(protocol, std::nullopt);
        return;
    }
    // A multi-day complex: one day per session.
    QStringList days;
    for (const Stage& s : protocol->stages)
        days << QString::fromStdString(s.title.get());
    auto* picker = new QInputDialog(this);
    picker->setObjectName(QStringLiteral("day-picker"));
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setWindowTitle(QStringLiteral("Which day?"));
    picker->setLabelText(QStringLiteral("Which day of %1 is this session?")
                             .arg(QString::fromStdString(protocol->title.get())));
    picker->setComboBoxItems(days);
    connect(picker, &QInputDialog::accepted, this, [this, picker, protocol, days] {
        const auto index = days.indexOf(picker->textValue());
        if (index >= 0)
            open_gate(protocol, static_cast<std::size_t>(index));
    });
    picker->open();
}

void MainWindow::open_gate(std::shared_ptr<const Protocol> protocol,
                           std::optional<std::size_t> stage) {
    gate_ = new GateDialog(Checklist(std::move(protocol), options_.loader->catalog(), stage), this,
                           options_.wall_clock);
    gate_->setAttribute(Qt::WA_DeleteOnClose);
    connect(gate_, &QDialog::finished, this, [this](int result) {
        GateDialog* gate = gate_;
        gate_ = nullptr;
        if (result != QDialog::Accepted)
            return;
        auto cleared = gate->take_cleared_gate();
        if (!cleared)
            return;
        try {
            open_session(std::make_unique<StepEngine>(std::move(*cleared), SessionOptions{}));
        } catch (const std::exception& e) {
            QMessageBox::warning(
                this, QStringLiteral("Effleur"),
                QStringLiteral("This session cannot start: %1").arg(QString::fromUtf8(e.what())));
        }
    });
    gate_->open();
}

void MainWindow::rehearse(std::shared_ptr<const Protocol> protocol, double speed) {
    if (!protocol || session_)
        return;
    if (const auto why = StepEngine::check(*protocol, SessionOptions{std::nullopt, speed, 1.0})) {
        QMessageBox::warning(this, QStringLiteral("Effleur"), QString::fromStdString(*why));
        return;
    }
    open_session(std::make_unique<StepEngine>(std::move(protocol),
                                              SessionOptions{std::nullopt, speed, 1.0}));
}

void MainWindow::open_session(std::unique_ptr<StepEngine> engine) {
    const bool client = engine->kind() == SessionKind::Client;
    spdlog::info("{} of {} begins", client ? "a client session" : "a rehearsal",
                 engine->protocol().id);
    session_ =
        new SessionView(std::move(engine), options_.loader->catalog(), *options_.clock, stack_);
    session_->bind_keys(options_.settings);
    session_->set_theme(QApplication::palette().color(QPalette::Window).lightness() < 128
                            ? DiagramTheme::Dark
                            : DiagramTheme::Light);
    // Glance mode is the session alone: no menus, no status line.
    connect(session_, &SessionView::glanceChanged, this, [this](bool on) {
        menuBar()->setVisible(!on);
        statusBar()->setVisible(!on);
    });
    cues_->attach(&session_->engine());
    stack_->addWidget(session_);
    stack_->setCurrentWidget(session_);
    session_->setFocus();
    end_action_->setEnabled(true);
    awake_.hold(QStringLiteral("A massage session is running"));
    connect(session_, &SessionView::finished, this, [this] {
        awake_.release();
        statusBar()->showMessage(
            QStringLiteral("Session complete \u2014 Ctrl+W returns to the library"));
    });
    statusBar()->showMessage(client ? QStringLiteral("Client session")
                                    : QStringLiteral("Rehearsal \u2014 nothing is recorded"));
    session_->begin();
}

void MainWindow::end_session() {
    if (!session_)
        return;
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
    end_action_->setEnabled(false);
    stack_->setCurrentWidget(library_);
    library_->list()->setFocus();
    statusBar()->showMessage(QStringLiteral("Enter: start a session  \u00b7  Ctrl+R: rehearse"));
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
    if (theme_ == ThemeChoice::System) {
        QApplication::setPalette(system_palette());
    } else {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(theme_ == ThemeChoice::Dark
                                     ? dark_palette()
                                     : QApplication::style()->standardPalette());
    }
    if (session_)
        session_->set_theme(QApplication::palette().color(QPalette::Window).lightness() < 128
                                ? DiagramTheme::Dark
                                : DiagramTheme::Light);
}

void MainWindow::about() {
    QMessageBox::about(
        this, QStringLiteral("About Effleur"),
        QStringLiteral("<h3>Effleur %1</h3><p>A massage-protocol guide and session timer.</p>"
                       "<p>The checklist supports the specialist's judgment; it does not replace "
                       "it.</p><p>Released under the MIT licence.</p>")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::show_keys() {
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
    options_.settings->setValue(QStringLiteral("window/geometry"), saveGeometry());
    end_session();
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
