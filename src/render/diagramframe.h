#pragma once
// What the diagram shows at one moment: a small value built from the engine (or by hand in tests
// and by `effleur render-diagram`). The renderer is a pure function of a frame and a size.
//
// Ownership: a frame points into a Catalog and a Protocol (the diagram and the step); both must
// outlive it. Errors: the builders return nullopt when the part has no diagram in the catalogue;
// nothing throws.

#include "core/catalog.h"
#include "core/enginestate.h"
#include "core/sessionplan.h"
#include "core/stepengine.h"

#include <optional>
#include <string>
#include <vector>

namespace effleur::ui {

struct DiagramFrame {
    const Diagram* diagram = nullptr;
    const Step* step = nullptr;   // null: the art alone
    std::optional<BodySide> side; // the side worked; nullopt: both at once
    int part = 0;                 // 0, or 1 for the second side of an alternating step
    int parts = 1;
    double fraction = 0;  // of the part's time, [0, 1]
    double t_seconds = 0; // protocol time into the part: the technique's rhythm
    EngineState state = EngineState::Running;
    std::optional<BreathingNow> breathing;
    // Context from the session: lines worked just before this step and just after it, on the
    // same diagram (dimmed and ghosted).
    std::vector<std::string> done_lines;
    std::vector<std::string> upcoming_lines;
};

// The frame for part `index` of a plan, `into` protocol time into that part, on the tempo
// `count_scale_milli` (1000: as written) for breathing.
[[nodiscard]] std::optional<DiagramFrame>
frame_for_part(const Catalog& catalog, const SessionPlan& plan, std::size_t index, Duration into,
               EngineState state = EngineState::Running, std::int64_t count_scale_milli = 1000);

// The frame for an engine's current part at `now`.
[[nodiscard]] std::optional<DiagramFrame> frame_from_engine(const StepEngine& engine,
                                                            const Catalog& catalog, TimePoint now);

// Where a breathing exercise is, `into` its part.
[[nodiscard]] BreathingNow breathing_at(const Breathing& breathing, Duration into,
                                        std::int64_t count_scale_milli = 1000);

} // namespace effleur::ui
