#pragma once
// Reading a whole file for parsing. Internal to effleur::core.
// Contract: never throws. The file is opened without blocking (a FIFO never hangs it) and checked
// on the opened descriptor: refuses what is not a regular file, files larger than `max_bytes`
// (unread), and files that cannot be read; then returns an error with `display_name` as its
// file and no line. With LinkPolicy::Refuse a symbolic link as the last
// part of `file` is refused too (O_NOFOLLOW): folder scans open the real path they checked.

#include "diagnostic.h"

#include <cstdint>
#include <filesystem>
#include <string>

namespace effleur::loading {

enum class LinkPolicy { Follow, Refuse };

Result<std::string> read_text_file(const std::filesystem::path& file, std::uintmax_t max_bytes,
                                   const std::string& display_name,
                                   LinkPolicy links = LinkPolicy::Follow);

} // namespace effleur::loading
