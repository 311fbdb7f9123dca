// Step engine timing: exact deadlines, pauses, speed, milestones, catch-up.

#include "engine_test_support.h"

using namespace effleur;
using namespace effleur::test;

TEST_CASE("an eight-hour session ends with zero accumulated error", "[engine][timing]") {
    // 480 steps of irregular lengths adding up to exactly 8 h, with alternating and pass-timed
    // steps mixed in, driven by an irregular tick.
    std::vector<Step> steps;
    Duration total{0};
    int n = 0;
    while (total < 8h - 2min) {
        const std::string id = std::string("s").append(std::to_string(n));
        const double seconds = 30.0 + (n * 37 % 50) + (n % 3) * 0.125;
        Step s = n % 4 == 1   ? timed_step(id, seconds / 2, Side::Alternating)
                 : n % 4 == 2 ? pass_step(id, 4, 8.0 + (n % 5) * 0.25)
                              : timed_step(id, seconds);
        total += s.duration();
        steps.push_back(std::move(s));
        ++n;
    }
    // The last step takes what is left of the 8 hours, in whole milliseconds.
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(8h - total);
    steps.push_back(timed_step("last", static_cast<double>(left.count()) / 1000.0));
    total = 8h;
    {
        StepEngine probe(make_protocol({steps}));
        Duration sum{0};
        for (const auto& part : probe.plan().parts())
            sum += part.planned;
        REQUIRE(sum == 8h);
    }

    for (const double speed : {1.0, 3.0, 0.5, 7.919}) {
        CAPTURE(speed);
        SessionOptions options;
        options.speed = speed;
        Rig rig(make_protocol({steps}), options);
        REQUIRE(rig.start());
        std::uint64_t tick = 1;
        while (rig.engine.state() != EngineState::Finished) {
            // 1 ms to ~1.3 s, never a round number.
            tick = tick * 6364136223846793005ull + 1442695040888963407ull;
            rig.clock.advance(
                Duration{1'000'000 + static_cast<std::int64_t>(tick >> 34) % 1'300'000'000});
            append(rig.all, rig.engine.advance(rig.clock.now()));
        }
        const SessionEvent& last_event = rig.all.back();
        REQUIRE(last_event.kind == EventKind::SessionFinished);
        // scheduled = start + total / speed, rounded up to the nanosecond: no drift at all.
        const auto milli = *speed_to_milli(speed);
        const Wide expected_ns = ceil_div(to_ps(total), milli);
        CHECK(Wide{(last_event.scheduled - rig.t0).count()} == expected_ns);
        // Every part's end, too, is exactly where the plan puts it.
        Duration planned{0};
        std::size_t ends = 0;
        for (const auto& e : rig.all) {
            if (e.kind != EventKind::StepEnded)
                continue;
            planned += rig.engine.plan()[ends++].planned;
            CHECK(Wide{(e.scheduled - rig.t0).count()} == ceil_div(to_ps(planned), milli));
            CHECK(e.delivered >= e.scheduled);
            CHECK(e.delivered - e.scheduled < 1300ms);
        }
        CHECK(ends == rig.engine.plan().size());
    }
}

TEST_CASE("pausing excludes the paused span exactly", "[engine][timing]") {
    Rig rig(make_protocol({{timed_step("a", 30), timed_step("b", 30)}}));
    REQUIRE(rig.start());
    rig.run(7s + 123456ns, 1ms);
    REQUIRE(rig.keep(rig.engine.pause(rig.clock.now())));
    const Duration before = rig.engine.remaining(rig.clock.now());
    rig.run(3h + 17ns, 997ms);
    CHECK(rig.engine.remaining(rig.clock.now()) == before);
    CHECK(rig.engine.next_deadline() == std::nullopt);
    REQUIRE(rig.keep(rig.engine.resume(rig.clock.now())));
    const Duration paused = 3h + 17ns;
    rig.run(60s, 333ms);
    const auto ended = only(rig.all, EventKind::StepEnded);
    REQUIRE(ended.size() == 2);
    CHECK(ended[0].scheduled - rig.t0 == 30s + paused);
    CHECK(ended[1].scheduled - rig.t0 == 60s + paused);
}

TEST_CASE("pausing at a fractional speed is exact too", "[engine][timing]") {
    SessionOptions options;
    options.speed = 0.333;
    Rig rig(make_protocol({{timed_step("a", 10)}}), options);
    REQUIRE(rig.start());
    // Pause and resume at awkward times many times; the end moves by exactly the paused spans.
    Duration paused{0};
    for (int i = 0; i < 50; ++i) {
        rig.clock.advance(Duration{123'456'789 + i * 7});
        REQUIRE(rig.keep(rig.engine.pause(rig.clock.now())));
        rig.clock.advance(Duration{1'000'003 * (i + 1)});
        paused += Duration{1'000'003 * (i + 1)};
        REQUIRE(rig.keep(rig.engine.resume(rig.clock.now())));
    }
    rig.run(40s, 7ms);
    const auto ended = only(rig.all, EventKind::StepEnded);
    REQUIRE(ended.size() == 1);
    CHECK(Wide{(ended[0].scheduled - rig.t0 - paused).count()} == ceil_div(to_ps(10s), 333));
}

TEST_CASE("changing speed mid-step keeps the fraction done", "[engine][timing]") {
    Rig rig(make_protocol({{timed_step("a", 100)}}));
    REQUIRE(rig.start());
    rig.run(40s);
    CHECK(rig.engine.fraction(rig.clock.now()) == Approx(0.4));
    REQUIRE(rig.keep(rig.engine.set_speed(rig.clock.now(), 4.0)));
    CHECK(rig.engine.fraction(rig.clock.now()) == Approx(0.4));
    CHECK(rig.engine.remaining(rig.clock.now()) == 60s);
    CHECK(*rig.engine.next_deadline() - rig.clock.now() == 2500ms); // halfway: 10 s of protocol
    rig.run(5s);
    CHECK(rig.engine.fraction(rig.clock.now()) == Approx(0.6));
    REQUIRE(rig.keep(rig.engine.set_speed(rig.clock.now(), 0.5)));
    CHECK(rig.engine.fraction(rig.clock.now()) == Approx(0.6));
    rig.run(80s);
    const auto ended = only(rig.all, EventKind::StepEnded);
    REQUIRE(ended.size() == 1);
    CHECK(ended[0].scheduled - rig.t0 == 45s + 80s);
    CHECK(only(rig.all, EventKind::SpeedChanged).at(0).value_milli == 4000);
}

TEST_CASE("speed is refused outside 0 to 1000", "[engine][timing]") {
    Rig rig(make_protocol({{timed_step("a", 10)}}));
    for (const double bad : {0.0, -1.0, 1000.5, std::numeric_limits<double>::quiet_NaN(),
                             std::numeric_limits<double>::infinity(), 0.0001}) {
        const auto r = rig.engine.set_speed(rig.clock.now(), bad);
        CHECK_FALSE(r);
        CHECK(r.refusal.kind == RefusalKind::SpeedOutOfRange);
    }
    CHECK(rig.engine.set_speed(rig.clock.now(), 1000.0));
    SessionOptions options;
    options.speed = 0;
    CHECK_FALSE(StepEngine::check(*make_protocol({{timed_step("a", 1)}}), options).ok());
    CHECK_THROWS_AS(StepEngine(make_protocol({{timed_step("a", 1)}}), options),
                    std::invalid_argument);
}

TEST_CASE("milestones of a timed part, in order and exactly on time", "[engine][timing]") {
    Rig rig(make_protocol({{timed_step("a", 30), timed_step("b", 8), timed_step("c", 4)}}));
    REQUIRE(rig.start());
    rig.run(60s, 10ms);
    std::vector<std::pair<EventKind, Duration>> got;
    for (const auto& e : rig.all)
        got.emplace_back(e.kind, e.scheduled - rig.t0);
    using K = EventKind;
    const std::vector<std::pair<EventKind, Duration>> expected{
        {K::StepStarted, 0s},
        {K::Halfway, 15s},
        {K::TenSecondsLeft, 20s},
        {K::Countdown, 27s},
        {K::Countdown, 28s},
        {K::Countdown, 29s},
        {K::StepEnded, 30s},
        {K::StepStarted, 30s},
        // 8 s: too short for halfway and ten seconds left, long enough for 3-2-1.
        {K::Countdown, 35s},
        {K::Countdown, 36s},
        {K::Countdown, 37s},
        {K::StepEnded, 38s},
        // 4 s: nothing but start and end.
        {K::StepStarted, 38s},
        {K::StepEnded, 42s},
        {K::StageEnded, 42s},
        {K::SessionFinished, 42s}};
    CHECK(got == expected);
    const auto counts = only(rig.all, K::Countdown);
    CHECK(counts.at(0).value == 3);
    CHECK(counts.at(1).value == 2);
    CHECK(counts.at(2).value == 1);
    for (std::size_t i = 0; i < rig.all.size(); ++i)
        CHECK(rig.all[i].seq == i + 1);
}

TEST_CASE("an event is due at its deadline and not a nanosecond before", "[engine][timing]") {
    SessionOptions options;
    options.speed = 3.0;
    Rig rig(make_protocol({{timed_step("a", 10)}}), options);
    REQUIRE(rig.start());
    const TimePoint due = *rig.engine.next_deadline(); // countdown 3 at 7 s of protocol
    CHECK(due - rig.t0 == Duration{2'333'333'334});
    CHECK(rig.engine.advance(due - 1ns).empty());
    const auto got = rig.engine.advance(due);
    REQUIRE(got.size() == 1);
    CHECK(got[0].kind == EventKind::Countdown);
    CHECK(got[0].scheduled == due);
    CHECK(got[0].delivered == due);
}

TEST_CASE("a late driver gets every due event, in order, with its true due time",
          "[engine][timing]") {
    auto protocol = make_protocol(
        {{timed_step("a", 30), timed_step("b", 30, Side::Alternating)}, {timed_step("c", 25)}});
    Rig fine(protocol);
    Rig coarse(protocol);
    REQUIRE(fine.start());
    REQUIRE(coarse.start());
    fine.run(200s, 1ms);
    coarse.run(200s, 47s); // one call every 47 s
    REQUIRE(fine.all.size() == coarse.all.size());
    for (std::size_t i = 0; i < fine.all.size(); ++i) {
        CAPTURE(i);
        CHECK(fine.all[i].kind == coarse.all[i].kind);
        CHECK(fine.all[i].seq == coarse.all[i].seq);
        CHECK(fine.all[i].scheduled == coarse.all[i].scheduled);
        CHECK(coarse.all[i].delivered >= coarse.all[i].scheduled);
    }
    CHECK(coarse.all.back().kind == EventKind::SessionFinished);
    CHECK(coarse.all.back().scheduled - coarse.t0 == 30s + 60s + 25s);
}

TEST_CASE("time running backwards is treated as standing still", "[engine][timing]") {
    Rig rig(make_protocol({{timed_step("a", 30)}}));
    REQUIRE(rig.start());
    rig.run(20s);
    const Duration left = rig.engine.remaining(rig.clock.now());
    const auto got = rig.engine.advance(rig.clock.now() - 10s);
    CHECK(got.empty());
    CHECK(rig.engine.remaining(rig.clock.now() - 10s) == left);
    const auto r = rig.engine.pause(rig.clock.now() - 5s);
    REQUIRE(r);
    CHECK(r.events.at(0).scheduled == rig.clock.now());
}

TEST_CASE("pass-timed steps announce each pass", "[engine][timing]") {
    Rig rig(make_protocol({{pass_step("k", 3, 10)}}));
    REQUIRE(rig.start());
    CHECK(rig.engine.pass(rig.clock.now()) == 1);
    rig.run(15s);
    CHECK(rig.engine.pass(rig.clock.now()) == 2);
    rig.run(20s);
    const auto passes = only(rig.all, EventKind::PassChanged);
    REQUIRE(passes.size() == 2);
    CHECK(passes[0].pass == 2);
    CHECK(passes[0].scheduled - rig.t0 == 10s);
    CHECK(passes[1].pass == 3);
    CHECK(passes[1].scheduled - rig.t0 == 20s);
    CHECK(passes[1].passes == 3);
    // Pass 3 and the halfway (15 s) are ordered by time; the step ends at 30 s.
    CHECK(only(rig.all, EventKind::Halfway).at(0).scheduled - rig.t0 == 15s);
    CHECK(only(rig.all, EventKind::StepEnded).at(0).scheduled - rig.t0 == 30s);
}

TEST_CASE("next_deadline and when_remaining give exact wake-up times", "[engine][timing]") {
    SessionOptions options;
    options.speed = 200;
    Rig rig(make_protocol({{timed_step("a", 60)}}), options);
    REQUIRE(rig.start());
    CHECK(*rig.engine.next_deadline() - rig.t0 == 150ms); // halfway at 30 s / 200
    CHECK(*rig.engine.when_remaining(59s) - rig.t0 == 5ms);
    CHECK_FALSE(rig.engine.when_remaining(61s));
    rig.run(100ms, 3ms);
    CHECK(rig.engine.remaining(rig.clock.now()) == 40s);
}
