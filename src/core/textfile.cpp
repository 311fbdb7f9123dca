#include "textfile.h"

#include <cerrno>
#include <system_error>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace effleur::loading {

namespace {

class Descriptor {
public:
    explicit Descriptor(int fd) : fd_(fd) {}
    ~Descriptor() {
        if (fd_ >= 0) {
            ::close(fd_);
        }
    }
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;
    [[nodiscard]] int get() const { return fd_; }

private:
    int fd_;
};

std::string size_text(std::uintmax_t bytes) {
    return std::to_string(bytes) + (bytes == 1 ? " byte" : " bytes");
}

std::string errno_text(int error) {
    switch (error) {
    case ENOENT:
        return "no such file";
    case EACCES:
    case EPERM:
        return "permission denied";
    case ELOOP:
        return "it is a symbolic link, which is not followed here";
    case EISDIR:
        return "this is a folder, not a file";
    default:
        return std::error_code(error, std::generic_category()).message();
    }
}

} // namespace

Result<std::string> read_text_file(const std::filesystem::path& file, std::uintmax_t max_bytes,
                                   const std::string& display_name, LinkPolicy links) {
    const auto refused = [&display_name](std::string message) {
        return about_file(display_name, std::move(message));
    };
    try {
        // O_NONBLOCK: opening a FIFO never waits for a writer. The checks below are made on the
        // opened descriptor, so a file swapped after a check cannot slip past it.
        int flags = O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY;
        if (links == LinkPolicy::Refuse) {
            flags |= O_NOFOLLOW;
        }
        const Descriptor fd(::open(file.c_str(), flags));
        if (fd.get() < 0) {
            const int opened = errno;
            // Found but not readable is "cannot read"; anything else, "cannot open".
            const bool denied = opened == EACCES || opened == EPERM;
            return refused((denied ? "cannot read this file: " : "cannot open this file: ") +
                           errno_text(opened));
        }
        struct stat st {};
        if (::fstat(fd.get(), &st) != 0) {
            return refused("cannot read this file: " + errno_text(errno));
        }
        if (S_ISDIR(st.st_mode)) {
            return refused("this is a folder, not a file");
        }
        if (!S_ISREG(st.st_mode)) {
            // Devices, pipes and sockets could block or never end.
            return refused("not a regular file; refused");
        }
        const auto size = static_cast<std::uintmax_t>(st.st_size);
        if (size > max_bytes) {
            return refused("this file is " + size_text(size) + "; files over " +
                           size_text(max_bytes) + " are refused");
        }
        // Read to the end rather than trusting the size: the file may grow meanwhile.
        std::string text;
        text.reserve(static_cast<std::size_t>(size));
        char buffer[65536];
        while (true) {
            const ssize_t n = ::read(fd.get(), buffer, sizeof buffer);
            if (n < 0) {
                if (errno == EINTR) {
                    continue;
                }
                return refused("cannot read this file: " + errno_text(errno));
            }
            if (n == 0) {
                break;
            }
            text.append(buffer, static_cast<std::size_t>(n));
            if (text.size() > max_bytes) {
                return refused("this file is larger than " + size_text(max_bytes) + "; refused");
            }
        }
        return text;
    } catch (const std::exception& e) {
        return refused(std::string("cannot read this file: ") + e.what());
    }
}

} // namespace effleur::loading
