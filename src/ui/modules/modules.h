#pragma once
// The app's modules, loaded on first use: the voice (spoken cues and chimes), the study charts
// and printing. Each is a Qt plugin (a MODULE library, src/modules/) behind an interface in
// interfaces.h, so the executable does not link the Qt libraries they need and the dynamic
// loader does not load them before the window's first frame.
//
// A module is looked for beside the installed binary (the lib folder it was installed with,
// e.g. /usr/lib/effleur/modules/) and then in the build tree it was built in.
//
// Ownership: a loaded module stays loaded for the life of the process; the pointers returned
// are the plugins' own and must not be deleted. Errors: a module that cannot be found or
// loaded is nullptr, with one warning in the log (its file name and the reason, never any
// user data); the caller then shows unavailable_text() where the feature would be and
// carries on. Nothing here throws. UI thread only.

#include "ui/modules/interfaces.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace effleur::ui {

enum class Module { Voice, Charts, Printing };

class Modules {
    Q_DECLARE_TR_FUNCTIONS(effleur::ui::Modules)

public:
    [[nodiscard]] static VoiceModule* voice();
    [[nodiscard]] static ChartsModule* charts();
    [[nodiscard]] static PrintingModule* printing();

    // The module's file name, e.g. "effleur-voice.so".
    [[nodiscard]] static QString file_name(Module module);
    // The folders a module is looked for in, in order.
    [[nodiscard]] static QStringList search_dirs();
    // What the window says where a module is missing, in the user's language.
    [[nodiscard]] static QString unavailable_text(Module module);

    // Tests: look only in `dirs` from now on (an empty list: the usual folders again), as if
    // no module had been asked for yet.
    static void set_search_dirs(const QStringList& dirs);
};

} // namespace effleur::ui
