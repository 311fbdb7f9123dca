#include "ui/today/todayview.h"

#include "ui/journal/coursepanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace effleur::ui {

namespace {

constexpr int row_role = Qt::UserRole;

int rank(DueWhen w) {
    switch (w) {
    case DueWhen::Overdue:
        return 0;
    case DueWhen::Today:
        return 1;
    case DueWhen::ThisWeek:
        return 2;
    default:
        return 3;
    }
}

} // namespace

std::vector<DueSession> due_sessions(const std::vector<storage::ClientCourse>& all, Date today) {
    std::vector<DueSession> rows;
    for (const storage::ClientCourse& c : all) {
        const DueWhen when = due_when(c.status, today);
        if (when != DueWhen::Overdue && when != DueWhen::Today && when != DueWhen::ThisWeek)
            continue;
        DueSession row;
        row.client = c.row.client;
        row.client_name = QString::fromStdString(c.client_name);
        row.protocol = c.protocol;
        if (c.status.next && c.status.next->day)
            row.stage = stage_of_day(*c.protocol, *c.status.next->day);
        row.when = when;
        row.due = *c.status.due;
        row.what = course_next(c.status);
        if (!c.status.findings.empty())
            row.finding = course_finding(c.status.findings.back(), c);
        rows.push_back(std::move(row));
    }
    std::stable_sort(rows.begin(), rows.end(), [](const DueSession& a, const DueSession& b) {
        if (rank(a.when) != rank(b.when))
            return rank(a.when) < rank(b.when);
        if (a.due != b.due)
            return a.due < b.due;
        return a.client_name.localeAwareCompare(b.client_name) < 0;
    });
    return rows;
}

TodayView::TodayView(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("today-view"));
    auto* layout = new QVBoxLayout(this);
    title_ = new QLabel(this);
    title_->setObjectName(QStringLiteral("today-title"));
    title_->setTextFormat(Qt::PlainText);
    QFont big = title_->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title_->setFont(big);
    layout->addWidget(title_);
    // With nobody due, the words stand right under the heading, and the room below stays empty.
    empty_state_ = new QWidget(this);
    empty_state_->setObjectName(QStringLiteral("today-empty-state"));
    auto* empty_layout = new QVBoxLayout(empty_state_);
    empty_layout->setContentsMargins(0, 0, 0, 0);
    empty_layout->setSpacing(4);
    empty_ = new QLabel(tr("Nothing is due this week."), empty_state_);
    empty_->setObjectName(QStringLiteral("today-empty"));
    empty_->setTextFormat(Qt::PlainText);
    QFont message = empty_->font();
    message.setPointSizeF(message.pointSizeF() * 1.2);
    empty_->setFont(message);
    empty_layout->addWidget(empty_);
    auto* hint = new QLabel(tr("A client appears here when a session of their course is due."),
                            empty_state_);
    hint->setObjectName(QStringLiteral("today-empty-hint"));
    hint->setTextFormat(Qt::PlainText);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    empty_layout->addWidget(hint);
    empty_layout->addStretch(1);
    layout->addWidget(empty_state_, 1);
    list_ = new QTreeWidget(this);
    list_->setObjectName(QStringLiteral("today-list"));
    list_->setColumnCount(5);
    list_->setHeaderLabels({tr("Client"), tr("Protocol"), tr("Session"), tr("Due"), tr("Note")});
    list_->setUniformRowHeights(true);
    list_->setRootIsDecorated(false);
    list_->setAllColumnsShowFocus(true);
    list_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list_->setSelectionMode(QAbstractItemView::SingleSelection);
    // The client, session and date as wide as they are; the protocol and the note share the
    // rest, so that a long protocol title (the three-day complex's, in Polish) is shortened
    // with "..." rather than pushing the note out of the window.
    list_->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    list_->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    list_->header()->setSectionResizeMode(4, QHeaderView::Stretch);
    list_->header()->setStretchLastSection(false);
    QFont larger = list_->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.2);
    list_->setFont(larger);
    list_->installEventFilter(this);
    layout->addWidget(list_, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    library_ = new QPushButton(tr("&Library"), this);
    library_->setObjectName(QStringLiteral("today-library"));
    start_ = new QPushButton(tr("&Start session"), this);
    start_->setObjectName(QStringLiteral("today-start"));
    start_->setDefault(true);
    buttons->addWidget(library_);
    buttons->addWidget(start_);
    layout->addLayout(buttons);
    connect(start_, &QPushButton::clicked, this, &TodayView::start_current);
    connect(library_, &QPushButton::clicked, this, &TodayView::libraryRequested);
    connect(list_, &QTreeWidget::itemDoubleClicked, this, [this] { start_current(); });
    connect(list_, &QTreeWidget::currentItemChanged, this,
            [this] { start_->setEnabled(current() != nullptr); });
    set_courses({}, local_date(std::chrono::system_clock::now()));
}

void TodayView::set_courses(std::vector<DueSession> rows, Date today) {
    rows_ = std::move(rows);
    title_->setText(tr("Today, %1").arg(course_date(today)));
    const QSignalBlocker block(list_);
    list_->clear();
    QTreeWidgetItem* first = nullptr;
    const std::pair<DueWhen, QString> groups[] = {{DueWhen::Overdue, tr("Overdue")},
                                                  {DueWhen::Today, tr("Due today")},
                                                  {DueWhen::ThisWeek, tr("This week")}};
    for (const auto& [when, name] : groups) {
        const auto count =
            std::count_if(rows_.begin(), rows_.end(),
                          [when = when](const DueSession& r) { return r.when == when; });
        if (count == 0)
            continue;
        // A heading line, not a row: the cursor passes over it.
        auto* heading = new QTreeWidgetItem(list_);
        heading->setText(0, QStringLiteral("%1 (%2)").arg(name).arg(count));
        heading->setFlags(Qt::NoItemFlags);
        heading->setForeground(0, palette().windowText());
        QFont bold = heading->font(0);
        bold.setBold(true);
        heading->setFont(0, bold);
        heading->setFirstColumnSpanned(true);
        for (std::size_t i = 0; i < rows_.size(); ++i) {
            const DueSession& r = rows_[i];
            if (r.when != when)
                continue;
            auto* item = new QTreeWidgetItem(list_);
            item->setText(0, r.client_name);
            item->setText(1, QString::fromStdString(r.protocol->title.get()));
            item->setToolTip(1, item->text(1));
            item->setText(2, r.what);
            item->setText(3, course_date(r.due));
            item->setText(4, r.finding);
            item->setToolTip(4, r.finding);
            item->setData(0, row_role, QVariant::fromValue<qulonglong>(i));
            if (!first)
                first = item;
        }
    }
    list_->setCurrentItem(first);
    empty_state_->setVisible(rows_.empty());
    list_->setVisible(!rows_.empty());
    // The keys go to the list, or with nobody due to the Library button.
    setFocusProxy(rows_.empty() ? static_cast<QWidget*>(library_) : list_);
    start_->setEnabled(first != nullptr);
}

const DueSession* TodayView::current() const {
    const QTreeWidgetItem* item = list_->currentItem();
    if (!item || !item->data(0, row_role).isValid())
        return nullptr;
    const auto i = static_cast<std::size_t>(item->data(0, row_role).toULongLong());
    return i < rows_.size() ? &rows_[i] : nullptr;
}

void TodayView::start_current() {
    if (const DueSession* row = current())
        Q_EMIT startRequested(*row);
}

void TodayView::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Escape) {
        Q_EMIT libraryRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool TodayView::eventFilter(QObject* watched, QEvent* event) {
    if (watched == list_ && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            start_current();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            Q_EMIT libraryRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace effleur::ui
