#pragma once
// One diagram's art: the SVG (resources/diagrams/<id>.svg) and the landmark positions read from
// it. The SVG is the only source of positions: each catalogue landmark is an element with the
// landmark's id; a bilateral landmark is placed once, on the figure's own right side, and its
// left twin is the mirror image across the element "midline". An element "view-posterior" marks
// a back view (the figure's right on the viewer's right).
//
// Ownership: a DiagramArt is immutable once loaded and owns its two themed QSvgRenderers; share
// it by shared_ptr<const>. Errors: load() returns the whole art or a Diagnostic about the SVG
// (its name as the file) saying what is missing (unreadable SVG, no midline, landmarks the
// catalogue names but the SVG lacks); it never returns a half-built art and never throws. Needs a
// QGuiApplication for rendering only.

#include "core/catalog.h"
#include "core/diagnostic.h"
#include "render/diagramtheme.h"

#include <QByteArray>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

class QPainter;
class QSvgRenderer;

namespace effleur::ui {

class DiagramArt {
public:
    using LoadResult = Result<std::shared_ptr<const DiagramArt>>;

    // The bundled art for `diagram` (":/diagrams/<id>.svg").
    static LoadResult load_bundled(const Diagram& diagram);
    // Art from SVG bytes; `name` is used in messages.
    static LoadResult load(const Diagram& diagram, const QByteArray& svg, const QString& name);

    ~DiagramArt();
    DiagramArt(const DiagramArt&) = delete;
    DiagramArt& operator=(const DiagramArt&) = delete;

    [[nodiscard]] const std::string& id() const { return id_; }
    [[nodiscard]] QRectF view_box() const { return view_box_; }
    [[nodiscard]] double midline() const { return midline_; }
    [[nodiscard]] bool posterior() const { return posterior_; }

    // A landmark's position in SVG coordinates on one side of the body. A landmark on the
    // midline (not bilateral) is the same on both sides. nullopt for an unknown id.
    [[nodiscard]] std::optional<QPointF> landmark(std::string_view id, BodySide side) const;
    [[nodiscard]] bool bilateral(std::string_view id) const;
    // The bounds of any element, in document coordinates (e.g. the breathing figure's areas).
    [[nodiscard]] std::optional<QRectF> element_bounds(const QString& id) const;

    // Paints the whole art so that its view box fills `box` (device coordinates); the caller
    // clips. Not thread-safe (QSvgRenderer is not): one thread at a time may render an art.
    void render(QPainter* painter, const QRectF& box, DiagramTheme theme) const;

private:
    DiagramArt() = default;
    struct Point {
        QPointF at;
        bool bilateral = false;
    };
    std::string id_;
    QRectF view_box_;
    double midline_ = 0;
    bool posterior_ = false;
    std::map<std::string, Point, std::less<>> landmarks_;
    std::unique_ptr<QSvgRenderer> light_;
    std::unique_ptr<QSvgRenderer> dark_;
};

// The ids of the elements of class "landmark" in SVG text, in document order (for checking
// that the art and the catalogue agree both ways). Empty when the text is not well-formed XML.
[[nodiscard]] QStringList svg_landmark_ids(const QByteArray& svg);

// The bundled SVG text of a diagram; empty if there is none.
[[nodiscard]] QByteArray bundled_svg(std::string_view diagram_id);

} // namespace effleur::ui
