#include "ui/common/translations.h"

#include <QCoreApplication>
#include <QTranslator>

namespace effleur::ui {

void install_translations(QCoreApplication& app) {
    // Owned by the application, which outlives every window that uses it.
    auto* english = new QTranslator(&app);
    if (english->load(QStringLiteral(":/i18n/effleur_en.qm")))
        QCoreApplication::installTranslator(english);
}

} // namespace effleur::ui
