// Every bundled protocol, and each day of a multi-day complex, as a therapist runs it for a
// client: from the library, by keys, through the client, the day, the checklist, every step to
// the end, and the notes. The session must have had exactly the protocol's (or the day's) steps
// and sides, in order, as the format defines them, and the journal must hold it. A protocol
// added to protocols/ is covered without a new test. Time moves only through the fake clock.

#include "session_test_support.h"

#include "storage/journalstore.h"
#include "ui/gate/gatedialog.h"
#include "ui/journal/clientchooser.h"
#include "ui/journal/sessionenddialog.h"
#include "ui/library/libraryview.h"
#include "ui/session/sessioncontroller.h"
#include "ui/session/sessionview.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/mainwindow_testaccess.h"

#include <QAbstractButton>
#include <QApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <set>
#include <sstream>

using namespace effleur;
using namespace effleur::ui;

namespace {

struct Part {
    std::size_t stage = 0;
    std::size_t step = 0;
    std::string side; // "", "left", "right"
    friend bool operator==(const Part&, const Part&) = default;
};

std::string describe(const std::vector<Part>& parts) {
    std::ostringstream out;
    for (const Part& p : parts)
        out << p.stage << '.' << p.step << (p.side.empty() ? "" : ":" + p.side) << ' ';
    return out.str();
}

// The parts a session of these stages has, from the format's definition of `side`: both sides
// at once is one part; left or right is that side; alternating is first_side, then the other.
std::vector<Part> expected_parts(const Protocol& p, std::optional<std::size_t> only) {
    std::vector<Part> parts;
    for (std::size_t s = 0; s < p.stages.size(); ++s) {
        if (only && s != *only)
            continue;
        for (std::size_t i = 0; i < p.stages[s].steps.size(); ++i) {
            const Step& step = p.stages[s].steps[i];
            switch (step.side) {
            case Side::Both:
                parts.push_back({s, i, ""});
                break;
            case Side::Left:
                parts.push_back({s, i, "left"});
                break;
            case Side::Right:
                parts.push_back({s, i, "right"});
                break;
            case Side::Alternating: {
                const bool left_first = step.first_side == BodySide::Left;
                parts.push_back({s, i, left_first ? "left" : "right"});
                parts.push_back({s, i, left_first ? "right" : "left"});
                break;
            }
            }
        }
    }
    return parts;
}

std::string side_name(const std::optional<BodySide>& side) {
    if (!side)
        return {};
    return *side == BodySide::Left ? "left" : "right";
}

struct Rig : test::WindowRig {
    // `journal`: the journal file to use (another rig's, to start again after a crash).
    explicit Rig(const std::string& journal = {}) : WindowRig(Later{}) {
        open([this, &journal](MainWindowOptions& o) {
            if (!journal.empty())
                o.journal_file = journal;
            o.wall_clock = [this] {
                return std::chrono::system_clock::time_point{} +
                       std::chrono::duration_cast<std::chrono::system_clock::duration>(
                           clock.now().time_since_epoch()) +
                       std::chrono::hours(24 * 365 * 56);
            };
        });
    }
    // Session > Start session on `id` (a protocol without days) for a new client `name`: the
    // checklist, active and waiting for its answers.
    GateDialog* open_gate_for(const std::string& id, const QString& name) {
        REQUIRE(MainWindowTestAccess::library(*window)->select_id(id));
        MainWindowTestAccess::library(*window)->list()->setFocus();
        key(Qt::Key_Return, Qt::ControlModifier);
        REQUIRE(dialog<ClientChooser>());
        QTest::keyClicks(target(), name);
        key(Qt::Key_Return);
        GateDialog* gate = MainWindowTestAccess::gate(*window);
        REQUIRE(gate);
        activate(gate);
        return gate;
    }
    // The same, every item answered No and the session started: its controller, the session
    // view holding the keys.
    SessionController* start_for(const std::string& id, const QString& name) {
        GateDialog* gate = open_gate_for(id, name);
        for (std::size_t i = 0; i < gate->checklist().size(); ++i)
            key(Qt::Key_N);
        key(Qt::Key_Return);
        QApplication::processEvents();
        SessionController* controller = MainWindowTestAccess::controller(*window);
        REQUIRE(controller);
        activate(window.get());
        MainWindowTestAccess::session(*window)->setFocus();
        return controller;
    }
};

// One client session of `id` (one day of it when `day_stage` is set), by keys.
void run_client_session(const std::string& id, std::optional<std::size_t> day_stage,
                        int day_index) {
    Rig rig;
    REQUIRE(MainWindowTestAccess::library(*rig.window)->select_id(id));
    const std::shared_ptr<const Protocol> protocol =
        MainWindowTestAccess::library(*rig.window)->selected();
    REQUIRE(protocol);
    MainWindowTestAccess::library(*rig.window)->list()->setFocus();
    Rig::key(Qt::Key_Return, Qt::ControlModifier); // Session > Start session

    // Who: a new client, by name alone.
    auto* chooser = Rig::dialog<ClientChooser>();
    REQUIRE(chooser);
    QTest::keyClicks(Rig::target(), QStringLiteral("Anna K."));
    Rig::key(Qt::Key_Return);
    QApplication::processEvents();

    // Which day: only a protocol whose stages are days asks.
    auto* picker = Rig::dialog<QInputDialog>("day-picker");
    if (day_stage) {
        REQUIRE(picker);
        for (int i = 0; i < day_index; ++i)
            Rig::key(Qt::Key_Down);
        Rig::key(Qt::Key_Return);
    } else {
        REQUIRE(picker == nullptr);
    }

    // The checklist: No to every item, then Enter starts the session.
    GateDialog* gate = MainWindowTestAccess::gate(*rig.window);
    REQUIRE(gate);
    Rig::activate(gate);
    CHECK(gate->checklist().stage() == day_stage);
    for (std::size_t i = 0; i < gate->checklist().size(); ++i)
        Rig::key(Qt::Key_N);
    REQUIRE(gate->checklist().verdict().kind == VerdictKind::Clear);
    Rig::key(Qt::Key_Return);
    QApplication::processEvents();

    SessionController* controller = MainWindowTestAccess::controller(*rig.window);
    SessionView* view = MainWindowTestAccess::session(*rig.window);
    REQUIRE(controller);
    REQUIRE(view);
    CHECK(controller->client());
    std::vector<Part> ran;
    QObject::connect(controller, &SessionController::delivered, [&](const SessionEvent& e) {
        if (e.kind == EventKind::StepStarted)
            ran.push_back({e.stage, e.step, side_name(e.side)});
    });
    // The first part may have begun before this test could listen.
    const Part first{controller->engine().cursor().stage, controller->engine().cursor().step,
                     side_name(controller->engine().cursor().side)};
    Rig::activate(rig.window.get());
    view->setFocus();

    // Every step to the end: time runs out on its own; a step that waits gets Right.
    for (int guard = 0; guard < 10'000 && !controller->over(); ++guard) {
        if (const auto due = controller->engine().next_deadline()) {
            rig.clock.set(*due);
            controller->pump();
        } else {
            Rig::key(Qt::Key_Right);
        }
    }
    REQUIRE(controller->engine().state() == EngineState::Finished);
    if (ran.empty() || !(ran.front() == first))
        ran.insert(ran.begin(), first);
    const auto wanted = expected_parts(*protocol, day_stage);
    INFO("ran:    " << describe(ran));
    INFO("wanted: " << describe(wanted));
    CHECK(ran == wanted);
    CHECK(view->text_of("state") == QStringLiteral("Session complete"));

    // The notes after it: one line, saved with Ctrl+Return.
    auto* notes = Rig::dialog<SessionEndDialog>();
    REQUIRE(notes);
    const std::int64_t session = notes->session();
    CHECK(notes->summary_text().contains(QStringLiteral("Finished")));
    std::set<std::pair<std::size_t, std::size_t>> steps;
    for (const Part& p : wanted)
        steps.insert({p.stage, p.step});
    const auto n = static_cast<int>(steps.size());
    CHECK(notes->summary_text().contains(
        QStringLiteral("Steps: %1  \u00b7  done %1  \u00b7  skipped 0").arg(n)));
    QTest::keyClicks(Rig::target(), QStringLiteral("relaxed"));
    Rig::key(Qt::Key_Return, Qt::ControlModifier);
    QApplication::processEvents();
    CHECK(Rig::dialog<SessionEndDialog>() == nullptr);

    // A finished session ends without a question.
    Rig::activate(rig.window.get());
    view->setFocus();
    Rig::key(Qt::Key_W, Qt::ControlModifier);
    QApplication::processEvents();
    CHECK(MainWindowTestAccess::session(*rig.window) == nullptr);

    // The journal holds it: the client, the steps as they ran, the note.
    storage::JournalStore* journal = rig.window->journal_store();
    REQUIRE(journal);
    const auto record = journal->session(session);
    REQUIRE(record);
    CHECK(record->summary.client_name == "Anna K.");
    CHECK(record->summary.protocol_id == id);
    CHECK(record->summary.outcome == storage::Outcome::Finished);
    CHECK(record->summary.stage == day_stage);
    std::vector<Part> recorded;
    for (const storage::PartRun& p : storage::part_runs(record->events))
        recorded.push_back(
            {static_cast<std::size_t>(p.stage), static_cast<std::size_t>(p.step), p.side});
    CHECK(recorded == wanted);
    REQUIRE(record->notes.size() == 1);
    CHECK(record->notes.front().felt == "relaxed");
}

} // namespace

TEST_CASE("A client session of every bundled protocol runs whole, by keys, and is recorded",
          "[window][e2e]") {
    std::vector<std::string> ids;
    {
        Rig rig;
        for (const LibraryEntry& e : MainWindowTestAccess::library(*rig.window)->entries())
            if (e.protocol)
                ids.push_back(e.protocol->id);
    }
    REQUIRE(ids.size() >= 5);
    for (const std::string& id : ids) {
        const auto protocol = test::bundled(id);
        std::vector<std::size_t> days;
        for (std::size_t s = 0; s < protocol->stages.size(); ++s)
            if (protocol->stages[s].day)
                days.push_back(s);
        if (days.empty()) {
            DYNAMIC_SECTION(id << ", whole") {
                run_client_session(id, std::nullopt, 0);
            }
        } else {
            for (std::size_t k = 0; k < days.size(); ++k)
                DYNAMIC_SECTION(id << ", day " << k + 1) {
                    run_client_session(id, days[k], static_cast<int>(k));
                }
        }
    }
}

TEST_CASE("Ending an unfinished client session asks first, and Keep going keeps it",
          "[window][e2e]") {
    Rig rig;
    SessionController* controller = rig.start_for("plastic-facial", QStringLiteral("Bea"));

    // Keep going: the session runs on.
    QTimer::singleShot(0, [] {
        auto* box = Rig::dialog<QMessageBox>("confirm-end");
        REQUIRE(box);
        Rig::key(Qt::Key_Escape);
    });
    Rig::key(Qt::Key_W, Qt::ControlModifier);
    QApplication::processEvents();
    REQUIRE(MainWindowTestAccess::session(*rig.window));
    CHECK(controller->engine().state() == EngineState::Running);

    // End session: recorded as stopped early, and the notes form opens.
    Rig::activate(rig.window.get());
    MainWindowTestAccess::session(*rig.window)->setFocus();
    QTimer::singleShot(0, [] {
        auto* box = Rig::dialog<QMessageBox>("confirm-end");
        REQUIRE(box);
        Rig::key(Qt::Key_E, Qt::AltModifier);
    });
    Rig::key(Qt::Key_W, Qt::ControlModifier);
    QApplication::processEvents();
    CHECK(MainWindowTestAccess::session(*rig.window) == nullptr);
    auto* notes = Rig::dialog<SessionEndDialog>();
    REQUIRE(notes);
    CHECK(notes->summary_text().contains(QStringLiteral("Stopped early: ended by the therapist")));
    const auto record = rig.window->journal_store()->session(notes->session());
    REQUIRE(record);
    CHECK(record->summary.outcome == storage::Outcome::Stopped);
    // Kept as a code, which reads the same whatever the interface's language.
    CHECK(record->summary.end_reason == "ended-by-therapist");
    Rig::key(Qt::Key_Escape); // no notes: leaving is never blocked
    QApplication::processEvents();
    CHECK(Rig::dialog<SessionEndDialog>() == nullptr);
}

TEST_CASE("A screening that stops a session is in the journal, and Ctrl+J shows it",
          "[window][e2e]") {
    Rig rig;
    GateDialog* gate = rig.open_gate_for("classic-back", QStringLiteral("Cleo"));
    // No to each item up to the first absolute one, which is Yes.
    std::optional<std::size_t> absolute;
    for (std::size_t i = 0; i < gate->checklist().size() && !absolute; ++i)
        if (gate->checklist().item(i).kind == ContraindicationKind::Absolute)
            absolute = i;
    REQUIRE(absolute);
    const std::string item = gate->checklist().item(*absolute).id;
    for (std::size_t i = 0; i < *absolute; ++i)
        Rig::key(Qt::Key_N);
    Rig::key(Qt::Key_Y);
    REQUIRE(gate->blocked_view_shown());
    Rig::key(Qt::Key_Escape);
    QApplication::processEvents();
    CHECK(MainWindowTestAccess::gate(*rig.window) == nullptr);
    CHECK(MainWindowTestAccess::session(*rig.window) == nullptr);

    Rig::activate(rig.window.get());
    MainWindowTestAccess::library(*rig.window)->list()->setFocus();
    Rig::key(Qt::Key_J, Qt::ControlModifier);
    QApplication::processEvents();
    auto* journal = rig.window->findChild<QWidget*>(QStringLiteral("journal-window"));
    REQUIRE(journal);
    CHECK(journal->isVisible());
    const auto sessions = rig.window->journal_store()->search({});
    REQUIRE(sessions.size() == 1);
    CHECK(sessions.front().client_name == "Cleo");
    CHECK(sessions.front().outcome == storage::Outcome::Blocked);
    CHECK(rig.window->journal_store()->session(sessions.front().id)->blocked_item == item);
    auto* history = journal->findChild<QTreeWidget*>(QStringLiteral("history"));
    REQUIRE(history);
    REQUIRE(history->topLevelItemCount() == 1);
    QString row;
    for (int c = 0; c < history->columnCount(); ++c)
        row += history->topLevelItem(0)->text(c) + QLatin1Char(' ');
    CHECK(row.contains(QStringLiteral("blocked")));
}

TEST_CASE("English counts read naturally: one pause, two pauses", "[i18n]") {
    const auto pauses = [](int n) {
        return QCoreApplication::translate("QObject", "%n pause(s), %1 in all", nullptr, n)
            .arg(QStringLiteral("0:07"));
    };
    CHECK(pauses(1) == QStringLiteral("1 pause, 0:07 in all"));
    CHECK(pauses(2) == QStringLiteral("2 pauses, 0:07 in all"));
    CHECK(QCoreApplication::translate("effleur::ui::ResumeFlow",
                                      "%n earlier session(s) were interrupted and are kept as "
                                      "such.",
                                      nullptr, 1) ==
          QStringLiteral("1 earlier session was interrupted and is kept as such."));
}

TEST_CASE("A client session cut off by a crash is offered first and resumes where it was, paused",
          "[window][e2e][resume]") {
    QTemporaryDir keep;
    const std::string journal_file = keep.filePath(QStringLiteral("journal.sqlite")).toStdString();
    std::size_t part = 0;
    Duration left{};
    std::int64_t session = 0;
    {
        Rig rig(journal_file);
        SessionController* controller = rig.start_for("plastic-facial", QStringLiteral("Dana"));
        session = MainWindowTestAccess::recorded_session(*rig.window);
        REQUIRE(session != 0);
        // Three steps by the clock, then 20 s into the fourth; a pause and a resume there.
        while (controller->engine().cursor().index < 3) {
            const auto due = controller->engine().next_deadline();
            REQUIRE(due);
            rig.clock.set(*due);
            controller->pump();
        }
        rig.clock.advance(std::chrono::seconds(20));
        controller->pump();
        Rig::key(Qt::Key_Space);
        Rig::key(Qt::Key_Space);
        part = controller->engine().cursor().index;
        left = controller->engine().remaining(rig.clock.now());
        // The app dies here: the window goes without closing anything.
    }
    Rig again(journal_file);
    auto* offer = Rig::dialog<QMessageBox>("resume-offer");
    for (int i = 0; i < 50 && !offer; ++i) {
        QTest::qWait(10);
        offer = Rig::dialog<QMessageBox>("resume-offer");
    }
    REQUIRE(offer);
    CHECK(offer->text().contains(QStringLiteral("Dana")));
    CHECK(offer->textFormat() == Qt::PlainText);
    CHECK(offer->text().contains(QStringLiteral("Plastic facial massage")));
    QAbstractButton* resume = nullptr;
    for (QAbstractButton* b : offer->buttons())
        if (b->text() == QStringLiteral("&Resume"))
            resume = b;
    REQUIRE(resume);
    CHECK(resume->isEnabled());
    Rig::activate(offer);
    Rig::key(Qt::Key_Return); // Resume is the default
    QApplication::processEvents();
    SessionController* controller = ui::MainWindowTestAccess::controller(*again.window);
    REQUIRE(controller);
    CHECK(controller->engine().state() == EngineState::Paused);
    CHECK(controller->engine().cursor().index == part);
    const auto drift = controller->engine().remaining(again.clock.now()) - left;
    CHECK(std::chrono::abs(drift) <= std::chrono::seconds(1));
    CHECK(ui::MainWindowTestAccess::recorded_session(*again.window) == session);

    // On to the end: the record is one whole session, each part once, in order.
    Rig::activate(again.window.get());
    ui::MainWindowTestAccess::session(*again.window)->setFocus();
    Rig::key(Qt::Key_Space);
    for (int guard = 0; guard < 10'000 && !controller->over(); ++guard) {
        if (const auto due = controller->engine().next_deadline()) {
            again.clock.set(*due);
            controller->pump();
        } else {
            Rig::key(Qt::Key_Right);
        }
    }
    REQUIRE(controller->engine().state() == EngineState::Finished);
    const auto record = again.window->journal_store()->session(session);
    REQUIRE(record);
    CHECK(record->summary.outcome == storage::Outcome::Finished);
    std::vector<Part> recorded;
    for (const storage::PartRun& p : storage::part_runs(record->events))
        recorded.push_back(
            {static_cast<std::size_t>(p.stage), static_cast<std::size_t>(p.step), p.side});
    CHECK(recorded == expected_parts(*test::bundled("plastic-facial"), std::nullopt));
    CHECK_FALSE(again.window->journal_store()->state(session)); // nothing left to resume
}
