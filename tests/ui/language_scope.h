#pragma once
// A language installed for one test: its catalogue, its locale and the language of protocol
// texts; English, the locale before it and English protocol texts again after it.

#include "core/protocol.h"
#include "ui/common/translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace effleur::test {

class LanguageScope {
public:
    explicit LanguageScope(const QString& code) {
        ui::install_translations(*QCoreApplication::instance(), code);
    }
    ~LanguageScope() {
        ui::install_translations(*QCoreApplication::instance(), QStringLiteral("en"));
        QLocale::setDefault(before_);
        set_text_language("en");
    }
    LanguageScope(const LanguageScope&) = delete;
    LanguageScope& operator=(const LanguageScope&) = delete;

private:
    QLocale before_ = QLocale();
};

} // namespace effleur::test
