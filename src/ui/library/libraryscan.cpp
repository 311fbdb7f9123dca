#include "ui/library/libraryscan.h"

#include <spdlog/spdlog.h>

#include <QMetaObject>

#include <chrono>
#include <exception>
#include <utility>

namespace effleur::ui {

ScannedLibrary scan_library_now(const Loader& loader,
                                const std::vector<std::filesystem::path>& folders,
                                std::size_t bundled_folder_count, const std::stop_token& stop) {
    ScannedLibrary out;
    out.entries = scan_library(loader, folders, bundled_folder_count, stop);
    if (!stop.stop_requested())
        out.warnings = library_warnings(loader, out.entries);
    return out;
}

LibraryScan::LibraryScan(std::shared_ptr<const Loader> loader, QObject* parent)
    : QObject(parent), loader_(std::move(loader)) {}

LibraryScan::~LibraryScan() {
    // std::jthread asks the scan to stop and joins it; its result is never delivered, as this
    // object (the receiver) is gone.
    worker_ = std::jthread();
}

void LibraryScan::start(std::vector<std::filesystem::path> folders,
                        std::size_t bundled_folder_count) {
    folders_ = std::move(folders);
    bundled_ = bundled_folder_count;
    if (running_) {
        again_ = true;
        return;
    }
    running_ = true;
    launch();
}

void LibraryScan::launch() {
    again_ = false;
    if (worker_.joinable())
        worker_.join(); // finished already: its result has been delivered
    const auto started = std::chrono::steady_clock::now();
    try {
        worker_ = std::jthread([this, loader = loader_, folders = folders_, bundled = bundled_,
                                started](const std::stop_token& stop) {
            auto result = std::make_shared<ScannedLibrary>();
            try {
                *result = scan_library_now(*loader, folders, bundled, stop);
            } catch (const std::exception& e) { // only allocation: an empty library, said why
                spdlog::error("cannot scan the library: {}", e.what());
            }
            if (stop.stop_requested())
                return;
            spdlog::debug("library scanned in the background: {} file(s), {} ms",
                          result->entries.size(),
                          std::chrono::duration_cast<std::chrono::milliseconds>(
                              std::chrono::steady_clock::now() - started)
                              .count());
            QMetaObject::invokeMethod(
                this, [this, result] { done(result); }, Qt::QueuedConnection);
        });
    } catch (const std::system_error& e) {
        // No thread to be had: scan here rather than show nothing.
        spdlog::warn("scanning the library on the window's thread: {}", e.what());
        done(std::make_shared<ScannedLibrary>(scan_library_now(*loader_, folders_, bundled_)));
    }
}

void LibraryScan::done(const std::shared_ptr<ScannedLibrary>& result) {
    if (again_) { // the folders changed while this scan ran: its result is already old
        launch();
        return;
    }
    running_ = false;
    result_ = std::move(*result);
    Q_EMIT finished();
}

ScannedLibrary LibraryScan::take() {
    return std::exchange(result_, {});
}

} // namespace effleur::ui
