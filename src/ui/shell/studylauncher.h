#pragma once
// The study windows of the main window: the quiz window and the progress view of a protocol
// (one of each per protocol, raised when open), and the progress store they share.
//
// The progress store opens on first use; when it cannot, a message box says so and the store is
// tried again next time. A rehearsal of a student's weakest steps is asked of the session flow
// through `practiseRequested`. Ownership: the launcher borrows the loader and the clock, which
// must outlive it; its windows are children of `window`. Nothing here throws.

#include "core/clock.h"
#include "core/diagnostic.h"
#include "core/loader.h"
#include "core/quiz.h"

#include <QObject>

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <vector>

class QWidget;

namespace effleur::storage {
class ProgressStore;
}

namespace effleur::ui {

struct StudyServices {
    std::shared_ptr<const Loader> loader;
    const Clock* clock = nullptr;
    std::function<std::chrono::system_clock::time_point()> wall_clock; // stamps attempts
    std::filesystem::path progress_file; // empty: ProgressStore::default_path()
};

class StudyLauncher : public QObject {
    Q_OBJECT

public:
    StudyLauncher(StudyServices services, QWidget& window);
    ~StudyLauncher() override;
    StudyLauncher(const StudyLauncher&) = delete;
    StudyLauncher& operator=(const StudyLauncher&) = delete;

    void open_quiz(std::shared_ptr<const Protocol> protocol);
    void open_progress(const std::shared_ptr<const Protocol>& protocol);
    // The progress store, opened on first use; its problem when it cannot be opened (a message
    // box has said so).
    [[nodiscard]] Result<storage::ProgressStore*> progress_store();

Q_SIGNALS:
    // The progress view asks for a rehearsal of these steps of `protocol`.
    void practiseRequested(std::shared_ptr<const effleur::Protocol> protocol,
                           const std::vector<effleur::quiz::StepRef>& steps);

private:
    StudyServices services_;
    QWidget& window_;
    std::unique_ptr<storage::ProgressStore> store_;
};

} // namespace effleur::ui
