#pragma once
// Printing from the journal: a session's summary in a print preview that prints to any printer
// (or to a PDF through the print dialog), whose toolbar also saves the summary as PDF/A-1b for
// records that must be archived; and a client's course sheet in a print preview.
//
// Ownership: the preview and the file dialog delete themselves when closed; each keeps its own
// copy of the record. The catalogue (the diagrams the marks are drawn on) is borrowed and must
// outlive them; it may be null (the marks are then listed without their diagram).
// Errors: a file that cannot be written is a message box with the reason; nothing throws and
// nothing of the record is logged.

#include "storage/coursestore.h"
#include "storage/journal.h"

class QDialog;
class QWidget;

namespace effleur {
struct Catalog;
}

namespace effleur::ui {

// Opens a window-modal print preview of the session's summary on `parent` and returns it;
// without the printing module, a message box that says so, and nullptr.
QDialog* preview_summary(QWidget* parent, const storage::SessionRecord& record,
                         const Catalog* catalog);

// Asks (window-modal, on `parent`) for a file and writes the summary there as PDF/A-1b.
void save_archival_summary(QWidget* parent, const storage::SessionRecord& record,
                           const Catalog* catalog);

// Opens a window-modal print preview of the course's sheet on `parent` and returns it; without
// the printing module, a message box that says so, and nullptr.
QDialog* preview_course_sheet(QWidget* parent, const storage::ClientCourse& course);

} // namespace effleur::ui
