#pragma once
// Keeps the screen awake while a session runs, through the freedesktop ScreenSaver service on
// the session bus (Inhibit / UnInhibit). Without a session bus or the service it logs one
// warning and does nothing else: a dimming screen is a nuisance, not a reason to stop.
//
// Ownership: holds at most one inhibition cookie, released by release() or the destructor.
// Nothing here throws.

#include <QString>

#include <cstdint>
#include <optional>

namespace effleur::ui {

class ScreenAwake {
public:
    ScreenAwake() = default;
    ScreenAwake(const ScreenAwake&) = delete;
    ScreenAwake& operator=(const ScreenAwake&) = delete;
    ~ScreenAwake();

    // `reason` is shown by the desktop ("A massage session is running").
    void hold(const QString& reason);
    void release();
    [[nodiscard]] bool held() const { return cookie_.has_value(); }

private:
    std::optional<std::uint32_t> cookie_;
};

} // namespace effleur::ui
