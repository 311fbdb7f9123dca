#include "ui/study/quiznext.h"

#include "ui/session/sessionwidgets.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace effleur::ui {

namespace {

constexpr std::size_t max_options = 4;

QColor right_colour() {
    return {46, 125, 50};
}
QColor wrong_colour() {
    return {198, 40, 40};
}

} // namespace

NextQuizWidget::NextQuizWidget(std::shared_ptr<const Protocol> protocol, const Catalog& catalog,
                               quiz::NextQuiz quiz, QWidget* parent)
    : QuizWidget(parent), protocol_(std::move(protocol)), catalog_(catalog),
      quiz_(std::move(quiz)) {
    setObjectName(QStringLiteral("next-quiz"));
    setFocusPolicy(Qt::StrongFocus);
    auto* outer = new QVBoxLayout(this);
    counter_ = new QLabel(this);
    counter_->setObjectName(QStringLiteral("next-counter"));
    outer->addWidget(counter_);

    auto* card = new QHBoxLayout;
    auto* text = new QVBoxLayout;
    auto* label = new QLabel(tr("This step:"), this);
    text->addWidget(label);
    title_ = new QLabel(this);
    title_->setTextFormat(Qt::PlainText); // protocol text, never markup
    title_->setObjectName(QStringLiteral("next-shown"));
    title_->setWordWrap(true);
    QFont big = title_->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title_->setFont(big);
    text->addWidget(title_);
    facts_ = new QLabel(this);
    facts_->setTextFormat(Qt::PlainText); // protocol text, never markup
    text->addWidget(facts_);
    lines_ = new QLabel(this);
    lines_->setTextFormat(Qt::PlainText); // protocol text, never markup
    lines_->setWordWrap(true);
    text->addWidget(lines_);
    text->addStretch(1);
    card->addLayout(text, 3);
    picture_ = new StepPicture(catalog_, this);
    card->addWidget(picture_, 2);
    outer->addLayout(card, 2);

    auto* ask = new QLabel(tr("<b>What comes next?</b>  Press 1–4, or "
                              "\u2191 / \u2193 and Enter."),
                           this);
    outer->addWidget(ask);
    auto* grid = new QVBoxLayout;
    for (std::size_t i = 0; i < max_options; ++i) {
        auto* b = new QPushButton(this);
        b->setObjectName(QStringLiteral("next-option-%1").arg(i + 1));
        b->setFocusPolicy(Qt::NoFocus); // keys go to the quiz, whichever option is highlighted
        b->setMinimumHeight(44);
        QFont f = b->font();
        f.setPointSizeF(f.pointSizeF() * 1.15);
        b->setFont(f);
        connect(b, &QPushButton::clicked, this, [this, i] {
            if (!answered())
                pick(i);
            paint_options();
        });
        grid->addWidget(b);
        options_.push_back(b);
    }
    outer->addLayout(grid);

    auto* bar = new QHBoxLayout;
    feedback_ = new QLabel(this);
    feedback_->setTextFormat(Qt::PlainText); // protocol text, never markup
    feedback_->setObjectName(QStringLiteral("next-feedback"));
    feedback_->setWordWrap(true);
    QFont fb = feedback_->font();
    fb.setPointSizeF(fb.pointSizeF() * 1.2);
    fb.setBold(true);
    feedback_->setFont(fb);
    bar->addWidget(feedback_, 1);
    next_ = new QPushButton(tr("Next question"), this);
    next_->setObjectName(QStringLiteral("next-go-on"));
    next_->setToolTip(tr("Enter"));
    next_->setFocusPolicy(Qt::NoFocus);
    connect(next_, &QPushButton::clicked, this, &NextQuizWidget::go_on);
    bar->addWidget(next_);
    outer->addLayout(bar);
    show_question();
}

QString NextQuizWidget::feedback_text() const {
    return feedback_->text();
}

QPushButton* NextQuizWidget::option_button(std::size_t i) const {
    return i < options_.size() ? options_[i] : nullptr;
}

void NextQuizWidget::show_question() {
    highlight_.reset();
    if (current_ >= quiz_.questions.size()) {
        counter_->setText(tr("No questions"));
        return;
    }
    const quiz::NextQuestion& q = quiz_.questions[current_];
    counter_->setText(tr("Question %1 of %2").arg(current_ + 1).arg(quiz_.questions.size()));
    title_->setText(step_title(*protocol_, q.shown));
    const Step* step = quiz::step_at(*protocol_, q.shown);
    picture_->set_step(step);
    facts_->setText(step ? step_facts(*step, std::nullopt) : QString());
    QStringList names;
    if (step)
        for (const LineRef& l : step->lines)
            names << line_name(catalog_, l.line);
    lines_->setText(names.isEmpty() ? QString()
                                    : tr("Lines: %1").arg(names.join(QStringLiteral("; "))));
    for (std::size_t i = 0; i < options_.size(); ++i) {
        QPushButton* b = options_[i];
        b->setVisible(i < q.options.size());
        if (i < q.options.size())
            b->setText(option_text(i));
    }
    feedback_->clear();
    next_->setEnabled(false);
    paint_options();
}

QString NextQuizWidget::option_text(std::size_t i) const {
    if (current_ >= quiz_.questions.size() || i >= quiz_.questions[current_].options.size())
        return {};
    return QStringLiteral("%1   %2").arg(i + 1).arg(
        step_title(*protocol_, quiz_.questions[current_].options[i]));
}

void NextQuizWidget::paint_options() {
    const bool done = answered() && current_ < quiz_.questions.size();
    for (std::size_t i = 0; i < options_.size(); ++i) {
        QPushButton* b = options_[i];
        QString style = QStringLiteral("QPushButton { text-align: left; padding: 6px 12px; ");
        if (done) {
            const quiz::NextQuestion& q = quiz_.questions[current_];
            const bool right = i == q.answer;
            const bool picked = chosen_[current_] == i;
            if (right || picked)
                style += QStringLiteral("background: %1; color: white; font-weight: bold; ")
                             .arg((right ? right_colour() : wrong_colour()).name());
            // Not by colour alone: a mark and a word say which is which.
            b->setText(right    ? tr("\u2713  %1   \u2014 the answer").arg(option_text(i))
                       : picked ? tr("\u2717  %1   \u2014 your choice").arg(option_text(i))
                                : option_text(i));
        } else if (highlight_ == i) {
            style += QStringLiteral("border: 3px solid palette(highlight); ");
        }
        b->setStyleSheet(style + QStringLiteral("}"));
    }
}

void NextQuizWidget::highlight(int by) {
    if (answered() || current_ >= quiz_.questions.size())
        return;
    const auto n = static_cast<int>(quiz_.questions[current_].options.size());
    if (n == 0)
        return;
    const int from = highlight_ ? static_cast<int>(*highlight_) : (by > 0 ? -1 : n);
    highlight_ = static_cast<std::size_t>(std::clamp(from + by, 0, n - 1));
    paint_options();
}

void NextQuizWidget::pick(std::size_t option) {
    if (answered() || current_ >= quiz_.questions.size())
        return;
    const quiz::NextQuestion& q = quiz_.questions[current_];
    if (option >= q.options.size())
        return;
    chosen_.push_back(option);
    const bool last = current_ + 1 == quiz_.questions.size();
    if (option == q.answer || quiz::shown_title(*protocol_, q.options[option]) ==
                                  quiz::shown_title(*protocol_, q.options[q.answer]))
        feedback_->setText(tr("\u2713 Right."));
    else
        feedback_->setText(tr("\u2717 Not this one: next is \u201c%1\u201d.")
                               .arg(step_title(*protocol_, q.options[q.answer])));
    next_->setText(last ? tr("See the result") : tr("Next question"));
    next_->setEnabled(true);
    paint_options();
    if (!last)
        return;
    result_ = quiz::score_next(*protocol_, quiz_, chosen_);
    QuizOutcome out;
    out.score = result_->score;
    out.questions = result_->total;
    out.right = result_->right;
    out.missed = result_->mistakes;
    out.headline = right_of_total_text(result_->right, result_->total, result_->score);
    for (std::size_t i = 0; i < quiz_.questions.size() && i < result_->correct.size(); ++i) {
        if (result_->correct[i])
            continue;
        const quiz::NextQuestion& qi = quiz_.questions[i];
        out.mistakes << tr("After \u201c%1\u201d you chose \u201c%2\u201d; next is "
                           "\u201c%3\u201d.")
                            .arg(step_title(*protocol_, qi.shown),
                                 step_title(*protocol_, qi.options[chosen_[i]]),
                                 step_title(*protocol_, qi.options[qi.answer]));
    }
    Q_EMIT scored(out);
}

void NextQuizWidget::go_on() {
    if (!answered())
        return;
    if (current_ + 1 >= quiz_.questions.size()) {
        Q_EMIT finished();
        return;
    }
    ++current_;
    show_question();
}

void NextQuizWidget::keyPressEvent(QKeyEvent* event) {
    const int key = event->key();
    if (key >= Qt::Key_1 && key <= Qt::Key_4) {
        pick(static_cast<std::size_t>(key - Qt::Key_1));
        return;
    }
    switch (key) {
    case Qt::Key_Up:
        highlight(-1);
        return;
    case Qt::Key_Down:
        highlight(1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (answered())
            go_on();
        else if (highlight_)
            pick(*highlight_);
        return;
    case Qt::Key_Right:
        go_on();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

std::optional<quiz::Attempt> NextQuizWidget::attempt(std::chrono::system_clock::time_point at,
                                                     std::chrono::milliseconds took) const {
    if (!result_)
        return std::nullopt;
    return quiz::make_attempt(*protocol_, quiz_, *result_, at, took);
}

} // namespace effleur::ui
