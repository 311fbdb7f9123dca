#include "ui/shell/cardpreview.h"

#include "print/protocolcard.h"
#include "ui/modules/modules.h"

#include <QDialog>
#include <QLocale>
#include <QMessageBox>

namespace effleur::ui {

void open_card_preview(QWidget& parent, const std::shared_ptr<const Protocol>& protocol,
                       const Catalog& catalog) {
    if (!protocol)
        return;
    PrintingModule* printing = Modules::printing();
    if (!printing) {
        show_printing_unavailable(&parent);
        return;
    }
    PreviewSpec spec;
    spec.object_name = QStringLiteral("card-preview");
    spec.document_name = QString::fromStdString(protocol->title.get());
    spec.page = print::page_size(print::default_paper(QLocale()));
    QDialog* preview =
        printing->make_preview(&parent, spec, [protocol, &catalog](QPagedPaintDevice& printer) {
            (void)print::paint_card(printer, *protocol, catalog);
        });
    preview->open();
}

void show_printing_unavailable(QWidget* parent) {
    auto* box =
        new QMessageBox(QMessageBox::Warning, Modules::tr("Print"),
                        Modules::unavailable_text(Module::Printing), QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("printing-unavailable"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

} // namespace effleur::ui
