#include "render/diagramframe.h"

#include <algorithm>
#include <chrono>

namespace effleur::ui {

namespace {

double seconds(Duration d) {
    return std::chrono::duration<double>(d).count();
}

bool has_line(const Step& step, const std::string& id) {
    return std::any_of(step.lines.begin(), step.lines.end(),
                       [&](const LineRef& r) { return r.line == id; });
}

// The lines of a neighbouring step that are on the same diagram and not worked now.
void add_context(const Step* other, const Step& step, std::vector<std::string>& out) {
    if (other == nullptr || other == &step || other->diagram != step.diagram) {
        return;
    }
    for (const LineRef& r : other->lines) {
        if (!has_line(step, r.line) && std::find(out.begin(), out.end(), r.line) == out.end()) {
            out.push_back(r.line);
        }
    }
}

} // namespace

BreathingNow breathing_at(const Breathing& breathing, Duration into,
                          std::int64_t count_scale_milli) {
    BreathingNow b;
    b.count_length = count_length(breathing, count_scale_milli);
    const std::int64_t total = std::max<std::int64_t>(1, total_counts(breathing));
    const auto len = std::max<std::int64_t>(1, b.count_length.count());
    const std::int64_t at = std::clamp<std::int64_t>(into.count(), 0, total * len);
    const std::int64_t index = std::min(at / len, total - 1);
    b.at = breath_count_at(breathing, index);
    b.count_fraction =
        std::min(0.999999, static_cast<double>(at - index * len) / static_cast<double>(len));
    b.phase_fraction = (static_cast<double>(b.at.count - 1) + b.count_fraction) /
                       static_cast<double>(std::max(1, b.at.counts));
    return b;
}

std::optional<DiagramFrame> frame_for_part(const Catalog& catalog, const SessionPlan& plan,
                                           std::size_t index, Duration into, EngineState state,
                                           std::int64_t count_scale_milli) {
    if (index >= plan.size()) {
        return std::nullopt;
    }
    const PlanPart& part = plan[index];
    const Step& step = *part.source;
    const Diagram* diagram = catalog.diagram(step.diagram);
    if (diagram == nullptr) {
        return std::nullopt;
    }
    DiagramFrame f;
    f.diagram = diagram;
    f.step = &step;
    f.side = part.side;
    f.part = part.part;
    f.parts = part.parts;
    f.state = state;
    f.t_seconds = std::max(0.0, seconds(into));
    if (step.breathing) {
        f.breathing = breathing_at(*step.breathing, into, count_scale_milli);
        const double whole = seconds(count_length(*step.breathing, count_scale_milli)) *
                             static_cast<double>(total_counts(*step.breathing));
        f.fraction = whole > 0 ? std::clamp(f.t_seconds / whole, 0.0, 1.0) : 0.0;
    } else {
        const double whole = seconds(part.planned);
        f.fraction = whole > 0 ? std::clamp(f.t_seconds / whole, 0.0, 1.0) : 0.0;
    }
    const std::size_t first = plan.step_first_part(index);
    if (first > 0) {
        add_context(plan[first - 1].source, step, f.done_lines);
    }
    const std::size_t next = plan.next_step_part(index);
    if (next < plan.size()) {
        add_context(plan[next].source, step, f.upcoming_lines);
    }
    return f;
}

std::optional<DiagramFrame> frame_from_engine(const StepEngine& engine, const Catalog& catalog,
                                              TimePoint now) {
    const Cursor cursor = engine.cursor();
    const auto milli = count_scale_to_milli(engine.count_scale()).value_or(1000);
    auto f = frame_for_part(catalog, engine.plan(), cursor.index, engine.progress(now),
                            engine.state(), milli);
    if (f) {
        // The engine knows extensions: its fraction is the one the countdown shows.
        f->fraction = std::clamp(engine.fraction(now), 0.0, 1.0);
        if (auto b = engine.breathing(now)) {
            f->breathing = b;
        }
    }
    return f;
}

} // namespace effleur::ui
