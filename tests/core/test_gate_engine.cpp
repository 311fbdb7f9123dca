// No client session without a clear gate: checked by the compiler, and at run time.

#include "engine_test_support.h"
#include "gate_test_support.h"

#include <nlohmann/json.hpp>

#include <type_traits>

using namespace effleur;
using namespace effleur::test;

// Only the gate makes a ClearedGate.
static_assert(!std::is_default_constructible_v<ClearedGate>);
static_assert(!std::is_constructible_v<ClearedGate, GateRecord>);
static_assert(!std::is_constructible_v<ClearedGate, std::shared_ptr<const Protocol>>);
static_assert(!std::is_constructible_v<ClearedGate, std::shared_ptr<const Protocol>,
                                       std::optional<std::size_t>, GateRecord>);
static_assert(!std::is_aggregate_v<ClearedGate>);
// One answered gate, one session.
static_assert(!std::is_copy_constructible_v<ClearedGate>);
static_assert(std::is_move_constructible_v<ClearedGate>);

// Options cannot ask for a client session, and no constructor takes a kind.
template <class Options>
concept names_a_kind = requires(Options o) {
    o.kind;
};
static_assert(!names_a_kind<SessionOptions>);
static_assert(!std::is_constructible_v<StepEngine, std::shared_ptr<const Protocol>, SessionOptions,
                                       SessionKind>);
static_assert(!std::is_constructible_v<StepEngine, std::shared_ptr<const Protocol>, SessionKind>);
static_assert(!std::is_constructible_v<StepEngine, GateRecord>);
static_assert(!std::is_constructible_v<StepEngine, const ClearedGate&>); // moved in, not copied
static_assert(std::is_constructible_v<StepEngine, ClearedGate, SessionOptions>);

TEST_CASE("only a clear checklist yields a ClearedGate", "[gate][engine]") {
    Checklist c(gate_protocol(), gate_catalog(), std::size_t{0});
    CHECK_FALSE(c.clear(gate_time)); // incomplete
    all_no(c);
    c.set_answer(2, Answer::Yes);
    CHECK_FALSE(c.clear(gate_time)); // needs acknowledgement
    c.set_answer(0, Answer::Yes);
    CHECK_FALSE(c.clear(gate_time)); // blocked
    c.set_answer(0, Answer::No);
    c.acknowledge(2);
    const auto gate = c.clear(gate_time);
    REQUIRE(gate);
    CHECK(gate->record().verdict == VerdictKind::Clear);
    CHECK(gate->stage() == std::size_t{0});
    CHECK(gate->protocol()->id == "gate-sample");
}

TEST_CASE("a client session runs the gate's stage and keeps its record", "[gate][engine]") {
    Checklist c(gate_protocol(), gate_catalog(), std::size_t{1});
    all_no(c);
    auto gate = c.clear(gate_time);
    REQUIRE(gate);
    StepEngine engine(std::move(*gate));
    CHECK(engine.kind() == SessionKind::Client);
    CHECK(engine.options().stage == std::size_t{1});
    CHECK(engine.current_step().id == "step-2");
    REQUIRE(engine.gate_record());
    CHECK(engine.gate_record()->stage == std::size_t{1});
    CHECK(engine.gate_record()->answers.size() == 4);
    CHECK(engine.snapshot()["kind"] == "client");

    StepEngine rehearsal(gate_protocol());
    CHECK(rehearsal.kind() == SessionKind::Rehearsal);
    CHECK(rehearsal.gate_record() == nullptr);
    CHECK(rehearsal.snapshot()["kind"] == "rehearsal");
}

TEST_CASE("a session for another stage than the gate's is refused", "[gate][engine]") {
    Checklist c(gate_protocol(), gate_catalog(), std::size_t{0});
    all_no(c);
    SessionOptions day3;
    day3.stage = 2;
    auto gate = c.clear(gate_time);
    REQUIRE(gate);
    CHECK_THROWS_WITH(StepEngine(std::move(*gate), day3),
                      "the session's stage is not the one the gate was answered for");

    SessionOptions same;
    same.stage = 0;
    same.speed = 2;
    auto again = c.clear(gate_time);
    REQUIRE(again);
    StepEngine engine(std::move(*again), same);
    CHECK(engine.speed() == 2);
}

TEST_CASE("a client snapshot restores only into a client engine", "[gate][engine]") {
    Checklist c(gate_protocol(), gate_catalog(), std::size_t{0});
    all_no(c);
    auto gate = c.clear(gate_time);
    REQUIRE(gate);
    StepEngine client(std::move(*gate));
    FakeClock clock;
    REQUIRE(client.start(clock.now()));
    const nlohmann::json snap = client.snapshot();

    SessionOptions day1;
    day1.stage = 0;
    StepEngine rehearsal(gate_protocol(), day1);
    CHECK(rehearsal.restore(snap, clock.now()).refusal ==
          Refusal::snapshot(
              "the snapshot is of a client session; this engine runs a rehearsal session"));

    auto again = c.clear(gate_time);
    REQUIRE(again);
    StepEngine resumed(std::move(*again));
    CHECK(resumed.restore(snap, clock.now()));
}
