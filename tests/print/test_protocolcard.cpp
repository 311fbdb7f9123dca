// The protocol card: the paper from the locale, the plan of its diagrams and line numbers, and
// the card painted on a PDF writer, alone and with a painter the caller began (as a print
// dialog's QPrinter is painted).

#include "core/loader.h"
#include "print/cardcontent.h"
#include "print/carddiagram.h"
#include "print/protocolcard.h"
#include "render/diagramart.h"
#include "render/diagramscene.h"
#include "ui/common/translations.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QString>

#include <filesystem>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace {

using namespace effleur;

const Loader& loader() {
    static const std::shared_ptr<const Loader> l = [] {
        auto r = Loader::create(EFFLEUR_PROTOCOLS_DIR);
        REQUIRE(r);
        return r.value();
    }();
    return *l;
}

Protocol bundled(const std::string& id) {
    auto r = loader().load_file(std::filesystem::path(EFFLEUR_PROTOCOLS_DIR) / (id + ".json"));
    REQUIRE(r);
    return r.value();
}

std::vector<std::string> bundled_ids() {
    std::vector<std::string> ids;
    for (const auto& e : std::filesystem::directory_iterator(EFFLEUR_PROTOCOLS_DIR)) {
        if (e.path().extension() == ".json") {
            ids.push_back(e.path().stem().string());
        }
    }
    return ids;
}

// The pages of a PDF that QPdfWriter wrote: its page objects are never compressed.
int pdf_pages(const QByteArray& pdf) {
    int pages = 0;
    for (qsizetype at = pdf.indexOf("/Type /Page"); at >= 0;
         at = pdf.indexOf("/Type /Page", at + 1)) {
        if (pdf.mid(at + 11, 1) != "s") {
            ++pages;
        }
    }
    return pages;
}

void set_up(QPdfWriter& writer, print::Paper paper) {
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(print::page_size(paper), QPageLayout::Portrait,
                                     QMarginsF(12, 12, 12, 10), QPageLayout::Millimeter));
}

} // namespace

TEST_CASE("the card's paper is Letter where the locale uses it, A4 elsewhere") {
    CHECK(print::default_paper(QLocale(QLocale::English, QLocale::UnitedStates)) ==
          print::Paper::Letter);
    CHECK(print::default_paper(QLocale(QLocale::French, QLocale::Canada)) == print::Paper::Letter);
    CHECK(print::default_paper(QLocale(QLocale::Spanish, QLocale::Mexico)) == print::Paper::Letter);
    CHECK(print::default_paper(QLocale(QLocale::English, QLocale::UnitedKingdom)) ==
          print::Paper::A4);
    CHECK(print::default_paper(QLocale(QLocale::German, QLocale::Germany)) == print::Paper::A4);
    CHECK(print::default_paper(QLocale(QLocale::Russian, QLocale::Russia)) == print::Paper::A4);
    CHECK(print::page_size(print::Paper::Letter).id() == QPageSize::Letter);
    CHECK(print::page_size(print::Paper::A4).id() == QPageSize::A4);
}

TEST_CASE("the card numbers each line once, in the order the steps first work it") {
    const Protocol p = bundled("classic-back");
    const print::CardPlan plan = print::plan_card(p, loader().catalog(), "en");
    REQUIRE(plan.panels.size() == 1);
    // The first step's lines are 1 and 2; every number from 1 up is used once.
    const Step& first = p.stages.front().steps.front();
    CHECK(plan.numbers.at({first.lines[0].line, first.lines[0].direction}) == 1);
    CHECK(plan.numbers.at({first.lines[1].line, first.lines[1].direction}) == 2);
    std::set<int> numbers;
    for (const auto& [key, n] : plan.numbers) {
        numbers.insert(n);
    }
    CHECK(numbers.size() == plan.numbers.size());
    CHECK(*numbers.begin() == 1);
    CHECK(*numbers.rbegin() == static_cast<int>(plan.numbers.size()));
    // The panel shows every numbered line.
    CHECK(plan.panels.front().overview.lines.size() == plan.numbers.size());
}

TEST_CASE("a multi-day complex has a panel for each day's diagrams, and none for a day without "
          "lines") {
    const Protocol p = bundled("kneading-prp-lymphatic");
    const print::CardPlan plan = print::plan_card(p, loader().catalog(), "en");
    std::vector<int> days;
    for (const auto& panel : plan.panels) {
        REQUIRE(panel.day.has_value());
        days.push_back(*panel.day);
        CHECK(panel.caption.startsWith(QStringLiteral("Day %1").arg(*panel.day)));
        CHECK(panel.numbers.size() == panel.overview.lines.size());
    }
    CHECK(std::set<int>(days.begin(), days.end()) == std::set<int>{1, 3});
}

TEST_CASE("every bundled protocol's card is one or two pages, at A4 and at Letter") {
    for (const std::string& id : bundled_ids()) {
        for (const auto paper : {print::Paper::A4, print::Paper::Letter}) {
            INFO(id << (paper == print::Paper::A4 ? " on A4" : " on Letter"));
            const Protocol p = bundled(id);
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            print::CardResult r;
            {
                QPdfWriter writer(&buffer);
                set_up(writer, paper);
                r = print::paint_card(writer, p, loader().catalog());
            }
            CHECK(r.pages >= 1);
            CHECK(r.pages <= 2);
            CHECK(r.scale >= 0.7);
            CHECK(buffer.data().startsWith("%PDF-"));
            CHECK(pdf_pages(buffer.data()) == r.pages);
        }
    }
}

TEST_CASE("the card paints with a painter the caller began, from the device's current page on") {
    // As a print dialog does with its QPrinter: one painter, two cards, a page between them.
    const Protocol neck = bundled("neck-self-massage");
    const Protocol back = bundled("classic-back");
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int pages = 0;
    {
        QPdfWriter writer(&buffer);
        set_up(writer, print::Paper::A4);
        QPainter painter(&writer);
        pages += print::paint_card(painter, writer, neck, loader().catalog()).pages;
        writer.newPage();
        pages += print::paint_card(painter, writer, back, loader().catalog()).pages;
        CHECK(painter.isActive());
    }
    CHECK(pages >= 2);
    CHECK(pdf_pages(buffer.data()) == pages);
}

TEST_CASE("a painter that is not active paints no card") {
    const Protocol neck = bundled("neck-self-massage");
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    QPainter idle;
    CHECK(print::paint_card(idle, writer, neck, loader().catalog()).pages == 0);
}

TEST_CASE("a card's diagram draws every line where the renderer's scene puts it") {
    for (const std::string& id : bundled_ids()) {
        const Protocol p = bundled(id);
        const print::CardPlan plan = print::plan_card(p, loader().catalog(), "en");
        for (std::size_t i = 0; i < plan.panels.size(); ++i) {
            INFO(id << ", panel " << i);
            const print::Panel& panel = plan.panels[i];
            const QRectF rect(0, 0, 420, 560);
            print::CardDiagrams diagrams(plan, std::vector<QSizeF>(plan.panels.size(), rect.size()),
                                         1.0);
            QImage image(rect.size().toSize(), QImage::Format_ARGB32);
            image.fill(Qt::white);
            {
                QPainter painter(&image);
                diagrams.paint_panel(&painter, rect, i);
            }
            auto loaded = ui::DiagramArt::load_bundled(*panel.diagram);
            REQUIRE(loaded.ok());
            const auto* art = &loaded.value();
            ui::DiagramFrame frame;
            frame.diagram = panel.diagram;
            frame.step = &panel.overview;
            frame.state = EngineState::Paused;
            const ui::DiagramScene scene = ui::layout_scene(**art, frame, rect);
            REQUIRE(!scene.lines.empty());
            // Late along each line (the numbers sit near the starts): the line's colour within
            // a pixel of most of the points; a line beside another may be under its halo.
            for (const ui::SceneLine& l : scene.lines) {
                INFO(l.id);
                int shown = 0;
                for (int k = 0; k < 7; ++k) {
                    const QPoint at = l.path.point_at(0.65 + 0.05 * k).toPoint();
                    bool found = false;
                    for (int dy = -1; dy <= 1 && !found; ++dy) {
                        for (int dx = -1; dx <= 1 && !found; ++dx) {
                            const QColor c = image.pixelColor(at + QPoint(dx, dy));
                            found = c.green() > c.red() + 40 && c.blue() > c.red() + 40;
                        }
                    }
                    shown += found ? 1 : 0;
                }
                CHECK(shown >= 4);
            }
        }
    }
}

TEST_CASE("every bundled protocol's card is one or two pages in Russian, Ukrainian and Polish") {
    for (const std::string& id : bundled_ids()) {
        for (const std::string language : {"ru", "uk", "pl"}) {
            for (const auto paper : {print::Paper::A4, print::Paper::Letter}) {
                INFO(id << " in " << language
                        << (paper == print::Paper::A4 ? " on A4" : " on Letter"));
                const Protocol p = bundled(id);
                QBuffer buffer;
                buffer.open(QIODevice::WriteOnly);
                print::CardResult r;
                {
                    QPdfWriter writer(&buffer);
                    set_up(writer, paper);
                    r = print::paint_card(writer, p, loader().catalog(), {language});
                }
                CHECK(r.pages >= 1);
                CHECK(r.pages <= 2);
                CHECK(r.scale >= 0.7);
                CHECK(pdf_pages(buffer.data()) == r.pages);
            }
        }
    }
}

TEST_CASE("the card in Russian, Ukrainian and Polish names the protocol, its lines and its source "
          "in that language") {
    struct Expected {
        std::string language;
        QString title;   // classic-back.json
        QString line;    // sacrum-to-neck, catalog/diagrams/back.json
        QString source;  // 004, catalog/sources.json
        QString step;    // the first step's title
        QString regions; // back and neck, translations/effleur_*.ts
    };
    const std::vector<Expected> cases{
        {"ru", QStringLiteral("Классический массаж спины"),
         QStringLiteral("Вдоль позвоночника, от крестца вверх к шее"),
         QStringLiteral("Лечебный массаж: методики, показания и противопоказания"),
         QStringLiteral("Поверхностное плоскостное поглаживание"), QStringLiteral("спина, шея")},
        {"uk", QStringLiteral("Класичний масаж спини"),
         QStringLiteral("Уздовж хребта, від крижів угору до шиї"),
         QStringLiteral("Лікувальний масаж: методики, показання та протипоказання"),
         QStringLiteral("Поверхневе площинне погладжування"), QStringLiteral("спина, шия")},
        {"pl", QStringLiteral("Klasyczny masaż pleców"),
         QStringLiteral("Wzdłuż kręgosłupa, od kości krzyżowej w górę do karku"),
         QStringLiteral("Masaż leczniczy: metody, wskazania i przeciwwskazania"),
         QStringLiteral("Głaskanie płaskie powierzchowne"), QStringLiteral("plecy, szyja")},
    };
    const Protocol p = bundled("classic-back");
    for (const Expected& e : cases) {
        INFO(e.language);
        // The card's own words in that language too, as `effleur card --lang` installs them.
        struct Catalogue {
            explicit Catalogue(const std::string& code) {
                ui::install_translations(*QCoreApplication::instance(),
                                         QString::fromStdString(code));
            }
            ~Catalogue() {
                ui::install_translations(*QCoreApplication::instance(), QStringLiteral("en"));
            }
            Catalogue(const Catalogue&) = delete;
            Catalogue& operator=(const Catalogue&) = delete;
        } catalogue(e.language);
        const print::CardPlan plan = print::plan_card(p, loader().catalog(), e.language);
        print::CardText text;
        text.language = e.language;
        const QString html = print::card_html(p, loader().catalog(), plan, text);
        CHECK(html.contains(e.title));
        CHECK(html.contains(e.line));
        CHECK(html.contains(e.source));
        CHECK(html.contains(e.step));
        CHECK_FALSE(html.contains(QStringLiteral("Classic back massage")));
        // The line under the title (audience, regions, steps, time, version) has no English.
        const qsizetype at = html.indexOf(e.regions);
        REQUIRE(at >= 0);
        const qsizetype from = html.lastIndexOf(QLatin1Char('>'), at) + 1;
        const QString facts = html.mid(from, html.indexOf(QLatin1Char('<'), at) - from);
        INFO(facts.toStdString());
        if (e.language != "pl") // Cyrillic: no Latin letter at all
            CHECK_FALSE(facts.contains(QRegularExpression(QStringLiteral("[A-Za-z]"))));
        for (const char* english : {"back", "neck", "therapist", "step", "version"})
            CHECK_FALSE(facts.contains(QLatin1String(english)));
        CHECK_FALSE(html.contains(QStringLiteral("Medical massage")));
    }
}
