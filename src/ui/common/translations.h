#pragma once
// The app's words in the user's language. English is the source language; its compiled
// catalogue (translations/effleur_en.ts) carries only the plural forms, so that tr("%n
// session(s)", nullptr, n) reads "1 session" and "2 sessions". Every other
// translations/effleur_<code>.ts is compiled in beside it, under :/i18n/.
//
// The language is the one chosen in Preferences ("ui/language"), or else the system's (LANG,
// LC_MESSAGES, LANGUAGE); it is read once at start-up and holds for the whole run, so that a
// running session is never disturbed: a new choice applies at the next start.
//
// language() is the one place the interface asks for the current language: protocol texts
// (Text::get()) answer in it, falling back to English, and QLocale's default follows it, so that
// dates, times and numbers do too. Nothing here throws; a catalogue that cannot be loaded leaves
// the source text.

#include <QList>
#include <QString>

class QCoreApplication;
class QSettings;

namespace effleur::ui {

// A language the interface offers: its code and its name in itself ("Русский").
struct LanguageChoice {
    QString code;
    QString name;
};

// English, Russian, Ukrainian and Polish, in that order.
[[nodiscard]] const QList<LanguageChoice>& offered_languages();

// The language saved in Preferences: a code from offered_languages(), or empty for the system's.
[[nodiscard]] QString saved_language(const QSettings& settings);
void save_language(QSettings& settings, const QString& code);

// The first offered language among the system's interface languages; "en" when none is.
[[nodiscard]] QString system_language();

// The saved language, or the system's.
[[nodiscard]] QString chosen_language(const QSettings& settings);

// Whether a catalogue for `code` is compiled in (English always counts).
[[nodiscard]] bool has_catalogue(const QString& code);

// Makes `code` the current language: installs its catalogue and Qt's own (qtbase_<code>.qm from
// Qt's translations folder, for dialog buttons and the file dialog) into `app`, replacing any
// installed before, sets QLocale's default and the language of protocol texts. Call once at
// start-up, after `app` is created and before any window.
void install_translations(QCoreApplication& app, const QString& code);
// Only the English catalogue (the plural forms), added to whatever is installed; the locale and
// the language of protocol texts are left as they are. For the command line and the tests.
void install_translations(QCoreApplication& app);

// The current language's code ("en" until install_translations()).
[[nodiscard]] QString language();

} // namespace effleur::ui
