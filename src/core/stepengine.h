#pragma once
// The step engine: turns a loaded protocol into a running session. Plain C++20, no Qt, no thread.
// Whoever drives it passes the current monotonic time into every call and gets the events that
// are due; remaining time is always a deadline minus now, so ticking faster or slower changes
// nothing but how late events are delivered. docs/step-engine.md is the full contract.
//
// Ownership: the engine shares ownership of its Protocol. It is neither copyable nor movable
// (subscriptions refer to its notifier). A client session can only be built from a ClearedGate
// (gate.h), which only a clear contraindication checklist makes; the other constructor builds a
// rehearsal. Errors: the constructors throw std::invalid_argument for options that check()
// refuses, a stage other than the gate's, or a range or pauses in a client session (a client
// session covers what the gate screened, as the protocol runs); every command returns a
// CommandResult that is either done or refused with a Refusal, never silently ignored. Nothing else
// throws (except exceptions that event handlers throw, which reach the caller after the engine's
// state is consistent).

#include "clock.h"
#include "enginestate.h"
#include "gate.h"
#include "notifier.h"
#include "protocol.h"
#include "sessionclock.h"
#include "sessionevent.h"
#include "sessionplan.h"

#include <nlohmann/json_fwd.hpp>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace effleur {

// A Client session is built only from a ClearedGate; a Rehearsal (no client) never needs one.
enum class SessionKind { Client, Rehearsal };

// What a session covers and how it runs. For practising part of a protocol (a rehearsal only):
//
//     SessionOptions o;
//     o.range = StepRange{*find_step(p, "neck-stroking"), *find_step(p, "neck-kneading")};
//     o.range = StepRange::only({stage, step});     // one step
//     o.range = StepRange::whole_stage(p, stage);   // one stage
//     o.pause_between_steps = true;                 // wait for `next` after every step
//
// The plan is cut to the range, so the cursor's part index, "step k of n", the parts' count and
// everything summed over the plan cover the range alone; events keep the protocol's stage and
// step indices. check() says why a range is refused.
struct SessionOptions {
    std::optional<std::size_t> stage; // 0-based index into Protocol::stages; nullopt: all stages
    double speed = 1.0;               // (0, 1000], in steps of 0.001
    double count_scale = 1.0;         // breathing count length x this, [0.25, 4]; 2 = half tempo
    // Only these steps (within `stage` when it is set). nullopt: every step. Rehearsal only.
    std::optional<StepRange> range = std::nullopt;
    // Every step ends as an `advance: manual` step does: when its time is up the engine waits
    // (waiting-for-therapist, step-done) until `next`. Rehearsal only.
    bool pause_between_steps = false;
};

inline constexpr double max_speed = 1000.0;
inline constexpr double min_count_scale = 0.25;
inline constexpr double max_count_scale = 4.0;
// `back` within this much running time of a part goes to the previous part.
inline constexpr Duration back_threshold = std::chrono::seconds(2);
// A part, with its extensions, lasts at most this long.
inline constexpr Duration max_part_length = std::chrono::hours(24);

struct CommandResult {
    bool ok = false;
    Refusal refusal;    // why it was refused, as data a view words; kind None when ok
    std::string reason; // the same in plain English (to_string), for the command line and logs
    // The events this call delivered: first those that fell due before the command (they are
    // delivered even when the command is refused), then the command's own.
    std::vector<SessionEvent> events;
    explicit operator bool() const { return ok; }
};

struct Cursor {
    std::size_t index = 0; // into SessionPlan::parts()
    std::size_t stage = 0;
    std::size_t step = 0;
    int part = 0;
    int parts = 1;
    std::optional<BodySide> side;
};

// Where a breathing part is, for a pacer to animate.
struct BreathingNow {
    BreathCount at;
    double count_fraction = 0; // of the current count, [0, 1)
    double phase_fraction = 0; // of the current phase, [0, 1)
    Duration count_length{0};  // real protocol time of one count at the current tempo
};

class StepEngine {
public:
    // A rehearsal: practice without a client.
    StepEngine(std::shared_ptr<const Protocol> protocol, SessionOptions options = {});
    // A client session, proven screened by the gate. The stage is the gate's: options.stage
    // must be unset or equal to it.
    StepEngine(ClearedGate gate, SessionOptions options = {});
    StepEngine(const StepEngine&) = delete;
    StepEngine& operator=(const StepEngine&) = delete;
    ~StepEngine();

    // Done, or why these options cannot make a session.
    [[nodiscard]] static Status check(const Protocol& protocol, const SessionOptions& options);

    // Delivers every event due at or before `now`, in scheduled order, and publishes them.
    // A `now` earlier than one already seen counts as that one: time never runs backwards.
    // Called from inside an event handler it does nothing and returns nothing.
    std::vector<SessionEvent> advance(TimePoint now);
    // When the next event falls due if nothing is done meanwhile; nullopt when the time is
    // stopped (idle, paused, waiting, finished). A driver sleeps until then.
    [[nodiscard]] std::optional<TimePoint> next_deadline() const;

    // Controls. Each first delivers what fell due before `now`, then applies to the state as of
    // `now`. Exact semantics: docs/step-engine.md.
    CommandResult start(TimePoint now);
    CommandResult pause(TimePoint now);
    CommandResult resume(TimePoint now);
    CommandResult next(TimePoint now);
    CommandResult back(TimePoint now);
    CommandResult restart_step(TimePoint now);        // the current part (side) from its beginning
    CommandResult skip_step(TimePoint now);           // the rest of the step, all sides
    CommandResult extend(TimePoint now, Duration by); // protocol time; negative shortens
    CommandResult jump_to(TimePoint now, std::size_t stage, std::size_t step);
    CommandResult set_speed(TimePoint now, double speed);
    CommandResult set_count_scale(TimePoint now, double count_scale);

    // The whole state as JSON, as of the last call's time. restore() on a fresh engine for the
    // same protocol (id and version), session kind, stage, range and pauses continues identically
    // from `now`; the time between the snapshot and `now` is left out like a pause.
    [[nodiscard]] nlohmann::json snapshot() const;
    CommandResult restore(const nlohmann::json& snapshot, TimePoint now);

    Notifier<SessionEvent>& notifier() { return notifier_; }

    [[nodiscard]] EngineState state() const { return state_; }
    [[nodiscard]] WaitReason wait_reason() const { return wait_; }
    [[nodiscard]] Cursor cursor() const;
    [[nodiscard]] const PlanPart& current_part() const { return plan_[index_]; }
    [[nodiscard]] const Step& current_step() const { return *plan_[index_].source; }
    [[nodiscard]] const SessionPlan& plan() const { return plan_; }
    [[nodiscard]] const Protocol& protocol() const { return *protocol_; }
    [[nodiscard]] const std::shared_ptr<const Protocol>& shared_protocol() const {
        return protocol_;
    }
    [[nodiscard]] const SessionOptions& options() const { return options_; }
    [[nodiscard]] SessionKind kind() const { return kind_; }
    // The gate's record of a client session; nullptr for a rehearsal.
    [[nodiscard]] const GateRecord* gate_record() const {
        return gate_record_ ? &*gate_record_ : nullptr;
    }

    // Protocol time into the current part, in [0, length()]; its length with extensions; what
    // is left (never negative); and the fraction done. All as of `now` (or the last call's
    // time, if later).
    [[nodiscard]] Duration progress(TimePoint now) const;
    [[nodiscard]] Duration length() const;
    [[nodiscard]] Duration remaining(TimePoint now) const;
    [[nodiscard]] double fraction(TimePoint now) const;
    // The 1-based pass under way for pass-timed steps; 0 otherwise.
    [[nodiscard]] int pass(TimePoint now) const;
    [[nodiscard]] std::optional<BreathingNow> breathing(TimePoint now) const;
    // When remaining() will equal `left`, if the part is running and that is still ahead.
    [[nodiscard]] std::optional<TimePoint> when_remaining(Duration left) const;

    [[nodiscard]] double speed() const;
    [[nodiscard]] double count_scale() const;
    [[nodiscard]] std::uint64_t last_sequence() const { return seq_; }

private:
    StepEngine(std::shared_ptr<const Protocol> protocol, SessionOptions options, SessionKind kind);

    template <class Body> CommandResult command(Command which, TimePoint now, Body&& body);
    TimePoint observe(TimePoint now);
    void drain(TimePoint now, std::vector<SessionEvent>& out);
    void publish(const std::vector<SessionEvent>& events);
    SessionEvent& emit(std::vector<SessionEvent>& out, EventKind kind, EventCause cause,
                       TimePoint scheduled, std::size_t index, Wide position);
    SessionEvent& emit_here(std::vector<SessionEvent>& out, EventKind kind, EventCause cause,
                            TimePoint at);
    void emit_milestone(const Milestone& m, TimePoint due, std::vector<SessionEvent>& out);

    [[nodiscard]] static PartTiming timing_for(const PlanPart& part,
                                               std::int64_t count_scale_milli);
    [[nodiscard]] int pass_at(Wide position) const;
    [[nodiscard]] Wide position_at(TimePoint now) const;
    [[nodiscard]] bool active() const; // a part has started and not ended

    // Moving through the plan.
    void end_by_clock(TimePoint due, std::vector<SessionEvent>& out);
    void go_forward(std::size_t to, TimePoint t, EventCause cause, bool seamless, bool paused,
                    std::vector<SessionEvent>& out);
    void enter(std::size_t index, TimePoint t, EventCause cause, bool seamless, bool paused,
               std::vector<SessionEvent>& out);
    void begin(TimePoint t, EventCause cause, bool seamless, bool paused,
               std::vector<SessionEvent>& out);
    void wait(TimePoint t, WaitReason reason, Wide position, EventCause cause,
              std::vector<SessionEvent>& out);

    // Command bodies: return why they refuse, or a Refusal of kind None when done.
    Refusal do_next(TimePoint now, std::vector<SessionEvent>& out);
    Refusal do_back(TimePoint now, std::vector<SessionEvent>& out);
    Refusal do_extend(TimePoint now, Duration by, std::vector<SessionEvent>& out);
    Refusal do_set_count_scale(TimePoint now, std::int64_t milli, std::vector<SessionEvent>& out);
    Refusal do_restore(const nlohmann::json& j, TimePoint now);

    std::shared_ptr<const Protocol> protocol_;
    SessionOptions options_;
    SessionKind kind_ = SessionKind::Rehearsal;
    std::optional<GateRecord> gate_record_; // set iff kind_ == Client
    SessionPlan plan_;
    Notifier<SessionEvent> notifier_;

    EngineState state_ = EngineState::Idle;
    WaitReason wait_ = WaitReason::None;
    std::size_t index_ = 0;
    PartTiming timing_;
    MilestoneKey key_;   // the last milestone delivered in this part
    SessionClock clock_; // position within the current part
    std::int64_t count_scale_milli_ = unit_speed_milli;
    std::uint64_t seq_ = 0;
    TimePoint last_now_{};
    bool seen_time_ = false;
    bool publishing_ = false;
};

// Speed and count scale as exact thousandths; nullopt when out of range or not finite.
[[nodiscard]] std::optional<std::int64_t> speed_to_milli(double speed);
[[nodiscard]] std::optional<std::int64_t> count_scale_to_milli(double scale);

} // namespace effleur
