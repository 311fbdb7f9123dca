#pragma once
// The course sheet: a client's course of one protocol on one page, to keep in the client's file
// and fill in by hand. The client, the protocol and its plan, when the course began and how far
// it is; then a row for every session of the course: those held (with their dates, as the
// journal has them) and those planned (with their planned dates, a moved date marked with its
// reason), each with blank cells for the date it was held, a box to tick and the therapist's
// and the client's signatures. A course whose plan has more sessions than are planned yet (one
// at a time after the least number) gets blank rows up to the most.
//
// Like the card it paints on any QPagedPaintDevice. The type and the rows shrink to keep it on
// one page; a course too long for that goes on as many pages as it takes, never cut off.
//
// Ownership: nothing is kept; the course is borrowed for the call. Errors: nothing throws. Needs
// a QGuiApplication (fonts), which may be offscreen. Health data: nothing here logs, and the
// PDF's metadata holds no client's name.

#include "print/protocolcard.h"
#include "storage/coursestore.h"

#include <QString>

#include <vector>

class QPagedPaintDevice;
class QPainter;

namespace effleur::print {

// One row of the sheet.
struct SheetRow {
    QString session; // "1", "4 · day 2", "maintenance"
    QString planned; // the planned date, or empty
    QString held;    // the date it was held (done sessions), or empty: to fill in
    QString remark;  // e.g. "moved: the client is away"
    bool done = false;
};

// The rows of a course's sheet, in order: the sessions held, then the planned ones, then blank
// rows up to the plan's most sessions.
[[nodiscard]] std::vector<SheetRow> sheet_rows(const storage::ClientCourse& course);

// Paints the sheet with `painter`, already begun on `device`, from the device's current page on.
// Returns the pages painted (0 when the painter is not active).
int paint_course_sheet(QPainter& painter, QPagedPaintDevice& device,
                       const storage::ClientCourse& course);

// The sheets of `courses` as a PDF on `paper`, each course from a new page; written whole or not
// at all and readable by its owner only. The error says why it could not be written.
Status write_course_sheets_pdf(const QString& path,
                               const std::vector<const storage::ClientCourse*>& courses,
                               Paper paper);

} // namespace effleur::print
