#include "ui/shell/cardpreview.h"

#include "print/protocolcard.h"

#include <QLocale>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace effleur::ui {

void open_card_preview(QWidget& parent, std::shared_ptr<const Protocol> protocol,
                       const Catalog& catalog) {
    if (!protocol)
        return;
    auto* printer = new QPrinter(QPrinter::HighResolution);
    printer->setPageSize(print::page_size(print::default_paper(QLocale())));
    printer->setDocName(QString::fromStdString(protocol->title.get()));
    auto* preview = new QPrintPreviewDialog(printer, &parent);
    preview->setObjectName(QStringLiteral("card-preview"));
    preview->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(preview, &QObject::destroyed, [printer] { delete printer; });
    QObject::connect(
        preview, &QPrintPreviewDialog::paintRequested, preview,
        [protocol, &catalog](QPrinter* p) { (void)print::paint_card(*p, *protocol, catalog); });
    preview->resize(1000, 760);
    preview->open();
}

} // namespace effleur::ui
