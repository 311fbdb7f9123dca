#pragma once
// Saving a file so that it is either wholly the old file or wholly the new one, never a mix,
// whatever happens mid-write (a full disk, a crash, a pulled plug).
//
// Writes through QSaveFile: a temporary file in the same folder, flushed and fsync'd, then
// renamed over the old file. The old file's owner, group and mode (set-ID bits too) are kept, or
// the save is refused when they cannot be (another user's file, saved by its non-owner); a new
// file is owner-only (0600), whatever the umask.
// Error contract: never throws; a failure comes back as a Diagnostic about the file, and the old
// file is then byte for byte what it was, with no temporary file left behind.

#include "core/diagnostic.h"

#include <QByteArray>
#include <QString>

namespace effleur::ui {

// Done, or one Diagnostic with `path` as its file and a message for the user ("Could not save
// protocol.json: No space left on device"); the old file is then untouched.
[[nodiscard]] Status save_atomically(const QString& path, const QByteArray& bytes);

// Test seam: while one of these lives, every save_atomically() writes the first
// `written_bytes` bytes (at most all of them) to its temporary file and then fails as a full
// disk would, with `message`. Tests only; not thread-safe; instances do not nest.
class SimulatedSaveFailure {
public:
    explicit SimulatedSaveFailure(qint64 written_bytes,
                                  QString message = QStringLiteral("No space left on device"));
    ~SimulatedSaveFailure();
    SimulatedSaveFailure(const SimulatedSaveFailure&) = delete;
    SimulatedSaveFailure& operator=(const SimulatedSaveFailure&) = delete;
};

} // namespace effleur::ui
