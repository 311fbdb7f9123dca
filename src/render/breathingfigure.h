#pragma once
// The breathing pacer's figure: the upper body (resources/diagrams/breathing.svg) whose belly and
// chest fill and empty in phase with the count, and the phase in words. The areas are the SVG's
// elements "breath-chest" and "breath-belly". Pure functions of their inputs; nothing throws.

#include "core/protocol.h"
#include "core/stepengine.h"
#include "render/diagramart.h"
#include "render/diagramtheme.h"

#include <QRect>
#include <QRectF>
#include <QRegion>
#include <QTransform>

#include <string>
#include <vector>

class QPainter;

namespace effleur::ui {

// How full the belly and the chest are, each in [0, 1].
struct BreathLevels {
    double belly = 0;
    double chest = 0;
};

// Each round starts empty; an inhale phase fills its part over the phase, an exhale empties it,
// a hold keeps it.
[[nodiscard]] BreathLevels breath_levels(const Breathing& breathing, const BreathingNow& now);

// The figure beside its words on a wide target, above them on a tall one.
struct BreathingLayout {
    QRectF figure;
    QRectF words;
    QTransform to_device; // the art's coordinates to the device
};
[[nodiscard]] BreathingLayout breathing_layout(const DiagramArt& art, const QRectF& target);

// What moves on the figure at a moment: the boxes of the two areas' colour as it is now, and the
// box of the words, with keys that change when the areas would look different (to a
// quarter of a device pixel) and when the words do.
struct BreathingMotion {
    QRegion areas;
    QRect words;
    std::string levels_key;
    std::string words_key;
    std::vector<double> edges; // how far each area's edge is from empty, device pixels
};
[[nodiscard]] BreathingMotion breathing_motion(const DiagramArt& art, const QRectF& target,
                                               const Breathing& breathing, const BreathingNow& now,
                                               qreal dpr);

// The static part, for the cached base: the figure, and each area's dashed outline as full as it
// gets.
void paint_breathing_base(QPainter* painter, const DiagramArt& art, const QRectF& target,
                          DiagramTheme theme);
// The moving part: the colour filling each area and swelling into its outline, and the words.
void paint_breathing(QPainter* painter, const DiagramArt& art, const QRectF& target,
                     const DiagramPalette& palette, const Breathing& breathing,
                     const BreathingNow& now);

} // namespace effleur::ui
