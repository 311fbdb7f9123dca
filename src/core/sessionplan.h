#pragma once
// The session as a flat list of parts, and where in a part its events fall.
// A part is a step, or one side of an alternating step (first_side first). A session covers every
// stage, one stage, or a range of steps (for practising part of a protocol). The plan points into
// the Protocol it was built from: the Protocol must outlive it (StepEngine holds it by
// shared_ptr). Building checks the selection first; no function here throws.

#include "diagnostic.h"
#include "protocol.h"
#include "sessionclock.h"

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace effleur {

enum class PartKind {
    Timed,     // a massage step: part_duration(), passes
    Breathing, // timed by its phases: rounds x counts x count length
    Untimed,   // a procedure: ends only when the therapist says so
};

// A step by position: 0-based indices into Protocol::stages and Stage::steps.
struct StepRef {
    std::size_t stage = 0;
    std::size_t step = 0;
    friend auto operator<=>(const StepRef&, const StepRef&) = default;
};

// The steps from `first` to `last`, both included, in protocol order; it may cross stages.
struct StepRange {
    StepRef first;
    StepRef last;
    friend bool operator==(const StepRange&, const StepRange&) = default;
    // One step alone, or one stage from its first step to its last.
    [[nodiscard]] static StepRange only(StepRef step) { return {step, step}; }
    [[nodiscard]] static StepRange whole_stage(const Protocol& protocol, std::size_t stage);
};

// Where the step with this id is (step ids are unique in a protocol), or nullopt.
[[nodiscard]] std::optional<StepRef> find_step(const Protocol& protocol, std::string_view id);

// Which steps a session covers: every stage, or one stage (`stage`), cut to `range` if given.
struct Selection {
    std::optional<std::size_t> stage;
    std::optional<StepRange> range;
};

struct PlanPart {
    std::size_t stage = 0; // index in Protocol::stages
    std::size_t step = 0;  // index in Stage::steps
    int part = 0;          // 0, or 1 for the second side of an alternating step
    int parts = 1;
    std::optional<BodySide> side; // nullopt: both sides at once
    PartKind kind = PartKind::Timed;
    Duration planned{0}; // Timed: Step::part_duration(); Breathing: at tempo 1x; Untimed: zero
    int passes = 1;
    bool pass_timed = false;  // pass_seconds set: a pass-changed event at each pass boundary
    bool manual = false;      // Advance::Manual: wait for the therapist when the time is up
    bool wait_before = false; // wait for the therapist before the step (first part only)
    bool stage_last = false;  // the last part of its stage's last step
    const Step* source = nullptr;
};

class SessionPlan {
public:
    // Done, or why this selection cannot make a session (empty, no such stage or step, a range
    // that ends before it begins or leaves the stage).
    [[nodiscard]] static Status check(const Protocol& protocol, const Selection& selection);
    // Precondition: check() returned Done. With `pause_between_steps`, the last part of every
    // step is manual: the session waits for `next` after each step.
    SessionPlan(const Protocol& protocol, const Selection& selection,
                bool pause_between_steps = false);
    // Every stage (nullopt) or one stage, as written.
    SessionPlan(const Protocol& protocol, std::optional<std::size_t> stage)
        : SessionPlan(protocol, Selection{stage, std::nullopt}) {}

    [[nodiscard]] const std::vector<PlanPart>& parts() const { return parts_; }
    [[nodiscard]] std::size_t size() const { return parts_.size(); }
    [[nodiscard]] const PlanPart& operator[](std::size_t i) const { return parts_[i]; }
    // The first part of a step, if the step is in this session.
    [[nodiscard]] std::optional<std::size_t> first_part_of(std::size_t stage,
                                                           std::size_t step) const;
    // The first part of the step after the one holding part `index`; size() after the last.
    [[nodiscard]] std::size_t next_step_part(std::size_t index) const;
    [[nodiscard]] std::size_t step_first_part(std::size_t index) const;

private:
    std::vector<PlanPart> parts_;
};

// Breathing: the length of one count at a tempo scale (1000 = as written), and where a count
// falls. `index` is 0-based over the whole part (rounds x counts per round).
[[nodiscard]] Duration count_length(const Breathing& breathing, std::int64_t tempo_milli);
[[nodiscard]] std::int64_t total_counts(const Breathing& breathing);
struct BreathCount {
    int phase_index = 0;
    BreathPhaseKind phase{};
    int count = 1; // 1-based within the phase
    int counts = 1;
    int round = 1; // 1-based
    int rounds = 1;
};
[[nodiscard]] BreathCount breath_count_at(const Breathing& breathing, std::int64_t index);

// Events inside a part, as positions in protocol time (ps from the part's start).
enum class MilestoneKind { PassChanged, BreathingCount, Halfway, TenSecondsLeft, Countdown, End };

// Milestones are ordered by position, then by rank (the order of same-time events).
struct MilestoneKey {
    Wide position = -1;
    int rank = 0;
    friend std::strong_ordering operator<=>(const MilestoneKey& a, const MilestoneKey& b) {
        if (a.position != b.position)
            return a.position < b.position ? std::strong_ordering::less
                                           : std::strong_ordering::greater;
        return a.rank <=> b.rank;
    }
    friend bool operator==(const MilestoneKey&, const MilestoneKey&) = default;
};
inline constexpr int last_rank_before_end = 8;

struct Milestone {
    MilestoneKey key;
    MilestoneKind kind = MilestoneKind::End;
    std::int64_t value = 0; // Countdown: 3/2/1; PassChanged: 1-based pass; BreathingCount: index
};

// The current part's timing, as the engine holds it.
struct PartTiming {
    PartKind kind = PartKind::Timed;
    Wide planned = 0; // ps; halfway and pass boundaries use it, so extensions do not move them
    Wide length = 0;  // ps; planned plus extensions; where the part ends
    Wide count = 0;   // ps; Breathing: one count
    std::int64_t counts = 0; // Breathing: counts in the part
    int passes = 1;
    bool pass_timed = false;
};

// The first milestone after `after`: the part's end at the latest. nullopt for an untimed part.
[[nodiscard]] std::optional<Milestone> next_milestone(const PartTiming& timing, MilestoneKey after);

// The minimum part lengths for halfway and ten-seconds-left, and for the 3-2-1 countdown.
inline constexpr Duration min_for_halfway = std::chrono::seconds(20);
inline constexpr Duration min_for_ten_left = std::chrono::seconds(20);
inline constexpr Duration min_for_countdown = std::chrono::seconds(6);

} // namespace effleur
