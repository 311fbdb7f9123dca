#pragma once
// File > Print card: a protocol's card in a print preview, which prints it or saves a PDF.
// The preview is a child of `parent` and deletes itself (and its printer) when closed; the
// catalogue must outlive it. Nothing here throws.

#include "core/catalog.h"
#include "core/protocol.h"

#include <memory>

class QWidget;

namespace effleur::ui {

void open_card_preview(QWidget& parent, std::shared_ptr<const Protocol> protocol,
                       const Catalog& catalog);

} // namespace effleur::ui
