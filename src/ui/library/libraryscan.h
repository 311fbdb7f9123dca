#pragma once
// Scans the protocol folders away from the window's thread, so that a large library never
// delays the first frame: the window paints, then the list fills in.
//
// start() begins a scan (scan_library and library_warnings) on a thread of its own and returns
// at once; `finished` comes on the window's thread with the whole result, which take() hands
// over. A start() while a scan runs is not lost: one more scan, with the folders last given,
// follows when the running one ends, and only its result is announced.
//
// Ownership: a QObject; shares the loader (used from the scan's thread, which the loader
// allows). Destroying it asks a running scan to stop and waits for it. Nothing here throws.

#include "core/loader.h"

#include <QObject>

#include <filesystem>
#include <memory>
#include <thread>
#include <vector>

namespace effleur::ui {

// One scan's result: the entries (in folder order, then by name) and the library's warnings.
struct ScannedLibrary {
    std::vector<LibraryEntry> entries;
    Diagnostics warnings;
};

// A scan on the calling thread (what LibraryScan runs on its own).
[[nodiscard]] ScannedLibrary scan_library_now(const Loader& loader,
                                              const std::vector<std::filesystem::path>& folders,
                                              std::size_t bundled_folder_count,
                                              const std::stop_token& stop = {});

class LibraryScan : public QObject {
    Q_OBJECT

public:
    explicit LibraryScan(std::shared_ptr<const Loader> loader, QObject* parent = nullptr);
    ~LibraryScan() override;
    LibraryScan(const LibraryScan&) = delete;
    LibraryScan& operator=(const LibraryScan&) = delete;

    void start(std::vector<std::filesystem::path> folders, std::size_t bundled_folder_count);
    // True from start() until the `finished` of the last scan asked for.
    [[nodiscard]] bool running() const { return running_; }
    // The result `finished` announced (once).
    [[nodiscard]] ScannedLibrary take();

Q_SIGNALS:
    void finished();

private:
    void launch();
    void done(const std::shared_ptr<ScannedLibrary>& result);

    std::shared_ptr<const Loader> loader_;
    std::vector<std::filesystem::path> folders_;
    std::size_t bundled_ = 1;
    bool running_ = false;
    bool again_ = false; // start() came while a scan ran
    std::jthread worker_;
    ScannedLibrary result_;
};

} // namespace effleur::ui
