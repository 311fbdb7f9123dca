// Step engine properties, seeded: random protocols, random commands at random times.
// Invariants: no negative remaining time, no time running backwards, no lost or duplicated
// event, only states the enum allows; the same events whatever the tick rate; and a snapshot
// restored at any point continues identically.

#include "engine_test_support.h"

#include <nlohmann/json.hpp>

#include <random>

using namespace effleur;
using namespace effleur::test;
using K = EventKind;

namespace {

struct Action {
    Duration wait{0};
    int op = 0; // 0..3 advance, then one command each
    double number = 0;
    std::size_t stage = 0;
    std::size_t step = 0;
};

constexpr int op_count = 15;

std::shared_ptr<const Protocol> random_protocol(std::mt19937_64& rng) {
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    std::vector<std::vector<Step>> stages(static_cast<std::size_t>(pick(1, 4)));
    int n = 0;
    for (auto& steps : stages) {
        const int count = pick(1, 8);
        for (int i = 0; i < count; ++i) {
            const std::string id = std::string("s").append(std::to_string(n++));
            Step s;
            switch (pick(0, 9)) {
            case 0:
                s = amphoric_step(id, pick(1, 3));
                break;
            case 1:
                s = procedure_step(id);
                break;
            case 2:
                s = pass_step(id, pick(2, 6), pick(1, 12));
                break;
            default:
                s = timed_step(id, pick(1, 80) / 2.0,
                               pick(0, 3) == 0 ? Side::Alternating : Side::Both);
                if (s.side == Side::Alternating && pick(0, 1) == 1)
                    s.first_side = BodySide::Right;
            }
            if (pick(0, 5) == 0)
                s.advance = Advance::Manual;
            if (pick(0, 6) == 0)
                s.wait_before = true;
            steps.push_back(std::move(s));
        }
    }
    return make_protocol(std::move(stages));
}

std::vector<Action> random_script(std::mt19937_64& rng, const Protocol& protocol, int length) {
    std::vector<Action> script;
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    for (int i = 0; i < length; ++i) {
        Action a;
        // Mostly short waits, sometimes none, sometimes long.
        const int shape = pick(0, 19);
        a.wait =
            shape < 2 ? Duration{0}
            : shape < 18
                ? Duration{std::uniform_int_distribution<std::int64_t>(1, 2'000'000'000)(rng)}
                : Duration{std::uniform_int_distribution<std::int64_t>(1, 40'000'000'000)(rng)};
        a.op = i == 0 ? 4 : pick(0, op_count - 1);
        const std::vector<double> numbers{-40, -3, -0.5, 0, 0.5, 2, 5, 30, 7.25, 1e6};
        a.number = numbers[static_cast<std::size_t>(pick(0, static_cast<int>(numbers.size()) - 1))];
        a.stage = static_cast<std::size_t>(pick(0, static_cast<int>(protocol.stages.size())));
        a.step = static_cast<std::size_t>(pick(0, 5));
        script.push_back(a);
    }
    return script;
}

CommandResult apply(StepEngine& engine, const Action& a, TimePoint now) {
    switch (a.op) {
    case 4:
        return engine.start(now);
    case 5:
        return engine.pause(now);
    case 6:
        return engine.resume(now);
    case 7:
        return engine.next(now);
    case 8:
        return engine.back(now);
    case 9:
        return engine.restart_step(now);
    case 10:
        return engine.skip_step(now);
    case 11:
        return engine.extend(
            now, std::chrono::duration_cast<Duration>(std::chrono::duration<double>(a.number)));
    case 12:
        return engine.jump_to(now, a.stage, a.step);
    case 13: {
        const std::vector<double> speeds{0.5, 1, 2.5, 10, 200, 0, 1001};
        return engine.set_speed(now, speeds[static_cast<std::size_t>(std::abs(a.number)) % 7]);
    }
    case 14:
        return engine.set_count_scale(now, a.number == 0 ? 1.0 : std::abs(a.number) / 4);
    default: {
        CommandResult r;
        r.ok = true;
        r.events = engine.advance(now);
        return r;
    }
    }
}

// Checks every invariant after each call.
struct Checker {
    explicit Checker(const StepEngine& e) : engine(e) {}
    const StepEngine& engine;
    std::uint64_t seq = 0;
    TimePoint last_now{};
    TimePoint last_scheduled{};
    std::optional<std::tuple<std::size_t, std::size_t, int>> open;
    bool finished = false;

    void check(const CommandResult& r, TimePoint now) {
        if (!r.ok)
            REQUIRE(r.refusal.kind != RefusalKind::None);
        for (const SessionEvent& e : r.events) {
            CAPTURE(e.seq, to_string(e.kind), to_string(e.cause));
            REQUIRE_FALSE(finished); // nothing after session-finished
            REQUIRE(e.seq == ++seq);
            REQUIRE(e.delivered == now);
            REQUIRE(e.scheduled <= e.delivered);
            REQUIRE(e.scheduled >= last_now);
            REQUIRE(e.scheduled >= last_scheduled);
            last_scheduled = e.scheduled;
            if (!r.ok)
                REQUIRE(e.cause == EventCause::Clock); // a refused command adds nothing
            const auto where = std::make_tuple(e.stage, e.step, e.part);
            switch (e.kind) {
            case K::StepStarted:
                REQUIRE_FALSE(open);
                open = where;
                break;
            case K::StepEnded:
                REQUIRE(open == where);
                open.reset();
                break;
            case K::Halfway:
            case K::TenSecondsLeft:
            case K::Countdown:
            case K::PassChanged:
            case K::BreathingPhase:
            case K::Extended:
                REQUIRE(open == where);
                break;
            case K::SessionFinished:
                REQUIRE_FALSE(open);
                finished = true;
                break;
            case K::SideSwitch:
            case K::StageEnded:
                REQUIRE_FALSE(open);
                break;
            default:
                break;
            }
            if (e.kind == K::Countdown)
                REQUIRE((e.value >= 1 && e.value <= 3));
        }
        last_now = std::max(last_now, now);
        REQUIRE(valid_state(engine.state(), engine.wait_reason()));
        REQUIRE((engine.state() == EngineState::Finished) == finished);
        const Duration remaining = engine.remaining(now);
        REQUIRE(remaining >= Duration::zero());
        REQUIRE(remaining <= engine.length());
        REQUIRE(engine.progress(now) >= Duration::zero());
        if (const auto due = engine.next_deadline())
            REQUIRE(*due > now);
        // A part is open exactly when the engine says one is under way.
        const bool under_way = engine.state() == EngineState::Running ||
                               engine.state() == EngineState::Paused ||
                               engine.wait_reason() == WaitReason::Procedure;
        REQUIRE(under_way == open.has_value());
    }
};

struct Run {
    std::vector<SessionEvent> events;
    std::vector<SessionEvent> heard;
};

SessionOptions random_options(std::mt19937_64& rng, const Protocol& protocol) {
    SessionOptions options;
    const std::vector<double> speeds{1, 1, 1, 0.5, 0.5, 3.3, 10, 200};
    options.speed = speeds[std::uniform_int_distribution<std::size_t>(0, speeds.size() - 1)(rng)];
    if (std::uniform_int_distribution<int>(0, 3)(rng) == 0)
        options.stage =
            std::uniform_int_distribution<std::size_t>(0, protocol.stages.size() - 1)(rng);
    return options;
}

} // namespace

TEST_CASE("random commands at random times keep every invariant", "[engine][property]") {
    for (std::uint64_t seed = 1; seed <= 300; ++seed) {
        CAPTURE(seed);
        std::mt19937_64 rng(seed);
        const auto protocol = random_protocol(rng);
        const SessionOptions options = random_options(rng, *protocol);
        const auto script = random_script(rng, *protocol, 200);

        FakeClock clock;
        StepEngine engine(protocol, options);
        std::vector<SessionEvent> heard;
        auto sub = engine.notifier().subscribe([&](const SessionEvent& e) { heard.push_back(e); });
        Checker checker(engine);
        std::vector<SessionEvent> returned;
        for (const Action& a : script) {
            clock.advance(a.wait);
            const CommandResult r = apply(engine, a, clock.now());
            checker.check(r, clock.now());
            append(returned, r.events);
        }
        // Drive it to the end: every wait gets a next, and the time runs out.
        for (int guard = 0; engine.state() != EngineState::Finished && guard < 10000; ++guard) {
            CommandResult r;
            if (engine.state() == EngineState::Running) {
                clock.set(*engine.next_deadline());
                r.ok = true;
                r.events = engine.advance(clock.now());
            } else if (engine.state() == EngineState::Paused) {
                r = engine.resume(clock.now());
            } else {
                r = engine.next(clock.now());
            }
            checker.check(r, clock.now());
            append(returned, r.events);
        }
        REQUIRE(engine.state() == EngineState::Finished);
        REQUIRE(returned.back().kind == K::SessionFinished);
        REQUIRE(heard == returned);
    }
}

TEST_CASE("the same commands give the same events whatever the tick rate", "[engine][property]") {
    for (std::uint64_t seed = 1; seed <= 150; ++seed) {
        CAPTURE(seed);
        std::mt19937_64 rng(seed * 7919);
        const auto protocol = random_protocol(rng);
        const SessionOptions options = random_options(rng, *protocol);
        auto script = random_script(rng, *protocol, 120);
        // Only commands: a pure script, then the same script with advance() calls in between.
        for (auto& a : script) {
            if (a.op < 4)
                a.op = 7;
        }
        FakeClock sparse_clock;
        FakeClock dense_clock;
        StepEngine sparse(protocol, options);
        StepEngine dense(protocol, options);
        std::vector<SessionEvent> a_events;
        std::vector<SessionEvent> b_events;
        for (const Action& a : script) {
            sparse_clock.advance(a.wait);
            append(a_events, apply(sparse, a, sparse_clock.now()).events);
            // The dense driver ticks irregularly up to the command's time.
            const TimePoint until = dense_clock.now() + a.wait;
            while (dense_clock.now() < until) {
                dense_clock.set(std::min(
                    until, dense_clock.now() + Duration{std::uniform_int_distribution<std::int64_t>(
                                                   1, 900'000'000)(rng)}));
                append(b_events, dense.advance(dense_clock.now()));
            }
            append(b_events, apply(dense, a, dense_clock.now()).events);
        }
        REQUIRE(a_events.size() == b_events.size());
        for (std::size_t i = 0; i < a_events.size(); ++i) {
            SessionEvent expected = a_events[i];
            expected.delivered = b_events[i].delivered; // only the delivery time may differ
            REQUIRE(b_events[i] == expected);
        }
    }
}

TEST_CASE("a snapshot restored at any point continues identically", "[engine][property]") {
    for (std::uint64_t seed = 1; seed <= 150; ++seed) {
        CAPTURE(seed);
        std::mt19937_64 rng(seed * 104729);
        const auto protocol = random_protocol(rng);
        const SessionOptions options = random_options(rng, *protocol);
        const auto script = random_script(rng, *protocol, 150);
        const std::size_t cut =
            std::uniform_int_distribution<std::size_t>(0, script.size() - 1)(rng);

        FakeClock clock;
        StepEngine straight(protocol, options);
        std::unique_ptr<StepEngine> restored;
        for (std::size_t i = 0; i < script.size(); ++i) {
            if (i == cut) {
                // Through text, as crash recovery would do.
                const auto text = straight.snapshot().dump();
                restored = std::make_unique<StepEngine>(protocol, options);
                const auto r = restored->restore(nlohmann::json::parse(text), clock.now());
                CAPTURE(r.reason, text);
                REQUIRE(r);
                REQUIRE(r.events.empty());
                REQUIRE(restored->snapshot() == straight.snapshot());
            }
            clock.advance(script[i].wait);
            const auto a = apply(straight, script[i], clock.now());
            if (restored) {
                const auto b = apply(*restored, script[i], clock.now());
                REQUIRE(a.ok == b.ok);
                REQUIRE(a.refusal == b.refusal);
                REQUIRE(a.events == b.events);
                REQUIRE(restored->state() == straight.state());
                REQUIRE(restored->remaining(clock.now()) == straight.remaining(clock.now()));
                REQUIRE(restored->next_deadline() == straight.next_deadline());
            }
        }
        REQUIRE(restored->snapshot() == straight.snapshot());
    }
}
