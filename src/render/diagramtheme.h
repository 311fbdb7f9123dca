#pragma once
// Colours of the diagram, for the light and the dark theme.
// The art (resources/diagrams/*.svg) is drawn in the light palette's art colours only; the dark
// theme is made by swapping those colour values in the SVG text before it is parsed, so the art
// stays one file and each theme renders at full quality (no pixel recolouring). Pure values; no
// function here throws.

#include <QByteArray>
#include <QColor>

#include <string_view>

namespace effleur::ui {

enum class DiagramTheme { Light, Dark };

struct DiagramPalette {
    // The art.
    QColor background;
    QColor skin;
    QColor shade;
    QColor detail;
    QColor ink;
    // The overlay.
    QColor line;       // active massage lines and their arrowheads
    QColor done;       // finished lines: the line colour, dimmed
    QColor upcoming;   // lines still to come: ghosted
    QColor halo;       // an outline that keeps lines and the marker readable over the art
    QColor marker;     // the hand
    QColor marker_rim; // the hand's rim
    QColor zone;       // the highlighted region
    QColor chest;      // breathing: the chest filling
    QColor belly;      // breathing: the belly filling
    QColor text;
};

[[nodiscard]] const DiagramPalette& palette_for(DiagramTheme theme);

// The SVG text with its art colours replaced by the theme's.
[[nodiscard]] QByteArray themed_svg(const QByteArray& svg, DiagramTheme theme);

[[nodiscard]] std::string_view to_string(DiagramTheme theme);

} // namespace effleur::ui
