#include "atomicsave.h"

#include "core/privatefiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <optional>

#include <sys/stat.h>
#include <unistd.h>

namespace effleur::ui {

namespace {

struct Failure {
    qint64 written_bytes = 0;
    QString message;
};

// Set only by SimulatedSaveFailure, in tests.
std::optional<Failure>& simulated() {
    static std::optional<Failure> failure;
    return failure;
}

QString words(int error) {
    return QString::fromStdString(files::errno_words(error));
}

Diagnostic could_not_save(const QString& path, const QString& why) {
    return about_file(path.toStdString(), QCoreApplication::translate("effleur::ui::AtomicSave",
                                                                      "Could not save %1: %2")
                                              .arg(QFileInfo(path).fileName(), why)
                                              .toStdString());
}

} // namespace

SimulatedSaveFailure::SimulatedSaveFailure(qint64 written_bytes, QString message) {
    simulated() = Failure{written_bytes, std::move(message)};
}

SimulatedSaveFailure::~SimulatedSaveFailure() {
    simulated().reset();
}

Status save_atomically(const QString& path, const QByteArray& bytes) {
    try {
        // What is replaced keeps its owner, group and mode, set-user-ID and set-group-ID bits
        // included (a save as root changes none of them); a new file is the user's alone.
        const QByteArray native = QFile::encodeName(path);
        struct stat old {};
        const bool replacing = ::stat(native.constData(), &old) == 0;
        if (replacing && !S_ISREG(old.st_mode)) {
            return could_not_save(path, QCoreApplication::translate("effleur::ui::AtomicSave",
                                                                    "it is not a regular file"));
        }
        QSaveFile file(path);
        // Never fall back to writing the file in place: that is what this function avoids.
        file.setDirectWriteFallback(false);
        if (!file.open(QIODevice::WriteOnly)) {
            return could_not_save(path, file.errorString());
        }
        const int fd = file.handle();
        if (replacing) {
            struct stat temp {};
            if (::fstat(fd, &temp) != 0 ||
                ((temp.st_uid != old.st_uid || temp.st_gid != old.st_gid) &&
                 ::fchown(fd, old.st_uid, old.st_gid) != 0)) {
                file.cancelWriting();
                return could_not_save(
                    path, QCoreApplication::translate(
                              "effleur::ui::AtomicSave",
                              "it belongs to another user or group, and a new copy would not; it "
                              "was left unchanged"));
            }
            // After fchown, which clears the set-ID bits.
            if (::fchmod(fd, old.st_mode & 07777) != 0) {
                const int error = errno;
                file.cancelWriting();
                return could_not_save(path, words(error));
            }
        } else if (::fchmod(fd, files::private_file_mode) != 0) {
            const int error = errno;
            file.cancelWriting();
            return could_not_save(path, words(error));
        }
        if (const std::optional<Failure>& failure = simulated()) {
            const qint64 n = std::min(failure->written_bytes, qint64{bytes.size()});
            file.write(bytes.constData(), n);
            file.cancelWriting();
            return could_not_save(path, failure->message);
        }
        // Written straight to the descriptor, so a failure says why in words ("the disk is
        // full"), not as QIODevice's "Unknown error".
        const char* at = bytes.constData();
        auto left = static_cast<std::size_t>(bytes.size());
        while (left > 0) {
            const ssize_t n = ::write(fd, at, left);
            if (n < 0 && errno == EINTR) {
                continue;
            }
            if (n <= 0) {
                const int error = n < 0 ? errno : ENOSPC;
                file.cancelWriting();
                return could_not_save(path, words(error));
            }
            at += n;
            left -= static_cast<std::size_t>(n);
        }
        if (::fsync(fd) != 0) {
            const int error = errno;
            file.cancelWriting();
            return could_not_save(path, words(error));
        }
        // commit() renames; on failure it removes the temporary file.
        if (!file.commit()) {
            return could_not_save(path, file.errorString());
        }
        return Done{};
    } catch (const std::exception& e) {
        return could_not_save(path, QString::fromUtf8(e.what()));
    }
}

} // namespace effleur::ui
