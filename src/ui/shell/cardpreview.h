#pragma once
// File > Print card: a protocol's card in a print preview, which prints it or saves a PDF.
// The preview comes from the printing module (ui/modules/modules.h); without it, a message box
// says why. The preview is a child of `parent` and deletes itself (and its printer) when
// closed; the catalogue must outlive it. Nothing here throws.

#include "core/catalog.h"
#include "core/protocol.h"

#include <memory>

class QWidget;

namespace effleur::ui {

void open_card_preview(QWidget& parent, const std::shared_ptr<const Protocol>& protocol,
                       const Catalog& catalog);

// A window-modal message box on `parent`: printing is not available, and why.
void show_printing_unavailable(QWidget* parent);

} // namespace effleur::ui
