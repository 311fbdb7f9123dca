// Snapshots of the step engine: the whole state as JSON, and back.
// 128-bit positions are written as decimal strings, so nothing is rounded on the way.

#include "stepengine.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace effleur {

namespace {

constexpr int snapshot_format = 1;

std::string wide_to_string(Wide v) {
    if (v == 0)
        return "0";
    const bool negative = v < 0;
    std::string digits;
    while (v != 0) {
        const Wide digit = v % 10;
        digits.push_back(static_cast<char>('0' + static_cast<int>(negative ? -digit : digit)));
        v /= 10;
    }
    if (negative)
        digits.push_back('-');
    std::reverse(digits.begin(), digits.end());
    return digits;
}

// Parses an integer of at most 30 digits; nullopt for anything else.
std::optional<Wide> wide_from_string(const std::string& text) {
    std::size_t i = 0;
    const bool negative = !text.empty() && text[0] == '-';
    if (negative)
        i = 1;
    if (i == text.size() || text.size() - i > 30)
        return std::nullopt;
    Wide v = 0;
    for (; i < text.size(); ++i) {
        if (text[i] < '0' || text[i] > '9')
            return std::nullopt;
        v = v * 10 + (text[i] - '0');
    }
    return negative ? -v : v;
}

struct Malformed {
    std::string reason;
};

Wide wide_at(const nlohmann::json& j, const char* key) {
    const std::optional<Wide> v = wide_from_string(j.at(key).get<std::string>());
    if (!v)
        throw Malformed{std::string("malformed snapshot: ") + key + " is not an integer"};
    return *v;
}

std::string kind_name(SessionKind kind) {
    return kind == SessionKind::Client ? "client" : "rehearsal";
}

} // namespace

nlohmann::json StepEngine::snapshot() const {
    nlohmann::json j;
    j["snapshot_format"] = snapshot_format;
    j["protocol"] = {{"id", protocol_->id}, {"version", protocol_->version}};
    j["kind"] = kind_name(kind_);
    j["stage"] = options_.stage ? nlohmann::json(*options_.stage) : nlohmann::json(nullptr);
    if (options_.range) {
        const StepRange& r = *options_.range;
        j["range"] = {{"first", {r.first.stage, r.first.step}},
                      {"last", {r.last.stage, r.last.step}}};
    } else {
        j["range"] = nullptr;
    }
    j["pause_between_steps"] = options_.pause_between_steps;
    j["state"] = std::string(to_string(state_));
    j["wait"] = std::string(to_string(wait_));
    j["part"] = index_;
    j["step_id"] = current_step().id;
    j["speed_milli"] = clock_.speed_milli();
    j["count_scale_milli"] = count_scale_milli_;
    j["length_ps"] = wide_to_string(timing_.length);
    j["position_ps"] = wide_to_string(clock_.position(last_now_));
    j["key"] = {{"position_ps", wide_to_string(key_.position)}, {"rank", key_.rank}};
    j["seq"] = seq_;
    return j;
}

Refusal StepEngine::do_restore(const nlohmann::json& j, TimePoint now) {
    try {
        if (!j.is_object() || j.at("snapshot_format").get<int>() != snapshot_format)
            return Refusal::snapshot("not a step engine snapshot of format 1");
        const auto& p = j.at("protocol");
        const auto id = p.at("id").get<std::string>();
        const auto version = p.at("version").get<int>();
        if (id != protocol_->id || version != protocol_->version) {
            return Refusal::snapshot("the snapshot is of protocol " + id + " version " +
                                     std::to_string(version) + ", not " + protocol_->id +
                                     " version " + std::to_string(protocol_->version));
        }
        if (j.at("kind").get<std::string>() != kind_name(kind_))
            return Refusal::snapshot("the snapshot is of a " + j.at("kind").get<std::string>() +
                                     " session; this engine runs a " + kind_name(kind_) +
                                     " session");
        const std::optional<std::size_t> stage =
            j.at("stage").is_null() ? std::nullopt
                                    : std::optional<std::size_t>(j.at("stage").get<std::size_t>());
        if (stage != options_.stage)
            return Refusal::snapshot("the snapshot covers other stages than this engine");
        // Snapshots from before ranges and pauses existed have neither.
        std::optional<StepRange> range;
        if (j.contains("range") && !j.at("range").is_null()) {
            const auto& r = j.at("range");
            range = StepRange{
                {r.at("first").at(0).get<std::size_t>(), r.at("first").at(1).get<std::size_t>()},
                {r.at("last").at(0).get<std::size_t>(), r.at("last").at(1).get<std::size_t>()}};
        }
        if (range != options_.range)
            return Refusal::snapshot("the snapshot covers other steps than this engine");
        if (j.value("pause_between_steps", false) != options_.pause_between_steps)
            return Refusal::snapshot(
                options_.pause_between_steps
                    ? "the snapshot does not pause between steps; this engine does"
                    : "the snapshot pauses between steps; this engine does not");

        const auto state = engine_state_from_string(j.at("state").get<std::string>());
        const auto reason = wait_reason_from_string(j.at("wait").get<std::string>());
        if (!state || !reason || !valid_state(*state, *reason))
            return Refusal::snapshot("the snapshot's state is not one the engine allows");
        const auto index = j.at("part").get<std::size_t>();
        if (index >= plan_.size() || plan_[index].source->id != j.at("step_id").get<std::string>())
            return Refusal::snapshot("the snapshot's step is not in this session");
        const PlanPart& part = plan_[index];
        const auto speed = j.at("speed_milli").get<std::int64_t>();
        const auto scale = j.at("count_scale_milli").get<std::int64_t>();
        if (speed < 1 || speed > static_cast<std::int64_t>(max_speed * 1000) ||
            !count_scale_to_milli(static_cast<double>(scale) / 1000.0))
            return Refusal::snapshot("the snapshot's speed or tempo is out of range");

        const Wide length = wide_at(j, "length_ps");
        const Wide position = wide_at(j, "position_ps");
        const auto& k = j.at("key");
        const MilestoneKey key{wide_at(k, "position_ps"), k.at("rank").get<int>()};
        const auto seq = j.at("seq").get<std::uint64_t>();

        const bool under_way = *state == EngineState::Running || *state == EngineState::Paused;
        if (under_way && part.kind == PartKind::Untimed)
            return Refusal::snapshot("the snapshot runs the clock of an untimed step");
        if (*reason == WaitReason::Procedure && part.kind != PartKind::Untimed)
            return Refusal::snapshot("the snapshot's wait does not fit its step");
        if (*reason == WaitReason::BeforeStep && !part.wait_before)
            return Refusal::snapshot("the snapshot waits before a step that does not wait");
        if (*reason == WaitReason::StepDone && (!part.manual || part.kind == PartKind::Untimed))
            return Refusal::snapshot("the snapshot waits after a step that goes on by itself");
        if (length < 0 || length > to_ps(max_part_length) || position < 0 || position > length ||
            key.position < -1 || key.position > length || key.rank < 0 ||
            key.rank > last_rank_before_end + 1)
            return Refusal::snapshot("the snapshot's position is out of range");

        PartTiming timing = timing_for(part, scale);
        if (part.kind == PartKind::Timed)
            timing.length = length;
        else if (timing.length != length)
            return Refusal::snapshot("the snapshot's step length does not fit its step");

        // Everything checked: apply it.
        count_scale_milli_ = scale;
        index_ = index;
        timing_ = timing;
        clock_ = SessionClock(speed);
        clock_.set(now, position, *state == EngineState::Running);
        key_ = key;
        seq_ = seq;
        state_ = *state;
        wait_ = *reason;
        return {};
    } catch (const Malformed& m) {
        return Refusal::snapshot(m.reason);
    } catch (const nlohmann::json::exception& e) {
        return Refusal::snapshot(std::string("malformed snapshot: ") + e.what());
    }
}

} // namespace effleur
