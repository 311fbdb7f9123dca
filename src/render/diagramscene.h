#pragma once
// The layout of one frame in a target rectangle: the view (zoomed to the step's focus), the
// highlighted zone, every line to draw with its role and direction, and the hand markers.
// The renderer paints exactly this; tests check it. A pure function (a cache, when given,
// changes its cost and nothing else); nothing here throws.

#include "render/diagramart.h"
#include "render/diagramframe.h"
#include "render/linegeometry.h"
#include "render/techniquemotion.h"

#include <QPainterPath>
#include <QRectF>
#include <QTransform>

#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace effleur::ui {

enum class LineRole {
    Active,   // worked now: the hand is on it
    Done,     // finished: dimmed
    Upcoming, // still to come: ghosted
};

struct SceneLine {
    std::string id;
    std::optional<BodySide> side; // nullopt: a line on the midline, drawn once
    LineRole role = LineRole::Active;
    bool current = false;  // the hand is on it
    bool reversed = false; // worked against its drawn direction
    LinePath path;         // device coordinates, in the direction of travel
    std::vector<Arrow> arrows;
};

struct SceneMarker {
    QPointF centre;  // where the pad is drawn, the technique's motion included
    QPointF on_line; // the point of the line it works
    QPointF along;   // unit direction of travel there
    QPointF across;  // unit, across the line (mirrored with the side)
    double radius = 0;
    MarkerPose pose;
    std::size_t line = 0; // index into DiagramScene::lines
};

struct DiagramScene {
    QRectF target;
    QRectF view;                  // the part of the art shown, in SVG coordinates
    QTransform to_device;         // SVG to device
    double stroke = 4;            // the width of an active line, device pixels
    QPainterPath zone;            // the focus region, device coordinates; empty if none
    std::vector<SceneLine> lines; // in painting order: upcoming, done, active, current
    std::vector<SceneMarker> markers;
    int pass = 1; // 1-based pass under way
    int passes = 1;
};

// The view of the art for a frame: the step's focus region (with its lines) when it has one,
// else the whole art; widened to the target's aspect ratio.
[[nodiscard]] QRectF view_for(const DiagramArt& art, const DiagramFrame& frame,
                              const QRectF& target);

// What stays the same through the frames of one step's part at one size: the view, and each
// line's curve in device coordinates with its arrowheads. layout_scene() fills it on first use
// and reuses it for the later frames, so that a frame of an animation only places the hands;
// a scene laid out with a cache is the same as one laid out without.
//
// It keys on the art, the diagram, the step, the side and the target, by address: clear() it
// whenever the protocol or catalogue those point into may have been replaced.
class SceneCache {
public:
    struct Line {
        LinePath path; // device coordinates, in the direction of travel
        std::vector<Arrow> arrows;
    };

    void clear();
    // How many line curves are kept: for tests.
    [[nodiscard]] std::size_t lines() const { return lines_.size(); }

private:
    friend DiagramScene layout_scene(const DiagramArt&, const DiagramFrame&, const QRectF&, bool,
                                     SceneCache*);
    // Forgets what was kept for another art, diagram, step, side or target.
    void use_for(const DiagramArt& art, const DiagramFrame& frame, const QRectF& target);

    const DiagramArt* art_ = nullptr;
    const Diagram* diagram_ = nullptr;
    const Step* step_ = nullptr;
    std::optional<BodySide> side_;
    QRectF target_;
    std::optional<QRectF> view_;
    std::map<std::tuple<std::string, int, bool>, Line, std::less<>> lines_; // id, side, reversed
    std::map<std::pair<std::string, bool>, double, std::less<>> lengths_;   // in SVG units
};

// The zone is costly to build and belongs to the cached base: only built when asked for.
// `cache`, when given, keeps the geometry for the next frames (see SceneCache).
[[nodiscard]] DiagramScene layout_scene(const DiagramArt& art, const DiagramFrame& frame,
                                        const QRectF& target, bool with_zone = false,
                                        SceneCache* cache = nullptr);

} // namespace effleur::ui
