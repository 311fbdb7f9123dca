// effleur run: a session in real time in a terminal, driven by the step engine.
// The loop sleeps until the engine's next deadline (or the next whole second of the countdown
// line), never on a fixed tick; docs/step-engine.md describes the output and the trace.

#include "app/commands.h"
#include "app/format.h"
#include "app/terminal.h"
#include "core/stepengine.h"

#include <nlohmann/json.hpp>
#include <spdlog/fmt/fmt.h>

#include <cstdio>
#include <iostream>
#include <memory>

#include <unistd.h>

namespace effleur::app {

namespace {

std::string side_name(const std::optional<BodySide>& side) {
    return side ? std::string(to_string(*side)) : std::string("both");
}

// "m:ss.mmm" of real time since the start.
std::string clock_text(Duration d) {
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(d).count();
    return fmt::format("{}:{:02}.{:03}", ms / 60000, ms / 1000 % 60, ms % 1000);
}

// "m:ss" of session time, to the nearest second.
std::string session_clock_text(Duration d) {
    const auto s = std::chrono::round<std::chrono::seconds>(d).count();
    return fmt::format("{}:{:02}", s / 60, s % 60);
}

// A duration in milliseconds, cut to the microsecond.
double to_ms(Duration d) {
    return static_cast<double>(std::chrono::duration_cast<std::chrono::microseconds>(d).count()) /
           1000.0;
}

// Milliseconds since the start, cut to the microsecond.
double since_ms(TimePoint t, TimePoint origin) {
    return to_ms(t - origin);
}

class Runner {
public:
    Runner(const std::shared_ptr<const Protocol>& protocol, SessionOptions options,
           std::FILE* trace, std::string language)
        : engine_(protocol, options), language_(std::move(language)), trace_(trace),
          keys_fd_(foreground_terminal(STDIN_FILENO) ? STDIN_FILENO : -1),
          live_(isatty(STDOUT_FILENO) != 0) {
        for (const PlanPart& part : engine_.plan().parts())
            steps_ += part.part == 0 ? 1 : 0;
    }

    int run();

private:
    void handle(const std::vector<SessionEvent>& events);
    void write_trace(const SessionEvent& e);
    void print_event(const SessionEvent& e);
    void line(const std::string& text);
    void draw_countdown(TimePoint now);
    void do_key(char key, TimePoint now);
    void report(const CommandResult& r);
    [[nodiscard]] std::optional<TimePoint> next_wake() const;

    StepEngine engine_;
    std::string language_; // the protocol's texts in this language
    SteadyClock clock_;
    TimePoint origin_{};
    std::FILE* trace_;
    int keys_fd_;
    bool live_;
    bool quit_ = false;
    bool countdown_shown_ = false;
    int steps_ = 0;
    // Session time: the protocol time the steps ran, at the session's speed, without pauses and
    // waits for the therapist; added up as each part ends.
    void count_session_time(const SessionEvent& e);
    Duration session_time_{0};
    std::optional<TimePoint> running_since_;
};

int Runner::run() {
    InterruptGuard interrupts;
    RawKeys raw(STDIN_FILENO);
    Waiter waiter(interrupts);
    tune_for_latency();

    const Protocol& p = engine_.protocol();
    const auto& opts = engine_.options();
    Duration planned{0};
    for (const PlanPart& part : engine_.plan().parts())
        planned += part.planned;
    line(fmt::format(
        "{} ({} v{}): {}, {} step{}, {} at {}x", p.title.get(language_), p.id, p.version,
        opts.stage             ? fmt::format("stage {} of {}", *opts.stage + 1, p.stages.size())
        : p.stages.size() == 1 ? std::string("1 stage")
                               : fmt::format("{} stages", p.stages.size()),
        steps_, steps_ == 1 ? "" : "s",
        format_duration(std::chrono::duration_cast<std::chrono::milliseconds>(planned)),
        format_number(opts.speed)));
    if (keys_fd_ >= 0)
        line("keys: space pause/resume, n next, b back, q quit");

    origin_ = clock_.now();
    handle(engine_.start(origin_).events);
    while (!quit_ && engine_.state() != EngineState::Finished) {
        if (engine_.state() == EngineState::WaitingForTherapist && keys_fd_ < 0) {
            const TimePoint now = clock_.now();
            line(fmt::format("{}  no terminal: going on by itself", clock_text(now - origin_)));
            handle(engine_.next(now).events);
            continue;
        }
        const Wake wake = waiter.wait_until(next_wake(), keys_fd_);
        const TimePoint now = clock_.now();
        if (wake.reason == WakeReason::Interrupted || wake.reason == WakeReason::Error) {
            raw.restore();
            line(wake.reason == WakeReason::Interrupted ? "interrupted" : "input closed: quitting");
            return wake.reason == WakeReason::Interrupted ? exit_interrupted : exit_ok;
        }
        if (wake.reason == WakeReason::Key)
            do_key(wake.key, now);
        else
            handle(engine_.advance(now));
        if (live_ && !quit_)
            draw_countdown(clock_.now());
    }
    if (countdown_shown_)
        std::fputs("\r\033[K", stdout);
    const Duration took = clock_.now() - origin_;
    // Session time as a clock at the session's speed counts it; wall time as the terminal saw it.
    const std::string times = fmt::format("{} of session time, {} wall time",
                                          session_clock_text(session_time_), clock_text(took));
    if (quit_)
        line("quit after " + times);
    else
        line("session finished: " + times);
    std::fflush(stdout);
    return exit_ok;
}

std::optional<TimePoint> Runner::next_wake() const {
    std::optional<TimePoint> wake = engine_.next_deadline();
    if (live_ && engine_.state() == EngineState::Running) {
        // The countdown line changes when the remaining time crosses a whole second.
        const auto left = engine_.remaining(clock_.now());
        const auto shown = std::chrono::ceil<std::chrono::seconds>(left);
        if (shown > std::chrono::seconds(0)) {
            if (const auto redraw = engine_.when_remaining(shown - std::chrono::seconds(1));
                redraw && (!wake || *redraw < *wake))
                wake = redraw;
        }
    }
    return wake;
}

void Runner::do_key(char key, TimePoint now) {
    switch (key) {
    case ' ':
        report(engine_.state() == EngineState::Paused ? engine_.resume(now) : engine_.pause(now));
        break;
    case 'n':
        report(engine_.next(now));
        break;
    case 'b':
        report(engine_.back(now));
        break;
    case 'q': {
        // Deliver what was due, then stop: the trace ends with a quit line.
        handle(engine_.advance(now));
        quit_ = true;
        if (trace_) {
            const nlohmann::ordered_json j{{"event", "quit"},
                                           {"scheduled_ms", since_ms(now, origin_)},
                                           {"actual_ms", since_ms(now, origin_)}};
            std::fputs((j.dump() + "\n").c_str(), trace_);
            std::fflush(trace_);
        }
        break;
    }
    default:
        handle(engine_.advance(now));
        break;
    }
}

void Runner::report(const CommandResult& r) {
    handle(r.events);
    if (!r.ok)
        line("  (" + r.reason + ")");
}

void Runner::handle(const std::vector<SessionEvent>& events) {
    // The trace first: it is the record of timing, printing may block on a slow terminal.
    if (trace_) {
        for (const SessionEvent& e : events)
            write_trace(e);
    }
    for (const SessionEvent& e : events) {
        count_session_time(e);
        print_event(e);
    }
}

void Runner::count_session_time(const SessionEvent& e) {
    const auto stop = [&] {
        if (running_since_) {
            const auto wall = e.scheduled - *running_since_;
            session_time_ += std::chrono::duration_cast<Duration>(wall * engine_.speed());
            running_since_.reset();
        }
    };
    switch (e.kind) {
    case EventKind::StepStarted:
    case EventKind::Resumed:
        stop();
        running_since_ = e.scheduled;
        break;
    case EventKind::StepEnded:
    case EventKind::Paused:
    case EventKind::Waiting:
    case EventKind::SessionFinished:
        stop();
        break;
    default:
        break;
    }
}

void Runner::write_trace(const SessionEvent& e) {
    const Protocol& p = engine_.protocol();
    const Stage& stage = p.stages[e.stage];
    nlohmann::ordered_json j;
    j["seq"] = e.seq;
    j["event"] = to_string(e.kind);
    j["scheduled_ms"] = since_ms(e.scheduled, origin_);
    j["actual_ms"] = since_ms(e.delivered, origin_);
    j["cause"] = to_string(e.cause);
    j["stage"] = e.stage + 1;
    j["stage_id"] = stage.id;
    j["step"] = stage.steps[e.step].id;
    j["step_index"] = e.step + 1;
    j["side"] = side_name(e.side);
    j["part"] = e.part + 1;
    j["parts"] = e.parts;
    switch (e.kind) {
    case EventKind::Countdown:
    case EventKind::TenSecondsLeft:
        j["value"] = e.value;
        break;
    case EventKind::PassChanged:
        j["pass"] = e.pass;
        j["passes"] = e.passes;
        break;
    case EventKind::BreathingPhase:
        j["phase"] = e.phase ? to_string(*e.phase) : "";
        j["phase_index"] = e.phase_index;
        j["count"] = e.count;
        j["counts"] = e.counts;
        j["round"] = e.round;
        j["rounds"] = e.rounds;
        j["count_ms"] = to_ms(e.count_length);
        break;
    case EventKind::Waiting:
        j["wait"] = to_string(e.wait);
        break;
    case EventKind::Extended:
        j["amount_ms"] = to_ms(e.amount);
        break;
    case EventKind::SpeedChanged:
    case EventKind::TempoChanged:
        j["factor"] = static_cast<double>(e.value_milli) / 1000.0;
        break;
    default:
        break;
    }
    const std::string text = j.dump() + "\n";
    std::fputs(text.c_str(), trace_);
    std::fflush(trace_);
}

void Runner::print_event(const SessionEvent& e) {
    const Protocol& p = engine_.protocol();
    const Stage& stage = p.stages[e.stage];
    const Step& step = stage.steps[e.step];
    const std::string at = clock_text(e.delivered - origin_);
    switch (e.kind) {
    case EventKind::StepStarted: {
        if (e.part == 0 && e.step == 0 && e.cause != EventCause::Back)
            line(fmt::format("{}  Stage {}: {}", at, e.stage + 1, stage.title.get(language_)));
        // The event, not the engine's cursor: the engine may already be further on.
        const std::size_t index =
            *engine_.plan().first_part_of(e.stage, e.step) + static_cast<std::size_t>(e.part);
        int ordinal = 0;
        for (std::size_t i = 0; i <= index; ++i)
            ordinal += engine_.plan()[i].part == 0 ? 1 : 0;
        const PlanPart& part = engine_.plan()[index];
        const std::string length =
            part.kind == PartKind::Untimed
                ? std::string("untimed")
                : format_duration(
                      std::chrono::duration_cast<std::chrono::milliseconds>(part.planned));
        line(fmt::format("{}  {}/{}  {}{}  {}", at, ordinal, steps_, step.title.get(language_),
                         e.side ? " (" + side_name(e.side) + ")" : std::string(), length));
        break;
    }
    case EventKind::Waiting:
        if (e.wait == WaitReason::BeforeStep)
            line(fmt::format("{}  next: {}; waiting for the therapist{}", at,
                             step.title.get(language_), keys_fd_ >= 0 ? " (n to start)" : ""));
        else if (e.wait == WaitReason::Procedure)
            line(fmt::format("{}  untimed: waiting for the therapist{}", at,
                             keys_fd_ >= 0 ? " (n when done)" : ""));
        else
            line(fmt::format("{}  time is up: waiting for the therapist{}", at,
                             keys_fd_ >= 0 ? " (n to go on, b to repeat)" : ""));
        break;
    case EventKind::Paused:
        line(at + "  paused");
        break;
    case EventKind::Resumed:
        line(at + "  resumed");
        break;
    case EventKind::StageEnded:
        line(fmt::format("{}  end of stage {}", at, e.stage + 1));
        break;
    default:
        break;
    }
}

void Runner::line(const std::string& text) {
    if (countdown_shown_) {
        std::fputs("\r\033[K", stdout);
        countdown_shown_ = false;
    }
    std::fputs((text + "\n").c_str(), stdout);
    std::fflush(stdout);
}

void Runner::draw_countdown(TimePoint now) {
    std::string status;
    switch (engine_.state()) {
    case EngineState::Running:
    case EngineState::Paused: {
        const auto left = std::chrono::ceil<std::chrono::seconds>(engine_.remaining(now));
        status = fmt::format("  {} left", format_duration(left));
        if (const int pass = engine_.pass(now); pass > 0)
            status += fmt::format(", pass {}/{}", pass, engine_.current_part().passes);
        if (const auto b = engine_.breathing(now))
            status += fmt::format(", {} {}/{}", to_string(b->at.phase), b->at.count, b->at.counts);
        if (engine_.state() == EngineState::Paused)
            status += "  [paused]";
        break;
    }
    case EngineState::WaitingForTherapist:
        status = "  [waiting: n]";
        break;
    default:
        return;
    }
    std::fputs(("\r\033[K" + status).c_str(), stdout);
    std::fflush(stdout);
    countdown_shown_ = true;
}

} // namespace

int cmd_run(const AppContext& ctx, const RunOptions& o) {
    const auto protocol = resolve_protocol(ctx, o.protocol, std::cerr);
    if (!protocol)
        return exit_failure;
    SessionOptions options;
    options.speed = o.speed;
    if (o.stage)
        options.stage = static_cast<std::size_t>(*o.stage - 1);
    if (const Status usable = StepEngine::check(*protocol, options); !usable) {
        std::cerr << "effleur run: " << usable.message() << '\n';
        return exit_usage;
    }
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> trace(nullptr, std::fclose);
    if (!o.trace.empty()) {
        trace.reset(std::fopen(o.trace.c_str(), "w"));
        if (!trace) {
            std::cerr << "effleur run: cannot write " << o.trace << '\n';
            return exit_usage;
        }
    }
    Runner runner(protocol, options, trace.get(), ctx.language);
    return runner.run();
}

} // namespace effleur::app
