#pragma once
// Reading a whole file for parsing. Internal to effleur::core.
// Contract: never throws. Refuses what is not a regular file (after following links), files
// larger than `max_bytes` (unread), and files that cannot be read; then returns nullopt and
// fills `error` (with `display_name` as its file and no line).

#include "diagnostic.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace effleur::loading {

std::optional<std::string> read_text_file(const std::filesystem::path& file,
                                          std::uintmax_t max_bytes, const std::string& display_name,
                                          Diagnostic& error);

} // namespace effleur::loading
