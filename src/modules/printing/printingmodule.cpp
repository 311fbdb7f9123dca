// The printing module: print previews with Qt PrintSupport, as a Qt plugin the app loads when
// something is first printed (ui/modules/modules.h). What is printed is painted by the app
// (the print library) on the preview's printer.

#include "ui/modules/interfaces.h"

#include <QObject>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace effleur::ui {

class PrintingPlugin final : public QObject, public PrintingModule {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID EFFLEUR_PRINTING_MODULE_IID)
    Q_INTERFACES(effleur::ui::PrintingModule)

public:
    QDialog* make_preview(QWidget* parent, const PreviewSpec& spec, Paint paint) override {
        auto* printer = new QPrinter(QPrinter::HighResolution);
        printer->setPageSize(spec.page);
        printer->setDocName(spec.document_name);
        auto* preview = new QPrintPreviewDialog(printer, parent);
        preview->setObjectName(spec.object_name);
        if (!spec.window_title.isEmpty())
            preview->setWindowTitle(spec.window_title);
        preview->setAttribute(Qt::WA_DeleteOnClose);
        if (spec.window_modal)
            preview->setWindowModality(Qt::WindowModal);
        QObject::connect(preview, &QObject::destroyed, preview, [printer] { delete printer; });
        QObject::connect(preview, &QPrintPreviewDialog::paintRequested, preview,
                         [paint = std::move(paint)](QPrinter* p) {
                             if (paint)
                                 paint(*p);
                         });
        preview->resize(1000, 760);
        return preview;
    }
};

} // namespace effleur::ui

#include "printingmodule.moc"
