// The journal window on a real temporary journal: two clients with a finished session, a blocked
// screening and one stopped early; what a therapist sees in the client list, the search, the
// history and a session's record; a note amended beside the original; a new client; erasing a
// client after the confirmation; and the window's keys. The expected texts are worked out here
// from the values written, not by the window's own code.

#include "language_scope.h"

#include "core/stopreason.h"
#include "storage/journalstore.h"
#include "ui/journal/journalforms.h"
#include "ui/journal/journalwindow.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include <filesystem>
#include <memory>
#include <sstream>

using namespace effleur;
using namespace effleur::storage;
using std::chrono::milliseconds;

namespace {

// 2026-03-02T09:00:00Z
constexpr std::int64_t t0 = 1772442000000;
constexpr std::int64_t day_ms = 86400000;

WallTime at(std::int64_t ms) {
    return WallTime(std::chrono::duration_cast<WallTime::duration>(milliseconds(ms)));
}

// What the window should show for a time: local time, the locale's short format.
QString local(std::int64_t ms) {
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(),
                              QLocale::ShortFormat);
}

GateAnswer answer(std::string item, std::string text, ContraindicationKind kind, Answer a,
                  bool acknowledged = false, std::string note = {}) {
    GateAnswer g;
    g.item = std::move(item);
    g.text = std::move(text);
    g.kind = kind;
    g.answer = a;
    g.acknowledged = acknowledged;
    g.note = std::move(note);
    return g;
}

SessionStart start(std::int64_t client, std::string id, std::string title, std::int64_t when,
                   std::int64_t planned_ms) {
    SessionStart s;
    s.client = client;
    s.protocol_id = id;
    s.protocol_version = 2;
    s.protocol_title = std::move(title);
    s.protocol_hash = "ab12";
    s.planned = milliseconds(planned_ms);
    s.started = at(when);
    s.gate.protocol_id = std::move(id);
    s.gate.protocol_version = 2;
    s.gate.at = at(when - 60000);
    s.gate.verdict = VerdictKind::Clear;
    s.gate.answers = {
        answer("fever", "High temperature", ContraindicationKind::Absolute, Answer::No),
        answer("pregnancy", "Pregnancy", ContraindicationKind::TellSpecialist, Answer::Yes, true,
               "second trimester, doctor agrees")};
    return s;
}

EventRow event(std::int64_t seq, std::string kind, std::string cause, std::int64_t step,
               std::int64_t when, std::int64_t offset_ms, std::int64_t amount_ms = 0) {
    EventRow e;
    e.seq = seq;
    e.kind = std::move(kind);
    e.cause = std::move(cause);
    e.step = step;
    e.step_id = "step-" + std::to_string(step + 1);
    e.step_title = step == 0 ? "Stroking the back" : "Kneading the shoulders";
    e.at = at(when + offset_ms);
    e.offset = milliseconds(offset_ms);
    e.amount = milliseconds(amount_ms);
    return e;
}

// Delivers what is posted, closed forms' deletion included, so that the next findChild finds
// the form just opened.
void settle() {
    QApplication::processEvents();
    QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

template <class T> T ok(Result<T> r) {
    if (!r)
        FAIL(r.errors().front().to_string());
    return std::move(r.value());
}

struct JournalRig {
    QTemporaryDir dir;
    std::unique_ptr<JournalStore> store;
    std::int64_t anna = 0, boris = 0;
    std::int64_t finished = 0, blocked = 0, stopped = 0;
    std::unique_ptr<ui::JournalWindow> window;

    JournalRig() {
        REQUIRE(dir.isValid());
        store = ok(
            JournalStore::open(std::filesystem::path(dir.path().toStdString()) / "journal.sqlite"));
        Client a;
        a.name = "Anna Kowalska";
        a.contact = "+48 600 100 200";
        a.preferences = "light pressure, no oil on the face";
        a.allergies = "almond oil";
        anna = ok(store->add_client(a, at(t0 - day_ms))).id;
        Client b;
        b.name = "Boris Levin";
        boris = ok(store->add_client(b, at(t0 - day_ms))).id;

        // Anna, day one: a classic back massage planned at 20:00 that ran 19:40; the second
        // step was extended by 0:15 and then skipped.
        finished = ok(
            store->begin_session(start(anna, "classic-back", "Classic back massage", t0, 1200000)));
        for (const EventRow& e : {event(1, "step-started", "start", 0, t0, 0, 60000),
                                  event(2, "paused", "command", 0, t0, 20000),
                                  event(3, "resumed", "command", 0, t0, 30000),
                                  event(4, "step-ended", "clock", 0, t0, 70000),
                                  event(5, "step-started", "clock", 1, t0, 70000, 45000),
                                  event(6, "extended", "command", 1, t0, 75000, 15000),
                                  event(7, "step-ended", "next", 1, t0, 90000)})
            REQUIRE(store->append_event(finished, e).ok());
        REQUIRE(store
                    ->end_session(finished, Outcome::Finished, "", at(t0 + 1190000),
                                  milliseconds(1180000))
                    .ok());
        Note note;
        note.written = at(t0 + 1300000);
        note.felt = "relaxed, sleepy";
        note.findings = "a knot under the left scapula";
        ok(store->add_note(finished, note));

        // Anna, the next day: the screening stopped the session (a fever).
        SessionStart fever = start(anna, "classic-back", "Classic back massage", t0 + day_ms, 0);
        fever.gate.verdict = VerdictKind::Blocked;
        fever.gate.answers[0].answer = Answer::Yes;
        blocked = ok(store->record_blocked(fever, "fever"));

        // Boris: day 2 of a facial complex, stopped after 5:00 of 15:00.
        SessionStart facial =
            start(boris, "plastic-facial", "Plastic facial massage", t0 + 2 * day_ms, 900000);
        facial.day = 2;
        facial.stage = 1;
        stopped = ok(store->begin_session(facial));
        REQUIRE(store
                    ->end_session(stopped, Outcome::Stopped, "client felt cold",
                                  at(t0 + 2 * day_ms + 300000), milliseconds(300000))
                    .ok());
    }

    ui::JournalWindow& open() {
        window = std::make_unique<ui::JournalWindow>(*store);
        window->resize(1280, 800);
        window->show();
        QApplication::setActiveWindow(window.get());
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
        return *window;
    }
    template <class W> W* child(const char* name) const {
        auto* w = window->findChild<W*>(QString::fromLatin1(name));
        REQUIRE(w);
        return w;
    }
    QTreeWidget* clients() const { return child<QTreeWidget>("clients"); }
    QTreeWidget* history() const { return child<QTreeWidget>("history"); }
    QString record() const { return child<QPlainTextEdit>("record")->toPlainText(); }
    QStringList client_names() const {
        QStringList names;
        for (int i = 0; i < clients()->topLevelItemCount(); ++i)
            names << clients()->topLevelItem(i)->text(0);
        return names;
    }
    QStringList history_row(int row) const {
        QStringList cells;
        const QTreeWidgetItem* item = history()->topLevelItem(row);
        REQUIRE(item);
        for (int c = 0; c < history()->columnCount(); ++c)
            cells << item->text(c);
        return cells;
    }
};

} // namespace

TEST_CASE("The journal window lists the clients with their last session, and searches notes",
          "[journal]") {
    JournalRig rig;
    auto& w = rig.open();
    CHECK(w.objectName() == QStringLiteral("journal-window"));
    CHECK(w.isWindow());
    CHECK(rig.client_names() ==
          QStringList{QStringLiteral("Anna Kowalska"), QStringLiteral("Boris Levin")});
    CHECK(rig.clients()->topLevelItem(0)->text(1) == local(t0 + day_ms));
    CHECK(rig.clients()->topLevelItem(1)->text(1) == local(t0 + 2 * day_ms));

    auto* search = rig.child<QLineEdit>("journal-search");
    QTest::keyClicks(search, QStringLiteral("scapula")); // a word of Anna's note only
    CHECK(rig.client_names() == QStringList{QStringLiteral("Anna Kowalska")});
    search->clear();
    QTest::keyClicks(search, QStringLiteral("levin"));
    CHECK(rig.client_names() == QStringList{QStringLiteral("Boris Levin")});
    search->clear();
    QTest::keyClicks(search, QStringLiteral("nobody by this name"));
    CHECK(rig.client_names().isEmpty());
    search->clear();
    CHECK(rig.client_names().size() == 2);
}

TEST_CASE("A client's history shows each session's time, duration, outcome and note", "[journal]") {
    JournalRig rig;
    auto& w = rig.open();
    w.show_client(rig.anna);
    CHECK(w.selected_client() == rig.anna);
    const QString notes = rig.child<QLabel>("client-notes")->text();
    CHECK(notes.contains(QStringLiteral("light pressure, no oil on the face")));
    CHECK(notes.contains(QStringLiteral("almond oil")));
    CHECK(notes.contains(QStringLiteral("+48 600 100 200")));

    REQUIRE(rig.history()->topLevelItemCount() == 2);
    // Newest first: the blocked screening, then the finished session.
    const QStringList blocked = rig.history_row(0);
    CHECK(blocked[0] == local(t0 + day_ms));
    CHECK(blocked[1] == QStringLiteral("Classic back massage"));
    CHECK(blocked[3] == QStringLiteral("blocked: High temperature"));
    CHECK(blocked[4] == QStringLiteral("blocked"));
    const QStringList done = rig.history_row(1);
    CHECK(done[0] == local(t0));
    CHECK(done[2] == QStringLiteral("19:40 of 20:00")); // 1 180 000 ms of 1 200 000 ms
    CHECK(done[3] == QStringLiteral("finished"));
    CHECK(done[4] == QStringLiteral("clear"));
    CHECK(done[5] == QStringLiteral("relaxed, sleepy"));

    // The filters narrow the history.
    auto* outcome = rig.child<QComboBox>("history-outcome");
    outcome->setCurrentIndex(outcome->findData(QStringLiteral("blocked")));
    Q_EMIT outcome->activated(outcome->currentIndex());
    REQUIRE(rig.history()->topLevelItemCount() == 1);
    CHECK(rig.history_row(0)[3] == QStringLiteral("blocked: High temperature"));
    outcome->setCurrentIndex(outcome->findData(QStringLiteral("interrupted")));
    Q_EMIT outcome->activated(outcome->currentIndex());
    CHECK(rig.history()->topLevelItemCount() == 0);
    CHECK(rig.record().contains(QStringLiteral("matches the filters")));
    outcome->setCurrentIndex(0);
    Q_EMIT outcome->activated(0);
    auto* protocol = rig.child<QComboBox>("history-protocol");
    REQUIRE(protocol->count() == 2); // all, and the one protocol Anna had
    CHECK(protocol->itemText(1) == QStringLiteral("Classic back massage"));
    CHECK(rig.history()->topLevelItemCount() == 2);

    w.show_client(rig.boris);
    REQUIRE(rig.history()->topLevelItemCount() == 1);
    const QStringList facial = rig.history_row(0);
    CHECK(facial[1] == QStringLiteral("Plastic facial massage \u2014 day 2"));
    CHECK(facial[2] == QStringLiteral("5:00 of 15:00"));
    CHECK(facial[3] == QStringLiteral("stopped early: client felt cold"));
    CHECK(facial[5].isEmpty());
}

TEST_CASE("Why a session stopped is shown in the reader's language; a typed reason as typed",
          "[journal][i18n]") {
    JournalRig rig;
    // Boris again, the next day: ended early by the therapist, kept as the app keeps it.
    SessionStart again =
        start(rig.boris, "plastic-facial", "Plastic facial massage", t0 + 3 * day_ms, 900000);
    const std::int64_t ended = ok(rig.store->begin_session(again));
    REQUIRE(rig.store
                ->end_session(ended, Outcome::Stopped, to_code(StopReason::ByTherapist),
                              at(t0 + 3 * day_ms + 120000), milliseconds(120000))
                .ok());
    const auto outcomes = [&rig] {
        rig.window->show_client(rig.boris);
        REQUIRE(rig.history()->topLevelItemCount() == 2);
        return std::pair{rig.history_row(0)[3], rig.history_row(1)[3]}; // newest first
    };
    rig.open();
    CHECK(outcomes() == std::pair{QStringLiteral("stopped early: ended by the therapist"),
                                  QStringLiteral("stopped early: client felt cold")});
    {
        // The words of the Russian catalogue (translations/effleur_ru.ts).
        const test::LanguageScope russian(QStringLiteral("ru"));
        rig.open();
        CHECK(outcomes() == std::pair{QStringLiteral("остановлен досрочно: завершён массажистом"),
                                      QStringLiteral("остановлен досрочно: client felt cold")});
    }
}

TEST_CASE("A session's record holds the answers and the steps as they ran", "[journal]") {
    JournalRig rig;
    auto& w = rig.open();
    w.show_session(rig.finished);
    CHECK(w.selected_client() == rig.anna);
    CHECK(w.selected_session() == rig.finished);
    CHECK(rig.history()->currentItem()->text(0) == local(t0));
    const QString text = rig.record();
    CHECK(text.contains(QStringLiteral("High temperature")));
    CHECK(text.contains(QStringLiteral("Pregnancy")));
    CHECK(text.contains(QStringLiteral("acknowledged")));
    CHECK(text.contains(QStringLiteral("second trimester, doctor agrees")));
    // Step 1: 70 s less a 10 s pause of its 60 s; step 2: 20 s of 45 s, extended, skipped.
    CHECK(text.contains(QStringLiteral("Stroking the back, 1:00 of 1:00")));
    CHECK(text.contains(
        QStringLiteral("Kneading the shoulders, 0:20 of 0:45, extended by 0:15, skipped")));
    CHECK(text.contains(QStringLiteral("a knot under the left scapula")));
    CHECK(text.contains(QStringLiteral("19:40 of 20:00")));
    CHECK(rig.child<QPlainTextEdit>("record")->isReadOnly());

    // The blocked screening's record names the item that stopped it, and ran no steps.
    w.show_session(rig.blocked);
    CHECK(rig.record().contains(QStringLiteral("Outcome: blocked: High temperature")));
    CHECK(rig.record().contains(QStringLiteral("High temperature (absolute): yes")));
    CHECK_FALSE(rig.record().contains(QStringLiteral("Steps as they ran")));

    // Markup in the data stays text.
    Note markup;
    markup.written = at(t0 + 1400000);
    markup.findings = "<b>not bold</b>";
    ok(rig.store->add_note(rig.stopped, markup));
    w.reload();
    w.show_session(rig.stopped);
    CHECK(rig.record().contains(QStringLiteral("<b>not bold</b>")));
}

TEST_CASE("Amending a note adds a new one beside the original", "[journal]") {
    JournalRig rig;
    auto& w = rig.open();
    w.show_session(rig.finished);
    auto* button = rig.child<QPushButton>("journal-note");
    CHECK(button->text() == QStringLiteral("&Amend note\u2026"));
    button->click();
    auto* form = w.findChild<ui::JournalNoteForm*>(QStringLiteral("journal-note-form"));
    REQUIRE(form);
    auto* findings = form->findChild<QPlainTextEdit*>(QStringLiteral("note-findings"));
    REQUIRE(findings);
    CHECK(findings->toPlainText() == QStringLiteral("a knot under the left scapula"));
    findings->setPlainText(QStringLiteral("a knot under the right scapula"));
    form->accept();
    settle();

    const auto record = rig.store->session(rig.finished);
    REQUIRE(record);
    REQUIRE(record->notes.size() == 2);
    CHECK(record->notes[0].findings == "a knot under the left scapula");
    CHECK_FALSE(record->notes[0].amends);
    CHECK(record->notes[1].amends == record->notes[0].id);
    CHECK(record->notes[1].findings == "a knot under the right scapula");
    CHECK(record->notes[1].felt == "relaxed, sleepy");

    CHECK(w.selected_session() == rig.finished);
    const QString text = rig.record();
    CHECK(text.contains(QStringLiteral("a knot under the left scapula")));
    CHECK(text.contains(QStringLiteral("Amended ")));
    CHECK(text.indexOf(QStringLiteral("left scapula")) <
          text.indexOf(QStringLiteral("right scapula")));

    // A session without notes gets its first.
    w.show_session(rig.stopped);
    CHECK(button->text() == QStringLiteral("&Add note\u2026"));
    button->click();
    form = w.findChild<ui::JournalNoteForm*>(QStringLiteral("journal-note-form"));
    REQUIRE(form);
    auto* ok_button = form->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok_button->isEnabled()); // an empty note is not saved
    QTest::keyClicks(form->findChild<QLineEdit*>(QStringLiteral("note-felt")),
                     QStringLiteral("cold hands"));
    CHECK(ok_button->isEnabled());
    ok_button->click();
    settle();
    CHECK(rig.history_row(0)[5] == QStringLiteral("cold hands"));
}

TEST_CASE("A new client needs a name, and is selected once added", "[journal]") {
    JournalRig rig;
    auto& w = rig.open();
    rig.child<QPushButton>("journal-new-client")->click();
    auto* form = w.findChild<ui::JournalClientForm*>(QStringLiteral("journal-client-form"));
    REQUIRE(form);
    auto* ok_button = form->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok_button->isEnabled());
    form->findChild<QLineEdit*>(QStringLiteral("client-name"))
        ->setText(QStringLiteral("Chloé Martin"));
    CHECK(ok_button->isEnabled());
    QTest::keyClicks(form->findChild<QLineEdit*>(QStringLiteral("client-birth")),
                     QStringLiteral("1990-13"));
    CHECK_FALSE(ok_button->isEnabled()); // not a date
    form->findChild<QLineEdit*>(QStringLiteral("client-birth"))
        ->setText(QStringLiteral("1990-05-17"));
    QTest::keyClicks(form->findChild<QLineEdit*>(QStringLiteral("client-allergies")),
                     QStringLiteral("lavender"));
    ok_button->click();
    settle();
    CHECK(rig.client_names() == QStringList{QStringLiteral("Anna Kowalska"),
                                            QStringLiteral("Boris Levin"),
                                            QStringLiteral("Chloé Martin")});
    CHECK(rig.clients()->currentItem()->text(0) == QStringLiteral("Chloé Martin"));
    CHECK(rig.clients()->currentItem()->text(1) == QStringLiteral("no sessions yet"));
    CHECK(rig.child<QLabel>("client-notes")->text().contains(QStringLiteral("lavender")));
    REQUIRE(w.selected_client());
    CHECK(rig.store->client(*w.selected_client())->birth_date == "1990-05-17");

    // Editing changes the client in place.
    rig.child<QPushButton>("journal-edit-client")->click();
    form = w.findChild<ui::JournalClientForm*>(QStringLiteral("journal-client-form"));
    REQUIRE(form);
    auto* name = form->findChild<QLineEdit*>(QStringLiteral("client-name"));
    CHECK(name->text() == QStringLiteral("Chloé Martin"));
    name->setText(QStringLiteral("Chloé Martin-Dubois"));
    form->accept();
    settle();
    CHECK(rig.clients()->currentItem()->text(0) == QStringLiteral("Chloé Martin-Dubois"));
    CHECK(rig.store->clients().size() == 3);
}

TEST_CASE("Erasing a client asks first, naming them and their sessions", "[journal]") {
    JournalRig rig;
    auto& w = rig.open();
    w.show_client(rig.anna);
    auto* erase = rig.child<QPushButton>("journal-erase-client");

    erase->click();
    auto* box = w.findChild<QMessageBox*>(QStringLiteral("journal-erase-confirm"));
    REQUIRE(box);
    CHECK(box->text().contains(QStringLiteral("Anna Kowalska")));
    CHECK(box->informativeText().startsWith(QStringLiteral("2 session")));
    CHECK(box->informativeText().contains(QStringLiteral("forever")));
    REQUIRE(box->defaultButton());
    CHECK(box->defaultButton() == box->button(QMessageBox::Cancel));
    box->button(QMessageBox::Cancel)->click();
    settle();
    CHECK(rig.client_names().size() == 2);
    CHECK(rig.store->history(rig.anna).size() == 2);

    erase->click();
    box = w.findChild<QMessageBox*>(QStringLiteral("journal-erase-confirm"));
    REQUIRE(box);
    box->findChild<QPushButton*>(QStringLiteral("journal-erase-yes"))->click();
    settle();
    CHECK(rig.client_names() == QStringList{QStringLiteral("Boris Levin")});
    CHECK_FALSE(rig.store->client(rig.anna));
    CHECK_FALSE(rig.store->session(rig.finished));
    CHECK(w.selected_client() == rig.boris);
}

TEST_CASE("The journal window's keys: find, Enter on a client, Escape", "[journal]") {
    JournalRig rig;
    auto& w = rig.open();
    auto* search = rig.child<QLineEdit>("journal-search");
    rig.clients()->setFocus();
    QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
    CHECK(QApplication::focusWidget() == search);

    rig.clients()->setFocus();
    rig.clients()->setCurrentItem(rig.clients()->topLevelItem(1));
    QTest::keyClick(rig.clients(), Qt::Key_Return);
    CHECK(QApplication::focusWidget() == rig.history());
    CHECK(w.selected_client() == rig.boris);
    CHECK(w.selected_session() == rig.stopped);

    // reload() keeps what is shown.
    w.reload();
    CHECK(w.selected_client() == rig.boris);
    CHECK(w.selected_session() == rig.stopped);

    for (const char* name :
         {"journal-new-client", "journal-edit-client", "journal-erase-client", "journal-note"})
        CHECK(rig.child<QPushButton>(name)->text().contains(QLatin1Char('&')));

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    CHECK_FALSE(w.isVisible());
}

TEST_CASE("A store error is a message box, and the log holds nothing of a client", "[journal]") {
    // Everything spdlog and Qt are told goes to `log` while the window works.
    static std::ostringstream log;
    log.str({});
    auto previous = spdlog::default_logger();
    auto capture = std::make_shared<spdlog::logger>(
        "journal-capture", std::make_shared<spdlog::sinks::ostream_sink_mt>(log));
    capture->set_level(spdlog::level::trace);
    spdlog::set_default_logger(capture);
    const QtMessageHandler qt_previous =
        qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString& message) {
            log << message.toStdString() << '\n';
        });
    struct Restore {
        std::shared_ptr<spdlog::logger> logger;
        QtMessageHandler handler;
        ~Restore() {
            spdlog::set_default_logger(logger);
            qInstallMessageHandler(handler);
        }
    } restore{previous, qt_previous};

    JournalRig rig;
    auto& w = rig.open();
    QTest::keyClicks(rig.child<QLineEdit>("journal-search"), QStringLiteral("scapula"));
    w.show_session(rig.finished);
    rig.child<QPushButton>("journal-note")->click();
    auto* note = w.findChild<ui::JournalNoteForm*>(QStringLiteral("journal-note-form"));
    REQUIRE(note);
    note->accept();
    settle();

    // The client is erased behind the window's back; saving the edit then fails.
    w.show_client(rig.boris);
    rig.child<QPushButton>("journal-edit-client")->click();
    auto* form = w.findChild<ui::JournalClientForm*>(QStringLiteral("journal-client-form"));
    REQUIRE(form);
    REQUIRE(rig.store->erase_client(rig.boris).ok());
    form->accept();
    settle();
    auto* box = w.findChild<QMessageBox*>(QStringLiteral("journal-error"));
    REQUIRE(box);
    CHECK(box->text() == QStringLiteral("The client could not be changed."));
    CHECK_FALSE(box->informativeText().isEmpty());
    box->close();
    settle();
    w.reload();
    CHECK(rig.client_names() == QStringList{QStringLiteral("Anna Kowalska")});

    spdlog::default_logger()->flush();
    const std::string text = log.str();
    for (const char* secret :
         {"Anna", "Kowalska", "Boris", "scapula", "almond", "sleepy", "second trimester", "cold"})
        CHECK(text.find(secret) == std::string::npos);
}
