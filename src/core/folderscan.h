#pragma once
// Lists the *.json files directly in a folder, by name, refusing entries whose real location is
// outside the folder (a symbolic link to elsewhere). Internal to effleur::core; never throws.
// Every verb and view that reads a folder of protocols lists it here, so one set of rules holds:
// no path escapes its folder, and no more than max_folder_files files are read from one folder.

#include <filesystem>
#include <string>
#include <vector>

namespace effleur::loading {

struct FolderEntry {
    std::filesystem::path path; // as found in the folder, for messages
    std::filesystem::path real; // where it really is (inside the folder); open this, links refused
    std::string refused;        // why the entry may not be read; empty when it may
};

// More *.json files than this in one folder: this many are listed (sorted by name), then one
// refused entry (the folder itself) says the rest were not read.
inline constexpr std::size_t max_folder_files = 10'000;

// Empty when the folder does not exist or cannot be listed. Folders (schema/, catalog/) are
// never entries, whatever they are called.
std::vector<FolderEntry> list_json_files(const std::filesystem::path& folder);

} // namespace effleur::loading
