#pragma once
// A real full disk for tests: a small tmpfs mounted at a fresh temporary folder, filled on
// demand with a filler file and freed again. Mounting needs root (CI runs the tests as root);
// elsewhere mounted() is false and why_not() says so, for the test to skip with that message.
// Plain C++; unmounted and removed at the end.

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <system_error>

#include <fcntl.h>
#include <sys/mount.h>
#include <unistd.h>

namespace effleur::test {

class SmallDisk {
public:
    explicit SmallDisk(std::size_t bytes) {
        std::string pattern =
            (std::filesystem::temp_directory_path() / "effleur-small-disk-XXXXXX").string();
        if (::mkdtemp(pattern.data()) == nullptr) {
            why_not_ = std::string("cannot make a folder: ") + std::strerror(errno);
            return;
        }
        path_ = pattern;
        if (::geteuid() != 0) {
            why_not_ =
                "mounting a small disk needs root; run the tests as root to check a full disk";
            return;
        }
        const std::string options = "size=" + std::to_string(bytes) + ",mode=0700";
        if (::mount("tmpfs", path_.c_str(), "tmpfs", MS_NOSUID | MS_NODEV, options.c_str()) != 0) {
            why_not_ = std::string("cannot mount a small disk: ") + std::strerror(errno);
            return;
        }
        mounted_ = true;
    }
    ~SmallDisk() {
        if (mounted_) {
            ::umount2(path_.c_str(), MNT_DETACH);
        }
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    SmallDisk(const SmallDisk&) = delete;
    SmallDisk& operator=(const SmallDisk&) = delete;

    [[nodiscard]] bool mounted() const { return mounted_; }
    [[nodiscard]] const std::string& why_not() const { return why_not_; }
    [[nodiscard]] const std::filesystem::path& path() const { return path_; }
    [[nodiscard]] std::filesystem::path file(const std::string& name) const { return path_ / name; }

    // Writes a filler file until the disk is full, to the last byte.
    void fill() {
        const std::filesystem::path filler = path_ / ".filler";
        const int fd = ::open(filler.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
        if (fd < 0) {
            return;
        }
        static const char block[4096] = {};
        for (std::size_t size = sizeof block; size > 0; size /= 2) {
            while (::write(fd, block, size) == static_cast<ssize_t>(size)) {
            }
        }
        ::close(fd);
    }
    // Removes the filler: the disk has room again.
    void free() {
        std::error_code ec;
        std::filesystem::remove(path_ / ".filler", ec);
    }

private:
    std::filesystem::path path_;
    std::string why_not_;
    bool mounted_ = false;
};

} // namespace effleur::test
