#include "ui/shell/studylauncher.h"

#include "storage/progressstore.h"
#include "ui/study/progressview.h"
#include "ui/study/quizwindow.h"

#include <QMessageBox>
#include <QWidget>

#include <spdlog/spdlog.h>

#include <utility>

namespace effleur::ui {

StudyLauncher::StudyLauncher(StudyServices services, QWidget& window)
    : QObject(&window), services_(std::move(services)), window_(window) {}

StudyLauncher::~StudyLauncher() = default;

Result<storage::ProgressStore*> StudyLauncher::progress_store() {
    if (store_)
        return store_.get();
    const std::filesystem::path file = services_.progress_file.empty()
                                           ? storage::ProgressStore::default_path()
                                           : services_.progress_file;
    auto opened = storage::ProgressStore::open(file);
    if (opened) {
        store_ = std::move(opened.value());
        return store_.get();
    }
    const std::string why = opened.message();
    spdlog::warn("the progress database cannot be opened: {}", why);
    auto* box =
        new QMessageBox(QMessageBox::Warning, tr("Effleur"),
                        tr("Your quiz progress cannot be opened, so this is not saved.\n\n%1")
                            .arg(QString::fromStdString(why)),
                        QMessageBox::Ok, &window_);
    box->setObjectName(QStringLiteral("progress-store-error"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    Diagnostic problem;
    problem.file = file.string();
    problem.message = why;
    return Diagnostics{std::move(problem)};
}

void StudyLauncher::open_quiz(std::shared_ptr<const Protocol> protocol) {
    if (!protocol)
        return;
    for (QuizWindow* w : window_.findChildren<QuizWindow*>())
        if (w->isVisible() && w->protocol().id == protocol->id) {
            w->raise();
            w->activateWindow();
            return;
        }
    QuizServices services;
    services.catalog = &services_.loader->catalog();
    services.clock = services_.clock;
    services.wall_clock = services_.wall_clock;
    services.store = [this] { return progress_store(); };
    auto* window = new QuizWindow(std::move(protocol), std::move(services), &window_);
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(window, &QuizWindow::progressRequested, this, &StudyLauncher::open_progress);
    connect(window, &QuizWindow::attemptRecorded, this, [this](const quiz::Attempt& a) {
        for (ProgressView* v : window_.findChildren<ProgressView*>())
            if (store_ && v->protocol() && v->protocol()->id == a.protocol)
                v->set_data(v->protocol(), store_->attempts(a.protocol));
    });
    window->resize(window->sizeHint());
    window->show();
    window->activateWindow();
}

void StudyLauncher::open_progress(const std::shared_ptr<const Protocol>& protocol) {
    if (!protocol)
        return;
    auto opened = progress_store();
    if (!opened)
        return;
    storage::ProgressStore* store = opened.value();
    for (ProgressView* v : window_.findChildren<ProgressView*>())
        if (v->isVisible() && v->protocol() && v->protocol()->id == protocol->id) {
            v->set_data(protocol, store->attempts(protocol->id));
            v->raise();
            v->activateWindow();
            return;
        }
    auto* view = new ProgressView(&window_);
    view->setWindowFlag(Qt::Window);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->setWindowTitle(
        tr("Progress \u2014 %1").arg(QString::fromStdString(protocol->title.get())));
    view->set_data(protocol, store->attempts(protocol->id));
    connect(view, &ProgressView::practiseRequested, this, &StudyLauncher::practiseRequested);
    connect(view, &ProgressView::quizRequested, this, &StudyLauncher::open_quiz);
    view->resize(view->sizeHint());
    view->show();
    view->activateWindow();
}

} // namespace effleur::ui
