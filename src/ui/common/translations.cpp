#include "ui/common/translations.h"

#include "core/protocol.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <spdlog/spdlog.h>

#include <memory>

namespace effleur::ui {

namespace {

const QString language_key = QStringLiteral("ui/language");

QString& current() {
    static QString code = QStringLiteral("en");
    return code;
}

// The translators installed last, so that a second call replaces them. Owned by the application,
// which outlives every window that uses them.
QList<QTranslator*>& installed() {
    static QList<QTranslator*> list;
    return list;
}

bool offered(const QString& code) {
    for (const LanguageChoice& l : offered_languages())
        if (l.code == code)
            return true;
    return false;
}

QString catalogue_path(const QString& code) {
    return QStringLiteral(":/i18n/effleur_%1.qm").arg(code);
}

} // namespace

const QList<LanguageChoice>& offered_languages() {
    static const QList<LanguageChoice> list = {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("ru"), QStringLiteral("\u0420\u0443\u0441\u0441\u043a\u0438\u0439")},
        {QStringLiteral("uk"),
         QStringLiteral("\u0423\u043a\u0440\u0430\u0457\u043d\u0441\u044c\u043a\u0430")},
        {QStringLiteral("pl"), QStringLiteral("Polski")},
    };
    return list;
}

QString saved_language(const QSettings& settings) {
    const QString code = settings.value(language_key).toString();
    return offered(code) ? code : QString();
}

void save_language(QSettings& settings, const QString& code) {
    if (code.isEmpty() || !offered(code))
        settings.remove(language_key);
    else
        settings.setValue(language_key, code);
}

QString system_language() {
    // uiLanguages() follows LANGUAGE, LC_ALL, LC_MESSAGES and LANG, most wanted first.
    for (const QString& name : QLocale::system().uiLanguages()) {
        QString code = QLocale(name).name().section(QLatin1Char('_'), 0, 0);
        if (offered(code))
            return code;
    }
    return QStringLiteral("en");
}

QString chosen_language(const QSettings& settings) {
    const QString saved = saved_language(settings);
    return saved.isEmpty() ? system_language() : saved;
}

bool has_catalogue(const QString& code) {
    return code == QLatin1String("en") || QFile::exists(catalogue_path(code));
}

void install_translations(QCoreApplication& app, const QString& code) {
    for (QTranslator* t : installed()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    installed().clear();
    auto add = [&app](const QString& file, const QString& folder = {}) {
        auto translator = std::make_unique<QTranslator>(&app);
        if (!translator->load(file, folder))
            return false;
        QCoreApplication::installTranslator(translator.get());
        installed().append(translator.release());
        return true;
    };
    const QString lang = code.isEmpty() ? QStringLiteral("en") : code;
    // Qt's own words first: the translator installed last is asked first, and the app's
    // catalogue must answer for its own words.
    if (lang != QLatin1String("en") &&
        !add(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        spdlog::warn("Qt's own catalogue for {} is missing (qt6-translations-l10n); dialog "
                     "buttons stay in English",
                     lang.toStdString());
    if (!add(catalogue_path(lang)) && lang != QLatin1String("en")) {
        spdlog::info("no catalogue for the language {}; the interface stays in English",
                     lang.toStdString());
        add(catalogue_path(QStringLiteral("en")));
    }
    current() = lang;
    // The system's own locale where it speaks this language (its country's formats: en_GB
    // keeps day-month dates); otherwise the language's.
    if (QLocale::system().language() == QLocale(lang).language())
        QLocale::setDefault(QLocale::system());
    else
        QLocale::setDefault(QLocale(lang));
    set_text_language(lang.toStdString());
}

void install_translations(QCoreApplication& app) {
    auto english = std::make_unique<QTranslator>(&app);
    if (english->load(catalogue_path(QStringLiteral("en"))))
        QCoreApplication::installTranslator(english.release());
}

QString language() {
    return current();
}

} // namespace effleur::ui
