#pragma once
// A refused command in the user's language, for the session's status line. The engine says why
// it refused as data (core's Refusal); these are its words, naming the keys the therapist has
// bound ("press Space to start") rather than the engine's command names. The command line and
// the log print core's plain English instead. Nothing here throws.

#include "core/enginestate.h"

#include <QCoreApplication>
#include <QString>

class QSettings;

namespace effleur::ui {

// The keys a refusal tells the therapist to press, as prompts name them ("Space", "\u2192");
// empty when no key is bound to the action.
struct PromptKeys {
    QString start;   // pause / resume, which starts a session not yet started
    QString next;    // next step
    QString back;    // back
    QString restart; // restart step
};

// The first key bound to each action, with the remaps in `settings` (may be null).
[[nodiscard]] PromptKeys prompt_keys(const QSettings* settings);

class RefusalWords {
    Q_DECLARE_TR_FUNCTIONS(effleur::ui::RefusalWords)

public:
    // "The session has not started: press Space to start"; numbers in the user's locale.
    // Empty for RefusalKind::None.
    [[nodiscard]] static QString text(const Refusal& refusal, const PromptKeys& keys);
};

} // namespace effleur::ui
