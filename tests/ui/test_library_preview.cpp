// The library's diagram preview, offscreen: the selected protocol's lines in the theme's line
// colour where the scene puts them, the dark theme, several diagrams side by side, nothing for
// a broken file, and nothing rendered before the window is shown or before a selection, nor
// while the search is being typed in. Nothing sleeps: flush() stands for the settling delay.

#include "session_test_support.h"

#include "core/loader.h"
#include "ui/editor/problemspanel.h"
#include "ui/library/librarypreview.h"
#include "ui/library/libraryview.h"

#include <QImage>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <cmath>
#include <fstream>

using namespace effleur;
using namespace effleur::ui;

namespace {

bool near(const QColor& a, const QColor& b, int tol = 40) {
    return std::abs(a.red() - b.red()) < tol && std::abs(a.green() - b.green()) < tol &&
           std::abs(a.blue() - b.blue()) < tol;
}

// Whether the picture has `colour` within a pixel or two of `at` (widget coordinates).
bool colour_near(const QPixmap& picture, QPointF at, const QColor& colour) {
    const QImage img = picture.toImage();
    const qreal dpr = picture.devicePixelRatio();
    for (int dy = -2; dy <= 2; ++dy)
        for (int dx = -2; dx <= 2; ++dx) {
            const QPoint p(static_cast<int>(std::floor(at.x() * dpr)) + dx,
                           static_cast<int>(std::floor(at.y() * dpr)) + dy);
            if (img.rect().contains(p) && near(img.pixelColor(p), colour))
                return true;
        }
    return false;
}

// The first line a protocol works.
std::string first_line(const Protocol& p) {
    for (const Stage& s : p.stages)
        for (const Step& step : s.steps)
            if (!step.lines.empty())
                return step.lines.front().line;
    return {};
}

struct Rig {
    QTemporaryDir extra;
    std::vector<LibraryEntry> entries;
    LibraryView view{test::session_loader()->catalog()};

    Rig() {
        std::ofstream(extra.filePath(QStringLiteral("broken.json")).toStdString()) << "{ \"id\": ";
        entries = scan_library(*test::session_loader(),
                               {EFFLEUR_PROTOCOLS_DIR, extra.path().toStdString()});
        view.resize(1100, 800);
    }
    LibraryPreview& preview() { return *view.preview(); }
    void show() {
        view.show();
        REQUIRE(QTest::qWaitForWindowExposed(&view));
    }
};

} // namespace

TEST_CASE("Nothing is previewed before the library is shown", "[library][preview]") {
    Rig rig;
    rig.view.set_entries(rig.entries);
    REQUIRE(rig.view.selected()); // the first protocol is selected at once
    rig.preview().flush();
    CHECK(rig.preview().renders() == 0);
    CHECK(rig.preview().picture().isNull());

    // Shown: the picture comes a moment after the first frame, not with it.
    rig.show();
    CHECK(rig.preview().renders() == 0);
    CHECK(rig.preview().pending());
    rig.preview().flush();
    CHECK(rig.preview().renders() == 1);
    CHECK_FALSE(rig.preview().picture().isNull());
}

TEST_CASE("Nothing is previewed before a protocol is selected", "[library][preview]") {
    Rig rig;
    rig.show();
    rig.preview().flush();
    CHECK(rig.preview().renders() == 0);
    CHECK_FALSE(rig.preview().pending());
    rig.view.set_entries(rig.entries);
    rig.preview().flush();
    CHECK(rig.preview().renders() == 1);
}

TEST_CASE("The preview draws the selected protocol's lines in the theme's line colour",
          "[library][preview]") {
    Rig rig;
    rig.view.set_entries(rig.entries);
    rig.show();
    REQUIRE(rig.view.select_id("classic-back"));
    LibraryPreview& preview = rig.preview();
    CHECK(preview.isVisible());
    preview.flush();
    const std::string line = first_line(*rig.view.selected());
    REQUIRE_FALSE(line.empty());

    REQUIRE(preview.theme() == DiagramTheme::Light);
    const QColor light = palette_for(DiagramTheme::Light).line;
    const QColor dark = palette_for(DiagramTheme::Dark).line;
    REQUIRE_FALSE(near(light, dark));
    auto on_line = preview.line_point(line, 0.3);
    REQUIRE(on_line);
    CHECK(colour_near(preview.picture(), *on_line, light));
    // Away from every line, the diagram's background: the line colour is not everywhere.
    CHECK_FALSE(colour_near(preview.picture(), QPointF(3, 3), light));
    // The picture is made for the screen's pixels.
    CHECK(preview.picture().size() == preview.size() * preview.devicePixelRatio());

    // The dark theme: the same place, in the dark theme's line colour.
    QPalette night = rig.view.palette();
    night.setColor(QPalette::Window, QColor(0x20, 0x22, 0x26));
    night.setColor(QPalette::Base, QColor(0x18, 0x1a, 0x1e));
    rig.view.setPalette(night);
    CHECK(preview.theme() == DiagramTheme::Dark);
    CHECK(preview.picture().isNull()); // not made yet for this theme
    preview.flush();
    on_line = preview.line_point(line, 0.3);
    REQUIRE(on_line);
    CHECK(colour_near(preview.picture(), *on_line, dark));
    CHECK_FALSE(colour_near(preview.picture(), *on_line, light));
}

TEST_CASE("A protocol on two diagrams previews both", "[library][preview]") {
    Rig rig;
    rig.view.set_entries(rig.entries);
    rig.show();
    REQUIRE(rig.view.select_id("kneading-prp-lymphatic"));
    rig.preview().flush();
    const auto& diagrams = rig.view.selected()->diagrams;
    REQUIRE(diagrams.size() == 2);
    CHECK(rig.preview().diagrams() == diagrams);
    // A line on each, where the scene says, in the line colour.
    const QColor light = palette_for(DiagramTheme::Light).line;
    const Catalog& catalog = test::session_loader()->catalog();
    for (const std::string& id : diagrams) {
        std::string line;
        for (const Stage& s : rig.view.selected()->stages)
            for (const Step& step : s.steps)
                if (line.empty() && step.diagram == id && !step.lines.empty())
                    line = step.lines.front().line;
        INFO(id);
        REQUIRE(catalog.diagram(id));
        REQUIRE_FALSE(line.empty());
        const auto at = rig.preview().line_point(line, 0.3);
        REQUIRE(at);
        CHECK(colour_near(rig.preview().picture(), *at, light));
    }
}

TEST_CASE("A broken protocol file shows no preview", "[library][preview]") {
    Rig rig;
    rig.view.set_entries(rig.entries);
    rig.show();
    const LibraryEntry* broken = nullptr;
    for (const LibraryEntry& e : rig.view.entries())
        if (!e.protocol)
            broken = &e;
    REQUIRE(broken);
    REQUIRE(rig.view.select_file(broken->file));
    rig.preview().flush();
    CHECK_FALSE(rig.preview().isVisible());
    CHECK_FALSE(rig.preview().protocol());
    CHECK(rig.preview().picture().isNull());
    CHECK(rig.preview().renders() == 0);
    // Back on a good one, the preview returns.
    REQUIRE(rig.view.select_id("classic-back"));
    CHECK(rig.preview().isVisible());
    rig.preview().flush();
    CHECK_FALSE(rig.preview().picture().isNull());
}

TEST_CASE("Typing in the search renders nothing until the selection settles",
          "[library][preview]") {
    Rig rig;
    rig.view.set_entries(rig.entries);
    rig.show();
    rig.preview().flush();
    const int before = rig.preview().renders();
    const auto first = rig.view.selected();
    // Each key changes the selection; none of them waits for a picture.
    for (const char* text : {"n", "ne", "nec", "neck"}) {
        rig.view.search()->setText(QString::fromLatin1(text));
        CHECK(rig.preview().renders() == before);
    }
    REQUIRE(rig.view.selected());
    REQUIRE(rig.view.selected() != first);
    CHECK(rig.preview().pending());
    rig.preview().flush();
    CHECK(rig.preview().renders() == before + 1);
    // Going back to a protocol already seen at this size and theme renders nothing new.
    rig.view.search()->clear();
    REQUIRE(rig.view.select_id(first->id));
    rig.preview().flush();
    CHECK(rig.preview().renders() == before + 1);
    CHECK_FALSE(rig.preview().picture().isNull());
}

TEST_CASE("The problems panel asks for its icons only once it is shown", "[library][problems]") {
    ProblemsPanel panel;
    Diagnostic error;
    error.severity = Severity::Error;
    error.file = "a.json";
    error.message = "an error";
    Diagnostic warning;
    warning.severity = Severity::Warning;
    warning.file = "b.json";
    warning.message = "a warning";
    panel.set_problems({error, warning});
    REQUIRE(panel.list()->topLevelItemCount() == 2);
    CHECK(panel.list()->topLevelItem(0)->icon(0).isNull());
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    const QIcon e = panel.list()->topLevelItem(0)->icon(0);
    const QIcon w = panel.list()->topLevelItem(1)->icon(0);
    CHECK_FALSE(e.isNull());
    CHECK_FALSE(w.isNull());
    CHECK(e.cacheKey() != w.cacheKey());
}
