#include "render/diagramtheme.h"

namespace effleur::ui {

namespace {

const DiagramPalette light{
    QColor(0xfb, 0xf9, 0xf6),       // background
    QColor(0xf6, 0xee, 0xe8),       // skin
    QColor(0xe9, 0xdd, 0xd3),       // shade
    QColor(0xa0, 0x8f, 0x86),       // detail
    QColor(0x34, 0x30, 0x3a),       // ink
    QColor(0x00, 0x6d, 0x77),       // line: deep teal
    QColor(0x00, 0x6d, 0x77, 0x5a), // done
    QColor(0x34, 0x30, 0x3a, 0x6e), // upcoming
    QColor(0xfb, 0xf9, 0xf6, 0xe6), // halo
    QColor(0xe0, 0x5a, 0x2b),       // marker: warm orange, far from the teal
    QColor(0x7a, 0x26, 0x0a),       // marker rim
    QColor(0x00, 0x8c, 0x96, 0x1c), // zone
    QColor(0x2a, 0x7f, 0xc9, 0xb0), // chest
    QColor(0x2a, 0xa1, 0x7a, 0xb0), // belly
    QColor(0x34, 0x30, 0x3a),       // text
};

const DiagramPalette dark{
    QColor(0x14, 0x18, 0x1d),       // background
    QColor(0x22, 0x29, 0x31),       // skin
    QColor(0x2b, 0x33, 0x3c),       // shade
    QColor(0x7f, 0x8d, 0x9a),       // detail
    QColor(0xd9, 0xdf, 0xe6),       // ink
    QColor(0x4f, 0xd8, 0xe0),       // line: bright cyan
    QColor(0x4f, 0xd8, 0xe0, 0x5a), // done
    QColor(0xd9, 0xdf, 0xe6, 0x5a), // upcoming
    QColor(0x14, 0x18, 0x1d, 0xe6), // halo
    QColor(0xff, 0x9a, 0x4d),       // marker
    QColor(0xff, 0xe3, 0xcc),       // marker rim
    QColor(0x4f, 0xd8, 0xe0, 0x1c), // zone
    QColor(0x5a, 0xa9, 0xf0, 0xb0), // chest
    QColor(0x5a, 0xd0, 0xa0, 0xb0), // belly
    QColor(0xd9, 0xdf, 0xe6),       // text
};

QByteArray hex(const QColor& c) {
    return c.name(QColor::HexRgb).toLatin1();
}

} // namespace

const DiagramPalette& palette_for(DiagramTheme theme) {
    return theme == DiagramTheme::Dark ? dark : light;
}

QByteArray themed_svg(const QByteArray& svg, DiagramTheme theme) {
    if (theme == DiagramTheme::Light) {
        return svg;
    }
    QByteArray out = svg;
    const DiagramPalette& from = light;
    const DiagramPalette& to = palette_for(theme);
    out.replace(hex(from.skin), hex(to.skin));
    out.replace(hex(from.shade), hex(to.shade));
    out.replace(hex(from.detail), hex(to.detail));
    out.replace(hex(from.ink), hex(to.ink));
    return out;
}

std::string_view to_string(DiagramTheme theme) {
    return theme == DiagramTheme::Dark ? "dark" : "light";
}

} // namespace effleur::ui
