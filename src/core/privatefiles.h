#pragma once
// Owner-only folders and files, whatever the umask and whatever creates them first. Everything
// Effleur creates to keep (the data folder and the database, the log, the user's protocols,
// exports and backups) goes through these, so no file or folder of it is ever readable by
// another user. Plain POSIX, no Qt; never throws. Errors come back as a Status whose message is
// a sentence for the user that names the path.

#include "diagnostic.h"

#include <filesystem>
#include <string>

namespace effleur::files {

inline constexpr unsigned private_folder_mode = 0700;
inline constexpr unsigned private_file_mode = 0600;

// Creates `folder` and every missing folder above it, each 0700 (the umask can only narrow that,
// and the mode is set again after mkdir in case it did). The folder itself, when it exists
// already and is the user's own, loses any group and other permissions; folders above it that
// existed are left as they are. Refuses a `folder` that is a symbolic link or not a folder.
Status make_private_folder(const std::filesystem::path& folder);

// Makes the folder above `file` private (as make_private_folder), then `file`: created 0600 when
// missing, and when it exists, its group and other permissions removed (never any permission
// added: a read-only file stays read-only). Refuses a symbolic link or anything but a regular
// file.
Status make_private_file(const std::filesystem::path& file);

// Removes group and other permissions from the regular file `file` if it exists (a link is left
// alone). For the files others create beside ours (SQLite's -wal and -shm).
void narrow_to_owner(const std::filesystem::path& file);

// A system error (errno) in plain words, to follow "cannot open X: ": "it is a symbolic link",
// "permission denied", "the disk is full"; strerror's text, in lower case, for the rest.
std::string errno_words(int error);

} // namespace effleur::files
