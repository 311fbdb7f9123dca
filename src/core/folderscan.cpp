#include "folderscan.h"

#include <algorithm>

namespace effleur::loading {

namespace fs = std::filesystem;

namespace {

// Whether `inner` is `outer` or below it; both are canonical.
bool within(const fs::path& outer, const fs::path& inner) {
    auto o = outer.begin();
    auto i = inner.begin();
    for (; o != outer.end(); ++o, ++i) {
        if (i == inner.end() || *o != *i) {
            return false;
        }
    }
    return true;
}

} // namespace

std::vector<FolderEntry> list_json_files(const fs::path& folder) {
    std::vector<FolderEntry> out;
    try {
        std::error_code ec;
        if (!fs::is_directory(folder, ec)) {
            return out;
        }
        const fs::path real_folder = fs::weakly_canonical(folder, ec);
        if (ec) {
            return out;
        }
        fs::directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec);
        for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
            const fs::path& path = it->path();
            if (path.extension() != ".json") {
                continue;
            }
            std::error_code entry_ec;
            if (it->is_directory(entry_ec)) {
                continue;
            }
            FolderEntry entry{path, {}, {}};
            // A link may point anywhere; only what really lies in this folder is read.
            entry.real = fs::weakly_canonical(path, entry_ec);
            if (entry_ec) {
                entry.refused = "refused: this link cannot be followed (" +
                                (entry_ec == std::errc::too_many_symbolic_link_levels
                                     ? std::string("it leads round in a circle")
                                     : entry_ec.message()) +
                                ")";
            } else if (!within(real_folder, entry.real)) {
                entry.refused = "refused: this link points outside its folder";
            }
            out.push_back(std::move(entry));
            if (out.size() > max_folder_files) {
                break;
            }
        }
    } catch (const std::exception&) {
        // A folder that cannot be listed holds nothing we can load.
    }
    std::sort(out.begin(), out.end(), [](const FolderEntry& a, const FolderEntry& b) {
        return a.path.filename() < b.path.filename();
    });
    if (out.size() > max_folder_files) {
        out.resize(max_folder_files);
        out.push_back(FolderEntry{folder,
                                  {},
                                  "more than " + std::to_string(max_folder_files) +
                                      " *.json files in this folder; the rest are "
                                      "not read"});
    }
    return out;
}

} // namespace effleur::loading
