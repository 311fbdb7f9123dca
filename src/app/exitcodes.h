#pragma once
// The exit codes of every verb, in one place: the verbs return them, and `effleur --help` and the
// manual page list them from this table.

#include <string_view>

namespace effleur::app {

inline constexpr int exit_ok = 0;
inline constexpr int exit_failure = 1; // an invalid or missing protocol, a file not read or written
inline constexpr int exit_usage = 2;   // an unknown verb or option, a missing or malformed value
inline constexpr int exit_gate_closed = 3;
inline constexpr int exit_gate_choose_another = 4;
inline constexpr int exit_interrupted = 130; // run: Ctrl+C

struct ExitCode {
    int code;
    std::string_view meaning;
};

inline constexpr ExitCode exit_codes[] = {
    {exit_ok, "success"},
    {exit_failure, "an invalid or missing protocol, a session or client not found, a journal or "
                   "file that could not be read or written, or (format --check) a file that "
                   "would change"},
    {exit_usage, "a usage error: an unknown verb or option, a missing or malformed value"},
    {exit_gate_closed, "gate: the checklist was closed"},
    {exit_gate_choose_another, "gate: \"choose another protocol\" was chosen"},
    {exit_interrupted, "run: interrupted by Ctrl+C"},
};

} // namespace effleur::app
