// The art and the catalogue agree: every landmark the catalogue names is an element of the SVG,
// and every landmark element of the SVG is in the catalogue; positions come from the SVG.

#include "diagram_test_support.h"
#include "render/diagramart.h"

#include <QFile>

#include <set>

using namespace effleur;
using namespace effleur::ui;

namespace {

std::set<std::string> catalogue_ids(const Diagram& d) {
    std::set<std::string> ids;
    for (const Landmark& l : d.landmarks) {
        ids.insert(l.id);
    }
    return ids;
}

std::set<std::string> svg_ids(const QByteArray& svg) {
    std::set<std::string> ids;
    for (const QString& id : svg_landmark_ids(svg)) {
        ids.insert(id.toStdString());
    }
    return ids;
}

} // namespace

TEST_CASE("every diagram's landmarks are in its SVG, and the SVG has no others", "[art]") {
    REQUIRE(test::catalog().diagrams.size() >= 3);
    for (const Diagram& d : test::catalog().diagrams) {
        INFO("diagram " << d.id);
        const QByteArray svg = bundled_svg(d.id);
        REQUIRE_FALSE(svg.isEmpty());
        const auto in_catalogue = catalogue_ids(d);
        const auto in_svg = svg_ids(svg);
        for (const auto& id : in_catalogue) {
            INFO("catalogue landmark " << id << " has no element in the SVG");
            CHECK(in_svg.count(id) == 1);
        }
        for (const auto& id : in_svg) {
            INFO("SVG landmark " << id << " is not in the catalogue");
            CHECK(in_catalogue.count(id) == 1);
        }
        // Each id once: a duplicate would make the position ambiguous.
        CHECK(static_cast<std::size_t>(svg_landmark_ids(svg).size()) == in_svg.size());
        const auto art = DiagramArt::load_bundled(d);
        CHECK(art.ok());
    }
}

TEST_CASE("the compiled-in art is the art in resources/diagrams", "[art]") {
    for (const char* id : {"face-front", "back", "upper-body", "breathing"}) {
        QFile file(QStringLiteral(EFFLEUR_ART_DIR "/%1.svg").arg(QLatin1String(id)));
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.readAll() == bundled_svg(id));
    }
}

TEST_CASE("bilateral landmarks sit on the figure's right and the others on the midline", "[art]") {
    for (const Diagram& d : test::catalog().diagrams) {
        INFO("diagram " << d.id);
        const auto loaded = DiagramArt::load_bundled(d);
        REQUIRE(loaded.ok());
        const auto& art = *loaded.value();
        for (const Landmark& l : d.landmarks) {
            INFO("landmark " << l.id);
            const QPointF right = *art.landmark(l.id, BodySide::Right);
            const QPointF left = *art.landmark(l.id, BodySide::Left);
            if (!l.bilateral) {
                CHECK(std::abs(right.x() - art.midline()) < 1.0);
                CHECK(right == left);
                continue;
            }
            // The figure's right is on the viewer's left in a front view.
            CHECK((art.posterior() ? right.x() > art.midline() : right.x() < art.midline()));
            CHECK(left.x() == Approx(2 * art.midline() - right.x()));
            CHECK(left.y() == Approx(right.y()));
            CHECK(art.view_box().contains(right));
        }
    }
}

TEST_CASE("art that lacks a landmark is refused, naming it", "[art]") {
    const Diagram& d = test::diagram("face-front");
    QByteArray svg = bundled_svg(d.id);
    REQUIRE(svg.contains("id=\"tragus\""));
    svg.replace("id=\"tragus\"", "id=\"not-the-tragus\"");
    const auto loaded = DiagramArt::load(d, svg, QStringLiteral("test.svg"));
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.errors().front().file == "test.svg");
    CHECK(loaded.message() == "no element for the landmarks tragus");
    const auto broken = DiagramArt::load(d, "<svg", QStringLiteral("bad.svg"));
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.errors().front().to_string() == "bad.svg: not a readable SVG");
}

TEST_CASE("the dark theme recolours every art colour", "[art][theme]") {
    const QByteArray light = bundled_svg("face-front");
    const QByteArray dark = themed_svg(light, DiagramTheme::Dark);
    const DiagramPalette& l = palette_for(DiagramTheme::Light);
    for (const QColor& c : {l.skin, l.shade, l.detail, l.ink}) {
        const QByteArray hex = c.name().toLatin1();
        CHECK(light.contains(hex));
        CHECK_FALSE(dark.contains(hex));
    }
}
