#pragma once
// Lists the *.json files directly in a folder, by name, refusing entries whose real location is
// outside the folder (a symbolic link to elsewhere). Internal to effleur::core; never throws.

#include <filesystem>
#include <string>
#include <vector>

namespace effleur::loading {

struct FolderEntry {
    std::filesystem::path path;
    std::string refused; // why the entry may not be read; empty when it may
};

// Empty when the folder does not exist or cannot be listed. Folders (schema/, catalog/) are
// never entries, whatever they are called.
std::vector<FolderEntry> list_json_files(const std::filesystem::path& folder);

} // namespace effleur::loading
