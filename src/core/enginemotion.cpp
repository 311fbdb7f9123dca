// How the step engine moves: delivering due events and going from part to part.
// Part of StepEngine (stepengine.h); the commands are in stepengine.cpp.

#include "stepengine.h"

#include <algorithm>
#include <cassert>

namespace effleur {

TimePoint StepEngine::observe(TimePoint now) {
    if (seen_time_ && now < last_now_)
        now = last_now_;
    last_now_ = now;
    seen_time_ = true;
    return now;
}

Wide StepEngine::position_at(TimePoint now) const {
    if (seen_time_ && now < last_now_)
        now = last_now_;
    return clock_.position(now);
}

bool StepEngine::active() const {
    return state_ == EngineState::Running || state_ == EngineState::Paused ||
           (state_ == EngineState::WaitingForTherapist && wait_ == WaitReason::Procedure);
}

PartTiming StepEngine::timing_for(const PlanPart& part, std::int64_t count_scale_milli) {
    PartTiming t;
    t.kind = part.kind;
    t.passes = part.passes;
    t.pass_timed = part.pass_timed;
    if (part.kind == PartKind::Breathing) {
        const Breathing& breathing = *part.source->breathing;
        t.count = to_ps(count_length(breathing, count_scale_milli));
        t.counts = total_counts(breathing);
        t.planned = t.count * t.counts;
    } else if (part.kind == PartKind::Timed) {
        t.planned = to_ps(part.planned);
    }
    t.length = t.planned;
    return t;
}

int StepEngine::pass_at(Wide position) const {
    if (!timing_.pass_timed || timing_.planned <= 0)
        return 0;
    // The pass whose boundary k*planned/passes is the last at or before `position`.
    const Wide p = std::max<Wide>(position, 0);
    const Wide pass = ceil_div((p + 1) * timing_.passes, timing_.planned);
    return static_cast<int>(std::clamp<Wide>(pass, 1, timing_.passes));
}

SessionEvent& StepEngine::emit(std::vector<SessionEvent>& out, EventKind kind, EventCause cause,
                               TimePoint scheduled, std::size_t index, Wide position) {
    assert(scheduled <= last_now_);
    const PlanPart& part = plan_[index];
    SessionEvent e;
    e.seq = ++seq_;
    e.kind = kind;
    e.cause = cause;
    e.stage = part.stage;
    e.step = part.step;
    e.part = part.part;
    e.parts = part.parts;
    e.side = part.side;
    e.passes = part.passes;
    e.pass = index == index_ ? pass_at(position) : (part.pass_timed ? 1 : 0);
    e.scheduled = scheduled;
    e.delivered = last_now_;
    out.push_back(e);
    return out.back();
}

SessionEvent& StepEngine::emit_here(std::vector<SessionEvent>& out, EventKind kind,
                                    EventCause cause, TimePoint at) {
    return emit(out, kind, cause, at, index_, clock_.position(at));
}

void StepEngine::emit_milestone(const Milestone& m, TimePoint due, std::vector<SessionEvent>& out) {
    switch (m.kind) {
    case MilestoneKind::PassChanged:
        emit(out, EventKind::PassChanged, EventCause::Clock, due, index_, m.key.position);
        break;
    case MilestoneKind::Halfway:
        emit(out, EventKind::Halfway, EventCause::Clock, due, index_, m.key.position);
        break;
    case MilestoneKind::TenSecondsLeft:
        emit(out, EventKind::TenSecondsLeft, EventCause::Clock, due, index_, m.key.position).value =
            10;
        break;
    case MilestoneKind::Countdown:
        emit(out, EventKind::Countdown, EventCause::Clock, due, index_, m.key.position).value =
            static_cast<int>(m.value);
        break;
    case MilestoneKind::BreathingCount: {
        SessionEvent& e =
            emit(out, EventKind::BreathingPhase, EventCause::Clock, due, index_, m.key.position);
        const BreathCount at = breath_count_at(*current_step().breathing, m.value);
        e.phase = at.phase;
        e.phase_index = at.phase_index;
        e.count = at.count;
        e.counts = at.counts;
        e.round = at.round;
        e.rounds = at.rounds;
        e.count_length = floor_ns(timing_.count);
        break;
    }
    case MilestoneKind::End:
        break;
    }
}

void StepEngine::drain(TimePoint now, std::vector<SessionEvent>& out) {
    // Only a part under way has milestones; a stopped clock can only have those at its frozen
    // position (the start of a part entered while paused).
    while (state_ == EngineState::Running || state_ == EngineState::Paused) {
        const std::optional<Milestone> m = next_milestone(timing_, key_);
        if (!m || m->key.position > clock_.position(now))
            return;
        const TimePoint due = clock_.when(m->key.position);
        key_ = m->key;
        if (m->kind == MilestoneKind::End)
            end_by_clock(due, out);
        else
            emit_milestone(*m, due, out);
    }
}

void StepEngine::end_by_clock(TimePoint due, std::vector<SessionEvent>& out) {
    emit(out, EventKind::StepEnded, EventCause::Clock, due, index_, timing_.length);
    if (current_part().manual) {
        wait(due, WaitReason::StepDone, timing_.length, EventCause::Clock, out);
        return;
    }
    // The next part continues the same clock: no re-anchoring, so no rounding creeps in.
    go_forward(index_ + 1, due, EventCause::Clock, true, state_ == EngineState::Paused, out);
}

void StepEngine::go_forward(std::size_t to, TimePoint t, EventCause cause, bool seamless,
                            bool paused, std::vector<SessionEvent>& out) {
    const std::size_t from = index_;
    if (to >= plan_.size()) {
        // A range that ends inside a stage finishes the session, not the stage.
        if (plan_[from].stage_last)
            emit(out, EventKind::StageEnded, cause, t, from, timing_.length);
        emit(out, EventKind::SessionFinished, cause, t, from, timing_.length);
        state_ = EngineState::Finished;
        wait_ = WaitReason::None;
        clock_.set(t, timing_.length, false);
        return;
    }
    if (plan_[to].stage != plan_[from].stage)
        emit(out, EventKind::StageEnded, cause, t, from, timing_.length);
    if (to == from + 1 && plan_[to].step == plan_[from].step &&
        plan_[to].stage == plan_[from].stage)
        emit(out, EventKind::SideSwitch, cause, t, to, 0);
    enter(to, t, cause, seamless, paused, out);
}

void StepEngine::enter(std::size_t index, TimePoint t, EventCause cause, bool seamless, bool paused,
                       std::vector<SessionEvent>& out) {
    if (plan_[index].wait_before) {
        index_ = index;
        timing_ = timing_for(plan_[index], count_scale_milli_);
        key_ = {};
        wait(t, WaitReason::BeforeStep, 0, cause, out);
        return;
    }
    const Wide previous_length = timing_.length;
    index_ = index;
    if (seamless)
        clock_.shift(-previous_length);
    begin(t, cause, seamless, paused, out);
}

void StepEngine::begin(TimePoint t, EventCause cause, bool seamless, bool paused,
                       std::vector<SessionEvent>& out) {
    timing_ = timing_for(current_part(), count_scale_milli_);
    key_ = {};
    if (!seamless)
        clock_.set(t, 0, !paused);
    emit(out, EventKind::StepStarted, cause, t, index_, 0);
    if (current_part().kind == PartKind::Untimed) {
        wait(t, WaitReason::Procedure, 0, cause, out);
        return;
    }
    state_ = paused ? EngineState::Paused : EngineState::Running;
    wait_ = WaitReason::None;
}

void StepEngine::wait(TimePoint t, WaitReason reason, Wide position, EventCause cause,
                      std::vector<SessionEvent>& out) {
    clock_.set(t, position, false);
    state_ = EngineState::WaitingForTherapist;
    wait_ = reason;
    emit(out, EventKind::Waiting, cause, t, index_, position).wait = reason;
}

void StepEngine::publish(const std::vector<SessionEvent>& events) {
    // Handlers run after the call has applied all its changes. A command from inside a handler
    // is refused (see command()), so the engine never re-enters itself.
    struct Guard {
        bool& flag;
        ~Guard() { flag = false; }
    } guard{publishing_};
    publishing_ = true;
    for (const SessionEvent& e : events)
        notifier_.publish(e);
}

} // namespace effleur
