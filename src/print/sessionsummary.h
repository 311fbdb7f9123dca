#pragma once
// The session summary: one client session from the journal on paper, for the client's copy and
// the therapist's files. The client, the date, the protocol and the day; the checklist's answers
// and acknowledgements; the steps as they really ran (when each started, how long it ran against
// its plan, skipped, extended); the pauses; a procedure's ticks; the therapist's notes and
// amendments; the findings marked on the diagram (the same art as the card and the screen);
// lines to sign. Text is text (selectable, searchable, any script DejaVu Sans covers) and the
// diagram is vectors.
//
// Like the card it paints on any QPagedPaintDevice: a QPdfWriter for the command line, a
// QPrinter for a print dialog or a preview. The device's page size, margins and resolution are
// used as they are.
//
// Ownership: nothing is kept; the record and catalogue are borrowed for the call. The catalogue
// may be null: the marks are then listed without their diagram. Errors: a mark on a diagram the
// catalogue does not have, or whose art cannot be loaded, is listed without a picture; nothing
// throws. Needs a QGuiApplication (fonts), which may be offscreen. Health data: nothing here
// logs; the PDF's metadata holds no client's name.

#include "core/catalog.h"
#include "print/protocolcard.h"
#include "storage/journal.h"

#include <QRectF>
#include <QString>

#include <string>
#include <vector>

class QPagedPaintDevice;
class QPainter;

namespace effleur::print {

struct SummaryOptions {
    std::string language = "en"; // the diagram titles in this language, English if missing
};

// Where a diagram of findings was painted: its page (from 0) and its rectangle in the device
// units of the painter (whose origin is the top left of the page's printable area).
struct SummaryPanel {
    int page = 0;
    QRectF rect;
    std::string diagram;
};

struct SummaryResult {
    int pages = 0; // 0: the painter could not begin on the device
    std::vector<SummaryPanel> panels;
};

// Paints the summary with `painter`, already begun on `device`, from the device's current page
// on; calls device.newPage() between pages.
SummaryResult paint_summary(QPainter& painter, QPagedPaintDevice& device,
                            const storage::SessionRecord& record, const Catalog* catalog,
                            const SummaryOptions& options = {});

// Begins a painter on `device`, paints the summary and ends the painter.
SummaryResult paint_summary(QPagedPaintDevice& device, const storage::SessionRecord& record,
                            const Catalog* catalog, const SummaryOptions& options = {});

// The summary as a PDF file on `paper`; `archival`: PDF/A-1b, for records that must be kept.
// The file is written whole or not at all (a temporary file beside it, then a rename) and only
// its owner may read it. The error says why it could not be written.
Status write_summary_pdf(const QString& path, const storage::SessionRecord& record,
                         const Catalog* catalog, Paper paper, bool archival,
                         const SummaryOptions& options = {});

// A mark's colour on paper, by its kind ("pain", "tension", ...).
[[nodiscard]] QColor mark_colour(const std::string& kind);

} // namespace effleur::print
