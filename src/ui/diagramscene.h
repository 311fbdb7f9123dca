#pragma once
// The layout of one frame in a target rectangle: the view (zoomed to the step's focus), the
// highlighted zone, every line to draw with its role and direction, and the hand markers.
// The renderer paints exactly this; tests check it. A pure function; nothing here throws.

#include "ui/diagramart.h"
#include "ui/diagramframe.h"
#include "ui/linegeometry.h"
#include "ui/techniquemotion.h"

#include <QPainterPath>
#include <QRectF>
#include <QTransform>

#include <optional>
#include <string>
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

// The zone is costly to build and belongs to the cached base: only built when asked for.
[[nodiscard]] DiagramScene layout_scene(const DiagramArt& art, const DiagramFrame& frame,
                                        const QRectF& target, bool with_zone = false);

} // namespace effleur::ui
