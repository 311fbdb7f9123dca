// Step engine options for practising: a range of steps, and pauses between steps. The plan is
// cut to the range (the parts, the totals, the end of the session), a paused rehearsal waits
// after every step until `next`, and snapshots keep both.

#include "engine_test_support.h"
#include "gate_test_support.h"

#include <nlohmann/json.hpp>

using namespace effleur;
using namespace effleur::test;
using K = EventKind;

namespace {

// Two stages: a (10 s), b (20 s, alternating: two parts), c (5 s) | d (8 s), e (12 s).
std::shared_ptr<const Protocol> two_stages() {
    return make_protocol(
        {{timed_step("a", 10), timed_step("b", 20, Side::Alternating), timed_step("c", 5)},
         {timed_step("d", 8), timed_step("e", 12)}},
        "practise");
}

SessionOptions with_range(StepRef first, StepRef last) {
    SessionOptions o;
    o.range = StepRange{first, last};
    return o;
}

std::vector<std::string> step_ids(const StepEngine& e) {
    std::vector<std::string> ids;
    for (const PlanPart& p : e.plan().parts())
        if (p.part == 0)
            ids.push_back(p.source->id);
    return ids;
}

Duration planned_total(const StepEngine& e) {
    Duration total{0};
    for (const PlanPart& p : e.plan().parts())
        total += p.planned;
    return total;
}

} // namespace

TEST_CASE("a range inside one stage plans only its steps", "[engine][practise]") {
    Rig rig(two_stages(), with_range({0, 0}, {0, 1}));
    CHECK(step_ids(rig.engine) == std::vector<std::string>{"a", "b"});
    CHECK(rig.engine.plan().size() == 3); // a, then b's two sides
    CHECK(planned_total(rig.engine) == 50s);

    Rig later(two_stages(), with_range({0, 1}, {0, 2}));
    CHECK(step_ids(later.engine) == std::vector<std::string>{"b", "c"});
    REQUIRE(later.start());
    CHECK(later.engine.cursor().index == 0);
    CHECK(later.engine.current_step().id == "b");
    CHECK(later.engine.cursor().stage == 0); // events and the cursor keep the protocol's indices
    CHECK(later.engine.cursor().step == 1);

    REQUIRE(rig.start());
    rig.run(50s, 250ms);
    CHECK(rig.engine.state() == EngineState::Finished);
    // The range ends before the stage does: the session finishes, the stage does not.
    CHECK(only(rig.all, K::StageEnded).empty());
    REQUIRE(only(rig.all, K::SessionFinished).size() == 1);
    CHECK(rig.since_start(only(rig.all, K::SessionFinished)[0].scheduled) == 50s);
    CHECK(only(rig.all, K::StepStarted).size() == 3);
}

TEST_CASE("a range across stages ends the first stage on the way", "[engine][practise]") {
    Rig rig(two_stages(), with_range({0, 2}, {1, 0}));
    CHECK(step_ids(rig.engine) == std::vector<std::string>{"c", "d"});
    REQUIRE(rig.start());
    const auto events = rig.run(13s, 500ms);
    CHECK(rig.engine.state() == EngineState::Finished);
    const auto stage_ended = only(events, K::StageEnded);
    REQUIRE(stage_ended.size() == 1); // stage 1 ends after c; d is not the end of stage 2
    CHECK(stage_ended[0].stage == 0);
    CHECK(rig.since_start(stage_ended[0].scheduled) == 5s);
}

TEST_CASE("a range can be one step or one whole stage", "[engine][practise]") {
    const auto p = two_stages();
    SessionOptions one;
    one.range = StepRange::only({1, 1});
    StepEngine single(p, one);
    CHECK(step_ids(single) == std::vector<std::string>{"e"});

    SessionOptions stage;
    stage.range = StepRange::whole_stage(*p, 1);
    StepEngine whole(p, stage);
    CHECK(step_ids(whole) == std::vector<std::string>{"d", "e"});

    // The same range with the stage selected too.
    stage.stage = 1;
    CHECK(StepEngine::check(*p, stage).ok());

    CHECK(find_step(*p, "d") == std::optional<StepRef>(StepRef{1, 0}));
    CHECK_FALSE(find_step(*p, "nope"));
}

TEST_CASE("ranges that cannot make a session are refused with a reason", "[engine][practise]") {
    const auto p = two_stages();
    const auto why = [&](SessionOptions o) { return StepEngine::check(*p, o).message(); };
    CHECK(why(with_range({0, 2}, {0, 1})) ==
          "the range ends (stage 1, step 2) before it begins (stage 1, step 3)");
    CHECK(why(with_range({0, 3}, {0, 3})) ==
          "the range's first step is step 4 of stage 1, which has 3");
    CHECK(why(with_range({0, 0}, {2, 0})) == "the range's last step is in stage 3; the protocol "
                                             "has 2");
    SessionOptions outside = with_range({0, 0}, {1, 0});
    outside.stage = 1;
    CHECK(why(outside) == "the range stage 1, step 1 to stage 2, step 1 leaves stage 2");
    CHECK_THROWS_AS(StepEngine(p, outside), std::invalid_argument);
}

TEST_CASE("jumping outside the range is refused", "[engine][practise]") {
    Rig rig(two_stages(), with_range({0, 1}, {0, 2}));
    REQUIRE(rig.start());
    const auto r = rig.engine.jump_to(rig.clock.now(), 0, 0);
    CHECK_FALSE(r);
    CHECK(r.refusal == Refusal::not_in_session(0, 0));
    CHECK(rig.keep(rig.engine.jump_to(rig.clock.now(), 0, 2)));
    CHECK(rig.engine.current_step().id == "c");
}

TEST_CASE("pausing between steps waits after every step until next", "[engine][practise]") {
    SessionOptions o;
    o.pause_between_steps = true;
    Rig rig(two_stages(), o);
    REQUIRE(rig.start());

    rig.run(10s + 30s, 100ms); // a's time, and far beyond
    CHECK(rig.engine.state() == EngineState::WaitingForTherapist);
    CHECK(rig.engine.wait_reason() == WaitReason::StepDone);
    CHECK(rig.engine.current_step().id == "a"); // still a: the time stands until next
    CHECK(rig.engine.next_deadline() == std::nullopt);
    const auto waiting = only(rig.all, K::Waiting);
    REQUIRE(waiting.size() == 1);
    CHECK(rig.since_start(waiting[0].scheduled) == 10s);

    REQUIRE(rig.keep(rig.engine.next(rig.clock.now())));
    CHECK(rig.engine.state() == EngineState::Running);
    CHECK(rig.engine.current_step().id == "b");

    // b alternates: its sides follow each other, the wait comes after the whole step.
    const TimePoint b_start = rig.clock.now();
    const auto b_events = rig.run(20s, 100ms);
    CHECK(only(b_events, K::SideSwitch).size() == 1);
    CHECK(only(b_events, K::Waiting).empty());
    CHECK(rig.engine.cursor().part == 1);
    const auto b_end = rig.run(20s, 100ms);
    REQUIRE(only(b_end, K::Waiting).size() == 1);
    CHECK(only(b_end, K::Waiting)[0].scheduled - b_start == 40s);
    CHECK(rig.engine.wait_reason() == WaitReason::StepDone);
}

TEST_CASE("pausing between steps waits after the last step before finishing",
          "[engine][practise]") {
    SessionOptions o = with_range({1, 1}, {1, 1});
    o.pause_between_steps = true;
    Rig rig(two_stages(), o);
    REQUIRE(rig.start());
    rig.run(12s, 1s);
    CHECK(rig.engine.state() == EngineState::WaitingForTherapist);
    const auto r = rig.keep(rig.engine.next(rig.clock.now()));
    REQUIRE(r);
    CHECK(rig.engine.state() == EngineState::Finished);
    CHECK(kinds(only(r.events, K::SessionFinished)).size() == 1);
}

TEST_CASE("a client session refuses ranges and pauses between steps", "[engine][practise]") {
    for (const bool pause : {false, true}) {
        Checklist c(gate_protocol(), gate_catalog(), std::size_t{0});
        all_no(c);
        auto gate = c.clear(gate_time);
        REQUIRE(gate);
        SessionOptions o;
        if (pause)
            o.pause_between_steps = true;
        else
            o.range = StepRange::only({0, 0});
        CHECK_THROWS_WITH(StepEngine(std::move(*gate), o),
                          Catch::Contains("ranges and pauses between steps are for rehearsal"));
    }
}

TEST_CASE("snapshots keep the range and the pauses", "[engine][snapshot][practise]") {
    SessionOptions o = with_range({0, 1}, {1, 0});
    o.pause_between_steps = true;
    Rig rig(two_stages(), o);
    REQUIRE(rig.start());
    rig.run(20s + 5s, 100ms); // b's first side, into the second
    const nlohmann::json snap = rig.engine.snapshot();
    CHECK(snap["range"]["first"] == nlohmann::json::array({0, 1}));
    CHECK(snap["range"]["last"] == nlohmann::json::array({1, 0}));
    CHECK(snap["pause_between_steps"] == true);

    StepEngine same(two_stages(), o);
    REQUIRE(same.restore(snap, rig.clock.now()));
    CHECK(same.cursor().index == rig.engine.cursor().index);
    CHECK(same.current_step().id == "b");
    CHECK(same.remaining(rig.clock.now()) == 15s);
    // It goes on identically: the wait after b, at the same moment.
    const auto theirs = rig.run(15s, 1s);
    const auto ours = same.advance(rig.clock.now());
    CHECK(kinds(ours) == kinds(theirs));
    CHECK(same.state() == EngineState::WaitingForTherapist);

    StepEngine whole(two_stages());
    CHECK(whole.restore(snap, rig.clock.now()).refusal ==
          Refusal::snapshot("the snapshot covers other steps than this engine"));
    SessionOptions no_pause = o;
    no_pause.pause_between_steps = false;
    StepEngine flowing(two_stages(), no_pause);
    CHECK(flowing.restore(snap, rig.clock.now()).refusal ==
          Refusal::snapshot("the snapshot pauses between steps; this engine does not"));

    // A snapshot written before ranges existed restores into a whole-protocol engine.
    StepEngine plain(two_stages());
    REQUIRE(plain.start(rig.clock.now()));
    nlohmann::json old = plain.snapshot();
    old.erase("range");
    old.erase("pause_between_steps");
    StepEngine again(two_stages());
    CHECK(again.restore(old, rig.clock.now()));
}
