#pragma once
// The app's words in the user's language. English is the source language; its compiled
// catalogue (translations/effleur_en.ts) carries only the plural forms, so that tr("%n
// session(s)", nullptr, n) reads "1 session" and "2 sessions". Nothing here throws; a catalogue
// that cannot be loaded leaves the source text.

class QCoreApplication;

namespace effleur::ui {

// Installs the catalogues into `app`; call once, after it is created.
void install_translations(QCoreApplication& app);

} // namespace effleur::ui
