#pragma once
// Synthetic protocols and small helpers for the step engine tests. Tests never sleep: time is a
// FakeClock moved by hand.

#include "core/clock.h"
#include "core/stepengine.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace effleur::test {

using namespace std::chrono_literals;

inline Step timed_step(std::string id, double seconds, Side side = Side::Both,
                       Advance advance = Advance::Auto) {
    Step s;
    s.id = std::move(id);
    s.title.en = s.id;
    s.technique = Technique::Stroking;
    s.seconds = seconds;
    s.side = side;
    s.advance = advance;
    return s;
}

inline Step pass_step(std::string id, int passes, double pass_seconds) {
    Step s = timed_step(std::move(id), 0);
    s.seconds.reset();
    s.technique = Technique::Kneading;
    s.passes = passes;
    s.pass_seconds = pass_seconds;
    return s;
}

inline Step breathing_step(std::string id, std::vector<BreathPhase> phases, int rounds,
                           double count_seconds = 1.0) {
    Step s = timed_step(std::move(id), 0);
    s.seconds.reset();
    s.technique = Technique::Breathing;
    s.breathing = Breathing{std::move(phases), rounds, count_seconds};
    return s;
}

inline Step amphoric_step(std::string id = "amphoric", int rounds = 2) {
    return breathing_step(std::move(id),
                          {{BreathPhaseKind::InhaleBelly, 2},
                           {BreathPhaseKind::InhaleChest, 2},
                           {BreathPhaseKind::ExhaleChest, 2},
                           {BreathPhaseKind::ExhaleBelly, 2}},
                          rounds);
}

inline Step procedure_step(std::string id) {
    Step s = timed_step(std::move(id), 0);
    s.seconds.reset();
    s.technique = Technique::Procedure;
    s.procedure = Procedure{};
    return s;
}

inline std::shared_ptr<const Protocol> make_protocol(std::vector<std::vector<Step>> stages,
                                                     std::string id = "synthetic",
                                                     int version = 1) {
    auto p = std::make_shared<Protocol>();
    p->id = std::move(id);
    p->version = version;
    p->title.en = p->id;
    int n = 0;
    for (auto& steps : stages) {
        Stage stage;
        stage.id = "stage-" + std::to_string(++n);
        stage.title.en = stage.id;
        stage.day = n;
        stage.steps = std::move(steps);
        p->stages.push_back(std::move(stage));
    }
    return p;
}

inline std::vector<EventKind> kinds(const std::vector<SessionEvent>& events) {
    std::vector<EventKind> out;
    for (const auto& e : events)
        out.push_back(e.kind);
    return out;
}

inline std::vector<SessionEvent> only(const std::vector<SessionEvent>& events, EventKind kind) {
    std::vector<SessionEvent> out;
    std::copy_if(events.begin(), events.end(), std::back_inserter(out),
                 [kind](const SessionEvent& e) { return e.kind == kind; });
    return out;
}

inline void append(std::vector<SessionEvent>& to, const std::vector<SessionEvent>& from) {
    to.insert(to.end(), from.begin(), from.end());
}

// Drives an engine with a fake clock and keeps every event it delivered.
struct Rig {
    explicit Rig(std::shared_ptr<const Protocol> protocol, SessionOptions options = {})
        : engine(std::move(protocol), options), t0(clock.now()) {}

    CommandResult start() { return keep(engine.start(clock.now())); }
    // Moves the clock by `by` in ticks of `tick` (the last one shorter), advancing at each.
    std::vector<SessionEvent> run(Duration by, Duration tick = 10ms) {
        std::vector<SessionEvent> got;
        const TimePoint end = clock.now() + by;
        while (clock.now() < end) {
            clock.set(std::min(end, clock.now() + tick));
            append(got, engine.advance(clock.now()));
        }
        append(all, got);
        return got;
    }
    std::vector<SessionEvent> at(Duration since_start) {
        clock.set(t0 + since_start);
        auto got = engine.advance(clock.now());
        append(all, got);
        return got;
    }
    CommandResult keep(CommandResult r) {
        append(all, r.events);
        return r;
    }
    [[nodiscard]] Duration since_start(TimePoint t) const { return t - t0; }

    FakeClock clock;
    StepEngine engine;
    TimePoint t0;
    std::vector<SessionEvent> all;
};

} // namespace effleur::test
