#pragma once
// The session's keys, kept in one table so that preferences can remap them. The defaults suit a
// keyboard, a presentation clicker (PageUp / PageDown) and a foot pedal that types a key.
// Remapped keys live in QSettings under "keys/<action name>" as portable key-sequence text
// ("PgDown, Return"). Nothing here throws; an unreadable setting falls back to the default.

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
    std::string_view label; // for menus and the help
    std::string_view keys;  // the defaults, portable text, comma-separated
};

inline constexpr std::array<KeyBinding, 10> default_key_table = {{
    {SessionAction::PauseResume, "pause-resume", "Pause / resume", "Space"},
    {SessionAction::Next, "next", "Next step", "Right, PgDown, Return, Enter"},
    {SessionAction::Back, "back", "Back", "Left, PgUp"},
    {SessionAction::Restart, "restart", "Restart step", "R"},
    {SessionAction::ExtendMore, "extend-more", "15 s more", "+, ="},
    {SessionAction::ExtendLess, "extend-less", "15 s less", "-"},
    {SessionAction::Glance, "glance", "Glance mode", "F11"},
    {SessionAction::LeaveGlance, "leave-glance", "Leave glance mode", "Esc"},
    {SessionAction::SpeedDown, "speed-down", "Slower (rehearsal)", "[, Ctrl+Down"},
    {SessionAction::SpeedUp, "speed-up", "Faster (rehearsal)", "], Ctrl+Up"},
}};

// The keys bound to `action`: the settings' remap when `settings` holds one, else the default.
[[nodiscard]] QList<QKeySequence> keys_for(SessionAction action, const QSettings* settings);

} // namespace effleur::ui
