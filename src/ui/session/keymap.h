#pragma once
// The session's keys, kept in one table so that preferences can remap them. The defaults suit a
// keyboard, a presentation clicker (PageUp / PageDown) and a foot pedal that types a key.
// Remapped keys live in QSettings under "keys/<action name>" as portable key-sequence text
// ("PgDown, Return"). Nothing here throws; an unreadable setting falls back to the default.

#include <QCoreApplication>
#include <QKeySequence>
#include <QList>
#include <QString>

#include <array>
#include <string_view>

class QSettings;

namespace effleur::ui {

enum class SessionAction {
    PauseResume,
    Next,
    Back,
    Restart,
    ExtendMore,
    ExtendLess,
    Glance,
    LeaveGlance,
    SpeedDown, // a rehearsal only
    SpeedUp,
};

struct KeyBinding {
    SessionAction action;
    std::string_view name;  // the settings key and a stable object name
    std::string_view label; // for menus and the help, in English; action_label() translates it
    std::string_view keys;  // the defaults, portable text, comma-separated
};

inline constexpr std::array<KeyBinding, 10> default_key_table = {{
    {SessionAction::PauseResume, "pause-resume",
     QT_TRANSLATE_NOOP("effleur::ui::KeyMap", "Pause / resume"), "Space"},
    {SessionAction::Next, "next", QT_TRANSLATE_NOOP("effleur::ui::KeyMap", "Next step"),
     "Right, PgDown, Return, Enter"},
    {SessionAction::Back, "back", QT_TRANSLATE_NOOP("effleur::ui::KeyMap", "Back"), "Left, PgUp"},
    {SessionAction::Restart, "restart", QT_TRANSLATE_NOOP("effleur::ui::KeyMap", "Restart step"),
     "R"},
    {SessionAction::ExtendMore, "extend-more",
     QT_TRANSLATE_NOOP("effleur::ui::KeyMap", "15 s more"), "+, ="},
    {SessionAction::ExtendLess, "extend-less",
     QT_TRANSLATE_NOOP("effleur::ui::KeyMap", "15 s less"), "-"},
    {SessionAction::Glance, "glance", QT_TRANSLATE_NOOP("effleur::ui::KeyMap", "Glance mode"),
     "F11"},
    {SessionAction::LeaveGlance, "leave-glance",
     QT_TRANSLATE_NOOP("effleur::ui::KeyMap", "Leave glance mode"), "Esc"},
    {SessionAction::SpeedDown, "speed-down",
     QT_TRANSLATE_NOOP("effleur::ui::KeyMap", "Slower (rehearsal)"), "[, Ctrl+Down"},
    {SessionAction::SpeedUp, "speed-up",
     QT_TRANSLATE_NOOP("effleur::ui::KeyMap", "Faster (rehearsal)"), "], Ctrl+Up"},
}};

// The action's label in the user's language: "Pause / resume", "Next step", ...
[[nodiscard]] QString action_label(SessionAction action);

// The first key bound to `action` as prompts name it ("Space", "\u2192"), in the user's
// language; empty when no key is bound.
[[nodiscard]] QString key_name(SessionAction action, const QSettings* settings);

// The keys bound to `action`: the settings' remap when `settings` holds one, else the default.
[[nodiscard]] QList<QKeySequence> keys_for(SessionAction action, const QSettings* settings);

} // namespace effleur::ui
