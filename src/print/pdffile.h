#pragma once
// Writing a PDF file, shared by the protocol card, the session summary and the course sheet:
// through QSaveFile (a temporary file beside it, renamed over it only when whole), readable by its
// owner alone from the first byte when it holds health data, on the paper and margins asked for.
// Private to src/print.
//
// Ownership: nothing is kept. Errors come back as a Status with a sentence for the user.

#include "print/protocolcard.h"

#include "core/diagnostic.h"

#include <QMarginsF>
#include <QString>

#include <functional>

class QPdfWriter;

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

} // namespace effleur::print
