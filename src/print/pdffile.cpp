// See pdffile.h.

#include "print/pdffile.h"

#include "core/privatefiles.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPdfWriter>
#include <QSaveFile>

#include <sys/stat.h>

namespace effleur::print {

namespace {

struct Pdf {
    Q_DECLARE_TR_FUNCTIONS(PdfFile)
};

Status failure(const QString& message) {
    return message_only(message.toStdString());
}

} // namespace

Status write_pdf(const QString& path, const PdfFile& setup,
                 const std::function<bool(QPdfWriter&)>& paint, const QString& paint_failed) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(Pdf::tr("cannot write %1: %2").arg(path, file.errorString()));
    if (setup.owner_only &&
        (file.handle() < 0 || ::fchmod(file.handle(), files::private_file_mode) != 0)) {
        file.cancelWriting();
        return failure(Pdf::tr("cannot make %1 private").arg(path));
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(600);
        writer.setPageLayout(QPageLayout(page_size(setup.paper), QPageLayout::Portrait,
                                         setup.margins_mm, QPageLayout::Millimeter));
        if (setup.archival)
            writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setTitle(setup.title);
        writer.setCreator(QStringLiteral("Effleur"));
        if (!paint(writer)) {
            file.cancelWriting();
            return failure(paint_failed);
        }
    }
    if (!file.commit())
        return failure(Pdf::tr("cannot write %1: %2").arg(path, file.errorString()));
    return Done{};
}

} // namespace effleur::print
