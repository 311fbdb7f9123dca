#pragma once
// A journal that cannot be opened (damaged, unreadable, refused): the problem in words, and a way
// on that never overwrites it. "Start a new journal" moves the file aside, renamed beside itself
// (storage::Database::set_aside), and starts an empty one in its place; "Open a backup" does the
// same, then restores the chosen backup into the new journal. "Later" leaves everything as it
// is: no client session is recorded until the journal opens.

#include "storage/journalstore.h"

#include <QString>

#include <filesystem>
#include <functional>
#include <memory>

class QMessageBox;
class QWidget;

namespace effleur::ui {

enum class JournalRepair { NotNow, NewJournal, FromBackup };

// Shows the problem and the three choices, window-modal without blocking (object name
// "journal-error"); calls `chosen` with the user's choice. The box deletes itself when closed.
QMessageBox* offer_journal_repair(QWidget* parent, const QString& why,
                                  std::function<void(JournalRepair)> chosen);

struct RepairedJournal {
    std::unique_ptr<storage::JournalStore> store; // null when it failed; `message` says why
    QString message; // for the user: where the old file is kept, and what went wrong if anything
};

// Sets `file` aside and opens a new journal in its place; then, if `backup` is not empty,
// restores it into the new journal (a backup that is refused leaves the new journal empty, and
// the message says so). The old file is never overwritten or removed.
RepairedJournal start_new_journal(const std::filesystem::path& file,
                                  const std::filesystem::path& backup);

} // namespace effleur::ui
