// Step engine snapshots: the whole state to JSON and back, and refusals with reasons.

#include "engine_test_support.h"

#include <nlohmann/json.hpp>

using namespace effleur;
using namespace effleur::test;
using K = EventKind;

namespace {

std::shared_ptr<const Protocol> sample(int version = 1) {
    return make_protocol({{timed_step("a", 30), timed_step("b", 20, Side::Alternating)},
                          {amphoric_step("breath", 2), procedure_step("prp")}},
                         "sample", version);
}

} // namespace

TEST_CASE("a snapshot taken mid-step resumes at the same point", "[engine][snapshot]") {
    SessionOptions options;
    options.speed = 2.5;
    Rig rig(sample(), options);
    REQUIRE(rig.start());
    rig.run(18s + 333ms, 7ms); // into b's first side, extended
    REQUIRE(rig.keep(rig.engine.extend(rig.clock.now(), 4s)));
    const nlohmann::json snap = rig.engine.snapshot();
    CHECK(snap["protocol"]["id"] == "sample");
    CHECK(snap["state"] == "running");
    CHECK(snap["step_id"] == "b");
    CHECK(snap["speed_milli"] == 2500);
    CHECK(snap["seq"] == rig.engine.last_sequence());

    // Crash recovery: a fresh engine, ten minutes later.
    FakeClock later;
    later.set(rig.clock.now() + 10min);
    StepEngine recovered(sample(), options);
    const auto r = recovered.restore(snap, later.now());
    REQUIRE(r);
    CHECK(recovered.state() == EngineState::Running);
    CHECK(recovered.cursor().step == 1);
    CHECK(recovered.cursor().part == 0);
    CHECK(recovered.remaining(later.now()) == rig.engine.remaining(rig.clock.now()));
    CHECK(recovered.length() == 24s);
    CHECK(*recovered.next_deadline() - later.now() ==
          *rig.engine.next_deadline() - rig.clock.now());
    // Its events go on with the next sequence number.
    later.advance(1h);
    const auto events = recovered.advance(later.now());
    REQUIRE_FALSE(events.empty());
    CHECK(events.front().seq == rig.engine.last_sequence() + 1);
}

TEST_CASE("paused and waiting snapshots restore paused and waiting", "[engine][snapshot]") {
    Rig rig(sample());
    REQUIRE(rig.start());
    rig.run(5s);
    REQUIRE(rig.keep(rig.engine.pause(rig.clock.now())));
    StepEngine paused(sample());
    REQUIRE(paused.restore(rig.engine.snapshot(), rig.clock.now() + 1h));
    CHECK(paused.state() == EngineState::Paused);
    CHECK(paused.progress(rig.clock.now() + 2h) == 5s);

    REQUIRE(rig.keep(rig.engine.jump_to(rig.clock.now(), 1, 1)));
    CHECK(rig.engine.wait_reason() == WaitReason::Procedure);
    StepEngine waiting(sample());
    REQUIRE(waiting.restore(rig.engine.snapshot(), rig.clock.now()));
    CHECK(waiting.state() == EngineState::WaitingForTherapist);
    CHECK(waiting.wait_reason() == WaitReason::Procedure);
    const auto r = waiting.next(rig.clock.now());
    CHECK(kinds(r.events) == std::vector{K::StepEnded, K::StageEnded, K::SessionFinished});
}

// A snapshot that does not fit is refused with one kind; its detail, which only the log shows,
// says which check failed.
TEST_CASE("restore refuses what does not fit, with a reason", "[engine][snapshot]") {
    Rig rig(sample());
    REQUIRE(rig.start());
    rig.run(5s);
    const nlohmann::json snap = rig.engine.snapshot();

    StepEngine newer(sample(2));
    auto r = newer.restore(snap, rig.clock.now());
    CHECK_FALSE(r);
    CHECK(r.refusal ==
          Refusal::snapshot("the snapshot is of protocol sample version 1, not sample version 2"));
    CHECK(newer.state() == EngineState::Idle);

    const Catalog no_items; // sample() lists no contraindications: its gate is clear at once
    auto gate = Checklist(sample(), no_items).clear(std::chrono::system_clock::now());
    REQUIRE(gate);
    StepEngine other_kind(std::move(*gate));
    CHECK(other_kind.restore(snap, rig.clock.now()).refusal ==
          Refusal::snapshot(
              "the snapshot is of a rehearsal session; this engine runs a client session"));

    SessionOptions day2;
    day2.stage = 1;
    StepEngine other_stage(sample(), day2);
    CHECK(other_stage.restore(snap, rig.clock.now()).refusal ==
          Refusal::snapshot("the snapshot covers other stages than this engine"));

    CHECK(rig.engine.restore(snap, rig.clock.now()).refusal.kind == RefusalKind::RestoreAfterStart);

    const auto refused = [&](nlohmann::json j) {
        StepEngine fresh(sample());
        const auto result = fresh.restore(j, rig.clock.now());
        if (!result) {
            CHECK(fresh.state() == EngineState::Idle);
            CHECK(result.refusal.kind == RefusalKind::Snapshot);
        }
        return result.refusal.detail;
    };
    CHECK(refused(nlohmann::json::array()) == "not a step engine snapshot of format 1");
    auto broken = snap;
    broken.erase("seq");
    CHECK(refused(broken).rfind("malformed snapshot: ", 0) == 0);
    broken = snap;
    broken["position_ps"] = "12x";
    CHECK(refused(broken) == "malformed snapshot: position_ps is not an integer");
    broken = snap;
    broken["position_ps"] = "-5";
    CHECK(refused(broken) == "the snapshot's position is out of range");
    broken = snap;
    broken["state"] = "sleeping";
    CHECK(refused(broken) == "the snapshot's state is not one the engine allows");
    broken = snap;
    broken["wait"] = "procedure";
    CHECK(refused(broken) == "the snapshot's state is not one the engine allows");
    broken = snap;
    broken["part"] = 99;
    CHECK(refused(broken) == "the snapshot's step is not in this session");
    broken = snap;
    broken["step_id"] = "zzz";
    CHECK(refused(broken) == "the snapshot's step is not in this session");
    broken = snap;
    broken["speed_milli"] = 0;
    CHECK(refused(broken) == "the snapshot's speed or tempo is out of range");
    broken = snap;
    broken["state"] = "waiting-for-therapist";
    broken["wait"] = "step-done";
    CHECK(refused(broken) == "the snapshot waits after a step that goes on by itself");
    CHECK(refused(snap).empty());
}
