#pragma once
// The protocol card: one or two pages that a therapist pins on the wall or a student learns from.
// The title and sources; each diagram the protocol works (for a multi-day complex, each day's)
// with every line worked, numbered in the order the steps first work it, with its direction;
// the numbered steps with technique, depth, lines, side, passes and time (suggested values
// marked); the rules and cautions; the contraindications by kind; the course plan; the source
// citations. Text is text (selectable, searchable) and the diagram is vectors: the art's SVG and
// the renderer's scene drawn straight onto the device, never a bitmap.
//
// It paints on any QPagedPaintDevice, so the same function serves a QPdfWriter (the command
// line) and a QPrinter (a print dialog or QPrintPreviewDialog::paintRequested). The device's
// own page size, margins and resolution are used as they are.
//
// Ownership: nothing is kept; the protocol and catalogue are borrowed for the call. Errors: a
// diagram without art is left out of the card and the rest is printed; nothing throws. Needs a
// QGuiApplication (fonts), which may be offscreen.

#include "core/catalog.h"
#include "core/diagnostic.h"
#include "core/protocol.h"

#include <QLocale>
#include <QPageSize>
#include <QString>

#include <string>

class QPagedPaintDevice;
class QPainter;

namespace effleur::print {

enum class Paper { A4, Letter };

// Letter where the locale measures in US units or its country uses Letter paper; A4 elsewhere.
[[nodiscard]] Paper default_paper(const QLocale& locale = QLocale());
[[nodiscard]] QPageSize page_size(Paper paper);

struct CardOptions {
    std::string language = "en"; // the protocol's texts in this language, English if missing
};

struct CardResult {
    int pages = 0;      // 0: the painter could not begin on the device
    double scale = 1.0; // the type size used, as a fraction of the full size (shrunk to fit)
};

// Paints the card with `painter`, already begun on `device` (a QPrinter from a print dialog, or
// a QPdfWriter), from the device's current page on; calls device.newPage() between pages.
// A print preview needs no more than this library (QPrinter is a QPagedPaintDevice):
//   QPrintPreviewDialog preview(&printer, parent);
//   connect(&preview, &QPrintPreviewDialog::paintRequested, [&](QPrinter* printer) {
//       print::paint_card(*printer, protocol, catalog);
//   });
CardResult paint_card(QPainter& painter, QPagedPaintDevice& device, const Protocol& protocol,
                      const Catalog& catalog, const CardOptions& options = {});

// Begins a painter on `device`, paints the card and ends the painter.
CardResult paint_card(QPagedPaintDevice& device, const Protocol& protocol, const Catalog& catalog,
                      const CardOptions& options = {});

// The card as a PDF file on `paper`, written whole or not at all. The error says why it could not
// be written.
Status write_card_pdf(const QString& path, const Protocol& protocol, const Catalog& catalog,
                      Paper paper, const CardOptions& options = {});

} // namespace effleur::print
