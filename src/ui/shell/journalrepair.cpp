#include "ui/shell/journalrepair.h"

#include "storage/database.h"

#include <QMessageBox>
#include <QPushButton>

namespace effleur::ui {

QMessageBox* offer_journal_repair(QWidget* parent, const QString& why,
                                  std::function<void(JournalRepair)> chosen) {
    auto* box = new QMessageBox(
        QMessageBox::Warning, QStringLiteral("Effleur"),
        QObject::tr("The journal cannot be opened, so no client session can be recorded.\n\n%1\n\n"
                    "You can start a new journal, empty or from a backup. The file as it is now "
                    "is kept beside it under a new name; it is never overwritten.")
            .arg(why),
        QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("journal-error"));
    box->setTextFormat(Qt::PlainText); // paths and SQLite's words, never markup
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* backup =
        box->addButton(QObject::tr("Open a &Backup\u2026"), QMessageBox::ActionRole);
    backup->setObjectName(QStringLiteral("journal-from-backup"));
    QPushButton* fresh =
        box->addButton(QObject::tr("Start a &New Journal"), QMessageBox::ActionRole);
    fresh->setObjectName(QStringLiteral("journal-new"));
    QPushButton* later = box->addButton(QObject::tr("&Later"), QMessageBox::RejectRole);
    later->setObjectName(QStringLiteral("journal-not-now"));
    box->setDefaultButton(later);
    box->setEscapeButton(later);
    QObject::connect(box, &QMessageBox::buttonClicked, box,
                     [backup, fresh, chosen = std::move(chosen)](QAbstractButton* clicked) {
                         chosen(clicked == backup  ? JournalRepair::FromBackup
                                : clicked == fresh ? JournalRepair::NewJournal
                                                   : JournalRepair::NotNow);
                     });
    box->open();
    return box;
}

RepairedJournal start_new_journal(const std::filesystem::path& file,
                                  const std::filesystem::path& backup) {
    RepairedJournal out;
    std::filesystem::path kept;
    std::error_code ec;
    if (std::filesystem::exists(std::filesystem::symlink_status(file, ec))) {
        const auto aside = storage::Database::set_aside(file);
        if (!aside) {
            out.message = QObject::tr("No new journal was started: %1")
                              .arg(QString::fromStdString(aside.message()));
            return out;
        }
        kept = aside.value();
    }
    auto opened = storage::JournalStore::open(file);
    if (!opened) {
        out.message = QObject::tr("No new journal could be started: %1")
                          .arg(QString::fromStdString(opened.errors().front().message));
    } else {
        out.store = std::move(opened.value());
        out.message = QObject::tr("A new journal was started.");
    }
    if (out.store && !backup.empty()) {
        if (auto restored = out.store->restore_from(backup); restored)
            out.message = QObject::tr("The journal was started from the backup %1.")
                              .arg(QString::fromStdString(backup.string()));
        else
            out.message = QObject::tr("A new, empty journal was started; the backup was not "
                                      "used: %1")
                              .arg(QString::fromStdString(restored.errors().front().message));
    }
    if (!kept.empty())
        out.message +=
            QLatin1Char(' ') +
            QObject::tr("The old file is kept as %1.").arg(QString::fromStdString(kept.string()));
    return out;
}

} // namespace effleur::ui
