// Findings on the diagram, on a real temporary journal: clicks, a drag and keys on the notes
// form's diagram become marks kept with the session, at the point of the art that was clicked;
// the next session's diagram draws them where they lie; and a whole client session by keys,
// with notes and marks, leaves no client name, note or mark in the log. Time moves only through
// the fake clock; positions come from the art's own landmarks.

#include "session_test_support.h"

#include "render/diagramart.h"
#include "storage/journalexport.h"
#include "storage/journalstore.h"
#include "ui/gate/gatedialog.h"
#include "ui/journal/clientchooser.h"
#include "ui/journal/findings.h"
#include "ui/journal/sessionenddialog.h"
#include "ui/library/libraryview.h"
#include "ui/session/diagramwidget.h"
#include "ui/session/sessioncontroller.h"
#include "ui/session/sessionview.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/mainwindow_testaccess.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include <cmath>
#include <sstream>

using namespace effleur;
using namespace effleur::ui;
using std::chrono::milliseconds;

namespace {

constexpr std::int64_t t0 = 1772442000000; // 2026-03-02T09:00:00Z
storage::WallTime at(std::int64_t ms) {
    return storage::WallTime(
        std::chrono::duration_cast<storage::WallTime::duration>(milliseconds(ms)));
}

void activate(QWidget* w) {
    QApplication::setActiveWindow(w);
    REQUIRE(QTest::qWaitForWindowActive(w));
}

// A landmark's place in the art (the SVG), on the figure's right side.
QPointF landmark(const std::string& diagram_id, std::size_t index) {
    const Diagram* d = test::session_loader()->catalog().diagram(diagram_id);
    REQUIRE(d);
    REQUIRE(index < d->landmarks.size());
    auto loaded = DiagramArt::load_bundled(*d);
    REQUIRE(loaded.ok());
    const auto art = loaded.value();
    const auto p = art->landmark(d->landmarks[index].id, BodySide::Right);
    REQUIRE(p);
    return *p;
}

bool near(QColor a, QColor b, int tolerance = 10) {
    return std::abs(a.red() - b.red()) <= tolerance &&
           std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

// A real temporary journal with one client, Anna K., and the bundled protocol `protocol_id`;
// begin() starts her session of it at t0, as the session-end dialog finds it.
struct Journal {
    QTemporaryDir dir;
    std::unique_ptr<storage::JournalStore> store;
    std::shared_ptr<const Protocol> protocol;
    std::int64_t client = 0;
    std::int64_t session = 0;

    explicit Journal(const std::string& protocol_id) : protocol(test::bundled(protocol_id)) {
        store = std::move(
            storage::JournalStore::open(dir.filePath(QStringLiteral("j.sqlite")).toStdString())
                .value());
        storage::Client anna;
        anna.name = "Anna K.";
        client = store->add_client(anna, at(t0)).value().id;
    }

    // `stage`: the day of the protocol the session is of; none, the whole protocol.
    void begin(std::optional<std::size_t> stage = std::nullopt) {
        storage::SessionStart s;
        s.client = client;
        s.protocol_id = protocol->id;
        s.protocol_title = protocol->title.get();
        s.stage = stage;
        s.started = at(t0);
        session = store->begin_session(s).value();
    }
};

} // namespace

TEST_CASE("Clicks, a drag and keys on the notes form's diagram are kept as marks",
          "[journal][findings]") {
    Journal j("plastic-facial");
    j.begin();

    SessionEndDialog dialog(*j.store, j.session, *j.protocol, test::session_loader()->catalog(),
                            nullptr, [] { return at(t0 + 3600000); });
    dialog.show();
    activate(&dialog);
    FindingsBoard* board = dialog.findings()->board();
    REQUIRE(board);
    // The protocol's own diagram comes first.
    REQUIRE(board->diagram() == j.protocol->diagrams.front());
    const std::string diagram = board->diagram();
    const auto t = board->to_device();
    REQUIRE(t);
    const double px = std::sqrt(std::abs(t->determinant())); // pixels per art unit

    // A click on a landmark marks that point of the art.
    const QPointF a = landmark(diagram, 0);
    QTest::mouseClick(board, Qt::LeftButton, {}, t->map(a).toPoint());
    // A drag from another landmark, 40 pixels to the right, marks an area that wide.
    const QPointF b = landmark(diagram, 1);
    const QPoint from = t->map(b).toPoint();
    const QPoint to = from + QPoint(40, 0);
    QTest::mousePress(board, Qt::LeftButton, {}, from);
    QTest::mouseMove(board, to);
    QTest::mouseRelease(board, Qt::LeftButton, {}, to);
    // By keys: the kind and the words, then the cross moved right from the last mark, Enter.
    auto* kind = dialog.findChild<QComboBox*>(QStringLiteral("findings-kind"));
    auto* words = dialog.findChild<QLineEdit*>(QStringLiteral("findings-words"));
    REQUIRE(kind);
    REQUIRE(words);
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_P); // "pain"
    words->setFocus();
    QTest::keyClicks(words, QStringLiteral("knot"));
    board->setFocus();
    QTest::keyClick(board, Qt::Key_Right);
    QTest::keyClick(board, Qt::Key_Right);
    QTest::keyClick(board, Qt::Key_Return);
    CHECK(board->added().size() == 3);
    // Nothing is written before Save.
    CHECK(j.store->session(j.session)->marks.empty());
    QTest::keyClick(board, Qt::Key_Return, Qt::ControlModifier);
    QApplication::processEvents();
    CHECK_FALSE(dialog.isVisible());

    const auto record = j.store->session(j.session);
    REQUIRE(record);
    REQUIRE(record->marks.size() == 3);
    const storage::Mark& point = record->marks[0];
    CHECK(point.diagram == diagram);
    // Within a pixel of the landmark clicked.
    CHECK(std::abs(point.x - a.x()) * px <= 1.0);
    CHECK(std::abs(point.y - a.y()) * px <= 1.0);
    CHECK(point.radius == 0);
    CHECK(point.kind == "tension"); // the first kind, as offered
    CHECK(point.written == at(t0 + 3600000));
    const storage::Mark& area = record->marks[1];
    CHECK(std::abs(area.x - b.x()) * px <= 1.0);
    CHECK(area.radius * px == Approx(40).margin(1.5));
    const storage::Mark& keyed = record->marks[2];
    CHECK(keyed.kind == "pain");
    CHECK(keyed.label == "knot");
    CHECK(keyed.x > area.x); // moved right from the last mark, on the same level
    CHECK(keyed.y == Approx(area.y));
    CHECK(keyed.radius == 0);

    // The journal's JSON (what `effleur journal show --json` prints) holds them.
    const auto json = storage::to_json(*record);
    REQUIRE(json["marks"].size() == 3);
    CHECK(json["marks"][2]["kind"] == "pain");
    CHECK(json["marks"][2]["label"] == "knot");
    CHECK(json["marks"][2]["diagram"] == diagram);
    CHECK(json["marks"][0]["x"].get<double>() == Approx(point.x));
    CHECK(json["marks"][1]["radius"].get<double>() == Approx(area.radius));
}

TEST_CASE("Taking back a mark before saving keeps nothing of it", "[journal][findings]") {
    Journal j("classic-back");
    j.begin();
    SessionEndDialog dialog(*j.store, j.session, *j.protocol, test::session_loader()->catalog());
    dialog.show();
    activate(&dialog);
    FindingsBoard* board = dialog.findings()->board();
    CHECK(board->diagram() == "back");
    board->setFocus();
    QTest::keyClick(board, Qt::Key_Return);
    QTest::keyClick(board, Qt::Key_Down);
    QTest::keyClick(board, Qt::Key_Return);
    QTest::keyClick(board, Qt::Key_Backspace);
    REQUIRE(board->added().size() == 1);
    dialog.accept();
    const auto record = j.store->session(j.session);
    REQUIRE(record->marks.size() == 1);
    CHECK(record->marks[0].diagram == "back");
}

TEST_CASE("A procedure day's ticks and notes are kept with the session and in its JSON",
          "[journal][findings]") {
    Journal j("kneading-prp-lymphatic");
    // The day whose step is the physician's procedure, and its checklist as the protocol says.
    std::optional<std::size_t> day;
    std::vector<std::string> items;
    for (std::size_t i = 0; i < j.protocol->stages.size() && !day; ++i)
        for (const Step& step : j.protocol->stages[i].steps)
            if (step.procedure) {
                day = i;
                for (const Text& t : step.procedure->checklist)
                    items.push_back(t.get());
            }
    REQUIRE(day);
    REQUIRE(items.size() >= 2);
    j.begin(day);
    SessionEndDialog dialog(*j.store, j.session, *j.protocol, test::session_loader()->catalog());
    dialog.show();
    activate(&dialog);
    const auto boxes = dialog.findChildren<QCheckBox*>();
    REQUIRE(boxes.size() == static_cast<qsizetype>(items.size()));
    INFO("the dialog asks for " << dialog.sizeHint().width() << " px");
    CHECK(dialog.sizeHint().width() <= 1024); // the long items wrap: it fits a small screen
    boxes[0]->setFocus();
    QTest::keyClick(boxes[0], Qt::Key_Space); // ticked
    QTest::keyClick(boxes[0], Qt::Key_Tab);   // its note
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("left cheek, 2 ml"));
    dialog.accept();

    const auto record = j.store->session(j.session);
    REQUIRE(record);
    REQUIRE(record->procedure.size() == items.size());
    CHECK(record->procedure[0].item == items[0]);
    CHECK(record->procedure[0].done);
    CHECK(record->procedure[0].note == "left cheek, 2 ml");
    CHECK_FALSE(record->procedure[1].done);
    const auto json = storage::to_json(*record);
    CHECK(json["procedure"][0]["done"] == true);
    CHECK(json["procedure"][0]["note"] == "left cheek, 2 ml");
    CHECK(json["procedure"][1]["item"] == items[1]);
}

TEST_CASE("The next session's diagram draws the client's marks where they lie",
          "[journal][findings]") {
    FakeClock clock;
    SessionController controller(std::make_unique<StepEngine>(test::bundled("classic-back")),
                                 clock);
    DiagramWidget widget(test::session_loader()->catalog());
    widget.set_controller(&controller);
    widget.resize(900, 600);
    widget.show();
    controller.begin();
    QApplication::processEvents();
    const auto frame =
        frame_from_engine(controller.engine(), test::session_loader()->catalog(), clock.now());
    REQUIRE(frame);
    REQUIRE(frame->diagram);
    REQUIRE(frame->diagram->id == "back");
    const auto scene = widget.renderer().scene(*frame, QRectF(widget.rect()));
    REQUIRE(scene);
    // A point a quarter of the way into the view (clear of the hands at the top of the back),
    // and an area on the face diagram, which this step does not show.
    const QPointF p(scene->view.left() + scene->view.width() * 0.25,
                    scene->view.top() + scene->view.height() * 0.75);
    const QPoint device = scene->to_device.map(p).toPoint();
    const QImage before = widget.grab().toImage();
    storage::Mark pain;
    pain.diagram = "back";
    pain.x = p.x();
    pain.y = p.y();
    pain.kind = "pain";
    storage::Mark elsewhere = pain;
    elsewhere.diagram = "face-front";
    elsewhere.radius = 30;
    elsewhere.kind = "bruise";
    widget.set_findings({elsewhere});
    const QImage other = widget.grab().toImage();
    CHECK(other == before); // a mark on another diagram is not drawn here
    widget.set_findings({pain, elsewhere});
    const QImage after = widget.grab().toImage();
    const qreal dpr = after.devicePixelRatio();
    const QPoint at_px(static_cast<int>(device.x() * dpr), static_cast<int>(device.y() * dpr));
    CHECK_FALSE(near(before.pixelColor(at_px), mark_colour("pain")));
    CHECK(near(after.pixelColor(at_px), mark_colour("pain")));
    // Far from the mark, nothing changed.
    const QPoint far(static_cast<int>(5 * dpr), static_cast<int>((widget.height() - 5) * dpr));
    CHECK(after.pixelColor(far) == before.pixelColor(far));
}

namespace {

struct Rig : test::WindowRig {
    explicit Rig(const std::string& journal = {}) : WindowRig(Later{}) {
        open([&journal](MainWindowOptions& o) {
            if (!journal.empty())
                o.journal_file = journal;
        });
    }
    // From the library by keys: the client by name, No to every item, the session begun.
    SessionController* start(const std::string& id, const QString& name, QString* briefing) {
        REQUIRE(MainWindowTestAccess::library(*window)->select_id(id));
        MainWindowTestAccess::library(*window)->list()->setFocus();
        key(Qt::Key_Return, Qt::ControlModifier);
        auto* chooser = dialog<ClientChooser>();
        REQUIRE(chooser);
        QTest::keyClicks(target(), name);
        QApplication::processEvents();
        if (briefing) {
            auto* details = chooser->findChild<QPlainTextEdit*>();
            REQUIRE(details);
            *briefing = details->toPlainText();
        }
        key(Qt::Key_Return);
        GateDialog* gate = MainWindowTestAccess::gate(*window);
        REQUIRE(gate);
        activate(gate);
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
    void run_to_end(SessionController* controller) {
        for (int guard = 0; guard < 10'000 && !controller->over(); ++guard) {
            if (const auto due = controller->engine().next_deadline()) {
                clock.set(*due);
                controller->pump();
            } else {
                key(Qt::Key_Right);
            }
        }
        REQUIRE(controller->engine().state() == EngineState::Finished);
    }
};

} // namespace

TEST_CASE("A client's marks are shown before the next session and drawn on its diagram, and "
          "the log holds nothing of the client",
          "[journal][findings]") {
    // Everything spdlog and Qt are told goes to `log` while the sessions run.
    static std::ostringstream log;
    log.str({});
    auto previous = spdlog::default_logger();
    auto capture = std::make_shared<spdlog::logger>(
        "findings-capture", std::make_shared<spdlog::sinks::ostream_sink_mt>(log));
    capture->set_level(spdlog::level::trace);
    spdlog::set_default_logger(capture);
    const QtMessageHandler qt_previous =
        qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString& message) {
            log << message.toStdString() << '\n';
        });
    struct Guard {
        std::shared_ptr<spdlog::logger> logger;
        QtMessageHandler handler;
        ~Guard() {
            spdlog::set_default_logger(logger);
            qInstallMessageHandler(handler);
        }
    } guard{previous, qt_previous};

    Rig rig;
    const QString name = QStringLiteral("Philippa Quennell");
    SessionController* controller = rig.start("classic-back", name, nullptr);
    CHECK(controller->client());
    rig.run_to_end(controller);

    // The notes, and a mark on the back where the first landmark is.
    auto* notes = Rig::dialog<SessionEndDialog>();
    REQUIRE(notes);
    const std::int64_t session = notes->session();
    QTest::keyClicks(Rig::target(), QStringLiteral("drowsyfeeling"));
    FindingsBoard* board = notes->findings()->board();
    REQUIRE(board->diagram() == "back");
    auto* words = notes->findChild<QLineEdit*>(QStringLiteral("findings-words"));
    REQUIRE(words);
    words->setFocus();
    QTest::keyClicks(words, QStringLiteral("rhomboidknot"));
    const QPointF a = landmark("back", 0);
    QTest::mouseClick(board, Qt::LeftButton, {}, board->to_device()->map(a).toPoint());
    Rig::key(Qt::Key_Return, Qt::ControlModifier);
    QApplication::processEvents();
    REQUIRE(Rig::dialog<SessionEndDialog>() == nullptr);
    activate(rig.window.get());
    MainWindowTestAccess::session(*rig.window)->setFocus();
    Rig::key(Qt::Key_W, Qt::ControlModifier);
    QApplication::processEvents();
    REQUIRE(MainWindowTestAccess::session(*rig.window) == nullptr);

    const std::string journal = rig.window->journal_store()->file().string();
    const auto record = rig.window->journal_store()->session(session);
    REQUIRE(record);
    REQUIRE(record->marks.size() == 1);
    CHECK(record->marks[0].label == "rhomboidknot");

    // The app again, on the same journal: the same client's next session.
    Rig next(journal);
    QString briefing;
    SessionController* second = next.start("classic-back", name, &briefing);
    CHECK(briefing.contains(QStringLiteral("drowsyfeeling")));
    CHECK(briefing.contains(QStringLiteral("rhomboidknot")));
    auto* diagram = ui::MainWindowTestAccess::session(*next.window)->findChild<DiagramWidget*>();
    REQUIRE(diagram);
    REQUIRE(diagram->findings().size() == 1);
    CHECK(diagram->findings()[0].label == "rhomboidknot");
    CHECK(diagram->findings()[0].x == Approx(record->marks[0].x));
    next.run_to_end(second);

    spdlog::default_logger()->flush();
    const std::string text = log.str();
    INFO(text);
    for (const char* secret : {"Philippa", "Quennell", "drowsyfeeling", "rhomboidknot"})
        CHECK(text.find(secret) == std::string::npos);
}
