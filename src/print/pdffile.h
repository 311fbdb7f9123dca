#pragma once
// Writing a PDF file, shared by the protocol card, the session summary and the course sheet:
// through QSaveFile (a temporary file beside it, renamed over it only when whole), readable by its
// owner alone from the first byte when it holds health data, on the paper and margins asked for;
// and the frame their pages share (the type, the text area, the footer line). Private to
// src/print.
//
// Ownership: nothing is kept. Errors come back as a Status with a sentence for the user.

#include "print/protocolcard.h"

#include "core/diagnostic.h"

#include <QFont>
#include <QFontMetricsF>
#include <QMarginsF>
#include <QRect>
#include <QSizeF>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QPainter;
class QPdfWriter;
class QTextDocument;

namespace effleur::print {

struct PdfFile {
    Paper paper = Paper::A4;
    QMarginsF margins_mm;   // the page's margins, in millimetres
    QString title;          // the document's title in its metadata
    bool archival = false;  // PDF/A-1b
    bool owner_only = true; // mode 0600 from the first byte (health data, client names)
};

// Writes `path` with `paint`, which paints every page on the writer it is given and returns
// false when it could not (then nothing is written, and `paint_failed` is the error).
Status write_pdf(const QString& path, const PdfFile& setup,
                 const std::function<bool(QPdfWriter&)>& paint, const QString& paint_failed);

// The printed pages' type at `point_size`: DejaVu Sans with a letter spacing just above none, so
// that Qt sets no ligatures and a search finds the text as it was written ("fi" stays two
// letters).
[[nodiscard]] QFont page_font(double point_size);

// A page of `device` as the printed pages share it: a text area above a footer line in small
// grey type, two footer lines high.
struct PageFrame {
    explicit PageFrame(QPagedPaintDevice& device);

    QRect paint_rect;  // the printable area, in device pixels
    QFont footer_font; // page_font(6.5)
    QFontMetricsF footer_metrics;
    QSizeF page; // the text area of one page
    // Too small to lay anything out.
    [[nodiscard]] bool too_small() const { return page.width() < 10 || page.height() < 10; }
    // Page `index` (from 0) of `doc`, laid out on pages of `page`'s size, in black.
    void paint_text(QPainter& painter, QTextDocument& doc, int index) const;
    // The footer line at the foot of the printable area: `left` and `right` ("page 2 of 3").
    void paint_footer(QPainter& painter, const QString& left, const QString& right) const;
};

} // namespace effleur::print
