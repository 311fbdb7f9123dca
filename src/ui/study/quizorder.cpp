#include "ui/study/quizorder.h"

#include <QAbstractItemModel>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

#include <algorithm>

namespace effleur::ui {

namespace {

constexpr int stage_role = Qt::UserRole + 1;
constexpr int step_role = Qt::UserRole + 2;
constexpr int title_role = Qt::UserRole + 3;

quiz::StepRef ref_of(const QListWidgetItem* item) {
    return {static_cast<std::size_t>(item->data(stage_role).toULongLong()),
            static_cast<std::size_t>(item->data(step_role).toULongLong())};
}

} // namespace

OrderQuizWidget::OrderQuizWidget(std::shared_ptr<const Protocol> protocol, quiz::OrderQuiz quiz,
                                 QWidget* parent)
    : QuizWidget(parent), protocol_(std::move(protocol)), quiz_(std::move(quiz)) {
    setObjectName(QStringLiteral("order-quiz"));
    auto* outer = new QVBoxLayout(this);
    prompt_ =
        new QLabel(tr("Put these %n step(s) in the order they are done. Drag them, or select one "
                      "and move it with Alt+\u2191 / Alt+\u2193. Ctrl+Enter checks.",
                      nullptr, static_cast<int>(quiz_.shuffled.size())),
                   this);
    prompt_->setWordWrap(true);
    outer->addWidget(prompt_);

    auto* lists = new QHBoxLayout;
    list_ = new QListWidget(this);
    list_->setObjectName(QStringLiteral("order-answer"));
    list_->setDragDropMode(QAbstractItemView::InternalMove);
    list_->setDefaultDropAction(Qt::MoveAction);
    list_->setSelectionMode(QAbstractItemView::SingleSelection);
    list_->setAlternatingRowColors(true);
    list_->setSpacing(2);
    list_->setWordWrap(true);
    QFont font = list_->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    list_->setFont(font);
    for (const quiz::StepRef& ref : quiz_.shuffled) {
        auto* item = new QListWidgetItem(list_);
        item->setData(stage_role, static_cast<qulonglong>(ref.stage));
        item->setData(step_role, static_cast<qulonglong>(ref.step));
        item->setData(title_role, step_title(*protocol_, ref));
    }
    renumber();
    list_->setCurrentRow(0);
    list_->installEventFilter(this);
    lists->addWidget(list_, 1);

    correct_box_ = new QWidget(this);
    auto* ccol = new QVBoxLayout(correct_box_);
    ccol->setContentsMargins(0, 0, 0, 0);
    ccol->addWidget(new QLabel(tr("<b>The correct order</b>"), correct_box_));
    correct_ = new QListWidget(correct_box_);
    correct_->setObjectName(QStringLiteral("order-correct"));
    correct_->setFont(font);
    correct_->setSpacing(2);
    correct_->setWordWrap(true);
    correct_->setFocusPolicy(Qt::NoFocus);
    correct_->setSelectionMode(QAbstractItemView::NoSelection);
    ccol->addWidget(correct_, 1);
    correct_box_->hide();
    lists->addWidget(correct_box_, 1);
    outer->addLayout(lists, 1);

    auto* bar = new QHBoxLayout;
    up_ = new QPushButton(tr("Move up"), this);
    up_->setToolTip(tr("Alt+Up or Ctrl+Up"));
    down_ = new QPushButton(tr("Move down"), this);
    down_->setToolTip(tr("Alt+Down or Ctrl+Down"));
    score_ = new QLabel(this);
    score_->setObjectName(QStringLiteral("order-score"));
    QFont big = score_->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    score_->setFont(big);
    check_ = new QPushButton(tr("Check"), this);
    check_->setObjectName(QStringLiteral("order-check"));
    check_->setToolTip(tr("Ctrl+Enter"));
    for (QPushButton* b : {up_, down_, check_})
        b->setFocusPolicy(Qt::NoFocus); // the keys work on the list; focus stays there
    bar->addWidget(up_);
    bar->addWidget(down_);
    bar->addSpacing(16);
    bar->addWidget(score_, 1);
    bar->addWidget(check_);
    outer->addLayout(bar);

    connect(up_, &QPushButton::clicked, this, [this] { move_selected(-1); });
    connect(down_, &QPushButton::clicked, this, [this] { move_selected(1); });
    connect(check_, &QPushButton::clicked, this, [this] { result_ ? go_on() : check(); });
    // Drag and drop moves rows inside the model; the numbers follow.
    connect(list_->model(), &QAbstractItemModel::rowsMoved, this, [this] { renumber(); });
    setFocusProxy(list_);
}

std::vector<quiz::StepRef> OrderQuizWidget::answer() const {
    std::vector<quiz::StepRef> out;
    out.reserve(static_cast<std::size_t>(list_->count()));
    for (int row = 0; row < list_->count(); ++row)
        out.push_back(ref_of(list_->item(row)));
    return out;
}

QString OrderQuizWidget::score_text() const {
    return score_->text();
}

QString OrderQuizWidget::number(int row) const {
    return number_column(static_cast<std::size_t>(row) + 1, quiz_.shuffled.size());
}

void OrderQuizWidget::renumber() {
    for (int row = 0; row < list_->count(); ++row) {
        QListWidgetItem* item = list_->item(row);
        item->setText(QStringLiteral("%1  %2").arg(number(row), item->data(title_role).toString()));
    }
}

bool OrderQuizWidget::move_selected(int by) {
    const int row = list_->currentRow();
    const int to = row + by;
    if (result_ || row < 0 || to < 0 || to >= list_->count())
        return false;
    QListWidgetItem* item = list_->takeItem(row);
    list_->insertItem(to, item);
    list_->setCurrentRow(to);
    renumber();
    return true;
}

void OrderQuizWidget::check() {
    if (result_)
        return;
    result_ = quiz::score_order(*protocol_, quiz_, answer());
    mark();
    QuizOutcome out;
    out.score = result_->score;
    out.questions = result_->total;
    out.right = result_->in_order;
    out.missed = result_->mistakes;
    out.headline = score_text();
    const std::vector<quiz::StepRef> given = answer();
    for (const quiz::StepRef& m : result_->mistakes) {
        const auto at = std::find(given.begin(), given.end(), m);
        const auto belongs = std::find(quiz_.correct.begin(), quiz_.correct.end(), m);
        const auto put = static_cast<std::size_t>(at - given.begin()) + 1;
        const auto is = static_cast<std::size_t>(belongs - quiz_.correct.begin()) + 1;
        // In its own place but not in the longest run in order: the steps around it moved.
        out.mistakes << (put == is
                             ? tr("\u201c%1\u201d: %2 is its place, but the "
                                  "steps before or after it are out of order.")
                                   .arg(step_title(*protocol_, m), ordinal(put))
                             : tr("\u201c%1\u201d: you put it %2; it is %3.")
                                   .arg(step_title(*protocol_, m), ordinal(put), ordinal(is)));
    }
    Q_EMIT scored(out);
}

void OrderQuizWidget::go_on() {
    if (result_)
        Q_EMIT finished();
}

void OrderQuizWidget::mark() {
    const quiz::OrderResult& r = *result_;
    list_->setDragDropMode(QAbstractItemView::NoDragDrop);
    list_->clearSelection(); // the marks show in every row
    list_->setSelectionMode(QAbstractItemView::NoSelection);
    up_->hide();
    down_->hide();
    check_->setText(tr("See the result"));
    check_->setToolTip(tr("Enter"));
    prompt_->setText(tr("Steps marked \u2713 (green) are in order; those marked \u2717 (red) are "
                        "out of place, with the position they belong "
                        "at. The correct order is on the right. Press Enter to see the result."));
    for (int row = 0; row < list_->count(); ++row) {
        QListWidgetItem* item = list_->item(row);
        const auto i = static_cast<std::size_t>(row);
        const bool kept = i < r.kept.size() && r.kept[i];
        const quiz::StepRef ref = ref_of(item);
        const auto belongs = std::find(quiz_.correct.begin(), quiz_.correct.end(), ref);
        const QString title = item->data(title_role).toString();
        if (kept) {
            item->setText(QStringLiteral("%1  \u2713  %2").arg(number(row), title));
            item->setForeground(right_text_colour());
        } else {
            const auto is = static_cast<std::size_t>(belongs - quiz_.correct.begin());
            item->setText(
                is == i ? tr("%1  \u2717  %2   \u2192 its place, but out of order with the steps "
                             "around it")
                              .arg(number(row), title)
                        : tr("%1  \u2717  %2   \u2192 belongs %3")
                              .arg(number(row), title, ordinal(is + 1)));
            item->setForeground(wrong_text_colour());
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
        }
    }
    correct_->clear();
    for (std::size_t i = 0; i < quiz_.correct.size(); ++i) {
        const quiz::StepRef& ref = quiz_.correct[i];
        const bool misplaced =
            std::find(r.mistakes.begin(), r.mistakes.end(), ref) != r.mistakes.end();
        auto* item = new QListWidgetItem(
            misplaced ? QStringLiteral("%1  \u2717  %2")
                            .arg(number(static_cast<int>(i)), step_title(*protocol_, ref))
                      : QStringLiteral("%1  %2").arg(number(static_cast<int>(i)),
                                                     step_title(*protocol_, ref)),
            correct_);
        if (misplaced) {
            item->setForeground(wrong_text_colour());
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
        }
    }
    correct_box_->show();
    score_->setText(
        tr("%1 of %2 in order (%3)").arg(r.in_order).arg(r.total).arg(percent_text(r.score)));
}

bool OrderQuizWidget::eventFilter(QObject* watched, QEvent* event) {
    if (watched == list_ && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const auto mods = key->modifiers() & ~Qt::KeypadModifier;
        const bool move = mods == Qt::AltModifier || mods == Qt::ControlModifier;
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (move && key->key() == Qt::Key_Up) {
            move_selected(-1);
            return true;
        }
        if (move && key->key() == Qt::Key_Down) {
            move_selected(1);
            return true;
        }
        if (enter && mods == Qt::ControlModifier && !result_) {
            check();
            return true;
        }
        if (enter && result_) {
            go_on();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

std::optional<quiz::Attempt> OrderQuizWidget::attempt(std::chrono::system_clock::time_point at,
                                                      std::chrono::milliseconds took) const {
    if (!result_)
        return std::nullopt;
    return quiz::make_attempt(*protocol_, quiz_, *result_, at, took);
}

} // namespace effleur::ui
