// The session journal on real temporary database files: clients, a session written as it
// happens, what a session's steps really took, notes and their amendments, marks, a blocked
// screening, search, erasure that leaves no trace in the file, backup and restore, exports, and
// the migration of a database made by the release before the journal.

#include "storage/journalexport.h"
#include "storage/journalstore.h"
#include "storage_test_support.h"

#include <catch2/catch.hpp>

#include <QSqlDatabase>
#include <QSqlQuery>

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

using namespace effleur;
using namespace effleur::storage;
using effleur::test::opened;
using effleur::test::succeeded;
using std::chrono::milliseconds;

namespace {

WallTime at(std::int64_t ms) {
    return WallTime(std::chrono::duration_cast<WallTime::duration>(milliseconds(ms)));
}

// 2026-03-02T09:00:00Z
constexpr std::int64_t t0 = 1772442000000;

std::unique_ptr<JournalStore> open_store(const std::filesystem::path& file) {
    auto r = JournalStore::open(file);
    if (!r) {
        FAIL(r.errors().front().to_string());
    }
    return std::move(r.value());
}

GateRecord clear_gate(std::string protocol) {
    GateRecord g;
    g.protocol_id = std::move(protocol);
    g.protocol_version = 2;
    g.protocol_title = "Classic back massage";
    g.at = at(t0 - 60000);
    g.verdict = VerdictKind::Clear;
    GateAnswer a;
    a.item = "fever";
    a.text = "High temperature";
    a.kind = ContraindicationKind::Absolute;
    a.answer = Answer::No;
    g.answers.push_back(a);
    GateAnswer b;
    b.item = "pregnancy";
    b.text = "Pregnancy";
    b.kind = ContraindicationKind::TellSpecialist;
    b.answer = Answer::Yes;
    b.acknowledged = true;
    b.note = "second trimester, doctor agrees";
    g.answers.push_back(b);
    g.assessment.notes = "tension in the left trapezius";
    return g;
}

SessionStart start_of(std::int64_t client, std::string protocol = "classic-back") {
    SessionStart s;
    s.client = client;
    s.protocol_id = protocol;
    s.protocol_version = 2;
    s.protocol_title = "Classic back massage";
    s.protocol_hash = "ab12";
    s.planned = milliseconds(900000);
    s.gate = clear_gate(protocol);
    s.started = at(t0);
    return s;
}

EventRow event(std::int64_t seq, std::string kind, std::string cause, std::int64_t step,
               std::int64_t offset_ms, std::int64_t amount_ms = 0) {
    EventRow e;
    e.seq = seq;
    e.kind = std::move(kind);
    e.cause = std::move(cause);
    e.step = step;
    e.step_id = "step-" + std::to_string(step + 1);
    e.step_title = "Step " + std::to_string(step + 1);
    e.at = at(t0 + offset_ms);
    e.offset = milliseconds(offset_ms);
    e.amount = milliseconds(amount_ms);
    return e;
}

std::int64_t raw_count(const std::filesystem::path& file, const char* sql) {
    std::string error;
    auto db = opened(Database::open(file, schema_migrations()), error);
    REQUIRE(db);
    return test::value_of(*db, sql).toLongLong();
}

} // namespace

TEST_CASE("a client needs only a name, and is found by part of it", "[storage][journal]") {
    test::TempFolder dir;
    auto store = open_store(dir.file("j.sqlite"));
    CHECK_FALSE(store->add_client(Client{.name = "  "}, at(t0)).ok());
    auto anna = store->add_client(Client{.name = "Anna Kowalska"}, at(t0));
    REQUIRE(anna.ok());
    CHECK(anna.value().id > 0);
    auto olga = store->add_client(
        Client{.name = "Ольга Петренко", .allergies = "almond oil", .avoid = "face"}, at(t0));
    REQUIRE(olga.ok());

    CHECK(store->clients().size() == 2);
    REQUIRE(store->clients("kowal").size() == 1);
    CHECK(store->clients("kowal").front().name == "Anna Kowalska");
    REQUIRE(store->clients("ольга").size() == 1); // case folded beyond ASCII
    CHECK(store->clients("ольга").front().allergies == "almond oil");
    CHECK(store->clients("100%").empty()); // % is a character, not a wildcard

    Client changed = olga.value();
    changed.preferences = "light pressure";
    REQUIRE(store->update_client(changed, at(t0 + 1000)).ok());
    CHECK(store->client(changed.id)->preferences == "light pressure");
    CHECK(store->client(changed.id)->updated == at(t0 + 1000));
}

TEST_CASE("a session is kept as it happens, and its steps' real times follow from the events",
          "[storage][journal]") {
    test::TempFolder dir;
    const auto file = dir.file("j.sqlite");
    auto store = open_store(file);
    const auto client = store->add_client(Client{.name = "Anna K."}, at(t0)).value().id;
    const auto begun = store->begin_session(start_of(client));
    if (!begun)
        FAIL(begun.errors().front().to_string());
    const auto id = begun.value();

    // Step 1 runs its 60 s with a 10 s pause; step 2 is extended by 15 s and then skipped after
    // 20 s; the therapist goes back to step 2, which runs 30 s, then stops.
    const std::vector<EventRow> events = {
        event(1, "step-started", "start", 0, 0, 60000),
        event(2, "paused", "command", 0, 20000),
        event(3, "resumed", "command", 0, 30000),
        event(4, "step-ended", "clock", 0, 70000),
        event(5, "step-started", "clock", 1, 70000, 45000),
        event(6, "extended", "command", 1, 75000, 15000),
        event(7, "step-ended", "next", 1, 90000),
        event(8, "step-started", "next", 2, 90000, 30000),
        event(9, "step-ended", "back", 2, 95000),
        event(10, "step-started", "back", 1, 95000, 45000),
        event(11, "step-ended", "command", 1, 125000),
    };
    for (const EventRow& e : events) {
        REQUIRE(store->append_event(id, e).ok());
        // Each event is in the file the moment it is reported kept: another connection sees it.
        CHECK(raw_count(file, "SELECT count(*) FROM session_events") == e.seq);
    }
    REQUIRE(store
                ->end_session(id, Outcome::Stopped, "client felt cold", at(t0 + 125000),
                              milliseconds(115000))
                .ok());

    const auto record = store->session(id);
    REQUIRE(record);
    CHECK(record->events == events);
    CHECK(record->summary.outcome == Outcome::Stopped);
    CHECK(record->summary.end_reason == "client felt cold");
    CHECK(record->summary.active == milliseconds(115000));
    CHECK(record->gate == start_of(client).gate);

    const auto runs = part_runs(record->events);
    REQUIRE(runs.size() == 4);
    CHECK(runs[0].real == milliseconds(60000)); // 70 s less the 10 s pause
    CHECK(runs[0].ended_by == "clock");
    CHECK(runs[1].planned == milliseconds(45000));
    CHECK(runs[1].extended == milliseconds(15000));
    CHECK(runs[1].real == milliseconds(20000));
    CHECK(runs[1].ended_by == "next");
    CHECK(runs[2].ended_by == "back");
    CHECK(runs[3].step == 1);
    CHECK(runs[3].real == milliseconds(30000));
}

TEST_CASE("a session left running is closed as interrupted at its last event",
          "[storage][journal]") {
    test::TempFolder dir;
    const auto file = dir.file("j.sqlite");
    std::int64_t id = 0;
    {
        auto store = open_store(file);
        const auto client = store->add_client(Client{.name = "B"}, at(t0)).value().id;
        id = store->begin_session(start_of(client)).value();
        REQUIRE(store->append_event(id, event(1, "step-started", "start", 0, 0, 60000)).ok());
        REQUIRE(store->append_event(id, event(2, "step-ended", "clock", 0, 60000)).ok());
        // ... and the app dies here.
    }
    auto store = open_store(file);
    const auto closed = store->close_interrupted(at(t0 + 3600000));
    REQUIRE(closed.ok());
    CHECK(closed.value() == std::vector<std::int64_t>{id});
    const auto r = store->session(id);
    CHECK(r->summary.outcome == Outcome::Interrupted);
    CHECK(r->summary.ended == at(t0 + 60000));
    // The reason as a code, the same whatever the interface's language (core/stopreason.h).
    CHECK(r->summary.end_reason == "interrupted-by-crash");
    CHECK(r->events.size() == 2);
    CHECK(store->close_interrupted(at(t0)).value().empty());
}

TEST_CASE("a journal that kept stop reasons in words keeps them as codes, and free text as it is",
          "[storage][journal]") {
    test::TempFolder dir;
    const auto file = dir.file("v5.sqlite");
    // Sessions stopped early as the release before version 6 kept them: the reason in the
    // interface's words of that moment (English, or the Russian, Ukrainian or Polish catalogue's
    // words for it), or a reason typed as free text.
    const std::vector<std::pair<std::string, std::string>> stored{
        {"ended by the therapist", "ended-by-therapist"},
        {"завершён массажистом", "ended-by-therapist"},
        {"завершено масажистом", "ended-by-therapist"},
        {"zakończona przez masażystę", "ended-by-therapist"},
        {"interrupted by a crash", "interrupted-by-crash"},
        {"прерван из-за сбоя", "interrupted-by-crash"},
        {"перервано через збій", "interrupted-by-crash"},
        {"przerwana przez awarię", "interrupted-by-crash"},
        {"client felt cold", "client felt cold"},
        {"Ended by the therapist, the client was late",
         "Ended by the therapist, the client was late"},
        {"", ""},
    };
    {
        std::string error;
        auto old = opened(Database::open(file, schema_migrations().first(5)), error);
        REQUIRE(old);
        REQUIRE(succeeded(old->exec("INSERT INTO clients (id, name, created_ms, updated_ms) "
                                    "VALUES (1, 'Anna', 0, 0)"),
                          error));
        const QString gate = QString::fromStdString(gate_record_to_json(clear_gate("x")).dump());
        std::int64_t started = t0;
        for (const auto& [words, code] : stored) {
            QSqlQuery q(old->connection());
            q.prepare(QStringLiteral(
                "INSERT INTO sessions (client, protocol, protocol_version, protocol_title, "
                "protocol_hash, started_ms, ended_ms, planned_ms, active_ms, outcome, end_reason, "
                "verdict, gate_json) VALUES (1, 'classic-back', 2, 'Classic back massage', 'ab12', "
                "?, ?, 900000, 60000, ?, ?, 'clear', ?)"));
            q.addBindValue(static_cast<qint64>(started));
            q.addBindValue(static_cast<qint64>(started + 60000));
            q.addBindValue(words.empty() ? QStringLiteral("finished") : QStringLiteral("stopped"));
            q.addBindValue(QString::fromStdString(words));
            q.addBindValue(gate);
            REQUIRE(succeeded(old->exec(q, "insert"), error));
            started += 86400000;
        }
    }
    auto store = open_store(file);
    CHECK(store->schema_version() == static_cast<int>(schema_migrations().size()));
    auto history = store->history(1);
    std::reverse(history.begin(), history.end()); // oldest first, as written
    REQUIRE(history.size() == stored.size());
    for (std::size_t i = 0; i < stored.size(); ++i) {
        INFO(stored[i].first);
        CHECK(history[i].end_reason == stored[i].second);
    }
}

TEST_CASE("a blocked screening is in the history with the item that stopped it",
          "[storage][journal]") {
    test::TempFolder dir;
    auto store = open_store(dir.file("j.sqlite"));
    const auto client = store->add_client(Client{.name = "C"}, at(t0)).value().id;
    SessionStart s = start_of(client);
    s.gate.verdict = VerdictKind::Blocked;
    s.gate.answers[0].answer = Answer::Yes;
    const auto id = store->record_blocked(s, "fever").value();
    const auto history = store->history(client);
    REQUIRE(history.size() == 1);
    CHECK(history[0].outcome == Outcome::Blocked);
    CHECK(history[0].verdict == "blocked");
    CHECK(store->session(id)->blocked_item == "fever");
    CHECK(store->session(id)->gate.answers[0].answer == Answer::Yes);
    // A blocked screening is not "last time" for the next checklist.
    CHECK_FALSE(store->last_session(client, "classic-back"));
}

TEST_CASE("an amendment is kept beside the note it corrects", "[storage][journal]") {
    test::TempFolder dir;
    auto store = open_store(dir.file("j.sqlite"));
    const auto client = store->add_client(Client{.name = "D"}, at(t0)).value().id;
    const auto id = store->begin_session(start_of(client)).value();
    Note first{.written = at(t0 + 2000000), .felt = "relaxed", .pressure = "medium"};
    const auto note = store->add_note(id, first).value();
    Note amended{.written = at(t0 + 90000000),
                 .felt = "relaxed, slight headache later",
                 .pressure = "medium",
                 .amends = note};
    REQUIRE(store->add_note(id, amended).ok());
    Note stray{.felt = "x", .amends = 999};
    CHECK_FALSE(store->add_note(id, stray).ok());

    const auto r = store->session(id);
    REQUIRE(r->notes.size() == 2);
    CHECK(r->notes[0].felt == "relaxed");
    CHECK(r->notes[0].written == at(t0 + 2000000));
    CHECK(r->notes[1].amends == note);
    CHECK(r->notes[1].written == at(t0 + 90000000));
    CHECK(store->history(client)[0].note_line == "relaxed, slight headache later");
}

TEST_CASE("marks and a procedure's ticks are kept with the session", "[storage][journal]") {
    test::TempFolder dir;
    auto store = open_store(dir.file("j.sqlite"));
    const auto client = store->add_client(Client{.name = "E"}, at(t0)).value().id;
    const auto id = store->begin_session(start_of(client, "kneading-prp-lymphatic")).value();
    REQUIRE(store
                ->add_mark(id, Mark{.diagram = "face-front",
                                    .x = 120.5,
                                    .y = 88,
                                    .radius = 6,
                                    .kind = "injection",
                                    .label = "left cheek"})
                .ok());
    const std::vector<ProcedureTick> ticks = {{"prp-drawn", true, ""},
                                              {"injection-sites", true, "cheeks, forehead"}};
    REQUIRE(store->set_procedure(id, ticks).ok());
    const auto r = store->session(id);
    REQUIRE(r->marks.size() == 1);
    CHECK(r->marks[0].label == "left cheek");
    CHECK(r->marks[0].x == Approx(120.5));
    CHECK(r->procedure == ticks);
}

TEST_CASE("search finds sessions by notes, marks and names, filtered", "[storage][journal]") {
    test::TempFolder dir;
    auto store = open_store(dir.file("j.sqlite"));
    const auto anna = store->add_client(Client{.name = "Anna"}, at(t0)).value().id;
    const auto boris = store->add_client(Client{.name = "Boris"}, at(t0)).value().id;
    const auto s1 = store->begin_session(start_of(anna)).value();
    store->add_note(s1, Note{.findings = "Knot under the left shoulder blade"});
    auto later = start_of(boris, "neck-self-massage");
    later.started = at(t0 + 86400000);
    const auto s2 = store->begin_session(later).value();
    store->add_mark(s2, Mark{.diagram = "back", .kind = "pain", .label = "lumbar knot"});
    store->end_session(s2, Outcome::Finished, "", at(t0 + 86400000 + 600000), milliseconds(1));

    CHECK(store->search({.text = "KNOT"}).size() == 2);
    CHECK(store->search({.text = "boris"}).front().id == s2);
    CHECK(store->search({.text = "knot", .protocol_id = "classic-back"}).front().id == s1);
    CHECK(store->search({.outcome = Outcome::Finished}).size() == 1);
    CHECK(store->search({.from = at(t0 + 1)}).size() == 1);
    CHECK(store->search({.to = at(t0 + 1)}).front().id == s1);
    CHECK(store->search({.text = "nothing like it"}).empty());
}

TEST_CASE("erasing a client leaves no trace of them in the file", "[storage][journal]") {
    test::TempFolder dir;
    const auto file = dir.file("j.sqlite");
    auto store = open_store(file);
    const auto keep = store->add_client(Client{.name = "Kept Client"}, at(t0)).value().id;
    const auto gone =
        store->add_client(Client{.name = "Zuzanna Wyrzucona", .allergies = "lavenderoil"}, at(t0))
            .value()
            .id;
    for (int i = 0; i < 20; ++i) {
        const auto id = store->begin_session(start_of(gone)).value();
        store->add_note(id, Note{.findings = "secretfinding" + std::to_string(i)});
        store->add_mark(id, Mark{.diagram = "back", .label = "secretmark"});
    }
    store->begin_session(start_of(keep));
    REQUIRE(store->erase_client(gone).ok());
    CHECK(store->history(gone).empty());
    CHECK(store->history(keep).size() == 1);
    store.reset();
    std::string raw = test::bytes_of(file);
    std::error_code ec;
    if (std::filesystem::exists(file.string() + "-wal", ec))
        raw += test::bytes_of(file.string() + "-wal");
    CHECK(raw.find("Zuzanna") == std::string::npos);
    CHECK(raw.find("lavenderoil") == std::string::npos);
    CHECK(raw.find("secretfinding") == std::string::npos);
    CHECK(raw.find("secretmark") == std::string::npos);
    CHECK(raw.find("Kept Client") != std::string::npos);
}

TEST_CASE("a backup restores the journal as it was, and a bad file is refused untouched",
          "[storage][journal]") {
    test::TempFolder dir;
    const auto file = dir.file("j.sqlite");
    const auto backup = dir.file("backup.sqlite");
    auto store = open_store(file);
    const auto client = store->add_client(Client{.name = "Anna"}, at(t0)).value().id;
    store->begin_session(start_of(client));
    REQUIRE(store->backup_to(backup).ok());
    CHECK(test::mode_of(backup) == 0600);

    store->add_client(Client{.name = "Added after the backup"}, at(t0));
    CHECK(store->clients().size() == 2);

    // A damaged file and a file that is not a journal are refused; nothing changes.
    const auto damaged = dir.file("damaged.sqlite");
    std::string bytes = test::bytes_of(backup);
    for (std::size_t i = 4096; i < bytes.size() && i < 8192; ++i)
        bytes[i] = static_cast<char>(0x5a);
    std::ofstream(damaged, std::ios::binary) << bytes;
    const auto refused = store->restore_from(damaged);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errors().front().message.find("not restored") != std::string::npos);
    const auto text_file = dir.file("notes.txt");
    std::ofstream(text_file) << "hello";
    CHECK_FALSE(store->restore_from(text_file).ok());
    CHECK(store->clients().size() == 2);

    REQUIRE(store->restore_from(backup).ok());
    CHECK(store->clients().size() == 1);
    CHECK(store->history(client).size() == 1);
    // What was replaced is kept beside the journal.
    auto before = open_store(file.string() + ".before-restore");
    CHECK(before->clients().size() == 2);
}

TEST_CASE("the CSV and JSON exports read back what was recorded", "[storage][journal]") {
    test::TempFolder dir;
    auto store = open_store(dir.file("j.sqlite"));
    const auto client =
        store->add_client(Client{.name = "Smith, \"Jo\"", .contact = "=cmd"}, at(t0)).value().id;
    const auto id = store->begin_session(start_of(client)).value();
    store->append_event(id, event(1, "step-started", "start", 0, 0, 60000));
    store->append_event(id, event(2, "step-ended", "clock", 0, 61500));
    store->end_session(id, Outcome::Finished, "", at(t0 + 61500), milliseconds(61500));
    store->add_note(id, Note{.felt = "fine"});

    const std::string sessions = sessions_csv(store->history(client));
    CHECK(sessions.find("\"Smith, \"\"Jo\"\"\"") != std::string::npos); // quoted per RFC 4180
    CHECK(sessions.find(",finished,") != std::string::npos);
    CHECK(sessions.find(",900,61.5,") != std::string::npos); // planned and real seconds
    const std::string steps = steps_csv(*store, store->history(client));
    CHECK(steps.find("step-1,Step 1,,2026-03-02T09:00:00.000Z,2026-03-02T09:01:01.500Z,60,61.5,0,"
                     "clock") != std::string::npos);

    const auto j = client_record_json(*store, client);
    CHECK(j["client"]["contact"] == "=cmd"); // JSON keeps the text as it is
    REQUIRE(j["sessions"].size() == 1);
    const auto& s = j["sessions"][0];
    CHECK(s["protocol"]["id"] == "classic-back");
    CHECK(s["protocol"]["sha256"] == "ab12");
    CHECK(s["gate"]["answers"][1]["note"] == "second trimester, doctor agrees");
    CHECK(s["events"].size() == 2);
    CHECK(s["steps"][0]["real_seconds"] == 61.5);
    CHECK(s["notes"][0]["felt"] == "fine");
    // It parses back as JSON text.
    CHECK(nlohmann::json::parse(j.dump())["sessions"][0]["outcome"] == "finished");
}

TEST_CASE("a database made by the release before the journal migrates and keeps its attempts",
          "[storage][journal]") {
    test::TempFolder dir;
    const auto file = dir.file("v2.sqlite");
    std::filesystem::copy_file(EFFLEUR_STORAGE_DATA "/effleur-v2.sqlite", file);
    auto store = open_store(file);
    CHECK(store->schema_version() == static_cast<int>(schema_migrations().size()));
    CHECK(raw_count(file, "SELECT count(*) FROM attempts") == 3);
    CHECK(store->add_client(Client{.name = "First client"}, at(t0)).ok());
}

TEST_CASE("a running session's state is kept whole, replaced, and gone when it ends",
          "[storage][journal]") {
    test::TempFolder dir;
    const auto file = dir.file("j.sqlite");
    std::int64_t id = 0;
    {
        auto store = open_store(file);
        const auto client = store->add_client(Client{.name = "C"}, at(t0)).value().id;
        id = store->begin_session(start_of(client)).value();
        REQUIRE(store->append_event(id, event(1, "step-started", "start", 0, 0, 60000)).ok());
        REQUIRE(store->save_state({id, 1, at(t0 + 1000), milliseconds(1000), "{\"a\":1}"}).ok());
        REQUIRE(store->append_event(id, event(2, "step-ended", "clock", 0, 60000)).ok());
        REQUIRE(store->save_state({id, 2, at(t0 + 60000), milliseconds(60000), "{\"a\":2}"}).ok());
        REQUIRE(store->append_event(id, event(3, "step-started", "clock", 1, 0, 45000)).ok());
        // ... and the app dies here, after an event and before the next state.
    }
    auto store = open_store(file);
    const auto st = store->state(id);
    REQUIRE(st);
    CHECK(*st == SessionState{id, 2, at(t0 + 60000), milliseconds(60000), "{\"a\":2}"});
    // Resuming from it: what came after it is dropped, since it happens again.
    REQUIRE(store->drop_events_after(id, st->seq).ok());
    CHECK(store->session(id)->events.size() == 2);
    // A running session kept for resuming is not closed as interrupted; the others are.
    CHECK(store->close_interrupted(at(t0 + 70000), id).value().empty());
    REQUIRE(
        store->end_session(id, Outcome::Finished, "", at(t0 + 80000), milliseconds(80000)).ok());
    CHECK_FALSE(store->state(id));
}
