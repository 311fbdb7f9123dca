#pragma once
// Paints the hand marker of one scene marker: the pad and the technique's shape (trail, orbit,
// rings, rake, comb, pinch, wave). Part of the overlay; a pure function of its inputs.

#include "ui/diagramscene.h"
#include "ui/diagramtheme.h"

#include <QRectF>

class QPainter;

namespace effleur::ui {

void paint_marker(QPainter* painter, const DiagramScene& scene, const SceneMarker& marker,
                  const DiagramPalette& palette);

// Everything paint_marker() may touch, in device coordinates.
[[nodiscard]] QRectF marker_bounds(const DiagramScene& scene, const SceneMarker& marker);

} // namespace effleur::ui
