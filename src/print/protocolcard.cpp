#include "print/protocolcard.h"

#include "print/cardcontent.h"
#include "print/carddiagram.h"
#include "print/pdffile.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFile>
#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>

namespace effleur::print {

namespace {

// The context of this page's words in the catalogues.
struct Card {
    Q_DECLARE_TR_FUNCTIONS(ProtocolCard)
};

// The first row of the step tables (from 0, heads not counted) that lies across a page
// boundary; -1 when none does. Qt breaks a table row between the lines of its cells.
int split_row(QTextDocument& doc, double page_height) {
    int index = 0;
    for (QTextFrame* frame : doc.rootFrame()->childFrames()) {
        auto* table = qobject_cast<QTextTable*>(frame);
        if (table == nullptr || table->columns() != 8 || table->format().headerRowCount() != 1) {
            continue;
        }
        for (int r = 1; r < table->rows(); ++r, ++index) {
            double top = 1e300;
            double bottom = -1e300;
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                if (!cell.isValid() || cell.row() != r) {
                    continue;
                }
                const auto* layout = doc.documentLayout();
                top = std::min(top,
                               layout->blockBoundingRect(cell.firstCursorPosition().block()).top());
                bottom = std::max(
                    bottom, layout->blockBoundingRect(cell.lastCursorPosition().block()).bottom());
            }
            if (top < bottom && bottom - top < page_height &&
                std::floor(top / page_height) != std::floor((bottom - 0.5) / page_height)) {
                return index;
            }
        }
    }
    return -1;
}

// The card laid out at one type size on pages of `page` (device units).
struct Layout {
    std::unique_ptr<CardDiagrams> diagrams;
    std::unique_ptr<QTextDocument> doc;
    int pages = 0;
    double scale = 1.0;
};

Layout lay_out(QPagedPaintDevice& device, const Protocol& protocol, const Catalog& catalog,
               const CardPlan& plan, const QSizeF& page, double scale, const CardOptions& options) {
    // HTML lengths are in pixels of 96 to the inch, which the layout scales to the device.
    const double px_per_pt = 96.0 / 72.0;
    // The diagrams shrink with the type: a card that needs a second page at full size first
    // gives up some picture.
    const double picture = 0.5 + 0.5 * scale;
    const std::size_t n = plan.panels.size();
    std::vector<QSizeF> sizes;
    const double pad = 2 * 2 * scale * px_per_pt * device.logicalDpiX() / 96.0;
    for (std::size_t i = 0; i < n; ++i) {
        if (n == 1) {
            const double h = page.height() * 0.36 * picture;
            sizes.emplace_back(std::min(page.width() * 0.55, h * 0.82), h);
        } else {
            // Narrower than its cell (the cell's padding, and room to spare): an image wider
            // than its line would be pushed onto a line of its own below an empty one.
            const double w = page.width() / static_cast<double>(n) * 0.9 - 2 * pad;
            sizes.emplace_back(w, std::min(page.height() * 0.3 * picture, w * 1.3));
        }
    }
    Layout l;
    l.scale = scale;
    l.diagrams = std::make_unique<CardDiagrams>(plan, std::move(sizes), scale);
    l.doc = std::make_unique<QTextDocument>();
    l.doc->documentLayout()->setPaintDevice(&device);
    l.doc->documentLayout()->registerHandler(QTextFormat::ImageObject, l.diagrams.get());
    l.doc->setDefaultFont(page_font(8 * scale));
    l.doc->setDocumentMargin(0);
    l.doc->setPageSize(page);
    CardText text;
    text.language = options.language;
    text.scale = scale;
    text.px_per_pt = px_per_pt;
    l.doc->setHtml(card_html(protocol, catalog, plan, text));
    // Rows split between pages move whole onto the next; each move can only push rows down.
    for (int tries = 0; tries < 8; ++tries) {
        const int split = split_row(*l.doc, page.height());
        if (split < 0 || text.break_before.count(split) > 0) {
            break;
        }
        text.break_before.insert(split);
        l.doc->setHtml(card_html(protocol, catalog, plan, text));
    }
    l.pages = l.doc->pageCount();
    return l;
}

} // namespace

Paper default_paper(const QLocale& locale) {
    if (locale.measurementSystem() == QLocale::ImperialUSSystem) {
        return Paper::Letter;
    }
    // The countries that use Letter paper, though some of them measure in metric units.
    static constexpr std::array letter{
        QLocale::UnitedStates, QLocale::Canada,     QLocale::Mexico,    QLocale::Philippines,
        QLocale::Chile,        QLocale::Colombia,   QLocale::CostaRica, QLocale::Guatemala,
        QLocale::Panama,       QLocale::PuertoRico, QLocale::Venezuela, QLocale::DominicanRepublic,
        QLocale::ElSalvador,   QLocale::Nicaragua};
    const QLocale::Territory here = locale.territory();
    return std::find(letter.begin(), letter.end(), here) != letter.end() ? Paper::Letter
                                                                         : Paper::A4;
}

QPageSize page_size(Paper paper) {
    return QPageSize(paper == Paper::Letter ? QPageSize::Letter : QPageSize::A4);
}

CardResult paint_card(QPainter& painter, QPagedPaintDevice& device, const Protocol& protocol,
                      const Catalog& catalog, const CardOptions& options) {
    CardResult result;
    if (!painter.isActive()) {
        return result;
    }
    const PageFrame frame(device);
    const QSizeF page = frame.page;
    if (frame.too_small()) {
        return result;
    }

    const CardPlan plan = plan_card(protocol, catalog, options.language);
    // One page at full size or a little smaller; else two, shrinking the type modestly; else as
    // many pages as it takes, never a word cut off.
    Layout chosen = lay_out(device, protocol, catalog, plan, page, 1.0, options);
    if (chosen.pages > 1) {
        for (const double s : {0.92, 0.85}) {
            Layout l = lay_out(device, protocol, catalog, plan, page, s, options);
            if (l.pages == 1) {
                chosen = std::move(l);
                break;
            }
        }
    }
    if (chosen.pages > 2) {
        for (const double s : {0.92, 0.85, 0.78, 0.72}) {
            Layout l = lay_out(device, protocol, catalog, plan, page, s, options);
            chosen = std::move(l);
            if (chosen.pages <= 2) {
                break;
            }
        }
    }

    const QString title = QString::fromStdString(protocol.title.get(options.language));
    const int pages = chosen.pages;
    for (int i = 0; i < pages; ++i) {
        if (i > 0) {
            device.newPage();
        }
        frame.paint_text(painter, *chosen.doc, i);
        frame.paint_footer(painter,
                           Card::tr("Effleur \u00b7 %1 \u00b7 %2, version %3")
                               .arg(title, QString::fromStdString(protocol.id))
                               .arg(protocol.version),
                           Card::tr("page %1 of %2").arg(i + 1).arg(pages));
    }
    result.pages = pages;
    result.scale = chosen.scale;
    return result;
}

CardResult paint_card(QPagedPaintDevice& device, const Protocol& protocol, const Catalog& catalog,
                      const CardOptions& options) {
    QPainter painter;
    if (!painter.begin(&device)) {
        return {};
    }
    CardResult r = paint_card(painter, device, protocol, catalog, options);
    painter.end();
    return r;
}

Status write_card_pdf(const QString& path, const Protocol& protocol, const Catalog& catalog,
                      Paper paper, const CardOptions& options) {
    PdfFile setup;
    setup.paper = paper;
    setup.margins_mm = QMarginsF(12, 12, 12, 10);
    setup.title = Card::tr("%1: protocol card")
                      .arg(QString::fromStdString(protocol.title.get(options.language)));
    setup.owner_only = false; // a protocol's card holds no one's data
    return write_pdf(
        path, setup,
        [&](QPdfWriter& writer) {
            return paint_card(writer, protocol, catalog, options).pages > 0;
        },
        Card::tr("cannot paint the card into %1").arg(path));
}

} // namespace effleur::print
