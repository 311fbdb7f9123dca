#pragma once
// Why a client session ended before its last step, as the journal keeps it: a code that reads the
// same whatever the interface's language was, worded in the reader's language when it is shown
// (Words::stop_reason). A stored reason that is not one of these codes is free text and is shown
// as it is. Pure functions; nothing here throws.

#include <optional>
#include <string_view>

namespace effleur {

enum class StopReason {
    ByTherapist, // the therapist ended the session (End session)
    Crash,       // the app stopped with the session running, and the session was not resumed
};

[[nodiscard]] constexpr std::string_view to_code(StopReason reason) noexcept {
    switch (reason) {
    case StopReason::ByTherapist:
        return "ended-by-therapist";
    case StopReason::Crash:
        return "interrupted-by-crash";
    }
    return {};
}

// The reason a stored code names; nullopt for free text (or nothing).
[[nodiscard]] constexpr std::optional<StopReason> stop_reason_from(std::string_view code) noexcept {
    for (const StopReason r : {StopReason::ByTherapist, StopReason::Crash})
        if (code == to_code(r))
            return r;
    return std::nullopt;
}

} // namespace effleur
