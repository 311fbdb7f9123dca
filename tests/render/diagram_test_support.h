#pragma once
// Shared by the ui tests: the bundled catalogue, and steps built by hand.

#include "core/loader.h"
#include "render/diagramframe.h"

#include <catch2/catch.hpp>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace effleur::test {

inline const Loader& bundled_loader() {
    static const std::shared_ptr<const Loader> loader = [] {
        auto r = Loader::create(EFFLEUR_PROTOCOLS_DIR);
        REQUIRE(r);
        return r.value();
    }();
    return *loader;
}

inline const Catalog& catalog() {
    return bundled_loader().catalog();
}

inline const Diagram& diagram(const std::string& id) {
    const Diagram* d = catalog().diagram(id);
    REQUIRE(d != nullptr);
    return *d;
}

// A timed step on `diagram` working `lines` in order, both sides unless told.
inline Step make_step(const std::string& diagram_id, std::vector<LineRef> lines,
                      Technique technique = Technique::Stroking, double seconds = 10.0,
                      int passes = 1) {
    Step s;
    s.id = "test-step";
    s.technique = technique;
    s.lines = std::move(lines);
    s.diagram = diagram_id;
    s.seconds = seconds;
    s.passes = passes;
    return s;
}

// A frame of `step` at `fraction` of its part, as the engine would describe it.
inline ui::DiagramFrame frame_of(const Step& step, double fraction, std::optional<BodySide> side) {
    ui::DiagramFrame f;
    f.diagram = &diagram(step.diagram);
    f.step = &step;
    f.side = side;
    f.fraction = fraction;
    f.t_seconds = fraction * step.seconds.value_or(0);
    return f;
}

} // namespace effleur::test
