#include "ui/study/progressview.h"

#include "ui/modules/modules.h"
#include "ui/study/quizcommon.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace effleur::ui {

namespace {

constexpr std::array<quiz::Kind, 3> all_kinds = {quiz::Kind::Order, quiz::Kind::Next,
                                                 quiz::Kind::Line};

// One colour per quiz in the chart, the same in both themes.
QColor kind_colour(quiz::Kind kind) {
    switch (kind) {
    case quiz::Kind::Order:
        return {0x00, 0x8c, 0x96};
    case quiz::Kind::Next:
        return {0xe0, 0x5a, 0x2b};
    case quiz::Kind::Line:
        return {0x7b, 0x5c, 0xc4};
    }
    return {};
}

QString score_cell(const std::optional<double>& v) {
    return v ? percent_text(*v) : QStringLiteral("\u2014");
}

qint64 msecs(std::chrono::system_clock::time_point t) {
    return std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()).count();
}

QString step_title_by_id(const Protocol& p, const std::string& id) {
    for (const Stage& s : p.stages)
        for (const Step& step : s.steps)
            if (step.id == id)
                return QString::fromStdString(step.title.get());
    return QString::fromStdString(id);
}

} // namespace

ProgressView::ProgressView(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("progress-view"));
    auto* outer = new QVBoxLayout(this);
    title_ = new QLabel(this);
    title_->setTextFormat(Qt::PlainText); // protocol text, never markup
    QFont big = title_->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title_->setFont(big);
    title_->setWordWrap(true);
    outer->addWidget(title_);
    empty_ = new QLabel(tr("No quizzes taken yet. Take one (Study \u25b8 Quiz\u2026) and your "
                           "scores appear here."),
                        this);
    empty_->setObjectName(QStringLiteral("progress-empty"));
    empty_->setWordWrap(true);
    outer->addWidget(empty_);

    auto* top = new QHBoxLayout;
    table_ = new QTableWidget(4, 3, this);
    table_->setObjectName(QStringLiteral("progress-scores"));
    table_->setHorizontalHeaderLabels({tr("Attempts"), tr("Best"), tr("Latest")});
    table_->setVerticalHeaderLabels({tr("All quizzes"), quiz_kind_title(all_kinds[0]),
                                     quiz_kind_title(all_kinds[1]), quiz_kind_title(all_kinds[2])});
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionMode(QAbstractItemView::NoSelection);
    table_->setFocusPolicy(Qt::NoFocus);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* table_col = new QVBoxLayout;
    table_col->addWidget(table_);
    table_col->addStretch(1);
    top->addLayout(table_col, 1);

    auto* weak_col = new QVBoxLayout;
    weak_col->addWidget(new QLabel(tr("<b>Steps most often got wrong</b>"), this));
    weakest_ = new QListWidget(this);
    weakest_->setObjectName(QStringLiteral("progress-weakest"));
    weakest_->setWordWrap(true);
    weak_col->addWidget(weakest_, 1);
    auto* buttons = new QHBoxLayout;
    auto* quiz_button = new QPushButton(tr("Test yourself\u2026"), this);
    connect(quiz_button, &QPushButton::clicked, this, [this] {
        if (protocol_)
            Q_EMIT quizRequested(protocol_);
    });
    practise_ = new QPushButton(tr("Practise these"), this);
    practise_->setObjectName(QStringLiteral("progress-practise"));
    practise_->setToolTip(tr("Rehearse the weakest steps"));
    connect(practise_, &QPushButton::clicked, this, [this] {
        if (auto steps = practise_steps(); protocol_ && !steps.empty())
            Q_EMIT practiseRequested(protocol_, std::move(steps));
    });
    buttons->addStretch(1);
    buttons->addWidget(quiz_button);
    buttons->addWidget(practise_);
    weak_col->addLayout(buttons);
    top->addLayout(weak_col, 1);
    outer->addLayout(top);

    if (ChartsModule* charts = Modules::charts()) {
        chart_ = charts->make_score_chart(this);
        chart_widget_ = chart_->widget();
    } else {
        auto* note = new QLabel(Modules::unavailable_text(Module::Charts), this);
        note->setObjectName(QStringLiteral("progress-chart-missing"));
        note->setWordWrap(true);
        note->setAlignment(Qt::AlignCenter);
        chart_widget_ = note;
    }
    chart_widget_->setMinimumHeight(260);
    outer->addWidget(chart_widget_, 1);

    // As a window of its own: Esc and Ctrl+W close it.
    for (const QKeySequence& key :
         {QKeySequence(Qt::Key_Escape), QKeySequence(QKeySequence::Close)}) {
        auto* shortcut = new QShortcut(key, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (isWindow())
                close();
        });
    }
}

ProgressView::~ProgressView() = default;

quiz::Progress ProgressView::of_kind(quiz::Kind kind) const {
    if (!protocol_)
        return {};
    return quiz::summarize(*protocol_, attempts_, kind);
}

std::vector<quiz::StepRef> ProgressView::practise_steps() const {
    if (!protocol_)
        return {};
    return quiz::weakest_steps(*protocol_, attempts_, practise_count);
}

void ProgressView::set_data(std::shared_ptr<const Protocol> protocol,
                            std::vector<quiz::Attempt> attempts) {
    protocol_ = std::move(protocol);
    attempts_ = std::move(attempts);
    overall_ = protocol_ ? quiz::summarize(*protocol_, attempts_) : quiz::Progress{};
    title_->setText(protocol_
                        ? tr("Progress: %1").arg(QString::fromStdString(protocol_->title.get()))
                        : QString());
    empty_->setVisible(overall_.series.empty());

    auto set_row = [this](int row, const quiz::Progress& p) {
        const QString cells[] = {QString::number(p.series.size()), score_cell(p.best),
                                 score_cell(p.latest)};
        for (int col = 0; col < 3; ++col) {
            auto* item = new QTableWidgetItem(cells[col]);
            item->setTextAlignment(Qt::AlignCenter);
            table_->setItem(row, col, item);
        }
    };
    set_row(0, overall_);
    for (std::size_t i = 0; i < all_kinds.size(); ++i)
        set_row(static_cast<int>(i) + 1, of_kind(all_kinds[i]));
    table_->resizeRowsToContents();
    table_->setFixedHeight(table_->horizontalHeader()->sizeHint().height() +
                           table_->verticalHeader()->length() + 2 * table_->frameWidth());

    weakest_->clear();
    // The steps "Practise these" rehearses, and how many more were missed: a long tail of
    // steps missed once each says little.
    std::size_t listed = 0;
    for (const quiz::StepMisses& m : overall_.weakest) {
        if (!protocol_ || listed == practise_count)
            break;
        weakest_->addItem(tr("%1 \u2014 missed %2 of %3")
                              .arg(step_title_by_id(*protocol_, m.step))
                              .arg(m.missed)
                              .arg(m.asked));
        ++listed;
    }
    if (const std::size_t more = overall_.weakest.size() - listed; protocol_ && more > 0) {
        auto* rest = new QListWidgetItem(
            tr("\u2026 and %n more missed step(s)", nullptr, static_cast<int>(more)), weakest_);
        rest->setFlags(Qt::NoItemFlags);
    }
    if (overall_.weakest.empty())
        weakest_->addItem(overall_.series.empty() ? tr("Nothing yet.")
                                                  : tr("No step missed so far."));
    practise_->setEnabled(!practise_steps().empty());
    rebuild_chart();
}

void ProgressView::rebuild_chart() {
    if (!chart_)
        return;
    ScoreChart spec;
    spec.title = tr("Scores over time");
    spec.x_title = tr("Date");
    spec.y_title = tr("Score");
    spec.dark = theme_for_palette() == DiagramTheme::Dark;
    qint64 lo = 0, hi = 0;
    bool any = false;
    for (quiz::Kind kind : all_kinds) {
        ChartLine line{quiz_kind_title(kind), kind_colour(kind), {}};
        for (const quiz::ProgressPoint& p : overall_.series) {
            if (p.kind != kind)
                continue;
            const qint64 t = msecs(p.at);
            line.points.append(QPointF(static_cast<qreal>(t), p.score * 100.0));
            lo = any ? std::min(lo, t) : t;
            hi = any ? std::max(hi, t) : t;
            any = true;
        }
        spec.lines.push_back(std::move(line));
    }
    constexpr qint64 half_day = 12LL * 3600 * 1000;
    if (!any) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        lo = now;
        hi = now;
    }
    spec.from_ms = lo - half_day;
    spec.to_ms = hi + half_day;
    const qint64 days = (hi - lo) / (2 * half_day) + 2;
    spec.x_ticks = static_cast<int>(std::clamp<qint64>(days, 2, 8));
    chart_->show_chart(spec);
}

int ProgressView::chart_points(quiz::Kind kind) const {
    return chart_ ? chart_->points(quiz_kind_title(kind)) : 0;
}

int ProgressView::chart_series_count() const {
    return chart_ ? chart_->line_count() : 0;
}

} // namespace effleur::ui
