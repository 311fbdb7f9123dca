#include "sessionplan.h"

#include <array>
#include <cmath>

namespace effleur {

StepRange StepRange::whole_stage(const Protocol& protocol, std::size_t stage) {
    const std::size_t steps =
        stage < protocol.stages.size() ? protocol.stages[stage].steps.size() : 0;
    return {{stage, 0}, {stage, steps == 0 ? 0 : steps - 1}};
}

std::optional<StepRef> find_step(const Protocol& protocol, std::string_view id) {
    for (std::size_t s = 0; s < protocol.stages.size(); ++s) {
        const auto& steps = protocol.stages[s].steps;
        for (std::size_t i = 0; i < steps.size(); ++i) {
            if (steps[i].id == id)
                return StepRef{s, i};
        }
    }
    return std::nullopt;
}

namespace {

std::string step_name(StepRef r) {
    return "stage " + std::to_string(r.stage + 1) + ", step " + std::to_string(r.step + 1);
}

std::optional<std::string> check_ref(const Protocol& protocol, StepRef r, const char* end) {
    if (r.stage >= protocol.stages.size()) {
        return std::string("the range's ") + end + " is in stage " + std::to_string(r.stage + 1) +
               "; the protocol has " + std::to_string(protocol.stages.size());
    }
    const std::size_t steps = protocol.stages[r.stage].steps.size();
    if (r.step >= steps) {
        return std::string("the range's ") + end + " is step " + std::to_string(r.step + 1) +
               " of stage " + std::to_string(r.stage + 1) + ", which has " + std::to_string(steps);
    }
    return std::nullopt;
}

// Whether the step at (s, i) is in the selection.
bool selected(const Selection& selection, std::size_t s, std::size_t i) {
    if (selection.stage && *selection.stage != s)
        return false;
    if (!selection.range)
        return true;
    const StepRef here{s, i};
    return selection.range->first <= here && here <= selection.range->last;
}

} // namespace

Status SessionPlan::check(const Protocol& protocol, const Selection& selection) {
    const auto stage = selection.stage;
    if (stage && *stage >= protocol.stages.size()) {
        return message_only("there is no stage " + std::to_string(*stage + 1) +
                            "; the protocol has " + std::to_string(protocol.stages.size()));
    }
    if (const auto& range = selection.range) {
        if (auto why = check_ref(protocol, range->first, "first step"))
            return message_only(std::move(*why));
        if (auto why = check_ref(protocol, range->last, "last step"))
            return message_only(std::move(*why));
        if (range->last < range->first) {
            return message_only("the range ends (" + step_name(range->last) +
                                ") before it begins (" + step_name(range->first) + ")");
        }
        if (stage && (range->first.stage != *stage || range->last.stage != *stage)) {
            return message_only("the range " + step_name(range->first) + " to " +
                                step_name(range->last) + " leaves stage " +
                                std::to_string(*stage + 1));
        }
    }
    for (std::size_t s = 0; s < protocol.stages.size(); ++s) {
        for (std::size_t i = 0; i < protocol.stages[s].steps.size(); ++i) {
            if (selected(selection, s, i))
                return Done{};
        }
    }
    return message_only("the session has no steps");
}

SessionPlan::SessionPlan(const Protocol& protocol, const Selection& selection,
                         bool pause_between_steps) {
    for (std::size_t s = 0; s < protocol.stages.size(); ++s) {
        const auto& steps = protocol.stages[s].steps;
        for (std::size_t i = 0; i < steps.size(); ++i) {
            if (!selected(selection, s, i))
                continue;
            const Step& step = steps[i];
            PlanPart base;
            base.stage = s;
            base.step = i;
            base.parts = step.side_parts();
            base.source = &step;
            base.manual = step.advance == Advance::Manual;
            base.passes = std::max(1, step.passes);
            if (step.technique == Technique::Procedure) {
                base.kind = PartKind::Untimed;
            } else if (step.breathing) {
                base.kind = PartKind::Breathing;
                base.planned =
                    count_length(*step.breathing, unit_speed_milli) * total_counts(*step.breathing);
            } else {
                base.kind = PartKind::Timed;
                base.planned = step.part_duration();
                base.pass_timed = step.pass_seconds.has_value() && base.passes > 1;
            }
            for (int p = 0; p < base.parts; ++p) {
                PlanPart part = base;
                part.part = p;
                part.wait_before = p == 0 && step.wait_before;
                const bool last_part = p + 1 == base.parts;
                part.manual = base.manual || (pause_between_steps && last_part);
                part.stage_last = last_part && i + 1 == steps.size();
                switch (step.side) {
                case Side::Both:
                    break;
                case Side::Left:
                    part.side = BodySide::Left;
                    break;
                case Side::Right:
                    part.side = BodySide::Right;
                    break;
                case Side::Alternating: {
                    const BodySide other =
                        step.first_side == BodySide::Left ? BodySide::Right : BodySide::Left;
                    part.side = p == 0 ? step.first_side : other;
                    break;
                }
                }
                parts_.push_back(part);
            }
        }
    }
}

std::optional<std::size_t> SessionPlan::first_part_of(std::size_t stage, std::size_t step) const {
    for (std::size_t i = 0; i < parts_.size(); ++i) {
        if (parts_[i].stage == stage && parts_[i].step == step && parts_[i].part == 0)
            return i;
    }
    return std::nullopt;
}

std::size_t SessionPlan::next_step_part(std::size_t index) const {
    std::size_t i = index + 1;
    while (i < parts_.size() && parts_[i].part != 0)
        ++i;
    return i;
}

std::size_t SessionPlan::step_first_part(std::size_t index) const {
    return index - static_cast<std::size_t>(parts_[index].part);
}

Duration count_length(const Breathing& breathing, std::int64_t tempo_milli) {
    const auto written = static_cast<std::int64_t>(std::llround(breathing.count_seconds * 1e9));
    return Duration{written * tempo_milli / unit_speed_milli};
}

std::int64_t total_counts(const Breathing& breathing) {
    std::int64_t per_round = 0;
    for (const BreathPhase& phase : breathing.phases)
        per_round += std::max(1, phase.counts);
    return per_round * std::max(1, breathing.rounds);
}

BreathCount breath_count_at(const Breathing& breathing, std::int64_t index) {
    BreathCount at;
    std::int64_t per_round = 0;
    for (const BreathPhase& phase : breathing.phases)
        per_round += std::max(1, phase.counts);
    at.rounds = std::max(1, breathing.rounds);
    if (per_round == 0)
        return at;
    at.round = static_cast<int>(index / per_round) + 1;
    std::int64_t offset = index % per_round;
    for (std::size_t i = 0; i < breathing.phases.size(); ++i) {
        const int counts = std::max(1, breathing.phases[i].counts);
        if (offset < counts) {
            at.phase_index = static_cast<int>(i);
            at.phase = breathing.phases[i].kind;
            at.count = static_cast<int>(offset) + 1;
            at.counts = counts;
            break;
        }
        offset -= counts;
    }
    return at;
}

namespace {

constexpr int rank_of(MilestoneKind kind) {
    switch (kind) {
    case MilestoneKind::PassChanged:
    case MilestoneKind::BreathingCount:
        return 1;
    case MilestoneKind::Halfway:
        return 2;
    case MilestoneKind::TenSecondsLeft:
        return 3;
    case MilestoneKind::Countdown:
        return 4;
    case MilestoneKind::End:
        return last_rank_before_end + 1;
    }
    return 0;
}

Milestone make(Wide position, MilestoneKind kind, std::int64_t value) {
    return {{position, rank_of(kind)}, kind, value};
}

void consider(std::optional<Milestone>& best, const Milestone& m, MilestoneKey after) {
    if (m.key > after && (!best || m.key < best->key))
        best = m;
}

} // namespace

std::optional<Milestone> next_milestone(const PartTiming& t, MilestoneKey after) {
    if (t.kind == PartKind::Untimed)
        return std::nullopt;
    std::optional<Milestone> best;
    consider(best, make(t.length, MilestoneKind::End, 0), after);

    if (t.kind == PartKind::Breathing) {
        if (t.count > 0 && t.counts > 0) {
            Wide c = after.position < 0 ? 0 : after.position / t.count;
            if (make(c * t.count, MilestoneKind::BreathingCount, 0).key <= after)
                ++c;
            if (c < t.counts && c * t.count < t.length) {
                consider(
                    best,
                    make(c * t.count, MilestoneKind::BreathingCount, static_cast<std::int64_t>(c)),
                    after);
            }
        }
        return best;
    }

    // Timed.
    if (t.pass_timed && t.passes > 1 && t.planned > 0) {
        const auto boundary = [&](Wide k) { return k * t.planned / t.passes; };
        Wide k = after.position < 0 ? 1 : std::max<Wide>(1, after.position * t.passes / t.planned);
        while (k < t.passes && make(boundary(k), MilestoneKind::PassChanged, 0).key <= after)
            ++k;
        if (k < t.passes && boundary(k) < t.length) {
            consider(
                best,
                make(boundary(k), MilestoneKind::PassChanged, static_cast<std::int64_t>(k + 1)),
                after);
        }
    }
    const Wide second = to_ps(std::chrono::seconds(1));
    if (t.planned >= to_ps(min_for_halfway) && t.planned / 2 < t.length)
        consider(best, make(t.planned / 2, MilestoneKind::Halfway, 0), after);
    if (t.length >= to_ps(min_for_ten_left))
        consider(best, make(t.length - 10 * second, MilestoneKind::TenSecondsLeft, 10), after);
    if (t.length >= to_ps(min_for_countdown)) {
        for (const int v : std::array{3, 2, 1})
            consider(best, make(t.length - v * second, MilestoneKind::Countdown, v), after);
    }
    return best;
}

} // namespace effleur
