#include "atomicsave.h"

#include <QFileInfo>
#include <QSaveFile>

#include <optional>

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

QString could_not_save(const QString& path, const QString& why) {
    return QStringLiteral("Could not save %1: %2").arg(QFileInfo(path).fileName(), why);
}

} // namespace

SimulatedSaveFailure::SimulatedSaveFailure(qint64 written_bytes, QString message) {
    simulated() = Failure{written_bytes, std::move(message)};
}

SimulatedSaveFailure::~SimulatedSaveFailure() {
    simulated().reset();
}

QString save_atomically(const QString& path, const QByteArray& bytes) {
    try {
        QSaveFile file(path);
        // Never fall back to writing the file in place: that is what this function avoids.
        file.setDirectWriteFallback(false);
        if (!file.open(QIODevice::WriteOnly)) {
            return could_not_save(path, file.errorString());
        }
        if (const std::optional<Failure>& failure = simulated()) {
            const qint64 n = std::min(failure->written_bytes, qint64{bytes.size()});
            file.write(bytes.constData(), n);
            file.cancelWriting();
            return could_not_save(path, failure->message);
        }
        if (file.write(bytes) != bytes.size()) {
            const QString why = file.errorString();
            file.cancelWriting();
            return could_not_save(path, why);
        }
        // commit() flushes, fsyncs and renames; on failure it removes the temporary file.
        if (!file.commit()) {
            return could_not_save(path, file.errorString());
        }
        return {};
    } catch (const std::exception& e) {
        return could_not_save(path, QString::fromUtf8(e.what()));
    }
}

} // namespace effleur::ui
