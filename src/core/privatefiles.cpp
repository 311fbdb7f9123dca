#include "privatefiles.h"

#include <cerrno>
#include <cstring>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace effleur::files {

namespace fs = std::filesystem;

namespace {

std::string quoted(const fs::path& p) {
    std::string out = "\"";
    out += p.native();
    out += '"';
    return out;
}

std::string failed(std::string_view what, const fs::path& p, int error) {
    std::string out(what);
    out += ' ';
    out += quoted(p);
    out += ": ";
    out += errno_words(error);
    return out;
}

// Group and other permissions off, for a file or folder that is the user's own.
void narrow(const char* path, const struct stat& st) {
    if ((st.st_mode & 077) != 0 && st.st_uid == ::geteuid()) {
        ::chmod(path, st.st_mode & 07700);
    }
}

} // namespace

std::string errno_words(int error) {
    switch (error) {
    case ENOENT:
        return "no such file or folder";
    case ELOOP:
        return "it is a symbolic link, which is not followed here";
    case EACCES:
    case EPERM:
        return "permission denied";
    case EISDIR:
        return "it is a folder, not a file";
    case ENOTDIR:
        return "a part of the path is not a folder";
    case ENOSPC:
        return "the disk is full";
    case EDQUOT:
        return "the disk quota is used up";
    case EFBIG:
        return "the file would be larger than this system allows";
    case EROFS:
        return "the disk is read-only";
    case EIO:
        return "the disk reported an input/output error";
    case ENAMETOOLONG:
        return "the name is too long";
    default: {
        std::string text = std::strerror(error);
        if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z') {
            text[0] = static_cast<char>(text[0] - 'A' + 'a');
        }
        return text;
    }
    }
}

Status make_private_folder(const fs::path& folder) {
    if (folder.empty()) {
        return Done{}; // the current folder
    }
    // The folders to create, from the top down.
    std::vector<fs::path> missing;
    struct stat st {};
    fs::path dir = folder;
    while (!dir.empty() && ::lstat(dir.c_str(), &st) != 0) {
        if (errno != ENOENT) {
            return message_only(failed("cannot reach the folder", dir, errno));
        }
        missing.push_back(dir);
        if (dir == dir.parent_path() || !dir.has_relative_path()) {
            break;
        }
        dir = dir.parent_path();
    }
    for (auto it = missing.rbegin(); it != missing.rend(); ++it) {
        if (::mkdir(it->c_str(), private_folder_mode) != 0 && errno != EEXIST) {
            return message_only(failed("cannot create the folder", *it, errno));
        }
        // The umask narrows mkdir's mode; it never widens it. Set it again, whatever it removed.
        ::chmod(it->c_str(), private_folder_mode);
    }
    // The folder itself, new or not: a folder (a link to one is the user's choice), owner-only.
    if (::stat(folder.c_str(), &st) != 0) {
        return message_only(failed("cannot reach the folder", folder, errno));
    }
    if (!S_ISDIR(st.st_mode)) {
        return message_only("cannot use the folder " + quoted(folder) + ": it is not a folder");
    }
    narrow(folder.c_str(), st);
    return Done{};
}

Status make_private_file(const fs::path& file) {
    if (Status folder = make_private_folder(file.parent_path()); !folder) {
        return folder;
    }
    // O_NOFOLLOW: a link put where the file should be is refused, not written through.
    constexpr int flags = O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK;
    bool created = true;
    int fd = ::open(file.c_str(), flags | O_CREAT | O_EXCL, private_file_mode);
    if (fd < 0 && errno == EEXIST) {
        created = false;
        fd = ::open(file.c_str(), flags);
    }
    if (fd < 0) {
        return message_only(failed("cannot open", file, errno));
    }
    struct stat st {};
    Status result = Done{};
    if (::fstat(fd, &st) != 0) {
        result = message_only(failed("cannot open", file, errno));
    } else if (!S_ISREG(st.st_mode)) {
        result = message_only("cannot use " + quoted(file) + ": it is not a regular file");
    } else if (created) {
        ::fchmod(fd, private_file_mode); // whatever the umask removed
    } else if ((st.st_mode & 077) != 0 && st.st_uid == ::geteuid()) {
        ::fchmod(fd, st.st_mode & 07700);
    }
    ::close(fd);
    return result;
}

void narrow_to_owner(const fs::path& file) {
    struct stat st {};
    if (::lstat(file.c_str(), &st) == 0 && S_ISREG(st.st_mode)) {
        narrow(file.c_str(), st);
    }
}

} // namespace effleur::files
