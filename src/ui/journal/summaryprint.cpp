#include "ui/journal/summaryprint.h"

#include "print/coursesheet.h"
#include "print/sessionsummary.h"
#include "ui/modules/modules.h"
#include "ui/shell/cardpreview.h"

#include <QAction>
#include <QDateTime>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QKeySequence>
#include <QLocale>
#include <QMessageBox>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QStandardPaths>
#include <QToolBar>

#include <memory>

namespace effleur::ui {

namespace {

// A file name that says which session it is, without the client's name.
QString suggested_name(const storage::SessionRecord& record) {
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                        record.summary.started.time_since_epoch())
                        .count();
    const QString date = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(ms))
                             .toLocalTime()
                             .date()
                             .toString(Qt::ISODate);
    return QObject::tr("session-%1-%2.pdf").arg(record.summary.id).arg(date);
}

} // namespace

QDialog* preview_summary(QWidget* parent, const storage::SessionRecord& record,
                         const Catalog* catalog) {
    PrintingModule* printing = Modules::printing();
    if (!printing) {
        show_printing_unavailable(parent);
        return nullptr;
    }
    auto shared = std::make_shared<const storage::SessionRecord>(record);
    PreviewSpec spec;
    spec.object_name = QStringLiteral("summary-preview");
    spec.window_title = QObject::tr("Print the session summary");
    spec.document_name = suggested_name(record);
    spec.page = print::page_size(print::default_paper(QLocale()));
    spec.window_modal = true;
    QDialog* preview =
        printing->make_preview(parent, spec, [shared, catalog](QPagedPaintDevice& printer) {
            (void)print::paint_summary(printer, *shared, catalog);
        });
    // For the archive: the same summary as PDF/A-1b, from the preview's toolbar or by keys.
    auto* archive = new QAction(QObject::tr("Save as PDF/A for the archive\u2026"), preview);
    archive->setObjectName(QStringLiteral("summary-save-pdfa"));
    archive->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    archive->setToolTip(QObject::tr("Save the summary as PDF/A-1b, for records that must be "
                                    "archived (Ctrl+Shift+S)"));
    QObject::connect(archive, &QAction::triggered, preview, [preview, shared, catalog] {
        save_archival_summary(preview, *shared, catalog);
    });
    preview->addAction(archive);
    if (auto* bar = preview->findChild<QToolBar*>()) {
        bar->addSeparator();
        bar->addAction(archive);
    }
    preview->open();
    return preview;
}

void save_archival_summary(QWidget* parent, const storage::SessionRecord& record,
                           const Catalog* catalog) {
    auto shared = std::make_shared<const storage::SessionRecord>(record);
    auto* dialog = new QFileDialog(parent, QObject::tr("Save the summary as PDF/A"));
    dialog->setObjectName(QStringLiteral("summary-pdfa-file"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setNameFilter(QObject::tr("PDF files (*.pdf)"));
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    dialog->setDirectory(folder);
    dialog->selectFile(suggested_name(record));
    dialog->setWindowModality(Qt::WindowModal);
    QObject::connect(
        dialog, &QFileDialog::fileSelected, parent, [parent, shared, catalog](const QString& file) {
            if (const Status written = print::write_summary_pdf(
                    file, *shared, catalog, print::default_paper(QLocale()), true);
                !written) {
                const QString error = QString::fromStdString(written.message());
                auto* box = new QMessageBox(QMessageBox::Warning, QObject::tr("Save as PDF/A"),
                                            QObject::tr("The summary was not saved: %1").arg(error),
                                            QMessageBox::Ok, parent);
                box->setTextFormat(Qt::PlainText);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->setWindowModality(Qt::WindowModal);
                box->open();
            }
        });
    dialog->open();
}

QDialog* preview_course_sheet(QWidget* parent, const storage::ClientCourse& course) {
    PrintingModule* printing = Modules::printing();
    if (!printing) {
        show_printing_unavailable(parent);
        return nullptr;
    }
    auto shared = std::make_shared<const storage::ClientCourse>(course);
    PreviewSpec spec;
    spec.object_name = QStringLiteral("course-sheet-preview");
    spec.window_title = QObject::tr("Print the course sheet");
    spec.document_name = QObject::tr("course-sheet-%1").arg(course.row.id);
    spec.page = print::page_size(print::default_paper(QLocale()));
    spec.window_modal = true;
    QDialog* preview = printing->make_preview(parent, spec, [shared](QPagedPaintDevice& printer) {
        QPainter painter(&printer);
        (void)print::paint_course_sheet(painter, printer, *shared);
    });
    preview->open();
    return preview;
}

} // namespace effleur::ui
