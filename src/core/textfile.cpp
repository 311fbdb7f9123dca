#include "textfile.h"

#include <cerrno>
#include <cstdio>
#include <memory>
#include <system_error>

namespace effleur::loading {

namespace {

struct FileCloser {
    void operator()(std::FILE* f) const { std::fclose(f); }
};

std::string size_text(std::uintmax_t bytes) {
    return std::to_string(bytes) + (bytes == 1 ? " byte" : " bytes");
}

} // namespace

std::optional<std::string> read_text_file(const std::filesystem::path& file,
                                          std::uintmax_t max_bytes, const std::string& display_name,
                                          Diagnostic& error) {
    error = Diagnostic{};
    error.file = display_name;
    try {
        std::error_code ec;
        const auto status = std::filesystem::status(file, ec);
        if (ec || !std::filesystem::exists(status)) {
            error.message =
                "cannot open this file: " + (ec ? ec.message() : std::string("no such file"));
            return std::nullopt;
        }
        if (std::filesystem::is_directory(status)) {
            error.message = "this is a folder, not a file";
            return std::nullopt;
        }
        if (!std::filesystem::is_regular_file(status)) {
            // Devices, pipes and sockets could block or never end.
            error.message = "not a regular file; refused";
            return std::nullopt;
        }
        const std::uintmax_t size = std::filesystem::file_size(file, ec);
        if (!ec && size > max_bytes) {
            error.message = "this file is " + size_text(size) + "; files over " +
                            size_text(max_bytes) + " are refused";
            return std::nullopt;
        }
        errno = 0;
        std::unique_ptr<std::FILE, FileCloser> in(std::fopen(file.c_str(), "rb"));
        if (!in) {
            error.message = "cannot read this file: " +
                            std::error_code(errno, std::generic_category()).message();
            return std::nullopt;
        }
        // Read to the end rather than trusting the size: the file may change meanwhile.
        std::string text;
        text.reserve(static_cast<std::size_t>(ec ? 0 : size));
        char buffer[65536];
        while (true) {
            const std::size_t n = std::fread(buffer, 1, sizeof buffer, in.get());
            text.append(buffer, n);
            if (text.size() > max_bytes) {
                error.message = "this file is larger than " + size_text(max_bytes) + "; refused";
                return std::nullopt;
            }
            if (n < sizeof buffer) {
                break;
            }
        }
        if (std::ferror(in.get()) != 0) {
            error.message = "cannot read this file: read error";
            return std::nullopt;
        }
        return text;
    } catch (const std::exception& e) {
        error.message = std::string("cannot read this file: ") + e.what();
        return std::nullopt;
    }
}

} // namespace effleur::loading
