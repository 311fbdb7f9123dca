// See pdffile.h.

#include "print/pdffile.h"

#include "core/privatefiles.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

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

QFont page_font(double point_size) {
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(point_size);
    // Any letter spacing turns Qt's ligatures off; this is 1/20 of a device pixel, about the
    // least that does not round to none.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    return font;
}

PageFrame::PageFrame(QPagedPaintDevice& device)
    : paint_rect(device.pageLayout().paintRectPixels(device.logicalDpiX())),
      footer_font(page_font(6.5)), footer_metrics(footer_font, &device),
      page(paint_rect.width(), paint_rect.height() - footer_metrics.height() * 2) {}

void PageFrame::paint_text(QPainter& painter, QTextDocument& doc, int index) const {
    painter.save();
    painter.translate(0, -page.height() * index);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = QRectF(0, page.height() * index, page.width(), page.height());
    context.palette.setColor(QPalette::Text, Qt::black);
    painter.setClipRect(context.clip);
    doc.documentLayout()->draw(&painter, context);
    painter.restore();
}

void PageFrame::paint_footer(QPainter& painter, const QString& left, const QString& right) const {
    painter.save();
    painter.setFont(footer_font);
    painter.setPen(QColor(0x40, 0x40, 0x40));
    const QRectF foot(0, paint_rect.height() - footer_metrics.height(), page.width(),
                      footer_metrics.height());
    painter.drawText(foot, Qt::AlignLeft | Qt::AlignVCenter, left);
    painter.drawText(foot, Qt::AlignRight | Qt::AlignVCenter, right);
    painter.restore();
}

} // namespace effleur::print
