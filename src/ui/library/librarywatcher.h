#pragma once
// Watches the protocol folders and their *.json files, and says which files changed on disk.
//
// Editors save in two ways: writing the file in place, or writing a new file and renaming it
// over the old one ("rename-save"). QFileSystemWatcher stops watching a file that was replaced,
// so every event leads to a fresh look at the watched folders: each *.json file's identity
// (inode, size, modification and status-change times) is compared with the one last seen, new
// files are added to the watch, replaced ones are added again, and removed ones are reported.
// Events are debounced: a burst of writes ends in one `changed` signal, at most `interval`
// after the burst stops, and never later than four intervals after its first event.
//
// Ownership: a QObject; owns its QFileSystemWatcher and timer. Error contract: never throws; a
// folder that does not exist (yet) is simply not watched until set_folders is called again.

#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <chrono>
#include <map>

class QFileSystemWatcher;
class QTimer;

namespace effleur::ui {

class LibraryWatcher : public QObject {
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds default_interval{250};

    explicit LibraryWatcher(QObject* parent = nullptr,
                            std::chrono::milliseconds interval = default_interval);
    ~LibraryWatcher() override;

    // Watches these folders (not recursively; schema/ and catalog/ are not protocols) and the
    // *.json files in them. Files already known keep their last-seen state, so calling it
    // again (e.g. after creating a folder) reports nothing by itself.
    void set_folders(const QStringList& folders);
    [[nodiscard]] QStringList folders() const { return folders_; }

    // While a file is paused its changes are not reported: the in-app editor pauses the file
    // it is saving. resume_for takes the file as it is now as seen, so the editor's own save
    // is never reported, even when its events arrive after the resume.
    void pause_for(const QString& file);
    void resume_for(const QString& file);

    // The debounce interval (tests shorten it).
    void set_interval(std::chrono::milliseconds interval);
    // True while events are waiting for the debounce to end.
    [[nodiscard]] bool pending() const;
    // Looks at the folders now and reports what changed, without waiting.
    void check_now();

    // The *.json files currently watched, sorted.
    [[nodiscard]] QStringList files() const;

Q_SIGNALS:
    // Files created, modified, replaced or removed since the last signal, sorted, absolute.
    void changed(const QStringList& files);

private:
    struct Seen {
        unsigned long long inode = 0, size = 0;
        long long mtime_ns = 0, ctime_ns = 0;
        friend bool operator==(const Seen&, const Seen&) = default;
    };
    void on_event();
    [[nodiscard]] static bool look(const QString& file, Seen& seen);
    [[nodiscard]] QStringList current_files() const;
    void rewatch();

    QFileSystemWatcher* watcher_ = nullptr;
    QTimer* debounce_ = nullptr;
    QTimer* deadline_ = nullptr; // caps a never-ending burst
    QStringList folders_;
    std::map<QString, Seen> seen_; // file -> state last reported (or first seen)
    QSet<QString> paused_;
};

} // namespace effleur::ui
