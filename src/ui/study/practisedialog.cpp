#include "ui/study/practisedialog.h"

#include "ui/session/sessionview.h"
#include "ui/session/sessionwidgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace effleur::ui {

namespace {

constexpr int stage_role = Qt::UserRole;
constexpr int step_role = Qt::UserRole + 1; // -1 on a stage's row

QString text(const Text& t) {
    return QString::fromStdString(t.get());
}

// What the steps from `first` to `last` take, by the session plan: the planned time, the
// number of steps and whether any is untimed (a procedure has no time of its own).
struct Extent {
    Duration time{0};
    int steps = 0;
    bool untimed = false;
};

Extent extent(const Protocol& protocol, StepRef first, StepRef last) {
    Extent e;
    const Selection selection{std::nullopt, StepRange{first, last}};
    if (!SessionPlan::check(protocol, selection))
        return e;
    const SessionPlan plan(protocol, selection);
    for (const PlanPart& part : plan.parts()) {
        e.time += part.planned;
        e.steps += part.part == 0 ? 1 : 0;
        e.untimed = e.untimed || part.kind == PartKind::Untimed;
    }
    return e;
}

} // namespace

PractiseDialog::PractiseDialog(std::shared_ptr<const Protocol> protocol, QSettings& settings,
                               QWidget* parent)
    : QDialog(parent), protocol_(std::move(protocol)), settings_(settings) {
    setObjectName(QStringLiteral("practise"));
    setWindowTitle(tr("Practise \u2014 %1").arg(text(protocol_->title)));
    for (std::size_t s = 0; s < protocol_->stages.size(); ++s)
        for (std::size_t i = 0; i < protocol_->stages[s].steps.size(); ++i)
            steps_.push_back({s, i});
    build();
    load();
}

PractiseDialog::~PractiseDialog() = default;

void PractiseDialog::build() {
    const Protocol& p = *protocol_;
    const bool staged = p.stages.size() > 1;
    const SessionPlan whole(p, Selection{});
    const auto step_time = [&whole](StepRef r) {
        Duration t{0};
        bool untimed = false;
        for (const PlanPart& part : whole.parts()) {
            if (part.stage == r.stage && part.step == r.step) {
                t += part.planned;
                untimed = untimed || part.kind == PartKind::Untimed;
            }
        }
        return untimed ? tr("untimed") : countdown_text(t);
    };

    auto* intro = new QLabel(tr("Choose what to practise: a stage, one step, or a stretch of steps "
                                "(click the first, Shift+click the last; or Shift+\u2193 from the "
                                "keyboard)."),
                             this);
    intro->setWordWrap(true);

    tree_ = new QTreeWidget(this);
    tree_->setObjectName(QStringLiteral("steps"));
    tree_->setAccessibleName(tr("Steps to practise"));
    tree_->setColumnCount(2);
    tree_->setHeaderLabels({tr("Step"), tr("Time")});
    tree_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    tree_->setRootIsDecorated(staged);
    tree_->setUniformRowHeights(true);
    tree_->header()->setStretchLastSection(false);
    tree_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree_->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    from_ = new QComboBox(this);
    from_->setObjectName(QStringLiteral("from"));
    to_ = new QComboBox(this);
    to_->setObjectName(QStringLiteral("to"));
    // Each on a row of its own, as wide as the longest step title: titles are shown whole.
    for (QComboBox* box : {from_, to_})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    qsizetype digits = 1; // the most digits a step's number has, the dot aside
    for (std::size_t s = 0; s < p.stages.size(); ++s)
        digits = std::max(digits, QString::number(p.stages[s].steps.size()).size() +
                                      (staged ? QString::number(s + 1).size() + 1 : 0));
    for (std::size_t s = 0; s < p.stages.size(); ++s) {
        const Stage& stage = p.stages[s];
        QTreeWidgetItem* parent = nullptr;
        if (staged) {
            const Extent e =
                extent(p, {s, 0}, {s, stage.steps.empty() ? 0 : stage.steps.size() - 1});
            parent = new QTreeWidgetItem(
                tree_,
                {QStringLiteral("%1. %2").arg(s + 1).arg(text(stage.title)),
                 e.untimed && e.time == Duration{0} ? tr("untimed") : countdown_text(e.time)});
            parent->setData(0, stage_role, static_cast<qulonglong>(s));
            parent->setData(0, step_role, -1);
            QFont bold = parent->font(0);
            bold.setBold(true);
            parent->setFont(0, bold);
        }
        for (std::size_t i = 0; i < stage.steps.size(); ++i) {
            // Padded with figure spaces (a digit wide): "9" and "10" end in the same place.
            const QString number =
                (staged ? QStringLiteral("%1.%2").arg(s + 1).arg(i + 1) : QString::number(i + 1))
                    .rightJustified(digits, QChar(0x2007));
            const QString label = QStringLiteral("%1  %2").arg(number, text(stage.steps[i].title));
            const QStringList columns{label, step_time({s, i})};
            auto* item =
                parent ? new QTreeWidgetItem(parent, columns) : new QTreeWidgetItem(tree_, columns);
            item->setData(0, stage_role, static_cast<qulonglong>(s));
            item->setData(0, step_role, static_cast<qlonglong>(i));
            from_->addItem(label);
            to_->addItem(label);
        }
    }
    tree_->expandAll();
    tree_->setMinimumSize(520, 300);

    auto* whole_button = new QPushButton(tr("&Whole protocol"), this);
    whole_button->setObjectName(QStringLiteral("whole"));
    whole_button->setAutoDefault(false);

    summary_ = new QLabel(this);
    summary_->setObjectName(QStringLiteral("summary"));
    QFont bold = summary_->font();
    bold.setBold(true);
    summary_->setFont(bold);

    speed_ = new QComboBox(this);
    speed_->setObjectName(QStringLiteral("speed"));
    for (const double s : rehearsal_speeds)
        speed_->addItem(s == 1.0 ? tr("1\u00d7 (as written)") : speed_text(s), s);
    auto* speed_hint = new QLabel(tr("[ and ] change it during the rehearsal"), this);
    speed_hint->setEnabled(false);
    pause_ = new QCheckBox(tr("&Pause after each step, to explain it aloud; "
                              "\u2192 goes on"),
                           this);
    pause_->setObjectName(QStringLiteral("pause"));
    show_next_ = new QCheckBox(tr("Show the &next step (off: recall it yourself)"), this);
    show_next_->setObjectName(QStringLiteral("show-next"));

    auto* from_row = new QHBoxLayout;
    from_row->addWidget(from_, 1);
    from_row->addWidget(whole_button);
    auto* to_row = new QHBoxLayout;
    to_row->addWidget(to_, 1);
    auto* to_label = new QLabel(tr("&To"), this);
    to_label->setBuddy(to_);
    auto* speed_row = new QHBoxLayout;
    speed_row->addWidget(speed_);
    speed_row->addWidget(speed_hint, 1);

    auto* form = new QFormLayout;
    form->addRow(tr("&From"), from_row);
    form->addRow(to_label, to_row);
    form->addRow(QString(), summary_);
    form->addRow(tr("Spee&d"), speed_row);
    form->addRow(QString(), pause_);
    form->addRow(QString(), show_next_);
    // The buddies for Alt+F and Alt+D.
    if (auto* l = qobject_cast<QLabel*>(form->labelForField(from_row)))
        l->setBuddy(from_);
    if (auto* l = qobject_cast<QLabel*>(form->labelForField(speed_row)))
        l->setBuddy(speed_);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* start = buttons->addButton(tr("&Start rehearsal"), QDialogButtonBox::AcceptRole);
    start->setObjectName(QStringLiteral("start"));
    start->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &PractiseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(tree_, 1);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(tree_, &QTreeWidget::itemSelectionChanged, this, &PractiseDialog::from_tree);
    connect(from_, &QComboBox::currentIndexChanged, this, &PractiseDialog::from_lists);
    connect(to_, &QComboBox::currentIndexChanged, this, &PractiseDialog::from_lists);
    connect(whole_button, &QPushButton::clicked, this, &PractiseDialog::select_all);
    setTabOrder(tree_, from_);
    setTabOrder(from_, to_);
    setTabOrder(to_, whole_button);
    setTabOrder(whole_button, speed_);
    setTabOrder(speed_, pause_);
    setTabOrder(pause_, show_next_);
    tree_->setFocus();
}

QString PractiseDialog::settings_group() const {
    return QStringLiteral("practise/") + QString::fromStdString(protocol_->id) + QLatin1Char('/');
}

void PractiseDialog::load() {
    const QString g = settings_group();
    const auto ref = [&](const char* key) {
        return find_step(*protocol_,
                         settings_.value(g + QLatin1String(key)).toString().toStdString());
    };
    const auto first = ref("from");
    const auto last = ref("to");
    if (first && last)
        select_range(*first, *last);
    else
        select_all();
    const double speed = settings_.value(g + QStringLiteral("speed"), 1.0).toDouble();
    const int row = speed_->findData(speed);
    speed_->setCurrentIndex(row >= 0 ? row : speed_->findData(1.0));
    pause_->setChecked(settings_.value(g + QStringLiteral("pause"), false).toBool());
    show_next_->setChecked(settings_.value(g + QStringLiteral("show-next"), true).toBool());
    if (QTreeWidgetItem* item = tree_->selectedItems().value(0))
        tree_->setCurrentItem(item, 0, QItemSelectionModel::NoUpdate);
}

void PractiseDialog::save() const {
    const QString g = settings_group();
    const Protocol& p = *protocol_;
    settings_.setValue(g + QStringLiteral("from"),
                       QString::fromStdString(p.stages[first_.stage].steps[first_.step].id));
    settings_.setValue(g + QStringLiteral("to"),
                       QString::fromStdString(p.stages[last_.stage].steps[last_.step].id));
    settings_.setValue(g + QStringLiteral("speed"), speed_->currentData().toDouble());
    settings_.setValue(g + QStringLiteral("pause"), pause_->isChecked());
    settings_.setValue(g + QStringLiteral("show-next"), show_next_->isChecked());
}

void PractiseDialog::accept() {
    if (!steps_.empty())
        save();
    QDialog::accept();
}

Practice PractiseDialog::practice() const {
    Practice practice;
    practice.options.speed = speed_->currentData().toDouble();
    practice.options.pause_between_steps = pause_->isChecked();
    if (!steps_.empty() && (first_ != steps_.front() || last_ != steps_.back()))
        practice.options.range = StepRange{first_, last_};
    practice.show_next = show_next_->isChecked();
    return practice;
}

void PractiseDialog::select_range(StepRef first, StepRef last) {
    const auto known = [this](StepRef r) {
        return std::find(steps_.begin(), steps_.end(), r) != steps_.end();
    };
    if (steps_.empty())
        return;
    if (!known(first) || !known(last)) {
        select_all();
        return;
    }
    first_ = std::min(first, last);
    last_ = std::max(first, last);
    show_range();
}

void PractiseDialog::select_all() {
    if (steps_.empty())
        return;
    first_ = steps_.front();
    last_ = steps_.back();
    show_range();
}

void PractiseDialog::from_tree() {
    if (syncing_)
        return;
    std::optional<StepRef> lo, hi;
    const auto take = [&](StepRef r) {
        lo = lo ? std::min(*lo, r) : r;
        hi = hi ? std::max(*hi, r) : r;
    };
    for (const QTreeWidgetItem* item : tree_->selectedItems()) {
        const auto stage = static_cast<std::size_t>(item->data(0, stage_role).toULongLong());
        const qlonglong step = item->data(0, step_role).toLongLong();
        if (step >= 0) {
            take({stage, static_cast<std::size_t>(step)});
        } else if (const std::size_t n = protocol_->stages[stage].steps.size(); n > 0) {
            take({stage, 0});
            take({stage, n - 1});
        }
    }
    if (lo)
        select_range(*lo, *hi);
    else
        show_range(); // nothing selected: the range stays as it was
}

void PractiseDialog::from_lists() {
    if (syncing_ || from_->currentIndex() < 0 || to_->currentIndex() < 0)
        return;
    select_range(steps_[static_cast<std::size_t>(from_->currentIndex())],
                 steps_[static_cast<std::size_t>(to_->currentIndex())]);
}

void PractiseDialog::show_range() {
    syncing_ = true;
    // Only rows that change: an untouched selection keeps Shift+arrows stretching from the anchor.
    const auto select = [](QTreeWidgetItem* item, bool on) {
        if (item->isSelected() != on)
            item->setSelected(on);
    };
    const auto in_range = [this](StepRef r) { return first_ <= r && r <= last_; };
    for (int t = 0; t < tree_->topLevelItemCount(); ++t) {
        QTreeWidgetItem* top = tree_->topLevelItem(t);
        const auto stage = static_cast<std::size_t>(top->data(0, stage_role).toULongLong());
        if (top->data(0, step_role).toLongLong() >= 0) {
            select(top, in_range({stage,
                                  static_cast<std::size_t>(top->data(0, step_role).toLongLong())}));
            continue;
        }
        bool all = top->childCount() > 0;
        for (int c = 0; c < top->childCount(); ++c) {
            const bool in = in_range({stage, static_cast<std::size_t>(c)});
            select(top->child(c), in);
            all = all && in;
        }
        select(top, all);
    }
    const auto row = [this](StepRef r) {
        return static_cast<int>(std::find(steps_.begin(), steps_.end(), r) - steps_.begin());
    };
    from_->setCurrentIndex(row(first_));
    to_->setCurrentIndex(row(last_));
    summary_->setText(summary());
    syncing_ = false;
}

QString PractiseDialog::summary() const {
    if (steps_.empty())
        return tr("This protocol has no steps.");
    const Protocol& p = *protocol_;
    const bool staged = p.stages.size() > 1;
    QString what;
    if (first_ == steps_.front() && last_ == steps_.back()) {
        what = tr("The whole protocol");
    } else if (first_.stage == last_.stage && staged && first_.step == 0 &&
               last_.step + 1 == p.stages[last_.stage].steps.size()) {
        what = tr("Stage %1, all of it").arg(first_.stage + 1);
    } else if (first_.stage == last_.stage) {
        const QString steps = first_ == last_
                                  ? tr("step %1").arg(first_.step + 1)
                                  : tr("steps %1\u2013%2").arg(first_.step + 1).arg(last_.step + 1);
        what = staged ? tr("Stage %1, %2").arg(first_.stage + 1).arg(steps)
                      : steps.left(1).toUpper() + steps.mid(1);
    } else {
        what = tr("From stage %1, step %2 to stage %3, step %4")
                   .arg(first_.stage + 1)
                   .arg(first_.step + 1)
                   .arg(last_.stage + 1)
                   .arg(last_.step + 1);
    }
    const Extent e = extent(p, first_, last_);
    QString time = countdown_text(e.time);
    if (e.untimed)
        time += tr(" and an untimed procedure");
    return tr("%1 \u00b7 %n step(s) \u00b7 %2", nullptr, e.steps).arg(what, time);
}

} // namespace effleur::ui
