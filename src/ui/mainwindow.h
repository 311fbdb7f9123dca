#pragma once
// The therapist's window: the protocol library, then the gate, then the session.
//
// "Start session" picks the day of a multi-day complex, opens the contraindication gate
// (GateDialog) and, once it is clear, runs a client session built from the ClearedGate.
// "Rehearse" runs a rehearsal straight away, labelled REHEARSAL. Menus File / Session / View /
// Help; the window's geometry and theme are kept in QSettings.
//
// Ownership: the window borrows the loader's catalogue (through the shared loader it keeps), the
// clock and the settings, which must outlive it. It owns the session view and the cue player.
// Nothing here throws; a protocol that cannot make a session is reported in a message box.

#include "core/clock.h"
#include "core/loader.h"
#include "ui/cues.h"
#include "ui/diagramtheme.h"
#include "ui/screenawake.h"

#include <QMainWindow>

#include <filesystem>
#include <memory>
#include <vector>

class QAction;
class QSettings;
class QStackedWidget;

namespace effleur::ui {

class LibraryView;
class SessionView;
class GateDialog;

enum class ThemeChoice { System, Light, Dark };

struct MainWindowOptions {
    std::shared_ptr<const Loader> loader;
    std::vector<std::filesystem::path> folders;
    std::size_t bundled_folder_count = 1;
    const Clock* clock = nullptr;                                      // required
    QSettings* settings = nullptr;                                     // required
    std::unique_ptr<Speaker> speaker;                                  // null: Qt TextToSpeech
    std::unique_ptr<Chimes> chimes;                                    // null: QSoundEffect
    std::function<std::chrono::system_clock::time_point()> wall_clock; // stamps gate records
};

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(MainWindowOptions options, QWidget* parent = nullptr);
    ~MainWindow() override;

    void reload_library();
    // The flows behind the buttons and menus.
    void start_session(std::shared_ptr<const Protocol> protocol);
    void rehearse(std::shared_ptr<const Protocol> protocol, double speed = 1.0);
    void end_session();
    void set_theme(ThemeChoice theme);

    [[nodiscard]] LibraryView* library() const { return library_; }
    [[nodiscard]] SessionView* session() const { return session_; }
    [[nodiscard]] GateDialog* gate() const { return gate_; }
    [[nodiscard]] CuePlayer& cues() { return *cues_; }
    [[nodiscard]] ThemeChoice theme() const { return theme_; }

Q_SIGNALS:
    // Once, after the first paint of the window's contents.
    void firstFramePainted();

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void build_menus();
    void open_gate(std::shared_ptr<const Protocol> protocol, std::optional<std::size_t> stage);
    void open_session(std::unique_ptr<StepEngine> engine);
    void apply_theme();
    void about();
    void show_keys();

    MainWindowOptions options_;
    QStackedWidget* stack_ = nullptr;
    LibraryView* library_ = nullptr;
    SessionView* session_ = nullptr;
    GateDialog* gate_ = nullptr;
    std::unique_ptr<CuePlayer> cues_;
    ScreenAwake awake_;
    ThemeChoice theme_ = ThemeChoice::System;
    bool first_frame_ = false;
    QAction* end_action_ = nullptr;
    QAction* mute_action_ = nullptr;
};

// The dark palette used for ThemeChoice::Dark.
[[nodiscard]] QPalette dark_palette();

} // namespace effleur::ui
