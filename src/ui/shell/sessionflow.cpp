#include "ui/shell/sessionflow.h"

#include "core/stepengine.h"
#include "storage/journalstore.h"
#include "ui/gate/gatedialog.h"
#include "ui/journal/clientchooser.h"
#include "ui/journal/sessionenddialog.h"
#include "ui/journal/sessionrecording.h"
#include "ui/session/cues.h"
#include "ui/session/diagramwidget.h"
#include "ui/session/sessioncontroller.h"
#include "ui/session/sessionview.h"
#include "ui/shell/resumeflow.h"
#include "ui/study/practisedialog.h"

#include <QApplication>
#include <QInputDialog>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QWidget>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <utility>

namespace effleur::ui {

namespace {

// The diagram's colours for the application's palette as it is now.
DiagramTheme diagram_theme() {
    return QApplication::palette().color(QPalette::Window).lightness() < 128 ? DiagramTheme::Dark
                                                                             : DiagramTheme::Light;
}

} // namespace

SessionFlow::SessionFlow(SessionFlowServices services, QWidget& window)
    : QObject(&window), services_(std::move(services)), window_(window) {}

SessionFlow::~SessionFlow() {
    delete recording_; // before the journal it writes to
    recording_ = nullptr;
    if (view_) {
        services_.cues->attach(nullptr);
        delete view_; // before the controller it borrows
        view_ = nullptr;
    }
}

std::chrono::system_clock::time_point SessionFlow::wall_now() const {
    return services_.wall_now ? services_.wall_now() : std::chrono::system_clock::now();
}

bool SessionFlow::busy() const {
    return view_ || gate_ || window_.findChild<ClientChooser*>();
}

std::int64_t SessionFlow::recorded_session() const {
    return recording_ ? recording_->session() : 0;
}

void SessionFlow::pause_if_running() {
    if (controller_)
        controller_->pause_if_running();
}

void SessionFlow::start_session(const std::shared_ptr<const Protocol>& protocol) {
    if (!protocol || busy())
        return;
    storage::JournalStore* journal = services_.journal();
    if (!journal)
        return; // a client session is always recorded; the message box said why not
    auto* chooser =
        new ClientChooser(*journal, protocol->id, &window_, [this] { return wall_now(); });
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    connect(chooser, &QDialog::accepted, this, [this, chooser, protocol] {
        if (!chooser->client())
            return;
        std::shared_ptr<const storage::SessionRecord> last;
        if (chooser->last_session())
            last = std::make_shared<const storage::SessionRecord>(*chooser->last_session());
        choose_day(protocol, chooser->client()->id, last);
    });
    chooser->open();
}

void SessionFlow::choose_day(const std::shared_ptr<const Protocol>& protocol, std::int64_t client,
                             const std::shared_ptr<const storage::SessionRecord>& last) {
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
        open_gate(protocol, std::nullopt, client, last);
        return;
    }
    // The day due next in the client's course, else the day after the last one they had.
    QString due_words;
    int suggested = 0;
    if (const auto due =
            services_.day_due ? services_.day_due(*protocol, client, due_words) : std::nullopt) {
        const auto at = std::find(day_stages.begin(), day_stages.end(), *due);
        suggested = at == day_stages.end() ? 0 : static_cast<int>(at - day_stages.begin());
    } else if (last && last->summary.stage) {
        for (std::size_t k = 0; k < day_stages.size(); ++k)
            if (day_stages[k] == *last->summary.stage && k + 1 < day_stages.size())
                suggested = static_cast<int>(k + 1);
    }
    auto* picker = new QInputDialog(&window_);
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

void SessionFlow::open_gate(std::shared_ptr<const Protocol> protocol,
                            std::optional<std::size_t> stage, std::int64_t client,
                            const std::shared_ptr<const storage::SessionRecord>& last) {
    Checklist checklist(std::move(protocol), services_.loader->catalog(), stage);
    // "Same as last time": the answers come pre-filled, and each still needs its own answer.
    if (last && last->summary.verdict == "clear")
        (void)checklist.prefill(last->gate);
    gate_ = new GateDialog(std::move(checklist), &window_, [this] { return wall_now(); });
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

void SessionFlow::start_cleared_session(ClearedGate&& gate, std::int64_t client) {
    if (view_)
        return;
    try {
        open_session(std::make_unique<StepEngine>(std::move(gate), SessionOptions{}), client);
    } catch (const std::exception& e) {
        QMessageBox::warning(&window_, tr("Effleur"),
                             tr("This session cannot start: %1").arg(QString::fromUtf8(e.what())));
    }
}

void SessionFlow::offer_other_protocols(const Checklist& checklist) {
    // The library lists only the protocols that what stopped this one does not rule out.
    std::set<std::string> ids;
    QStringList names;
    for (const std::size_t i : checklist.verdict().blocking) {
        const GateItem& item = checklist.item(i);
        if (ids.insert(item.id).second)
            names << QString::fromStdString(item.text);
    }
    Q_EMIT otherProtocolsWanted(ids, names);
}

void SessionFlow::record_blocked(const Checklist& checklist, std::int64_t client) {
    storage::JournalStore* journal = services_.journal();
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
        Q_EMIT status(tr("The stopped screening could not be kept in the journal."), 8000);
        return;
    }
    Q_EMIT status(tr("The screening that stopped this session is in the journal."), 8000);
    Q_EMIT journalChanged(recorded.value());
}

void SessionFlow::rehearse(std::shared_ptr<const Protocol> protocol, const Practice& practice) {
    if (!protocol || view_)
        return;
    if (const Status usable = StepEngine::check(*protocol, practice.options); !usable) {
        QMessageBox::warning(&window_, tr("Effleur"), QString::fromStdString(usable.message()));
        return;
    }
    open_session(std::make_unique<StepEngine>(std::move(protocol), practice.options));
    if (view_)
        view_->set_show_next(practice.show_next);
}

void SessionFlow::open_practise(std::shared_ptr<const Protocol> protocol) {
    if (!protocol || view_ || window_.findChild<PractiseDialog*>())
        return;
    auto* dialog = new PractiseDialog(std::move(protocol), *services_.settings, &window_);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { rehearse(dialog->protocol(), dialog->practice()); });
    dialog->open();
}

void SessionFlow::practise(std::shared_ptr<const Protocol> protocol,
                           const std::vector<quiz::StepRef>& steps) {
    if (!protocol || steps.empty())
        return;
    if (view_) {
        Q_EMIT status(tr("End the session on screen first (Ctrl+W), then practise"), 0);
        return;
    }
    // The stretch of the protocol that holds the weakest steps, rehearsed as usual.
    const auto [lo, hi] = std::minmax_element(steps.begin(), steps.end());
    SessionOptions o;
    o.range = StepRange{StepRef{lo->stage, lo->step}, StepRef{hi->stage, hi->step}};
    if (const Status usable = StepEngine::check(*protocol, o); !usable) {
        QMessageBox::warning(&window_, tr("Effleur"), QString::fromStdString(usable.message()));
        return;
    }
    window_.raise();
    window_.activateWindow();
    open_session(std::make_unique<StepEngine>(std::move(protocol), o));
    Q_EMIT status(tr("Practising your weakest steps \u2014 a rehearsal"), 0);
}

void SessionFlow::begin_recording(std::int64_t client_id, const storage::SessionState* resumed) {
    storage::JournalStore* journal = services_.journal();
    if (!journal)
        return;
    const auto watch = [this] {
        recording_->setParent(this);
        connect(recording_, &SessionRecording::problem, this,
                [this](const QString& words) { Q_EMIT status(words, 0); });
        connect(recording_, &SessionRecording::closedRecord, this, &SessionFlow::journalChanged);
    };
    if (resumed) {
        recording_ =
            SessionRecording::resume(*journal, *controller_, *resumed, wall_now()).release();
        watch();
        return;
    }
    // The findings of this client's last session of the protocol, on its diagram.
    if (const auto last = journal->last_session(client_id, controller_->engine().protocol().id))
        if (auto* diagram = view_->findChild<DiagramWidget*>())
            diagram->set_findings(last->marks);
    RecordingStart start;
    start.client = client_id;
    start.protocol_hash = file_hash(controller_->engine().protocol().file);
    start.started = wall_now();
    auto recording = SessionRecording::begin(*journal, *controller_, start);
    if (recording) {
        recording_ = recording.value().release();
        watch();
    } else {
        spdlog::warn("a client session could not be recorded: the journal refused it");
        QMessageBox::warning(
            &window_, tr("Effleur"),
            tr("This session cannot be recorded in the journal, so it is not kept."));
    }
}

void SessionFlow::open_session(std::unique_ptr<StepEngine> engine, std::int64_t client_id,
                               const storage::SessionState* resumed) {
    if (services_.start_cues)
        services_.start_cues();
    const bool client = engine->kind() == SessionKind::Client;
    spdlog::info("{} of {} begins", client ? "a client session" : "a rehearsal",
                 engine->protocol().id);
    controller_ = new SessionController(std::move(engine), *services_.clock, this);
    view_ = new SessionView(*controller_, services_.loader->catalog(), &window_);
    if (client && client_id != 0)
        begin_recording(client_id, resumed);
    if (!client) { // kept for resuming after a crash; the file goes when the rehearsal ends
        auto* keeper = new RehearsalKeeper(
            *controller_, services_.rehearsal_state,
            [this] { return !view_ || view_->show_next(); },
            file_hash(controller_->engine().protocol().file), [this] { return wall_now(); },
            controller_);
        if (services_.after_first_frame) {
            keeper->hold();
            services_.after_first_frame([keeper = QPointer<RehearsalKeeper>(keeper)] {
                if (keeper)
                    keeper->release();
            });
        }
    }
    view_->bind_keys(services_.settings);
    view_->set_theme(diagram_theme());
    connect(view_, &SessionView::glanceChanged, this, &SessionFlow::glanceChanged);
    services_.cues->attach(controller_);
    Q_EMIT opened(view_);
    awake_.hold(tr("A massage session is running"));
    connect(controller_, &SessionController::finished, this, [this] {
        awake_.release();
        Q_EMIT status(tr("Session complete \u2014 Ctrl+W returns to the library"), 0);
        if (recording_)
            open_session_notes();
    });
    Q_EMIT status(client ? tr("Client session") : tr("Rehearsal \u2014 nothing is recorded"), 0);
    if (resumed) {
        controller_->pause_if_running(); // the therapist goes on when ready
        controller_->pump();
    } else {
        controller_->begin();
    }
}

bool SessionFlow::confirm_end() {
    if (!controller_ || !controller_->client() || controller_->over())
        return true;
    const bool paused = controller_->pause_if_running();
    QMessageBox box(QMessageBox::Question, tr("End the session?"),
                    tr("The session has not finished. End it now? The journal keeps it as "
                       "stopped early."),
                    QMessageBox::NoButton, &window_);
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

void SessionFlow::open_session_notes() {
    storage::JournalStore* journal = services_.journal();
    if (!recording_ || !journal || !controller_ || window_.findChild<SessionEndDialog*>())
        return;
    auto* dialog =
        new SessionEndDialog(*journal, recording_->session(), controller_->engine().protocol(),
                             services_.loader->catalog(), &window_, [this] { return wall_now(); });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        Q_EMIT status(tr("The notes are in the journal."), 8000);
        Q_EMIT journalChanged(dialog->session());
    });
    dialog->open();
}

void SessionFlow::end_session() {
    if (view_ && confirm_end())
        close_session();
}

void SessionFlow::close_session() {
    if (!view_)
        return;
    const std::filesystem::path used = controller_->engine().protocol().file;
    const std::string used_id = controller_->engine().protocol().id;
    const bool stopped_early = !controller_->over();
    controller_->stop(StopReason::ByTherapist);
    if (recording_ && stopped_early)
        open_session_notes();
    services_.cues->attach(nullptr);
    services_.cues->speaker().stop();
    awake_.release();
    if (view_->glance())
        view_->set_glance(false);
    SessionView* view = std::exchange(view_, nullptr);
    view->deleteLater();
    delete recording_; // its record is closed; it subscribes to the controller
    recording_ = nullptr;
    controller_->deleteLater(); // after the view, which borrows it
    controller_ = nullptr;
    Q_EMIT closed(view, used, used_id);
}

} // namespace effleur::ui
