// Step engine breathing: phases and counts in order, at a tempo that can be set.

#include "engine_test_support.h"

using namespace effleur;
using namespace effleur::test;
using K = EventKind;

TEST_CASE("amphoric breathing runs its phases and counts in order", "[engine][breathing]") {
    Rig rig(make_protocol({{amphoric_step("amphoric", 2), timed_step("after", 5)}}));
    REQUIRE(rig.start());
    rig.run(30s, 250ms);
    const auto counts = only(rig.all, K::BreathingPhase);
    REQUIRE(counts.size() == 16);
    const std::vector<BreathPhaseKind> order{
        BreathPhaseKind::InhaleBelly, BreathPhaseKind::InhaleChest, BreathPhaseKind::ExhaleChest,
        BreathPhaseKind::ExhaleBelly};
    for (std::size_t i = 0; i < counts.size(); ++i) {
        CAPTURE(i);
        const auto& e = counts[i];
        CHECK(e.scheduled - rig.t0 == std::chrono::seconds(i));
        CHECK(e.phase == order[(i / 2) % 4]);
        CHECK(e.phase_index == static_cast<int>((i / 2) % 4));
        CHECK(e.count == static_cast<int>(i % 2) + 1);
        CHECK(e.counts == 2);
        CHECK(e.round == static_cast<int>(i / 8) + 1);
        CHECK(e.rounds == 2);
        CHECK(e.count_length == 1s);
    }
    // The first count comes right after the step starts; nothing but counts inside the part.
    const auto first = std::vector<SessionEvent>(rig.all.begin(), rig.all.begin() + 2);
    CHECK(kinds(first) == std::vector{K::StepStarted, K::BreathingPhase});
    CHECK(only(rig.all, K::Halfway).empty());
    CHECK(only(rig.all, K::Countdown).empty());
    CHECK(only(rig.all, K::StepEnded).at(0).scheduled - rig.t0 == 16s);
}

TEST_CASE("the breathing tempo scales every count", "[engine][breathing]") {
    SessionOptions options;
    options.count_scale = 2.0;
    Rig rig(make_protocol({{breathing_step("slow",
                                           {{BreathPhaseKind::InhaleBelly, 3},
                                            {BreathPhaseKind::Hold, 1},
                                            {BreathPhaseKind::ExhaleBelly, 4}},
                                           1, 1.5)}}),
            options);
    REQUIRE(rig.start());
    CHECK(rig.engine.length() == 24s); // 8 counts x 1.5 s x 2
    rig.run(30s, 100ms);
    const auto counts = only(rig.all, K::BreathingPhase);
    REQUIRE(counts.size() == 8);
    CHECK(counts[3].phase == BreathPhaseKind::Hold);
    CHECK(counts[3].scheduled - rig.t0 == 9s);
    CHECK(counts[4].phase == BreathPhaseKind::ExhaleBelly);
    CHECK(counts[4].count == 1);
    CHECK(counts[7].count == 4);
    CHECK(counts[7].scheduled - rig.t0 == 21s);
    CHECK(counts[0].count_length == 3s);
}

TEST_CASE("changing the tempo mid-breath keeps the count under way", "[engine][breathing]") {
    Rig rig(make_protocol({{amphoric_step("amphoric", 1)}}));
    REQUIRE(rig.start());
    rig.run(5500ms, 100ms); // count 6 (exhale-chest, count 2), half done
    auto b = *rig.engine.breathing(rig.clock.now());
    CHECK(b.at.phase == BreathPhaseKind::ExhaleChest);
    CHECK(b.at.count == 2);
    CHECK(b.count_fraction == Approx(0.5));
    CHECK(b.phase_fraction == Approx(0.75));
    const auto r = rig.keep(rig.engine.set_count_scale(rig.clock.now(), 2.0));
    REQUIRE(r);
    CHECK(kinds(r.events) == std::vector{K::TempoChanged});
    CHECK(r.events[0].value_milli == 2000);
    b = *rig.engine.breathing(rig.clock.now());
    CHECK(b.at.phase == BreathPhaseKind::ExhaleChest);
    CHECK(b.at.count == 2);
    CHECK(b.count_fraction == Approx(0.5));
    CHECK(rig.engine.fraction(rig.clock.now()) == Approx(5.5 / 8));
    CHECK(rig.engine.length() == 16s);
    rig.run(20s, 100ms);
    const auto counts = only(rig.all, K::BreathingPhase);
    REQUIRE(counts.size() == 8);
    // Half of count 6 was left: 1 s at the new tempo; then 2 s a count.
    CHECK(counts[6].scheduled - rig.t0 == 6500ms);
    CHECK(counts[7].scheduled - rig.t0 == 8500ms);
    CHECK(only(rig.all, K::StepEnded).at(0).scheduled - rig.t0 == 10500ms);
    CHECK_FALSE(rig.engine.set_count_scale(rig.clock.now(), 5.0));
}

TEST_CASE("the tempo can be changed while paused, and before breathing starts",
          "[engine][breathing]") {
    Rig rig(make_protocol({{timed_step("a", 10), amphoric_step("amphoric", 1)}}));
    REQUIRE(rig.start());
    REQUIRE(rig.keep(rig.engine.set_count_scale(rig.clock.now(), 0.5)));
    rig.run(10s);
    CHECK(rig.engine.length() == 4s);
    rig.run(1s);
    REQUIRE(rig.keep(rig.engine.pause(rig.clock.now())));
    REQUIRE(rig.keep(rig.engine.set_count_scale(rig.clock.now(), 1.0)));
    CHECK(rig.engine.progress(rig.clock.now()) == 2s);
    REQUIRE(rig.keep(rig.engine.resume(rig.clock.now())));
    rig.run(10s);
    const auto counts = only(rig.all, K::BreathingPhase);
    REQUIRE(counts.size() == 8);
    CHECK(counts[2].scheduled - rig.t0 == 11s);
    CHECK(counts[3].scheduled - rig.t0 == 12s);
    CHECK(only(rig.all, K::StepEnded).back().scheduled - rig.t0 == 17s);
}
