// Step engine controls: each command's exact semantics, and refusals with reasons.

#include "engine_test_support.h"

#include <set>

using namespace effleur;
using namespace effleur::test;
using K = EventKind;

namespace {

std::shared_ptr<const Protocol> three_steps() {
    return make_protocol({{timed_step("a", 30), timed_step("b", 20), timed_step("c", 10)}});
}

} // namespace

TEST_CASE("the transition table allows exactly the documented commands", "[engine][controls]") {
    const std::vector<std::pair<EngineState, WaitReason>> states{
        {EngineState::Idle, WaitReason::None},
        {EngineState::Running, WaitReason::None},
        {EngineState::Paused, WaitReason::None},
        {EngineState::WaitingForTherapist, WaitReason::BeforeStep},
        {EngineState::WaitingForTherapist, WaitReason::Procedure},
        {EngineState::WaitingForTherapist, WaitReason::StepDone},
        {EngineState::Finished, WaitReason::None}};
    // Rows: the states above; columns: start pause resume next back restart skip extend jump
    // set-speed set-tempo restore. 1 = allowed.
    const std::vector<std::string> table{
        "100000001111", // idle
        "010111111110", // running
        "001111111110", // paused
        "000110101110", // before step
        "000110101110", // procedure
        "000111101110", // step done
        "000000000000", // finished
    };
    const std::vector<Command> commands{Command::Start,    Command::Pause,    Command::Resume,
                                        Command::Next,     Command::Back,     Command::Restart,
                                        Command::Skip,     Command::Extend,   Command::Jump,
                                        Command::SetSpeed, Command::SetTempo, Command::Restore};
    for (std::size_t s = 0; s < states.size(); ++s) {
        for (std::size_t c = 0; c < commands.size(); ++c) {
            CAPTURE(to_string(states[s].first), to_string(states[s].second),
                    to_string(commands[c]));
            const RefusalKind why = refusal(states[s].first, states[s].second, commands[c]);
            CHECK((why == RefusalKind::None) == (table[s][c] == '1'));
            CHECK_FALSE(to_string(Refusal(why)).empty() == (why != RefusalKind::None));
        }
    }
    CHECK_FALSE(valid_state(EngineState::Running, WaitReason::StepDone));
    CHECK_FALSE(valid_state(EngineState::WaitingForTherapist, WaitReason::None));
}

TEST_CASE("every refused command says why and changes nothing", "[engine][controls]") {
    Rig rig(three_steps());
    const TimePoint now = rig.clock.now();
    for (auto r :
         {rig.engine.pause(now), rig.engine.resume(now), rig.engine.next(now), rig.engine.back(now),
          rig.engine.restart_step(now), rig.engine.skip_step(now), rig.engine.extend(now, 5s)}) {
        CHECK_FALSE(r);
        CHECK(r.refusal.kind == RefusalKind::NotStarted);
        CHECK(r.events.empty());
    }
    CHECK(rig.engine.state() == EngineState::Idle);
    REQUIRE(rig.start());
    const auto again = rig.engine.start(now);
    CHECK_FALSE(again);
    CHECK(again.refusal.kind == RefusalKind::AlreadyStarted);
    CHECK(rig.engine.resume(now).refusal.kind == RefusalKind::NotPaused);
    CHECK(rig.engine.extend(now, 0s).refusal.kind == RefusalKind::ExtendByZero);
    CHECK(rig.engine.jump_to(now, 0, 7).refusal == Refusal::not_in_session(0, 7));
    CHECK(rig.engine.jump_to(now, 3, 0).refusal == Refusal::not_in_session(3, 0));
    CHECK(rig.engine.last_sequence() == 1);
}

TEST_CASE("a refusal reads in plain English for the command line and the log",
          "[engine][controls]") {
    // The words docs/step-engine.md gives; the step is 1-based, the time in whole ms.
    CHECK(to_string(Refusal()).empty());
    CHECK(to_string(Refusal(RefusalKind::NotStarted)) ==
          "the session has not started: use start (or jump)");
    CHECK(to_string(Refusal::not_in_session(0, 7)) == "stage 1, step 8 is not in this session");
    CHECK(to_string(Refusal::end_before_now(4999999999ns)) ==
          "the step would end before now: at most 4999 ms can be taken off");
    CHECK(to_string(Refusal::snapshot("the snapshot covers other stages than this engine")) ==
          "the snapshot covers other stages than this engine");
    // Every kind has words of its own.
    std::set<std::string> seen;
    for (int k = static_cast<int>(RefusalKind::ImpossibleState);
         k <= static_cast<int>(RefusalKind::CountScaleOutOfRange); ++k) {
        const std::string text = to_string(Refusal(static_cast<RefusalKind>(k)));
        CAPTURE(k, text);
        CHECK_FALSE(text.empty());
        CHECK(seen.insert(text).second);
    }
    // A result carries both: the kind to word, and the English to print.
    Rig rig(three_steps());
    const auto r = rig.engine.jump_to(rig.clock.now(), 0, 7);
    CHECK(r.reason == "stage 1, step 8 is not in this session");
}

TEST_CASE("start, pause and resume", "[engine][controls]") {
    Rig rig(three_steps());
    const auto started = rig.start();
    REQUIRE(started);
    CHECK(kinds(started.events) == std::vector{K::StepStarted});
    CHECK(started.events[0].cause == EventCause::Start);
    CHECK(rig.engine.state() == EngineState::Running);
    rig.run(10s);
    const auto paused = rig.keep(rig.engine.pause(rig.clock.now()));
    CHECK(kinds(paused.events) == std::vector{K::Paused});
    CHECK(rig.engine.state() == EngineState::Paused);
    CHECK(rig.engine.pause(rig.clock.now()).refusal.kind == RefusalKind::AlreadyPaused);
    rig.run(1h);
    CHECK(rig.engine.progress(rig.clock.now()) == 10s);
    const auto resumed = rig.keep(rig.engine.resume(rig.clock.now()));
    CHECK(kinds(resumed.events) == std::vector{K::Resumed});
    CHECK(rig.engine.state() == EngineState::Running);
}

TEST_CASE("next ends the part now and goes on", "[engine][controls]") {
    Rig rig(three_steps());
    REQUIRE(rig.start());
    rig.run(12s);
    const auto r = rig.keep(rig.engine.next(rig.clock.now()));
    REQUIRE(r);
    CHECK(kinds(r.events) == std::vector{K::StepEnded, K::StepStarted});
    CHECK(r.events[0].cause == EventCause::Next);
    CHECK(r.events[0].step == 0);
    CHECK(r.events[1].step == 1);
    CHECK(r.events[1].scheduled == rig.clock.now());
    CHECK(rig.engine.remaining(rig.clock.now()) == 20s);
    // Next while paused goes on paused.
    REQUIRE(rig.keep(rig.engine.pause(rig.clock.now())));
    REQUIRE(rig.keep(rig.engine.next(rig.clock.now())));
    CHECK(rig.engine.state() == EngineState::Paused);
    CHECK(rig.engine.cursor().step == 2);
    // Next on the last part finishes the session.
    const auto last = rig.keep(rig.engine.next(rig.clock.now()));
    CHECK(kinds(last.events) == std::vector{K::StepEnded, K::StageEnded, K::SessionFinished});
    CHECK(rig.engine.state() == EngineState::Finished);
    CHECK(rig.engine.next(rig.clock.now()).refusal.kind == RefusalKind::Finished);
    CHECK(rig.engine.remaining(rig.clock.now()) == 0s);
}

TEST_CASE("back within 2 s goes to the previous part, later restarts", "[engine][controls]") {
    Rig rig(make_protocol({{timed_step("a", 30), timed_step("b", 20, Side::Alternating)}}));
    REQUIRE(rig.start());
    rig.run(30s + 1500ms); // 1.5 s into b's first side
    auto r = rig.keep(rig.engine.back(rig.clock.now()));
    REQUIRE(r);
    CHECK(kinds(r.events) == std::vector{K::StepEnded, K::StepStarted});
    CHECK(r.events[0].cause == EventCause::Back);
    CHECK(rig.engine.cursor().step == 0);
    CHECK(rig.engine.remaining(rig.clock.now()) == 30s);

    rig.run(2s); // exactly 2 s in: restarts the same part
    r = rig.keep(rig.engine.back(rig.clock.now()));
    CHECK(rig.engine.cursor().step == 0);
    CHECK(r.events.back().kind == K::StepStarted);
    CHECK(rig.engine.progress(rig.clock.now()) == 0s);

    // From the second side, back in the first 2 s goes to the first side.
    REQUIRE(rig.keep(rig.engine.next(rig.clock.now())));
    REQUIRE(rig.keep(rig.engine.next(rig.clock.now())));
    CHECK(rig.engine.cursor().part == 1);
    rig.run(1s);
    r = rig.keep(rig.engine.back(rig.clock.now()));
    CHECK(rig.engine.cursor().step == 1);
    CHECK(rig.engine.cursor().part == 0);
    // No side switch when going back.
    CHECK(only(r.events, K::SideSwitch).empty());

    // The 2 s are running time: at 10x, 2 s of running time is 20 s of protocol time.
    REQUIRE(rig.keep(rig.engine.set_speed(rig.clock.now(), 10)));
    rig.run(1900ms); // 19 s of protocol time, 1.9 s of running time
    rig.keep(rig.engine.back(rig.clock.now()));
    CHECK(rig.engine.cursor().step == 0);
}

TEST_CASE("back at the very first part restarts it, and is refused before it starts",
          "[engine][controls]") {
    Rig rig(three_steps());
    REQUIRE(rig.start());
    rig.run(1s);
    const auto r = rig.keep(rig.engine.back(rig.clock.now()));
    REQUIRE(r);
    CHECK(kinds(r.events) == std::vector{K::StepEnded, K::StepStarted});
    CHECK(rig.engine.progress(rig.clock.now()) == 0s);

    Step waits = timed_step("w", 10);
    waits.wait_before = true;
    Rig first_waits(make_protocol({{waits}}));
    REQUIRE(first_waits.start());
    CHECK(first_waits.engine.wait_reason() == WaitReason::BeforeStep);
    const auto refused = first_waits.engine.back(first_waits.clock.now());
    CHECK_FALSE(refused);
    CHECK(refused.refusal.kind == RefusalKind::FirstStep);
}

TEST_CASE("restart runs the current part again, extensions dropped", "[engine][controls]") {
    Rig rig(three_steps());
    REQUIRE(rig.start());
    rig.run(20s);
    REQUIRE(rig.keep(rig.engine.extend(rig.clock.now(), 15s)));
    CHECK(rig.engine.length() == 45s);
    const auto r = rig.keep(rig.engine.restart_step(rig.clock.now()));
    CHECK(kinds(r.events) == std::vector{K::StepEnded, K::StepStarted});
    CHECK(r.events[1].cause == EventCause::Restart);
    CHECK(rig.engine.length() == 30s);
    CHECK(rig.engine.remaining(rig.clock.now()) == 30s);
    // Halfway falls due again in the restarted part.
    rig.run(16s);
    CHECK(only(rig.all, K::Halfway).size() == 2);
}

TEST_CASE("skip leaves the whole step, both sides", "[engine][controls]") {
    Rig rig(make_protocol(
        {{timed_step("a", 20, Side::Alternating), timed_step("b", 10)}, {timed_step("c", 10)}}));
    REQUIRE(rig.start());
    rig.run(5s);
    auto r = rig.keep(rig.engine.skip_step(rig.clock.now()));
    CHECK(kinds(r.events) == std::vector{K::StepEnded, K::StepStarted});
    CHECK(r.events[0].cause == EventCause::Skip);
    CHECK(rig.engine.cursor().step == 1);
    // Skipping the last step of a stage ends the stage.
    r = rig.keep(rig.engine.skip_step(rig.clock.now()));
    CHECK(kinds(r.events) == std::vector{K::StepEnded, K::StageEnded, K::StepStarted});
    CHECK(rig.engine.cursor().stage == 1);
    r = rig.keep(rig.engine.skip_step(rig.clock.now()));
    CHECK(kinds(r.events) == std::vector{K::StepEnded, K::StageEnded, K::SessionFinished});
}

TEST_CASE("extend lengthens or shortens the part, never below now", "[engine][controls]") {
    Rig rig(three_steps());
    REQUIRE(rig.start());
    rig.run(25s); // 5 s left; ten-seconds-left was at 20 s
    auto r = rig.keep(rig.engine.extend(rig.clock.now(), 30s));
    REQUIRE(r);
    CHECK(kinds(r.events) == std::vector{K::Extended});
    CHECK(r.events[0].amount == 30s);
    CHECK(rig.engine.remaining(rig.clock.now()) == 35s);
    CHECK(rig.engine.length() == 60s);
    // Ten seconds left and 3-2-1 fall due again at the new end; halfway does not.
    rig.run(40s);
    CHECK(only(rig.all, K::Halfway).size() == 1);
    const auto ten = only(rig.all, K::TenSecondsLeft);
    REQUIRE(ten.size() == 2);
    CHECK(ten[1].scheduled - rig.t0 == 50s);
    CHECK(only(rig.all, K::StepEnded).at(0).scheduled - rig.t0 == 60s);

    // Shortening: allowed while the end stays after now; milestones passed over are dropped.
    rig.run(10s); // b (20 s) started at 60 s: now 15 s in
    r = rig.keep(rig.engine.extend(rig.clock.now(), -5s));
    CHECK_FALSE(r);
    // 15 s into b, its 20 s extended by 0: 5 s may go, not more.
    CHECK(r.refusal == Refusal::end_before_now(5s));
    r = rig.keep(rig.engine.extend(rig.clock.now(), -3s));
    REQUIRE(r);
    CHECK(rig.engine.remaining(rig.clock.now()) == 2s);
    CHECK(rig.engine.extend(rig.clock.now(), 25h).refusal.kind == RefusalKind::LongerThanMax);
    rig.run(3s);
    const auto b_events = [&] {
        std::vector<SessionEvent> out;
        for (const auto& e : rig.all) {
            if (e.step == 1)
                out.push_back(e);
        }
        return out;
    }();
    // b: halfway and ten seconds left at 10 s in; the shortening at 15 s in moved 3 and 2 to
    // 14 s and 15 s (passed: dropped) and 1 to 16 s (still ahead: delivered).
    CHECK(kinds(b_events) == std::vector{K::StepStarted, K::Halfway, K::TenSecondsLeft, K::Extended,
                                         K::Countdown, K::StepEnded});
    CHECK(b_events[4].value == 1);
    CHECK(b_events[4].scheduled - rig.t0 == 76s);
    CHECK(b_events.back().scheduled - rig.t0 == 77s);

    // Untimed and breathing parts refuse extension with a reason.
    Rig breath(make_protocol({{amphoric_step()}}));
    REQUIRE(breath.start());
    CHECK(breath.engine.extend(breath.clock.now(), 5s).refusal.kind ==
          RefusalKind::BreathingExtend);
    Rig proc(make_protocol({{procedure_step("prp")}}));
    REQUIRE(proc.start());
    CHECK(proc.engine.extend(proc.clock.now(), 5s).refusal.kind == RefusalKind::UntimedNoExtend);
}

TEST_CASE("jump goes to any step of the session", "[engine][controls]") {
    auto protocol = make_protocol(
        {{timed_step("a", 30), timed_step("b", 20)}, {timed_step("c", 10, Side::Alternating)}});
    Rig rig(protocol);
    // From idle, jumping starts the session there.
    auto r = rig.keep(rig.engine.jump_to(rig.clock.now(), 1, 0));
    REQUIRE(r);
    CHECK(kinds(r.events) == std::vector{K::StepStarted});
    CHECK(r.events[0].cause == EventCause::Jump);
    CHECK(rig.engine.cursor().stage == 1);
    rig.run(3s);
    r = rig.keep(rig.engine.jump_to(rig.clock.now(), 0, 1));
    // Jumping is not finishing: no stage-ended.
    CHECK(kinds(r.events) == std::vector{K::StepEnded, K::StepStarted});
    CHECK(rig.engine.cursor().step == 1);

    SessionOptions day2;
    day2.stage = 1;
    Rig one_stage(protocol, day2);
    REQUIRE(one_stage.start());
    CHECK(one_stage.engine.jump_to(one_stage.clock.now(), 0, 0).refusal ==
          Refusal::not_in_session(0, 0));
}

TEST_CASE("alternating steps run first_side, then the other", "[engine][controls]") {
    Step left_first = timed_step("l", 10, Side::Alternating);
    Step right_first = timed_step("r", 10, Side::Alternating);
    right_first.first_side = BodySide::Right;
    Rig rig(make_protocol({{left_first, right_first, timed_step("both", 5)}}));
    REQUIRE(rig.start());
    rig.run(60s);
    std::vector<std::tuple<EventKind, std::string, std::optional<BodySide>, Duration>> got;
    for (const auto& e : rig.all) {
        if (e.kind == K::StepStarted || e.kind == K::SideSwitch || e.kind == K::StepEnded)
            got.emplace_back(e.kind, rig.engine.protocol().stages[e.stage].steps[e.step].id, e.side,
                             e.scheduled - rig.t0);
    }
    using T = std::tuple<EventKind, std::string, std::optional<BodySide>, Duration>;
    const auto L = BodySide::Left;
    const auto R = BodySide::Right;
    const std::vector<T> expected{T{K::StepStarted, "l", L, 0s},
                                  T{K::StepEnded, "l", L, 10s},
                                  T{K::SideSwitch, "l", R, 10s},
                                  T{K::StepStarted, "l", R, 10s},
                                  T{K::StepEnded, "l", R, 20s},
                                  T{K::StepStarted, "r", R, 20s},
                                  T{K::StepEnded, "r", R, 30s},
                                  T{K::SideSwitch, "r", L, 30s},
                                  T{K::StepStarted, "r", L, 30s},
                                  T{K::StepEnded, "r", L, 40s},
                                  T{K::StepStarted, "both", std::nullopt, 40s},
                                  T{K::StepEnded, "both", std::nullopt, 45s}};
    CHECK(got == expected);
    const auto started = only(rig.all, K::StepStarted);
    CHECK(started[1].part == 1);
    CHECK(started[1].parts == 2);
}

TEST_CASE("manual steps wait for the therapist when their time is up", "[engine][controls]") {
    Rig rig(
        make_protocol({{timed_step("m", 10, Side::Both, Advance::Manual), timed_step("a", 5)}}));
    REQUIRE(rig.start());
    const auto got = rig.run(15s);
    CHECK(kinds(got) ==
          std::vector{K::Countdown, K::Countdown, K::Countdown, K::StepEnded, K::Waiting});
    CHECK(got.back().wait == WaitReason::StepDone);
    CHECK(got.back().scheduled - rig.t0 == 10s);
    CHECK(rig.engine.state() == EngineState::WaitingForTherapist);
    CHECK(rig.engine.remaining(rig.clock.now()) == 0s);
    CHECK(rig.engine.next_deadline() == std::nullopt);
    CHECK(rig.engine.resume(rig.clock.now()).refusal.kind == RefusalKind::WaitingUseNext);
    CHECK(rig.engine.pause(rig.clock.now()).refusal.kind == RefusalKind::WaitingTimeStopped);
    // Back runs the ended part again.
    auto r = rig.keep(rig.engine.back(rig.clock.now()));
    CHECK(kinds(r.events) == std::vector{K::StepStarted});
    rig.run(10s);
    r = rig.keep(rig.engine.next(rig.clock.now()));
    CHECK(kinds(r.events) == std::vector{K::StepStarted});
    CHECK(r.events[0].step == 1);
    CHECK(r.events[0].scheduled - rig.t0 == 25s);
    rig.run(5s);
    CHECK(rig.all.back().kind == K::SessionFinished);
    CHECK(rig.all.back().scheduled - rig.t0 == 30s);
}

TEST_CASE("wait_before steps wait before they start", "[engine][controls]") {
    Step waits = timed_step("w", 10);
    waits.wait_before = true;
    Rig rig(make_protocol({{timed_step("a", 5), waits}}));
    REQUIRE(rig.start());
    const auto got = rig.run(8s);
    CHECK(kinds(got) == std::vector{K::StepEnded, K::Waiting});
    CHECK(got.back().wait == WaitReason::BeforeStep);
    CHECK(got.back().step == 1);
    CHECK(rig.engine.cursor().step == 1);
    CHECK(rig.engine.remaining(rig.clock.now()) == 10s);
    CHECK(rig.engine.restart_step(rig.clock.now()).refusal.kind == RefusalKind::StepNotStarted);
    const auto r = rig.keep(rig.engine.next(rig.clock.now()));
    CHECK(kinds(r.events) == std::vector{K::StepStarted});
    CHECK(r.events[0].cause == EventCause::Next);
    rig.run(10s);
    CHECK(rig.all.back().kind == K::SessionFinished);
    CHECK(rig.all.back().scheduled - rig.t0 == 18s);
}

TEST_CASE("procedure steps are untimed and end on next", "[engine][controls]") {
    Step prp = procedure_step("prp");
    Rig rig(make_protocol({{timed_step("a", 5)}, {prp, timed_step("b", 5)}}));
    REQUIRE(rig.start());
    const auto got = rig.run(1h);
    CHECK(kinds(got) == std::vector{K::StepEnded, K::StageEnded, K::StepStarted, K::Waiting});
    CHECK(got.back().wait == WaitReason::Procedure);
    CHECK(rig.engine.state() == EngineState::WaitingForTherapist);
    CHECK(rig.engine.length() == 0s);
    CHECK(rig.engine.restart_step(rig.clock.now()).refusal.kind == RefusalKind::UntimedNoRestart);
    const auto r = rig.keep(rig.engine.next(rig.clock.now()));
    CHECK(kinds(r.events) == std::vector{K::StepEnded, K::StepStarted});
    CHECK(r.events[0].cause == EventCause::Next);
    CHECK(rig.engine.state() == EngineState::Running);
    // Back from the step after it returns to the procedure.
    const auto b = rig.keep(rig.engine.back(rig.clock.now()));
    CHECK(kinds(b.events) == std::vector{K::StepEnded, K::StepStarted, K::Waiting});
}

TEST_CASE("a single stage of a multi-day complex", "[engine][controls]") {
    auto protocol =
        make_protocol({{timed_step("d1", 10)}, {procedure_step("prp")}, {timed_step("d3", 10)}});
    SessionOptions day2;
    day2.stage = 1;
    Rig rig(protocol, day2);
    REQUIRE(rig.start());
    CHECK(rig.engine.plan().size() == 1);
    CHECK(rig.engine.cursor().stage == 1);
    const auto r = rig.keep(rig.engine.next(rig.clock.now()));
    CHECK(kinds(r.events) == std::vector{K::StepEnded, K::StageEnded, K::SessionFinished});
    day2.stage = 3;
    CHECK(StepEngine::check(*protocol, day2).message() ==
          "there is no stage 4; the protocol has 3");
}

TEST_CASE("one notifier delivers every event in order", "[engine][controls]") {
    Rig rig(three_steps());
    std::vector<SessionEvent> heard;
    auto sub = rig.engine.notifier().subscribe([&](const SessionEvent& e) { heard.push_back(e); });
    std::vector<std::uint64_t> second;
    {
        auto sub2 = rig.engine.notifier().subscribe(
            [&](const SessionEvent& e) { second.push_back(e.seq); });
        REQUIRE(rig.start());
        rig.run(10s);
    }
    rig.run(70s);
    CHECK(heard == rig.all);
    CHECK(second == std::vector<std::uint64_t>{1}); // only what came before it unsubscribed
    CHECK(rig.engine.notifier().size() == 1);
    sub.reset();
    CHECK(rig.engine.notifier().size() == 0);
}

TEST_CASE("a command from inside an event handler is refused", "[engine][controls]") {
    Rig rig(three_steps());
    Refusal refused;
    auto sub = rig.engine.notifier().subscribe([&](const SessionEvent& e) {
        if (e.kind == K::Halfway)
            refused = rig.engine.next(e.delivered).refusal;
    });
    REQUIRE(rig.start());
    rig.run(20s);
    CHECK(refused.kind == RefusalKind::InsideEventHandler);
    CHECK(rig.engine.cursor().step == 0);
}
