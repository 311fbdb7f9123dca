#pragma once
// Keeps the screen awake while a session runs, through the freedesktop ScreenSaver service on
// the session bus: Inhibit("Effleur", reason) when a session starts, UnInhibit(cookie) when it
// ends. Without a session bus or the service it logs one warning and does nothing else: a
// dimming screen is a nuisance, not a reason to stop.
//
// Ownership: holds at most one inhibition cookie, released by release() or the destructor.
// Errors: every D-Bus failure is logged (once) and leaves inhibited() false; calls time out
// after a second and a half, so a wedged screen saver cannot freeze the window. Nothing here
// throws.

#include <QDBusConnection>
#include <QString>

#include <cstdint>
#include <optional>

namespace effleur::ui {

class ScreenAwake {
public:
    // The session bus, looked up when a session starts (not at start-up).
    ScreenAwake() = default;
    // Another connection: for tests, a private bus or a dead one.
    explicit ScreenAwake(const QDBusConnection& bus);
    ScreenAwake(const ScreenAwake&) = delete;
    ScreenAwake& operator=(const ScreenAwake&) = delete;
    ~ScreenAwake();

    // `reason` is shown by the desktop ("A massage session is running"). Holding twice keeps
    // the first inhibition.
    void hold(const QString& reason);
    void release();
    [[nodiscard]] bool inhibited() const { return cookie_.has_value(); }

    // What the screen saver is told the application is called.
    static QString application_name() { return QStringLiteral("Effleur"); }

private:
    [[nodiscard]] QDBusConnection bus() const;

    std::optional<QDBusConnection> bus_;
    std::optional<std::uint32_t> cookie_;
};

} // namespace effleur::ui
