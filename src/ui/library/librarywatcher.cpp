#include "ui/library/librarywatcher.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

#include <sys/stat.h>

#include <algorithm>

namespace effleur::ui {

LibraryWatcher::LibraryWatcher(QObject* parent, std::chrono::milliseconds interval)
    : QObject(parent), watcher_(new QFileSystemWatcher(this)), debounce_(new QTimer(this)),
      deadline_(new QTimer(this)) {
    debounce_->setSingleShot(true);
    deadline_->setSingleShot(true);
    set_interval(interval);
    connect(watcher_, &QFileSystemWatcher::fileChanged, this, &LibraryWatcher::on_event);
    connect(watcher_, &QFileSystemWatcher::directoryChanged, this, &LibraryWatcher::on_event);
    connect(debounce_, &QTimer::timeout, this, &LibraryWatcher::check_now);
    connect(deadline_, &QTimer::timeout, this, &LibraryWatcher::check_now);
}

LibraryWatcher::~LibraryWatcher() = default;

void LibraryWatcher::set_interval(std::chrono::milliseconds interval) {
    debounce_->setInterval(interval);
    deadline_->setInterval(4 * interval);
}

bool LibraryWatcher::pending() const {
    return debounce_->isActive() || deadline_->isActive();
}

void LibraryWatcher::set_folders(const QStringList& folders) {
    folders_.clear();
    for (const QString& f : folders)
        folders_ << QFileInfo(f).absoluteFilePath();
    // Files met for the first time are taken as they are: only later changes are news.
    for (const QString& file : current_files()) {
        Seen seen;
        if (!seen_.contains(file) && look(file, seen))
            seen_[file] = seen;
    }
    rewatch();
}

void LibraryWatcher::pause_for(const QString& file) {
    paused_.insert(QFileInfo(file).absoluteFilePath());
}

void LibraryWatcher::resume_for(const QString& file) {
    const QString path = QFileInfo(file).absoluteFilePath();
    paused_.remove(path);
    if (Seen seen; look(path, seen))
        seen_[path] = seen;
    else
        seen_.erase(path);
    rewatch();
}

QStringList LibraryWatcher::files() const {
    QStringList out = watcher_->files();
    out.sort();
    return out;
}

void LibraryWatcher::on_event() {
    debounce_->start(); // restarts: the burst goes on
    if (!deadline_->isActive())
        deadline_->start();
}

bool LibraryWatcher::look(const QString& file, Seen& seen) {
    struct stat st {};
    if (::stat(QFile::encodeName(file).constData(), &st) != 0 || !S_ISREG(st.st_mode))
        return false;
    seen.inode = static_cast<unsigned long long>(st.st_ino);
    seen.size = static_cast<unsigned long long>(st.st_size);
    seen.mtime_ns = static_cast<long long>(st.st_mtim.tv_sec) * 1'000'000'000LL +
                    static_cast<long long>(st.st_mtim.tv_nsec);
    seen.ctime_ns = static_cast<long long>(st.st_ctim.tv_sec) * 1'000'000'000LL +
                    static_cast<long long>(st.st_ctim.tv_nsec);
    return true;
}

QStringList LibraryWatcher::current_files() const {
    QStringList out;
    for (const QString& folder : folders_) {
        const QDir dir(folder);
        for (const QString& name :
             dir.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Hidden, QDir::Name))
            out << dir.absoluteFilePath(name);
    }
    return out;
}

void LibraryWatcher::check_now() {
    debounce_->stop();
    deadline_->stop();
    QStringList news;
    const QStringList now = current_files();
    for (const QString& file : now) {
        if (paused_.contains(file))
            continue;
        Seen seen;
        if (!look(file, seen))
            continue; // gone between the listing and now: the next event says so
        auto it = seen_.find(file);
        if (it == seen_.end()) {
            seen_.emplace(file, seen);
            news << file;
        } else if (!(it->second == seen)) {
            if (it->second.inode != seen.inode)
                watcher_->removePath(file); // replaced: the old watch follows the old inode
            it->second = seen;
            news << file;
        }
    }
    for (auto it = seen_.begin(); it != seen_.end();) {
        if (!now.contains(it->first) && !paused_.contains(it->first)) {
            news << it->first;
            watcher_->removePath(it->first);
            it = seen_.erase(it);
        } else {
            ++it;
        }
    }
    rewatch();
    if (news.isEmpty())
        return;
    news.sort();
    Q_EMIT changed(news);
}

void LibraryWatcher::rewatch() {
    QStringList missing;
    const QStringList watched = watcher_->files() + watcher_->directories();
    for (const QString& folder : folders_)
        if (!watched.contains(folder) && QFileInfo(folder).isDir())
            missing << folder;
    for (const QString& file : current_files())
        if (!watched.contains(file))
            missing << file;
    if (!missing.isEmpty())
        watcher_->addPaths(missing); // a path that cannot be watched is left for the next look
}

} // namespace effleur::ui
