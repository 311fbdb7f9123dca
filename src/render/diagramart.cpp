#include "render/diagramart.h"

#include <QFile>
#include <QPainter>
#include <QSvgRenderer>
#include <QTransform>
#include <QXmlStreamReader>

namespace effleur::ui {

namespace {

// The centre of an element in document coordinates: its bounds are in its own coordinates,
// so they go through the transforms of its parents as well.
std::optional<QPointF> element_centre(QSvgRenderer& svg, const QString& id) {
    if (!svg.elementExists(id)) {
        return std::nullopt;
    }
    const QRectF own = svg.boundsOnElement(id);
    return svg.transformForElement(id).map(own.center());
}

} // namespace

DiagramArt::~DiagramArt() = default;

QByteArray bundled_svg(std::string_view diagram_id) {
    QFile file(QStringLiteral(":/diagrams/") +
               QString::fromUtf8(diagram_id.data(), static_cast<qsizetype>(diagram_id.size())) +
               QStringLiteral(".svg"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

DiagramArt::LoadResult DiagramArt::load_bundled(const Diagram& diagram) {
    const QString name =
        QStringLiteral(":/diagrams/%1.svg").arg(QString::fromStdString(diagram.id));
    const QByteArray svg = bundled_svg(diagram.id);
    if (svg.isEmpty()) {
        return about_file(name.toStdString(), "no art for the diagram \"" + diagram.id + "\"");
    }
    return load(diagram, svg, name);
}

DiagramArt::LoadResult DiagramArt::load(const Diagram& diagram, const QByteArray& svg,
                                        const QString& name) {
    const auto refused = [&name](const std::string& message) {
        return about_file(name.toStdString(), message);
    };
    std::shared_ptr<DiagramArt> art(new DiagramArt());
    art->id_ = diagram.id;
    art->light_ = std::make_unique<QSvgRenderer>(themed_svg(svg, DiagramTheme::Light));
    art->dark_ = std::make_unique<QSvgRenderer>(themed_svg(svg, DiagramTheme::Dark));
    if (!art->light_->isValid() || !art->dark_->isValid()) {
        return refused("not a readable SVG");
    }
    art->view_box_ = art->light_->viewBoxF();
    const auto mid = element_centre(*art->light_, QStringLiteral("midline"));
    if (!mid) {
        return refused("no element \"midline\"");
    }
    art->midline_ = mid->x();
    art->posterior_ = art->light_->elementExists(QStringLiteral("view-posterior"));

    QStringList missing;
    for (const Landmark& lm : diagram.landmarks) {
        const QString id = QString::fromStdString(lm.id);
        const auto at = element_centre(*art->light_, id);
        if (!at) {
            missing << id;
            continue;
        }
        art->landmarks_[lm.id] = Point{*at, lm.bilateral};
    }
    if (!missing.isEmpty()) {
        return refused("no element for the landmarks " +
                       missing.join(QStringLiteral(", ")).toStdString());
    }
    return std::shared_ptr<const DiagramArt>(std::move(art));
}

std::optional<QPointF> DiagramArt::landmark(std::string_view id, BodySide side) const {
    const auto it = landmarks_.find(id);
    if (it == landmarks_.end()) {
        return std::nullopt;
    }
    const Point& p = it->second;
    // Stored on the figure's right; the left twin is its mirror image.
    if (p.bilateral && side == BodySide::Left) {
        return QPointF(2.0 * midline_ - p.at.x(), p.at.y());
    }
    return p.at;
}

bool DiagramArt::bilateral(std::string_view id) const {
    const auto it = landmarks_.find(id);
    return it != landmarks_.end() && it->second.bilateral;
}

std::optional<QRectF> DiagramArt::element_bounds(const QString& id) const {
    if (!light_->elementExists(id)) {
        return std::nullopt;
    }
    return light_->transformForElement(id).mapRect(light_->boundsOnElement(id));
}

void DiagramArt::render(QPainter* painter, const QRectF& box, DiagramTheme theme) const {
    QSvgRenderer& svg = theme == DiagramTheme::Dark ? *dark_ : *light_;
    svg.render(painter, box);
}

QStringList svg_landmark_ids(const QByteArray& svg) {
    QStringList ids;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        const auto attrs = xml.attributes();
        const QStringList classes = attrs.value(QStringLiteral("class"))
                                        .toString()
                                        .split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (classes.contains(QStringLiteral("landmark"))) {
            ids << attrs.value(QStringLiteral("id")).toString();
        }
    }
    if (xml.hasError()) {
        return {};
    }
    return ids;
}

} // namespace effleur::ui
