#include "ui/session/sessionview.h"

#include "ui/session/diagramwidget.h"
#include "ui/session/sessionwidgets.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

#include <chrono>
#include <cmath>

namespace effleur::ui {

namespace {

using namespace std::chrono_literals;

constexpr Duration extend_step = 15s;

QLabel* make_label(const char* name, QWidget* parent, bool wrap = true) {
    auto* l = new QLabel(parent);
    l->setObjectName(QLatin1String(name));
    l->setWordWrap(wrap);
    l->setTextFormat(Qt::PlainText);
    return l;
}

QString text(const Text& t) {
    return QString::fromStdString(t.get());
}

// Milliseconds until `t`, rounded up so that a timer never fires before the deadline.
int ms_until(TimePoint t, TimePoint now) {
    const auto ns = (t - now).count();
    if (ns <= 0)
        return 0;
    const auto ms = (ns + 999'999) / 1'000'000;
    return ms > 86'400'000 ? 86'400'000 : static_cast<int>(ms);
}

} // namespace

double stepped_speed(double current, int direction) {
    if (direction > 0) {
        for (const double s : rehearsal_speeds)
            if (s > current + 1e-9)
                return s;
    } else if (direction < 0) {
        for (auto it = rehearsal_speeds.rbegin(); it != rehearsal_speeds.rend(); ++it)
            if (*it < current - 1e-9)
                return *it;
    }
    return current;
}

QString speed_text(double speed) {
    return QString::number(speed, 'g', 4) + QStringLiteral("\u00d7");
}

SessionView::SessionView(std::unique_ptr<StepEngine> engine, const Catalog& catalog,
                         const Clock& clock, QWidget* parent)
    : QWidget(parent), engine_(std::move(engine)), catalog_(catalog), clock_(clock) {
    setObjectName(QStringLiteral("session"));
    setFocusPolicy(Qt::StrongFocus);
    // Precise: the deadline is the event's time, not "about then".
    deadline_.setSingleShot(true);
    deadline_.setTimerType(Qt::PreciseTimer);
    second_.setSingleShot(true);
    second_.setTimerType(Qt::PreciseTimer);
    connect(&deadline_, &QTimer::timeout, this, &SessionView::pump);
    connect(&second_, &QTimer::timeout, this, &SessionView::pump);
    build();
    refresh();
}

SessionView::~SessionView() {
    // The diagram borrows the engine; detach it before the engine goes.
    diagram_->set_engine(nullptr, nullptr);
}

void SessionView::build() {
    auto* outer = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    outer->addLayout(row, 1);

    diagram_ = new DiagramWidget(catalog_, this);
    diagram_->setObjectName(QStringLiteral("diagram"));
    diagram_->setMinimumSize(320, 240);
    diagram_->set_engine(engine_.get(), &clock_);
    row->addWidget(diagram_, 3);

    side_ = new QWidget(this);
    auto* col = new QVBoxLayout(side_);
    col->setContentsMargins(8, 0, 8, 0);
    rehearsal_ = make_label("rehearsal", side_, false);
    rehearsal_->setText(QStringLiteral("REHEARSAL \u2014 no client, nothing recorded"));
    rehearsal_->setStyleSheet(QStringLiteral(
        "QLabel { background: #b25c00; color: white; font-weight: bold; padding: 4px 8px; }"));
    rehearsal_->setVisible(engine_->kind() == SessionKind::Rehearsal);
    rehearsal_->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    position_ = make_label("position", side_, false);
    title_ = make_label("title", side_);
    facts_ = make_label("facts", side_);
    countdown_ = make_label("countdown", side_, false);
    countdown_->setAlignment(Qt::AlignCenter);
    state_ = make_label("state", side_);
    state_->setAlignment(Qt::AlignCenter);
    // A rehearsal's speed shares the position's line, so that it takes no room from the
    // cautions.
    speed_ = make_label("speed", side_);
    speed_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    speed_->setVisible(engine_->kind() == SessionKind::Rehearsal);
    pacer_ = make_label("pacer", side_);
    pacer_->setAlignment(Qt::AlignCenter);
    instruction_ = make_label("instruction", side_);
    cautions_ = make_label("cautions", side_);
    cautions_->setTextFormat(Qt::RichText);
    // Cautions give way first when space runs out, so they never push the countdown away.
    cautions_->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    cautions_->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    next_ = make_label("next", side_);
    left_ = make_label("left", side_, false);
    auto* where = new QHBoxLayout;
    where->addWidget(position_);
    where->addWidget(speed_, 1); // takes what the position leaves
    col->addWidget(rehearsal_);
    col->addLayout(where);
    for (QWidget* w : {static_cast<QWidget*>(title_), static_cast<QWidget*>(facts_),
                       static_cast<QWidget*>(countdown_), static_cast<QWidget*>(state_),
                       static_cast<QWidget*>(pacer_), static_cast<QWidget*>(instruction_),
                       static_cast<QWidget*>(cautions_)})
        col->addWidget(w);
    col->setStretchFactor(cautions_, 1);
    col->addStretch(0); // takes the room when there are no cautions
    col->addWidget(next_);
    col->addWidget(left_);
    row->addWidget(side_, 2);
    row->setStretch(0, 5);
    row->setStretch(1, 4);

    bar_ = new SegmentBar(this);
    bar_->set_plan(engine_->plan());
    outer->addWidget(bar_);
    status_ = make_label("status", this, false);
    status_->hide();
    outer->addWidget(status_);
    apply_fonts();
}

void SessionView::bind_keys(const QSettings* settings) {
    for (QAction* a : actions()) {
        removeAction(a);
        a->deleteLater();
    }
    for (const KeyBinding& b : default_key_table) {
        auto* action = new QAction(
            QString::fromLatin1(b.label.data(), static_cast<qsizetype>(b.label.size())), this);
        action->setObjectName(
            QString::fromLatin1(b.name.data(), static_cast<qsizetype>(b.name.size())));
        action->setShortcuts(keys_for(b.action, settings));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        const SessionAction which = b.action;
        connect(action, &QAction::triggered, this, [this, which] { trigger(which); });
        addAction(action);
    }
    const auto first_key = [settings](SessionAction a) {
        const auto keys = keys_for(a, settings);
        return keys.isEmpty() ? QString() : keys.front().toString(QKeySequence::NativeText);
    };
    // No-break spaces: a narrow panel wraps before the key hint, never inside it.
    speed_keys_ = QStringLiteral("%1\u00a0slower\u00a0\u00b7\u00a0%2\u00a0faster")
                      .arg(first_key(SessionAction::SpeedDown), first_key(SessionAction::SpeedUp));
    refresh();
}

void SessionView::begin() {
    show_result(engine_->start(clock_.now()));
    refresh();
}

void SessionView::pump() {
    engine_->advance(clock_.now());
    refresh();
}

void SessionView::trigger(SessionAction action) {
    const TimePoint now = clock_.now();
    StepEngine& e = *engine_;
    switch (action) {
    case SessionAction::PauseResume:
        if (e.state() == EngineState::Idle)
            show_result(e.start(now));
        else if (e.state() == EngineState::Paused)
            show_result(e.resume(now));
        else
            show_result(e.pause(now));
        break;
    case SessionAction::Next:
        show_result(e.state() == EngineState::Idle ? e.start(now) : e.next(now));
        break;
    case SessionAction::Back:
        show_result(e.back(now));
        break;
    case SessionAction::Restart:
        show_result(e.restart_step(now));
        break;
    case SessionAction::ExtendMore:
        show_result(e.extend(now, extend_step));
        break;
    case SessionAction::ExtendLess:
        show_result(e.extend(now, -extend_step));
        break;
    case SessionAction::Glance:
        set_glance(!glance_);
        return;
    case SessionAction::LeaveGlance:
        set_glance(false);
        return;
    case SessionAction::SpeedDown:
    case SessionAction::SpeedUp:
        if (e.kind() != SessionKind::Rehearsal) {
            show_result({false, "the speed changes only in a rehearsal", {}});
            break;
        }
        show_result(
            e.set_speed(now, stepped_speed(e.speed(), action == SessionAction::SpeedUp ? 1 : -1)));
        break;
    }
    diagram_->refresh();
    refresh();
}

void SessionView::show_result(const CommandResult& result) {
    status_->setText(result ? QString() : QString::fromStdString(result.reason));
    status_->setVisible(!result);
}

void SessionView::set_theme(DiagramTheme theme) {
    diagram_->set_theme(theme);
}

void SessionView::set_glance(bool on) {
    if (glance_ == on)
        return;
    glance_ = on;
    QWidget* top = window();
    if (top && top->isWindow() && top->isVisible())
        on ? top->showFullScreen() : top->showNormal();
    apply_fonts();
    refresh();
    Q_EMIT glanceChanged(on);
}

void SessionView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    apply_fonts();
}

Duration SessionView::session_left(TimePoint now) const {
    const auto& plan = engine_->plan();
    Duration left =
        engine_->state() == EngineState::Finished ? Duration{0} : engine_->remaining(now);
    for (std::size_t i = engine_->cursor().index + 1; i < plan.size(); ++i)
        left += plan[i].planned;
    return left;
}

void SessionView::set_show_next(bool on) {
    show_next_ = on;
    refresh();
}

QString SessionView::next_preview() const {
    const auto& plan = engine_->plan();
    const std::size_t i = engine_->cursor().index;
    if (engine_->state() == EngineState::Finished || i + 1 >= plan.size())
        return QStringLiteral("Next: the end of the session");
    // Practising the order: the student names the next step; it shows when it begins.
    if (!show_next_)
        return QStringLiteral("Next: ?  \u2014 recall it; it shows when it begins");
    const PlanPart& n = plan[i + 1];
    QString words = QStringLiteral("Next: ") + text(n.source->title);
    if (n.side)
        words += n.side == BodySide::Left ? QStringLiteral(" \u2014 left side")
                                          : QStringLiteral(" \u2014 right side");
    if (n.kind != PartKind::Untimed)
        words += QStringLiteral(" (%1)").arg(countdown_text(n.planned));
    return words;
}

void SessionView::refresh() {
    const TimePoint now = clock_.now();
    StepEngine& e = *engine_;
    const Cursor c = e.cursor();
    const PlanPart& part = e.current_part();
    const Step& step = e.current_step();
    const auto& plan = e.plan();

    std::size_t steps = 0, current = 0;
    for (std::size_t i = 0; i < plan.size(); ++i) {
        if (plan[i].part == 0) {
            ++steps;
            if (i <= c.index)
                current = steps;
        }
    }
    position_->setText(QStringLiteral("Step %1 of %2").arg(current).arg(steps));
    title_->setText(text(step.title));
    facts_->setText(step_facts(step, c.side));
    instruction_->setText(text(step.instruction));
    // The step's own cautions stand out; the session's rules stay in view, quieter.
    QStringList cautions;
    for (const Text& t : step.cautions)
        cautions << QStringLiteral("<b style='color:#c0392b'>\u26a0 %1</b>")
                        .arg(text(t).toHtmlEscaped());
    // Rules are long; their first sentence is what a look can take in.
    for (const Text& t : e.protocol().rules) {
        QString rule = text(t);
        if (const auto stop = rule.indexOf(QStringLiteral(". ")); stop > 0)
            rule.truncate(stop + 1);
        cautions << QStringLiteral("<span style='color:#c0392b'>\u26a0</span> %1")
                        .arg(rule.toHtmlEscaped());
    }
    cautions_html_ = cautions;
    cautions_->setVisible(!cautions.isEmpty());
    fit_cautions();
    const bool new_part = c.index != fitted_part_;

    const bool untimed = part.kind == PartKind::Untimed;
    countdown_->setText(untimed ? QStringLiteral("\u2014") : countdown_text(e.remaining(now)));
    QString state;
    switch (e.state()) {
    case EngineState::Idle:
        state = QStringLiteral("Ready \u2014 press Space to start");
        break;
    case EngineState::Running:
        break;
    case EngineState::Paused:
        state = QStringLiteral("PAUSED \u2014 Space to resume");
        break;
    case EngineState::WaitingForTherapist:
        state = e.wait_reason() == WaitReason::Procedure
                    ? QStringLiteral("Procedure \u2014 press \u2192 when done")
                : e.wait_reason() == WaitReason::BeforeStep
                    ? QStringLiteral("Get ready \u2014 press \u2192 to begin")
                : e.options().pause_between_steps
                    ? QStringLiteral("Explain this step \u2014 then press \u2192 for the next")
                    : QStringLiteral("Time is up \u2014 press \u2192 for the next step");
        break;
    case EngineState::Finished:
        state = QStringLiteral("Session complete");
        break;
    }
    state_->setText(state);
    state_->setVisible(!state.isEmpty());
    speed_->setText(
        speed_keys_.isEmpty()
            ? QStringLiteral("Speed %1").arg(speed_text(e.speed()))
            : QStringLiteral("Speed %1  \u00b7  %2").arg(speed_text(e.speed()), speed_keys_));

    const auto breath = e.breathing(now);
    if (breath && e.state() != EngineState::Finished) {
        pacer_->setText(QStringLiteral("%1\ncount %2 of %3 \u00b7 round %4 of %5")
                            .arg(phase_words(breath->at.phase))
                            .arg(breath->at.count)
                            .arg(breath->at.counts)
                            .arg(breath->at.round)
                            .arg(breath->at.rounds));
        pacer_->show();
    } else {
        pacer_->clear();
        pacer_->hide();
    }
    next_->setText(next_preview());
    left_->setText(QStringLiteral("Session left: %1").arg(countdown_text(session_left(now))));
    bar_->set_position(c.index, e.state() == EngineState::Finished ? 1.0 : e.fraction(now));
    if (new_part) {
        fitted_part_ = c.index;
        apply_fonts();
    }
    arm();

    if (e.state() == EngineState::Finished && !finished_sent_) {
        finished_sent_ = true;
        Q_EMIT finished();
    }
}

void SessionView::arm() {
    const TimePoint now = clock_.now();
    deadline_.stop();
    second_.stop();
    if (const auto due = engine_->next_deadline())
        deadline_.start(ms_until(*due, now));
    if (engine_->state() != EngineState::Running ||
        engine_->current_part().kind == PartKind::Untimed)
        return;
    // The countdown shows whole seconds rounded up; it changes when the time left reaches the
    // whole second below.
    using namespace std::chrono;
    const auto left = engine_->remaining(now);
    const auto whole = duration_cast<seconds>(left + nanoseconds(999'999'999));
    if (whole <= 0s)
        return;
    if (const auto at = engine_->when_remaining(whole - 1s))
        second_.start(ms_until(*at, now));
}

QString SessionView::text_of(const char* name) const {
    const auto* l = findChild<QLabel*>(QLatin1String(name));
    return l ? l->text() : QString();
}

} // namespace effleur::ui
