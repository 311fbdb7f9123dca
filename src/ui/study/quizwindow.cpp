#include "ui/study/quizwindow.h"

#include "storage/progressstore.h"
#include "ui/study/quizline.h"
#include "ui/study/quiznext.h"
#include "ui/study/quizorder.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QRegularExpressionValidator>
#include <QShortcut>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <string>

namespace effleur::ui {

namespace {

QFont scaled(QFont f, double by, bool bold = false) {
    f.setPointSizeF(f.pointSizeF() * by);
    f.setBold(bold);
    return f;
}

QString scope_words(const Protocol& p, const quiz::Scope& scope) {
    if (!scope.stage || p.stages.size() <= 1)
        return QCoreApplication::translate("effleur::ui::Study", "whole protocol");
    if (*scope.stage >= p.stages.size())
        return QCoreApplication::translate("effleur::ui::Study", "stage %1").arg(*scope.stage + 1);
    return QString::fromStdString(p.stages[*scope.stage].title.get());
}

} // namespace

QString took_text(std::chrono::milliseconds took) {
    const auto s = std::chrono::duration_cast<std::chrono::seconds>(took).count();
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QuizWindow::QuizWindow(std::shared_ptr<const Protocol> protocol, QuizServices services,
                       QWidget* parent)
    : QWidget(parent, Qt::Window), protocol_(std::move(protocol)), services_(std::move(services)) {
    setObjectName(QStringLiteral("quiz-window"));
    setWindowTitle(
        tr("Test yourself \u2014 %1").arg(QString::fromStdString(protocol_->title.get())));
    auto* outer = new QVBoxLayout(this);
    pages_ = new QStackedWidget(this);
    pages_->addWidget(build_chooser());
    quiz_page_ = new QWidget(pages_);
    auto* qcol = new QVBoxLayout(quiz_page_);
    auto* qhead = new QHBoxLayout;
    quiz_header_ = new QLabel(quiz_page_);
    quiz_header_->setObjectName(QStringLiteral("quiz-header"));
    qhead->addWidget(quiz_header_, 1);
    auto* leave = new QPushButton(tr("Leave quiz"), quiz_page_);
    leave->setToolTip(tr("Esc \u2014 nothing is recorded"));
    leave->setFocusPolicy(Qt::NoFocus);
    connect(leave, &QPushButton::clicked, this, &QuizWindow::leave_quiz);
    qhead->addWidget(leave);
    qcol->addLayout(qhead);
    pages_->addWidget(quiz_page_);
    pages_->addWidget(build_result());
    outer->addWidget(pages_);
    auto* close = new QShortcut(QKeySequence::Close, this);
    connect(close, &QShortcut::activated, this, &QWidget::close);
    set_choice(quiz::Kind::Order, {}, fresh_seed());
}

QWidget* QuizWindow::build_chooser() {
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("quiz-chooser"));
    auto* col = new QVBoxLayout(page);
    col->setContentsMargins(32, 24, 32, 24);
    auto* title = new QLabel(
        tr("Test yourself: %1").arg(QString::fromStdString(protocol_->title.get())), page);
    title->setFont(scaled(title->font(), 1.6, true));
    title->setWordWrap(true);
    col->addWidget(title);
    col->addSpacing(12);

    kinds_ = new QButtonGroup(page);
    const std::pair<quiz::Kind, const char*> kinds[] = {
        {quiz::Kind::Order,
         QT_TR_NOOP("Put the steps in order, by dragging them or with Alt+\u2191 / "
                    "Alt+\u2193.")},
        {quiz::Kind::Next, QT_TR_NOOP("A step is shown: pick the one that follows it, with 1–4.")},
        {quiz::Kind::Line,
         QT_TR_NOOP("Find the line a step works on the diagram, and which way it goes.")},
    };
    for (const auto& [kind, words] : kinds) {
        auto* radio = new QRadioButton(quiz_kind_title(kind), page);
        radio->setObjectName(
            QStringLiteral("kind-%1").arg(QString::fromLatin1(quiz::to_string(kind).data())));
        radio->setFont(scaled(radio->font(), 1.2, true));
        kinds_->addButton(radio, static_cast<int>(kind));
        col->addWidget(radio);
        auto* about = new QLabel(tr(words), page);
        about->setContentsMargins(28, 0, 0, 8);
        col->addWidget(about);
    }
    connect(kinds_, &QButtonGroup::idClicked, this, [this] { kind_changed(); });

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->setContentsMargins(0, 16, 0, 0);
    scope_ = new QComboBox(page);
    scope_->setObjectName(QStringLiteral("quiz-scope"));
    scope_->addItem(
        tr("The whole protocol (%n step(s))", nullptr, static_cast<int>(protocol_->step_count())));
    if (protocol_->stages.size() > 1)
        for (const Stage& s : protocol_->stages) {
            scope_->addItem(tr("%1 (%n step(s))", nullptr, static_cast<int>(s.steps.size()))
                                .arg(QString::fromStdString(s.title.get())));
        }
    scope_->setEnabled(scope_->count() > 1);
    form->addRow(tr("&Covers:"), scope_);
    count_ = new QSpinBox(page);
    count_->setObjectName(QStringLiteral("quiz-count"));
    count_->setRange(3, 40);
    count_->setValue(10);
    form->addRow(tr("&Questions:"), count_);
    auto* seed_row = new QHBoxLayout;
    seed_ = new QLineEdit(page);
    seed_->setObjectName(QStringLiteral("quiz-seed"));
    seed_->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,19}")), seed_));
    seed_->setMaximumWidth(220);
    seed_->setToolTip(tr("The same seed gives the same quiz, to repeat it exactly"));
    auto* reseed = new QPushButton(tr("New seed"), page);
    connect(reseed, &QPushButton::clicked, this,
            [this] { seed_->setText(QString::number(fresh_seed())); });
    seed_row->addWidget(seed_);
    seed_row->addWidget(reseed);
    seed_row->addWidget(new QLabel(tr("the same seed gives the same quiz"), page), 1);
    auto* seed_label = new QLabel(tr("&Seed:"), page);
    seed_label->setBuddy(seed_);
    form->addRow(seed_label, seed_row);
    col->addLayout(form);

    chooser_message_ = new QLabel(page);
    chooser_message_->setObjectName(QStringLiteral("quiz-chooser-message"));
    chooser_message_->setWordWrap(true);
    chooser_message_->setStyleSheet(QStringLiteral("color: #c62828;"));
    col->addWidget(chooser_message_);
    col->addStretch(1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto* progress = new QPushButton(tr("&Progress\u2026"), page);
    connect(progress, &QPushButton::clicked, this, [this] { Q_EMIT progressRequested(protocol_); });
    buttons->addWidget(progress);
    auto* start_button = new QPushButton(tr("Start"), page);
    start_button->setObjectName(QStringLiteral("quiz-start"));
    start_button->setToolTip(tr("Enter"));
    start_button->setFont(scaled(start_button->font(), 1.2, true));
    start_button->setMinimumWidth(160);
    connect(start_button, &QPushButton::clicked, this, [this] { start(); });
    buttons->addWidget(start_button);
    col->addLayout(buttons);
    return page;
}

QWidget* QuizWindow::build_result() {
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("quiz-result"));
    auto* col = new QVBoxLayout(page);
    col->setContentsMargins(32, 24, 32, 24);
    headline_ = new QLabel(page);
    headline_->setObjectName(QStringLiteral("quiz-headline"));
    headline_->setFont(scaled(headline_->font(), 2.0, true));
    col->addWidget(headline_);
    detail_ = new QLabel(page);
    detail_->setObjectName(QStringLiteral("quiz-detail"));
    detail_->setWordWrap(true);
    col->addWidget(detail_);
    col->addSpacing(8);
    mistakes_ = new QListWidget(page);
    mistakes_->setObjectName(QStringLiteral("quiz-mistakes"));
    mistakes_->setWordWrap(true);
    mistakes_->setSpacing(3);
    mistakes_->setFont(scaled(mistakes_->font(), 1.1));
    mistakes_->setFocusPolicy(Qt::NoFocus);
    col->addWidget(mistakes_, 1);
    auto* buttons = new QHBoxLayout;
    auto* again = new QPushButton(tr("&Repeat this quiz"), page);
    again->setToolTip(tr("The same questions, from the same seed"));
    connect(again, &QPushButton::clicked, this, &QuizWindow::repeat);
    auto* progress = new QPushButton(tr("&Progress\u2026"), page);
    connect(progress, &QPushButton::clicked, this, [this] { Q_EMIT progressRequested(protocol_); });
    auto* close = new QPushButton(tr("&Close"), page);
    connect(close, &QPushButton::clicked, this, &QWidget::close);
    auto* fresh = new QPushButton(tr("&New quiz"), page);
    fresh->setToolTip(tr("Enter"));
    fresh->setFont(scaled(fresh->font(), 1.0, true));
    connect(fresh, &QPushButton::clicked, this, &QuizWindow::new_quiz);
    for (QPushButton* b : {again, progress, close, fresh})
        b->setFocusPolicy(Qt::NoFocus);
    buttons->addWidget(again);
    buttons->addWidget(progress);
    buttons->addStretch(1);
    buttons->addWidget(close);
    buttons->addWidget(fresh);
    col->addLayout(buttons);
    return page;
}

QuizWindow::Page QuizWindow::page() const {
    switch (pages_->currentIndex()) {
    case 1:
        return Page::Quiz;
    case 2:
        return Page::Result;
    default:
        return Page::Chooser;
    }
}

std::uint64_t QuizWindow::fresh_seed() const {
    // Short enough to read out or write down.
    return QRandomGenerator::global()->bounded(100000u, 1000000u);
}

void QuizWindow::set_choice(quiz::Kind kind, quiz::Scope scope, std::uint64_t seed,
                            std::size_t questions) {
    if (QAbstractButton* b = kinds_->button(static_cast<int>(kind)))
        b->setChecked(true);
    const int row =
        scope.stage && protocol_->stages.size() > 1 ? static_cast<int>(*scope.stage) + 1 : 0;
    scope_->setCurrentIndex(std::min(row, scope_->count() - 1));
    seed_->setText(QString::number(seed));
    count_->setValue(static_cast<int>(questions));
    kind_changed();
}

quiz::Kind QuizWindow::chosen_kind() const {
    const int id = kinds_->checkedId();
    return id == static_cast<int>(quiz::Kind::Next)   ? quiz::Kind::Next
           : id == static_cast<int>(quiz::Kind::Line) ? quiz::Kind::Line
                                                      : quiz::Kind::Order;
}

quiz::Scope QuizWindow::chosen_scope() const {
    const int row = scope_->currentIndex();
    if (row <= 0)
        return {};
    return quiz::Scope{static_cast<std::size_t>(row - 1)};
}

std::optional<std::uint64_t> QuizWindow::chosen_seed() const {
    bool ok = false;
    const qulonglong v = seed_->text().toULongLong(&ok);
    if (!ok)
        return std::nullopt;
    return static_cast<std::uint64_t>(v);
}

QString QuizWindow::chooser_message() const {
    return chooser_message_->text();
}

void QuizWindow::kind_changed() {
    count_->setEnabled(chosen_kind() != quiz::Kind::Order);
    chooser_message_->clear();
}

bool QuizWindow::start() {
    const auto seed = chosen_seed();
    if (!seed) {
        chooser_message_->setText(tr("The seed is a whole number, such as 482113."));
        seed_->setFocus();
        return false;
    }
    const quiz::Kind kind = chosen_kind();
    const quiz::Scope scope = chosen_scope();
    const auto count = static_cast<std::size_t>(count_->value());
    clear_quiz();
    QuizWidget* widget = nullptr;
    QString why;
    switch (kind) {
    case quiz::Kind::Order: {
        quiz::OrderQuiz q = quiz::make_order_quiz(*protocol_, scope, *seed);
        if (q.correct.size() < 2)
            why = tr("This needs at least two steps to put in order.");
        else
            widget = new OrderQuizWidget(protocol_, std::move(q), quiz_page_);
        break;
    }
    case quiz::Kind::Next: {
        quiz::NextQuiz q = quiz::make_next_quiz(*protocol_, scope, *seed, count);
        if (q.questions.empty())
            why = tr("This needs at least two steps: one to show, one to follow it.");
        else
            widget = new NextQuizWidget(protocol_, *services_.catalog, std::move(q), quiz_page_);
        break;
    }
    case quiz::Kind::Line: {
        quiz::LineQuiz q =
            quiz::make_line_quiz(*protocol_, *services_.catalog, scope, *seed, count);
        if (q.questions.empty())
            why = tr("No step here works a massage line on a diagram.");
        else
            widget = new LineQuizWidget(protocol_, *services_.catalog, std::move(q), quiz_page_);
        break;
    }
    }
    if (widget) {
        connect(widget, &QuizWidget::scored, this, &QuizWindow::record);
        connect(widget, &QuizWidget::finished, this, &QuizWindow::show_result);
    }
    if (!widget) {
        chooser_message_->setText(why);
        pages_->setCurrentIndex(0);
        return false;
    }
    chooser_message_->clear();
    running_kind_ = kind;
    running_scope_ = scope;
    running_seed_ = *seed;
    running_count_ = count;
    quiz_ = widget;
    quiz_page_->layout()->addWidget(widget);
    quiz_header_->setText(tr("<b>%1</b> \u00b7 %2 \u00b7 seed %3")
                              .arg(quiz_kind_title(kind).toHtmlEscaped(),
                                   scope_words(*protocol_, scope).toHtmlEscaped())
                              .arg(*seed));
    pages_->setCurrentIndex(1);
    widget->setFocus();
    attempt_.reset();
    saved_ = false;
    started_ = services_.clock->now();
    return true;
}

void QuizWindow::clear_quiz() {
    if (quiz_) {
        quiz_page_->layout()->removeWidget(quiz_);
        quiz_->hide();
        quiz_->deleteLater();
        quiz_ = nullptr;
    }
}

void QuizWindow::repeat() {
    set_choice(running_kind_, running_scope_, running_seed_, running_count_);
    start();
}

void QuizWindow::new_quiz() {
    clear_quiz();
    set_choice(running_kind_, running_scope_, fresh_seed(), running_count_);
    pages_->setCurrentIndex(0);
    if (QAbstractButton* b = kinds_->checkedButton())
        b->setFocus();
}

void QuizWindow::leave_quiz() {
    if (page() != Page::Quiz)
        return;
    clear_quiz();
    pages_->setCurrentIndex(0);
    if (QAbstractButton* b = kinds_->checkedButton())
        b->setFocus();
}

OrderQuizWidget* QuizWindow::order_quiz() const {
    return qobject_cast<OrderQuizWidget*>(quiz_);
}
NextQuizWidget* QuizWindow::next_quiz() const {
    return qobject_cast<NextQuizWidget*>(quiz_);
}
LineQuizWidget* QuizWindow::line_quiz() const {
    return qobject_cast<LineQuizWidget*>(quiz_);
}

QString QuizWindow::result_headline() const {
    return headline_->text();
}

QStringList QuizWindow::result_mistakes() const {
    return outcome_.mistakes;
}

void QuizWindow::record(const QuizOutcome& outcome) {
    outcome_ = outcome;
    const auto took =
        std::chrono::duration_cast<std::chrono::milliseconds>(services_.clock->now() - started_);
    const auto at =
        services_.wall_clock ? services_.wall_clock() : std::chrono::system_clock::now();
    std::optional<quiz::Attempt> made = quiz_ ? quiz_->attempt(at, took) : std::nullopt;
    if (!made)
        return;
    quiz::Attempt& a = *made;
    QString why;
    saved_ = false;
    if (!services_.store) {
        why = tr("no progress is kept here");
    } else if (const auto store = services_.store(); !store || store.value() == nullptr) {
        why = QString::fromStdString(store.message());
        if (why.isEmpty())
            why = tr("no progress is kept here");
    } else if (const Status recorded = store.value()->record(a); !recorded) {
        why = QString::fromStdString(recorded.message());
    } else {
        saved_ = true;
    }
    attempt_ = a;
    detail_->setText(
        saved_ ? tr("Took %1 \u00b7 saved to your progress").arg(took_text(took))
               : tr("Took %1 \u00b7 not saved: %2").arg(took_text(took), why.toHtmlEscaped()));
    if (saved_)
        Q_EMIT attemptRecorded(a);
}

void QuizWindow::show_result() {
    headline_->setText(outcome_.headline);
    mistakes_->clear();
    if (outcome_.mistakes.isEmpty()) {
        mistakes_->addItem(tr("No mistakes \u2014 well done."));
    } else {
        for (const QString& m : outcome_.mistakes) {
            auto* item = new QListWidgetItem(QStringLiteral("\u2717  ") + m, mistakes_);
            item->setForeground(wrong_text_colour());
        }
    }
    pages_->setCurrentIndex(2);
    setFocus();
}

void QuizWindow::keyPressEvent(QKeyEvent* event) {
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (event->key() == Qt::Key_Escape) {
        if (page() == Page::Quiz)
            leave_quiz();
        else
            close();
        return;
    }
    if (enter && page() == Page::Chooser) {
        start();
        return;
    }
    if (enter && page() == Page::Result) {
        new_quiz();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace effleur::ui
