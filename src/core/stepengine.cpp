// The step engine's construction, controls and queries. How it moves from part to part is in
// enginemotion.cpp; snapshots are in enginesnapshot.cpp.

#include "stepengine.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <stdexcept>

namespace effleur {

std::optional<std::int64_t> speed_to_milli(double speed) {
    if (!std::isfinite(speed) || speed <= 0 || speed > max_speed)
        return std::nullopt;
    const auto milli = static_cast<std::int64_t>(std::llround(speed * 1000.0));
    if (milli < 1)
        return std::nullopt;
    return milli;
}

std::optional<std::int64_t> count_scale_to_milli(double scale) {
    if (!std::isfinite(scale) || scale < min_count_scale || scale > max_count_scale)
        return std::nullopt;
    return static_cast<std::int64_t>(std::llround(scale * 1000.0));
}

Status StepEngine::check(const Protocol& protocol, const SessionOptions& options) {
    if (Status planned = SessionPlan::check(protocol, Selection{options.stage, options.range});
        !planned)
        return planned;
    if (!speed_to_milli(options.speed))
        return message_only(to_string(Refusal(RefusalKind::SpeedOutOfRange)));
    if (!count_scale_to_milli(options.count_scale))
        return message_only(to_string(Refusal(RefusalKind::CountScaleOutOfRange)));
    return Done{};
}

namespace {

const Protocol& checked(const std::shared_ptr<const Protocol>& protocol,
                        const SessionOptions& options) {
    if (!protocol)
        throw std::invalid_argument("no protocol");
    if (const Status usable = StepEngine::check(*protocol, options); !usable)
        throw std::invalid_argument(usable.message());
    return *protocol;
}

// The gate decides the stage: a session covers what was screened, no more and no less.
SessionOptions gate_options(const ClearedGate& gate, SessionOptions options) {
    if (options.stage && options.stage != gate.stage())
        throw std::invalid_argument("the session's stage is not the one the gate was answered for");
    if (options.range || options.pause_between_steps)
        throw std::invalid_argument(
            "a client session runs the whole screened session as written: ranges and pauses "
            "between steps are for rehearsal");
    options.stage = gate.stage();
    return options;
}

} // namespace

StepEngine::StepEngine(std::shared_ptr<const Protocol> protocol, SessionOptions options)
    : StepEngine(std::move(protocol), options, SessionKind::Rehearsal) {}

StepEngine::StepEngine(ClearedGate gate, SessionOptions options)
    : StepEngine(gate.protocol(), gate_options(gate, options), SessionKind::Client) {
    gate_record_ = gate.record();
}

StepEngine::StepEngine(std::shared_ptr<const Protocol> protocol, SessionOptions options,
                       SessionKind kind)
    : protocol_(std::move(protocol)), options_(options), kind_(kind),
      plan_(checked(protocol_, options_), Selection{options_.stage, options_.range},
            options_.pause_between_steps),
      clock_(*speed_to_milli(options_.speed)),
      count_scale_milli_(*count_scale_to_milli(options_.count_scale)) {
    timing_ = timing_for(plan_[0], count_scale_milli_);
}

StepEngine::~StepEngine() = default;

template <class Body> CommandResult StepEngine::command(Command which, TimePoint now, Body&& body) {
    CommandResult result;
    if (publishing_) {
        result.refusal.kind = RefusalKind::InsideEventHandler;
        result.reason = to_string(result.refusal);
        return result;
    }
    now = observe(now);
    drain(now, result.events);
    if (const RefusalKind why = refusal(state_, wait_, which); why != RefusalKind::None) {
        result.refusal.kind = why;
    } else if (Refusal refused = body(now, result.events); refused.kind != RefusalKind::None) {
        result.refusal = std::move(refused);
    } else {
        result.ok = true;
        drain(now, result.events);
    }
    result.reason = to_string(result.refusal);
    publish(result.events);
    return result;
}

std::vector<SessionEvent> StepEngine::advance(TimePoint now) {
    std::vector<SessionEvent> events;
    if (publishing_)
        return events;
    drain(observe(now), events);
    publish(events);
    return events;
}

std::optional<TimePoint> StepEngine::next_deadline() const {
    if (state_ != EngineState::Running && state_ != EngineState::Paused)
        return std::nullopt;
    const std::optional<Milestone> m = next_milestone(timing_, key_);
    if (!m)
        return std::nullopt;
    const TimePoint due = clock_.when(m->key.position);
    if (due == TimePoint::max())
        return std::nullopt;
    return due;
}

CommandResult StepEngine::start(TimePoint now) {
    return command(Command::Start, now, [this](TimePoint t, std::vector<SessionEvent>& out) {
        enter(0, t, EventCause::Start, false, false, out);
        return Refusal{};
    });
}

CommandResult StepEngine::pause(TimePoint now) {
    return command(Command::Pause, now, [this](TimePoint t, std::vector<SessionEvent>& out) {
        clock_.stop(t);
        state_ = EngineState::Paused;
        emit_here(out, EventKind::Paused, EventCause::Command, t);
        return Refusal{};
    });
}

CommandResult StepEngine::resume(TimePoint now) {
    return command(Command::Resume, now, [this](TimePoint t, std::vector<SessionEvent>& out) {
        clock_.run(t);
        state_ = EngineState::Running;
        emit_here(out, EventKind::Resumed, EventCause::Command, t);
        return Refusal{};
    });
}

CommandResult StepEngine::next(TimePoint now) {
    return command(Command::Next, now,
                   [this](TimePoint t, std::vector<SessionEvent>& out) { return do_next(t, out); });
}

Refusal StepEngine::do_next(TimePoint now, std::vector<SessionEvent>& out) {
    if (state_ == EngineState::WaitingForTherapist && wait_ == WaitReason::BeforeStep) {
        begin(now, EventCause::Next, false, false, out);
        return {};
    }
    const bool paused = state_ == EngineState::Paused;
    if (active())
        emit(out, EventKind::StepEnded, EventCause::Next, now, index_, position_at(now));
    go_forward(index_ + 1, now, EventCause::Next, false, paused, out);
    return {};
}

CommandResult StepEngine::back(TimePoint now) {
    return command(Command::Back, now,
                   [this](TimePoint t, std::vector<SessionEvent>& out) { return do_back(t, out); });
}

Refusal StepEngine::do_back(TimePoint now, std::vector<SessionEvent>& out) {
    if (state_ == EngineState::WaitingForTherapist && wait_ == WaitReason::StepDone) {
        begin(now, EventCause::Back, false, false, out); // run the ended part again
        return {};
    }
    const bool paused = state_ == EngineState::Paused;
    bool to_previous = true;
    if (state_ == EngineState::Running || paused) {
        // Running time in the part at the current speed: progress / speed.
        const Wide ran_ns = clock_.position(now) / clock_.speed_milli();
        to_previous = ran_ns < Wide{back_threshold.count()};
    }
    if (to_previous && index_ == 0) {
        if (state_ != EngineState::Running && !paused)
            return Refusal(RefusalKind::FirstStep);
        to_previous = false; // nothing before the first part: restart it
    }
    if (active())
        emit(out, EventKind::StepEnded, EventCause::Back, now, index_, position_at(now));
    if (to_previous)
        enter(index_ - 1, now, EventCause::Back, false, paused, out);
    else
        begin(now, EventCause::Back, false, paused, out);
    return {};
}

CommandResult StepEngine::restart_step(TimePoint now) {
    return command(Command::Restart, now, [this](TimePoint t, std::vector<SessionEvent>& out) {
        const bool paused = state_ == EngineState::Paused;
        if (active())
            emit(out, EventKind::StepEnded, EventCause::Restart, t, index_, position_at(t));
        begin(t, EventCause::Restart, false, paused, out);
        return Refusal{};
    });
}

CommandResult StepEngine::skip_step(TimePoint now) {
    return command(Command::Skip, now, [this](TimePoint t, std::vector<SessionEvent>& out) {
        const bool paused = state_ == EngineState::Paused;
        if (active())
            emit(out, EventKind::StepEnded, EventCause::Skip, t, index_, position_at(t));
        go_forward(plan_.next_step_part(index_), t, EventCause::Skip, false, paused, out);
        return Refusal{};
    });
}

CommandResult StepEngine::extend(TimePoint now, Duration by) {
    return command(Command::Extend, now, [this, by](TimePoint t, std::vector<SessionEvent>& out) {
        return do_extend(t, by, out);
    });
}

Refusal StepEngine::do_extend(TimePoint now, Duration by, std::vector<SessionEvent>& out) {
    if (timing_.kind == PartKind::Breathing)
        return Refusal(RefusalKind::BreathingExtend);
    if (by == Duration::zero())
        return Refusal(RefusalKind::ExtendByZero);
    const Wide here = clock_.position(now);
    const Wide length = timing_.length + to_ps(by);
    if (length <= here) {
        return Refusal::end_before_now(floor_ns(timing_.length - here));
    }
    if (length > to_ps(max_part_length))
        return Refusal(RefusalKind::LongerThanMax);
    timing_.length = length;
    // Milestones that a shortening moved behind now are dropped; those a lengthening moved
    // ahead of now (ten seconds left, 3-2-1) will fall due again.
    key_ = std::max(key_, MilestoneKey{here, last_rank_before_end});
    emit_here(out, EventKind::Extended, EventCause::Command, now).amount = by;
    return {};
}

CommandResult StepEngine::jump_to(TimePoint now, std::size_t stage, std::size_t step) {
    return command(
        Command::Jump, now, [this, stage, step](TimePoint t, std::vector<SessionEvent>& out) {
            const std::optional<std::size_t> target = plan_.first_part_of(stage, step);
            if (!target)
                return Refusal::not_in_session(stage, step);
            const bool paused = state_ == EngineState::Paused;
            if (active())
                emit(out, EventKind::StepEnded, EventCause::Jump, t, index_, position_at(t));
            enter(*target, t, EventCause::Jump, false, paused, out);
            return Refusal{};
        });
}

CommandResult StepEngine::set_speed(TimePoint now, double speed) {
    return command(
        Command::SetSpeed, now, [this, speed](TimePoint t, std::vector<SessionEvent>& out) {
            const std::optional<std::int64_t> milli = speed_to_milli(speed);
            if (!milli)
                return Refusal(RefusalKind::SpeedOutOfRange);
            clock_.set_speed(t, *milli);
            if (state_ != EngineState::Idle)
                emit_here(out, EventKind::SpeedChanged, EventCause::Command, t).value_milli =
                    *milli;
            return Refusal{};
        });
}

CommandResult StepEngine::set_count_scale(TimePoint now, double count_scale) {
    return command(Command::SetTempo, now,
                   [this, count_scale](TimePoint t, std::vector<SessionEvent>& out) {
                       const std::optional<std::int64_t> milli = count_scale_to_milli(count_scale);
                       if (!milli)
                           return Refusal(RefusalKind::CountScaleOutOfRange);
                       return do_set_count_scale(t, *milli, out);
                   });
}

Refusal StepEngine::do_set_count_scale(TimePoint now, std::int64_t milli,
                                       std::vector<SessionEvent>& out) {
    const bool breathing_under_way =
        timing_.kind == PartKind::Breathing &&
        (state_ == EngineState::Running || state_ == EngineState::Paused);
    const Wide here = clock_.position(now);
    const Wide old_count = timing_.count;
    count_scale_milli_ = milli;
    if (state_ == EngineState::Idle || wait_ == WaitReason::BeforeStep) {
        // Not started: simply planned at the new tempo.
        timing_ = timing_for(current_part(), count_scale_milli_);
        key_ = {};
    } else if (breathing_under_way && old_count > 0) {
        // Keep the fraction of the part (and so the count under way) exactly.
        timing_ = timing_for(current_part(), count_scale_milli_);
        const Wide count = timing_.count;
        clock_.set(now, here * count / old_count, state_ == EngineState::Running);
        if (key_.position > 0)
            key_.position = key_.position * count / old_count;
    }
    if (state_ != EngineState::Idle)
        emit_here(out, EventKind::TempoChanged, EventCause::Command, now).value_milli = milli;
    return {};
}

CommandResult StepEngine::restore(const nlohmann::json& snapshot, TimePoint now) {
    return command(Command::Restore, now,
                   [this, &snapshot](TimePoint t, std::vector<SessionEvent>&) {
                       return do_restore(snapshot, t);
                   });
}

Cursor StepEngine::cursor() const {
    const PlanPart& part = plan_[index_];
    return {index_, part.stage, part.step, part.part, part.parts, part.side};
}

Duration StepEngine::progress(TimePoint now) const {
    if (state_ == EngineState::Idle)
        return Duration::zero();
    if (state_ == EngineState::Finished)
        return length();
    return floor_ns(std::clamp<Wide>(position_at(now), 0, timing_.length));
}

Duration StepEngine::length() const {
    return floor_ns(timing_.length);
}

Duration StepEngine::remaining(TimePoint now) const {
    return length() - progress(now);
}

double StepEngine::fraction(TimePoint now) const {
    const Duration whole = length();
    if (whole <= Duration::zero())
        return state_ == EngineState::Idle ? 0.0 : 1.0;
    return static_cast<double>(progress(now).count()) / static_cast<double>(whole.count());
}

int StepEngine::pass(TimePoint now) const {
    return pass_at(to_ps(progress(now)));
}

std::optional<BreathingNow> StepEngine::breathing(TimePoint now) const {
    if (timing_.kind != PartKind::Breathing || timing_.count <= 0 || timing_.counts <= 0)
        return std::nullopt;
    const Wide here = std::clamp<Wide>(position_at(now), 0, timing_.length);
    const Wide index = std::min<Wide>(here / timing_.count, timing_.counts - 1);
    BreathingNow b;
    b.at = breath_count_at(*current_step().breathing, static_cast<std::int64_t>(index));
    b.count_length = floor_ns(timing_.count);
    const Wide into_count = here - index * timing_.count;
    b.count_fraction =
        std::min(0.999999, static_cast<double>(into_count) / static_cast<double>(timing_.count));
    b.phase_fraction =
        (static_cast<double>(b.at.count - 1) + b.count_fraction) / static_cast<double>(b.at.counts);
    return b;
}

std::optional<TimePoint> StepEngine::when_remaining(Duration left) const {
    if (state_ != EngineState::Running)
        return std::nullopt;
    const Wide position = timing_.length - to_ps(left);
    if (position < 0 || position <= clock_.position(last_now_))
        return std::nullopt;
    return clock_.when(position);
}

double StepEngine::speed() const {
    return static_cast<double>(clock_.speed_milli()) / static_cast<double>(unit_speed_milli);
}

double StepEngine::count_scale() const {
    return static_cast<double>(count_scale_milli_) / static_cast<double>(unit_speed_milli);
}

} // namespace effleur
