#pragma once
// Preferences: the session keys, the voice of the prompts and the chimes' volume, and the
// interface's language.
//
// Every change is saved to QSettings and applied at once (there is no OK / Cancel): a therapist
// tuning the voice mid-session hears the result on the next prompt. Keys are saved as
// "keys/<action name>" in the portable text keymap.cpp reads; the cues under "cues/"; the
// language under "ui/language" (it applies at the next start, so the dialog says so).
// keysChanged() tells the window to rebind a running session's keys.
//
// Ownership: the dialog borrows the settings and the cue player, which must outlive it. Nothing
// here throws; a refused key is explained in the dialog itself.

#include "ui/session/cues.h"
#include "ui/session/keymap.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSettings;
class QSlider;
class QTableWidget;

namespace effleur::ui {

class KeyCapture;

// The saved voice and the chimes' volume (defaults when nothing is saved).
[[nodiscard]] VoiceSettings voice_settings(const QSettings& settings);
[[nodiscard]] double chime_volume(const QSettings& settings);
// Applies the saved voice, chime volume and mute to `cues`.
void apply_cue_settings(CuePlayer& cues, const QSettings& settings);

class PreferencesDialog : public QDialog {
    Q_OBJECT

public:
    PreferencesDialog(QSettings& settings, CuePlayer& cues, QWidget* parent = nullptr);
    ~PreferencesDialog() override;

    // Remaps `action` to `key` alone; false (and the reason shown) when another action has it.
    bool remap(SessionAction action, const QKeySequence& key);
    void restore_default_keys();
    // What the dialog last reported: empty, or why a key was refused.
    [[nodiscard]] QString message() const;
    // Chooses the interface's language for the next start: a code from offered_languages(), or
    // empty for the system's.
    void choose_language(const QString& code);
    // What the language page says about the choice, and the voice page about a missing voice
    // (empty when there is a voice).
    [[nodiscard]] QString language_note() const;
    [[nodiscard]] QString voice_note() const;

Q_SIGNALS:
    void keysChanged();
    void mutedChanged(bool muted);

private:
    QWidget* build_keys();
    QWidget* build_voice();
    QWidget* build_language();
    void fill_keys();
    void begin_capture();
    void save_voice();

    QSettings& settings_;
    CuePlayer& cues_;
    QTableWidget* table_ = nullptr;
    KeyCapture* capture_ = nullptr;
    QLabel* message_ = nullptr;
    QComboBox* voice_ = nullptr;
    QSlider* rate_ = nullptr;
    QSlider* volume_ = nullptr;
    QSlider* chimes_ = nullptr;
    QCheckBox* mute_ = nullptr;
    QLabel* voice_note_ = nullptr;
    QComboBox* language_ = nullptr;
    QLabel* language_note_ = nullptr;
};

} // namespace effleur::ui
