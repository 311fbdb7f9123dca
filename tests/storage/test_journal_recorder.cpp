// The recorder on a real step engine driven by a fake clock: the journal's record of a session
// with a pause, an extension, a skip and a back matches what happened, event for event; a write
// that fails is kept and written when the journal can be written again.

#include "../core/engine_test_support.h"
#include "core/stepengine.h"
#include "storage/journalrecorder.h"
#include "storage_test_support.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace effleur;
using namespace effleur::storage;
using effleur::test::opened;
using effleur::test::succeeded;
using namespace std::chrono_literals;
using std::chrono::milliseconds;

namespace {

constexpr std::int64_t wall0 = 1772442000000; // 2026-03-02T09:00:00Z
WallTime wall_at(std::int64_t ms) {
    return WallTime(std::chrono::duration_cast<WallTime::duration>(milliseconds(ms)));
}

struct Session {
    FakeClock clock;
    StepEngine engine;
    TimePoint t0;
    std::unique_ptr<JournalRecorder> recorder;
    Notifier<SessionEvent>::Subscription subscription;
    std::vector<SessionEvent> delivered;

    Session(JournalStore& store, std::shared_ptr<const Protocol> p) : engine(p), t0(clock.now()) {
        SessionStart s;
        s.client = store.add_client(Client{.name = "Anna K."}, wall_at(wall0)).value().id;
        s.protocol_id = p->id;
        s.protocol_version = p->version;
        s.protocol_title = p->title.get();
        s.protocol_hash = sha256_hex("{}");
        s.started = wall_at(wall0);
        auto r = JournalRecorder::begin(store, s, p, engine.plan(), t0);
        REQUIRE(r.ok());
        recorder = std::move(r.value());
        subscription = engine.notifier().subscribe([this](const SessionEvent& e) {
            delivered.push_back(e);
            (void)recorder->record(e);
        });
    }
    void run(Duration by) {
        const TimePoint end = clock.now() + by;
        while (clock.now() < end) {
            clock.set(std::min(end, clock.now() + 100ms));
            engine.advance(clock.now());
        }
    }
};

} // namespace

TEST_CASE("the journal's record of a session matches what happened, event for event",
          "[storage][journal][recorder]") {
    test::TempFolder dir;
    auto store = std::move(JournalStore::open(dir.file("j.sqlite")).value());
    // Three steps of 60 s; the second works the left side, then the right.
    auto protocol = test::make_protocol(
        {{test::timed_step("a", 60), test::timed_step("b", 60, Side::Alternating),
          test::timed_step("c", 60)}});
    Session s(*store, protocol);

    REQUIRE(s.engine.start(s.clock.now()));
    s.run(20s);
    REQUIRE(s.engine.pause(s.clock.now()));
    s.clock.advance(30s); // paused: the client needed a towel
    REQUIRE(s.engine.resume(s.clock.now()));
    s.run(40s); // a ends by its time
    REQUIRE(s.engine.extend(s.clock.now(), 15s));
    s.run(10s);
    REQUIRE(s.engine.next(s.clock.now())); // left side of b skipped after 10 s
    s.run(1s);
    REQUIRE(s.engine.back(s.clock.now())); // within 2 s of the right side: back to the left
    s.run(80s);                            // the left side again, then the right starts
    REQUIRE(s.engine.skip_step(s.clock.now()));
    s.run(60s); // c runs to the end
    REQUIRE(s.engine.state() == EngineState::Finished);
    REQUIRE(s.recorder->finish(Outcome::Finished, "", s.clock.now()));

    const auto record = store->session(s.recorder->session());
    REQUIRE(record);
    // Every kept event is in the record, in order, with its time since the start.
    std::vector<std::pair<std::string, std::int64_t>> expected;
    for (const SessionEvent& e : s.delivered) {
        if (JournalRecorder::kept(e.kind))
            expected.emplace_back(
                std::string(to_string(e.kind)),
                std::chrono::duration_cast<milliseconds>(e.delivered - s.t0).count());
    }
    std::vector<std::pair<std::string, std::int64_t>> got;
    for (const EventRow& e : record->events)
        got.emplace_back(e.kind, e.offset.count());
    CHECK(got == expected);
    CHECK(record->events.front().at == wall_at(wall0));

    const auto runs = part_runs(record->events);
    REQUIRE(runs.size() == 6);
    CHECK(runs[0].step_id == "a");
    CHECK(runs[0].real == 60s); // 90 s of wall time less the 30 s pause
    CHECK(runs[0].planned == 60s);
    CHECK(runs[0].ended_by == "clock");
    CHECK(runs[1].step_id == "b");
    CHECK(runs[1].side == "left");
    CHECK(runs[1].extended == 15s);
    CHECK(runs[1].real == 10s);
    CHECK(runs[1].ended_by == "next");
    CHECK(runs[2].side == "right");
    CHECK(runs[2].ended_by == "back");
    CHECK(runs[3].side == "left");
    CHECK(runs[3].ended_by == "clock");
    CHECK(runs[4].side == "right");
    CHECK(runs[4].ended_by == "skip");
    CHECK(runs[5].step_id == "c");
    CHECK(runs[5].real == 60s);
    CHECK(runs[5].ended_by == "clock");
    CHECK(record->summary.outcome == Outcome::Finished);
    CHECK(record->summary.active ==
          std::chrono::duration_cast<milliseconds>(s.clock.now() - s.t0 - 30s));
}

TEST_CASE("a step the journal could not write is kept and written when it can be",
          "[storage][journal][recorder]") {
    test::TempFolder dir;
    auto store = std::move(JournalStore::open(dir.file("j.sqlite")).value());
    auto protocol = test::make_protocol({{test::timed_step("a", 10), test::timed_step("b", 10)}});
    Session s(*store, protocol);
    REQUIRE(s.engine.start(s.clock.now()));

    // Another writer holds the journal's lock, as a full disk or a stuck backup would.
    {
        std::string error;
        auto other = opened(Database::open(dir.file("j.sqlite"), schema_migrations()), error);
        REQUIRE(other);
        REQUIRE(succeeded(other->exec("PRAGMA busy_timeout = 0"), error));
        REQUIRE(succeeded(other->exec("BEGIN IMMEDIATE"), error));
        (void)store->database().exec("PRAGMA busy_timeout = 0");
        s.run(12s); // a ends, b starts: neither can be written
        CHECK(s.recorder->pending() >= 2);
        REQUIRE(succeeded(other->exec("ROLLBACK"), error));
    }
    s.run(10s); // b ends: everything waiting is written first, in order
    CHECK(s.recorder->pending() == 0);
    REQUIRE(s.recorder->finish(Outcome::Finished, "", s.clock.now()));
    const auto runs = part_runs(store->session(s.recorder->session())->events);
    REQUIRE(runs.size() == 2);
    CHECK(runs[0].step_id == "a");
    CHECK(runs[1].step_id == "b");
    CHECK(runs[1].real == 10s);
}

TEST_CASE("what one moment of a session did is committed at once, with the state, or not at all",
          "[storage][journal][recorder]") {
    test::TempFolder dir;
    auto store = std::move(JournalStore::open(dir.file("j.sqlite")).value());
    auto protocol = test::make_protocol({{test::timed_step("a", 10), test::timed_step("b", 10)}});
    FakeClock clock;
    StepEngine engine(protocol);
    SessionStart start;
    start.client = store->add_client(Client{.name = "Anna K."}, wall_at(wall0)).value().id;
    start.protocol_id = protocol->id;
    start.started = wall_at(wall0);
    auto recorder = std::move(
        JournalRecorder::begin(*store, start, protocol, engine.plan(), clock.now()).value());
    auto subscription =
        engine.notifier().subscribe([&](const SessionEvent& e) { recorder->queue(e); });
    REQUIRE(engine.start(clock.now()));
    clock.advance(10s);
    engine.advance(clock.now()); // a ends and b starts: three kept events, none written yet
    CHECK(recorder->pending() == 3);
    CHECK(store->session(recorder->session())->events.empty());

    SessionState state;
    state.session = recorder->session();
    state.seq = static_cast<std::int64_t>(engine.last_sequence());
    state.written = wall_at(wall0 + 10000);
    state.offset = 10s;
    state.snapshot = "{}";
    // Another writer holds the lock: neither the events nor the state are written.
    {
        std::string error;
        auto other = opened(Database::open(dir.file("j.sqlite"), schema_migrations()), error);
        REQUIRE(other);
        REQUIRE(succeeded(other->exec("BEGIN IMMEDIATE"), error));
        (void)store->database().exec("PRAGMA busy_timeout = 0");
        CHECK_FALSE(recorder->flush(&state));
        CHECK(recorder->pending() == 3);
        REQUIRE(succeeded(other->exec("ROLLBACK"), error));
    }
    CHECK(store->session(recorder->session())->events.empty());
    CHECK_FALSE(store->state(recorder->session()));
    REQUIRE(recorder->flush(&state));
    CHECK(recorder->pending() == 0);
    const auto record = store->session(recorder->session());
    REQUIRE(record->events.size() == 3);
    CHECK(record->events[0].kind == "step-started");
    CHECK(record->events[1].kind == "step-ended");
    CHECK(record->events[2].kind == "step-started");
    CHECK(record->events[2].step_id == "b");
    const auto saved = store->state(recorder->session());
    REQUIRE(saved);
    CHECK(saved->seq == state.seq);
}

TEST_CASE("a session stopped early ends the part under way, with its real time",
          "[storage][journal][recorder]") {
    test::TempFolder dir;
    auto store = std::move(JournalStore::open(dir.file("j.sqlite")).value());
    auto protocol = test::make_protocol({{test::timed_step("a", 60), test::timed_step("b", 60)}});
    Session s(*store, protocol);
    REQUIRE(s.engine.start(s.clock.now()));
    s.run(60s); // a runs to its end
    s.run(20s); // b for 20 s
    REQUIRE(s.engine.pause(s.clock.now()));
    s.clock.advance(5s); // paused when the therapist ends the session
    REQUIRE(s.recorder->finish(Outcome::Stopped, "the client felt unwell", s.clock.now()));

    const auto record = store->session(s.recorder->session());
    REQUIRE(record);
    CHECK(record->summary.outcome == Outcome::Stopped);
    const auto runs = part_runs(record->events);
    REQUIRE(runs.size() == 2);
    CHECK(runs[0].ended_by == "clock");
    CHECK(runs[1].step_id == "b");
    CHECK(runs[1].ended_by == "command");
    CHECK(runs[1].real == 20s); // the pause at the end is not the step's time
    REQUIRE(runs[1].ended);
    CHECK(*runs[1].ended == wall_at(wall0 + 85000));
    // The event that ends it follows the others in order.
    CHECK(record->events.back().kind == "step-ended");
    CHECK(record->events.back().cause == "command");
    CHECK(record->events.back().seq > record->events[record->events.size() - 2].seq);
}
