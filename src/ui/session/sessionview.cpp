#include "ui/session/sessionview.h"

#include "ui/common/words.h"
#include "ui/session/diagramwidget.h"
#include "ui/session/sessionwidgets.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <chrono>
#include <cmath>

namespace effleur::ui {

namespace {

template <class Label = QLabel>
Label* make_label(const char* name, QWidget* parent, bool wrap = true) {
    auto* l = new Label(parent);
    l->setObjectName(QLatin1String(name));
    l->setWordWrap(wrap);
    l->setTextFormat(Qt::PlainText);
    return l;
}

QString text(const Text& t) {
    return QString::fromStdString(t.get());
}

} // namespace

QString speed_text(double speed) {
    return QLocale().toString(speed, 'g', 4) + QStringLiteral("\u00d7");
}

SessionView::SessionView(SessionController& controller, const Catalog& catalog, QWidget* parent)
    : QWidget(parent), controller_(controller), catalog_(catalog) {
    setObjectName(QStringLiteral("session"));
    setFocusPolicy(Qt::StrongFocus);
    start_key_ = key_name(SessionAction::PauseResume, nullptr);
    next_key_ = key_name(SessionAction::Next, nullptr);
    build();
    connect(&controller_, &SessionController::changed, this, &SessionView::refresh);
    connect(&controller_, &SessionController::answered, this, &SessionView::show_refusal);
    refresh();
}

SessionView::~SessionView() {
    diagram_->set_controller(nullptr);
}

void SessionView::build() {
    auto* outer = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    outer->addLayout(row, 1);

    diagram_ = new DiagramWidget(catalog_, this);
    diagram_->setObjectName(QStringLiteral("diagram"));
    diagram_->setMinimumSize(320, 240);
    diagram_->set_controller(&controller_);
    row->addWidget(diagram_, 3);

    side_ = new QWidget(this);
    auto* col = new QVBoxLayout(side_);
    col->setContentsMargins(8, 0, 8, 0);
    rehearsal_ = make_label("rehearsal", side_, false);
    rehearsal_->setText(tr("REHEARSAL \u2014 no client, nothing recorded"));
    rehearsal_->setStyleSheet(QStringLiteral(
        "QLabel { background: #b25c00; color: white; font-weight: bold; padding: 4px 8px; }"));
    rehearsal_->setVisible(controller_.engine().kind() == SessionKind::Rehearsal);
    rehearsal_->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    position_ = make_label("position", side_, false);
    title_ = make_label<MeasuredLabel>("title", side_);
    facts_ = new ItemLineLabel(side_);
    facts_->setObjectName(QStringLiteral("facts"));
    countdown_ = make_label("countdown", side_, false);
    countdown_->setAlignment(Qt::AlignCenter);
    state_ = make_label<MeasuredLabel>("state", side_);
    state_->setAlignment(Qt::AlignCenter);
    // A rehearsal's speed shares the position's line, so that it takes no room from the
    // cautions.
    speed_ = new ItemLineLabel(side_);
    speed_->setObjectName(QStringLiteral("speed"));
    speed_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    speed_->setVisible(controller_.engine().kind() == SessionKind::Rehearsal);
    pacer_ = make_label<MeasuredLabel>("pacer", side_);
    pacer_->setAlignment(Qt::AlignCenter);
    instruction_ = make_label<MeasuredLabel>("instruction", side_);
    cautions_ = make_label<MeasuredLabel>("cautions", side_);
    cautions_->setTextFormat(Qt::RichText); // each caution's text is escaped (refresh())
    // Cautions give way first when space runs out, so they never push the countdown away.
    cautions_->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    cautions_->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    next_ = make_label<MeasuredLabel>("next", side_);
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
    bar_->set_plan(controller_.engine().plan());
    const auto& parts = controller_.engine().plan().parts();
    timed_plan_ = std::any_of(parts.begin(), parts.end(),
                              [](const PlanPart& p) { return p.kind != PartKind::Untimed; });
    outer->addWidget(bar_);
    // The same commands as the keys, for a mouse or a touch screen. They never take the focus,
    // so the keys keep reaching the session.
    auto* controls = new QHBoxLayout;
    controls->addStretch(1);
    const std::pair<SessionAction, const char*> buttons[] = {
        {SessionAction::Back, "control-back"},         {SessionAction::ExtendLess, "control-less"},
        {SessionAction::PauseResume, "control-pause"}, {SessionAction::ExtendMore, "control-more"},
        {SessionAction::Next, "control-next"},
    };
    for (const auto& [action, name] : buttons) {
        auto* b = new QToolButton(this);
        b->setObjectName(QLatin1String(name));
        b->setFocusPolicy(Qt::NoFocus);
        b->setAutoRaise(false);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setMinimumSize(96, 40);
        const SessionAction which = action;
        connect(b, &QToolButton::clicked, this, [this, which] { trigger(which); });
        controls->addWidget(b);
        control_buttons_.emplace_back(b, action);
    }
    controls->addStretch(1);
    outer->addLayout(controls);
    status_ = make_label("status", this, false);
    status_->hide();
    outer->addWidget(status_);
    // Painted last, after the panel beside it: its base, rendered on another thread from its
    // resize on, then has the panel's text to be ready by.
    diagram_->raise();
    apply_fonts();
}

void SessionView::bind_keys(const QSettings* settings) {
    for (QAction* a : actions()) {
        removeAction(a);
        a->deleteLater();
    }
    for (const KeyBinding& b : default_key_table) {
        auto* action = new QAction(action_label(b.action), this);
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
    // Each key with its word is one item: a narrow panel wraps between them, never inside one.
    speed_keys_.clear();
    const QString slower = first_key(SessionAction::SpeedDown);
    const QString faster = first_key(SessionAction::SpeedUp);
    if (!slower.isEmpty())
        //: The key that slows a rehearsal down, as the session panel shows it: "[ slower".
        speed_keys_ << tr("%1 slower").replace(QLatin1Char(' '), QChar(0x00a0)).arg(slower);
    if (!faster.isEmpty())
        //: The key that speeds a rehearsal up, as the session panel shows it: "] faster".
        speed_keys_ << tr("%1 faster").replace(QLatin1Char(' '), QChar(0x00a0)).arg(faster);
    const PromptKeys keys = prompt_keys(settings);
    start_key_ = keys.start;
    next_key_ = keys.next;
    controller_.set_prompt_keys(keys);
    refresh();
}

void SessionView::trigger(SessionAction action) {
    switch (action) {
    case SessionAction::Glance:
        set_glance(!glance_);
        return;
    case SessionAction::LeaveGlance:
        set_glance(false);
        return;
    default:
        controller_.trigger(action);
        diagram_->refresh();
        return;
    }
}

void SessionView::show_refusal(const QString& refusal) {
    status_->setText(refusal);
    status_->setVisible(!refusal.isEmpty());
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

void SessionView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    apply_fonts(); // the sizes were left while hidden
}

Duration SessionView::session_left(TimePoint now) const {
    const StepEngine& e = controller_.engine();
    const auto& plan = e.plan();
    Duration left = e.state() == EngineState::Finished ? Duration{0} : e.remaining(now);
    for (std::size_t i = e.cursor().index + 1; i < plan.size(); ++i)
        left += plan[i].planned;
    return left;
}

void SessionView::set_show_next(bool on) {
    show_next_ = on;
    refresh();
}

QString SessionView::next_preview() const {
    const StepEngine& e = controller_.engine();
    const auto& plan = e.plan();
    const std::size_t i = e.cursor().index;
    if (e.state() == EngineState::Finished || i + 1 >= plan.size())
        return tr("Next: the end of the session");
    // Practising the order: the student names the next step; it shows when it begins.
    if (!show_next_)
        return tr("Next: ?  \u2014 recall it; it shows when it begins");
    const PlanPart& n = plan[i + 1];
    QString what = text(n.source->title);
    if (n.side)
        what = tr("%1 \u2014 %2", "a step and its side").arg(what, Words::side(*n.side));
    if (n.kind != PartKind::Untimed)
        what = tr("%1 (%2)", "a step and its length").arg(what, countdown_text(n.planned));
    return tr("Next: %1").arg(what);
}

void SessionView::refresh() {
    const TimePoint now = controller_.now();
    const StepEngine& e = controller_.engine();
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
    position_->setText(
        tr("Step %1 of %2").arg(QLocale().toString(current), QLocale().toString(steps)));
    title_->setText(text(step.title));
    facts_->set_items(step_fact_items(step, c.side));
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
    const bool new_part = c.index != fitted_part_;

    const bool untimed = part.kind == PartKind::Untimed;
    // An untimed part (a physician's procedure) has no countdown at all, not an empty one.
    countdown_->setVisible(!untimed);
    countdown_->setText(untimed ? QString() : countdown_text(e.remaining(now)));
    const bool paused = e.state() == EngineState::Paused;
    // Paused reads from across the room: the digits fade and a large word says so.
    // Set only when it changes: setting a style sheet again polishes the label again.
    const auto restyle = [](QLabel* l, const QString& sheet) {
        if (l->styleSheet() != sheet)
            l->setStyleSheet(sheet);
    };
    restyle(countdown_, paused ? QStringLiteral("QLabel { color: #9a9a9a; }") : QString());
    restyle(state_, paused ? QStringLiteral("QLabel { color: #d35400; }") : QString());
    QString state;
    switch (e.state()) {
    case EngineState::Idle:
        state = tr("Ready \u2014 press %1 to start").arg(start_key_);
        break;
    case EngineState::Running:
        break;
    case EngineState::Paused:
        state = tr("PAUSED");
        break;
    case EngineState::WaitingForTherapist:
        state = e.wait_reason() == WaitReason::Procedure ? tr("Procedure \u2014 press %1 when done")
                : e.wait_reason() == WaitReason::BeforeStep
                    ? tr("Get ready \u2014 press %1 to begin")
                : e.options().pause_between_steps
                    ? tr("Explain this step \u2014 then press %1 for the next")
                    : tr("Time is up \u2014 press %1 for the next step");
        state = state.arg(next_key_);
        break;
    case EngineState::Finished:
        state = tr("Session complete");
        break;
    }
    state_->setText(state);
    state_->setVisible(!state.isEmpty());
    speed_->set_items(QStringList{tr("Speed %1").arg(speed_text(e.speed()))} + speed_keys_);

    const auto breath = e.breathing(now);
    if (breath && e.state() != EngineState::Finished) {
        pacer_->setText(tr("%1\ncount %2 of %3 \u00b7 round %4 of %5")
                            .arg(phase_words(breath->at.phase))
                            .arg(breath->at.count)
                            .arg(breath->at.counts)
                            .arg(breath->at.round)
                            .arg(breath->at.rounds));
        // The diagram draws the same words large on its breathing figure: said once, there,
        // unless the diagram is hidden.
        pacer_->setVisible(diagram_->isHidden());
    } else {
        pacer_->clear();
        pacer_->hide();
    }
    next_->setText(next_preview());
    // A day of untimed parts alone (the physician's procedure) has no time to count down.
    left_->setVisible(timed_plan_);
    left_->setText(tr("Session left: %1").arg(countdown_text(session_left(now))));
    bar_->setVisible(timed_plan_);
    bar_->set_position(c.index, e.state() == EngineState::Finished ? 1.0
                                : untimed                          ? 0.0
                                                                   : e.fraction(now));
    refresh_controls();
    // A new line for the state ("PAUSED", "Time is up", "Session complete") takes room from the
    // text below it: the type is fitted again. A line that goes leaves room, and the type stays.
    if (new_part || paused != fitted_paused_ || (!state.isEmpty() && e.state() != fitted_state_)) {
        fitted_part_ = c.index;
        fitted_paused_ = paused;
        fitted_state_ = e.state();
        apply_fonts(); // fits the cautions too
    } else {
        // The cautions fill what the lines above leave, so they are fitted once those are set.
        fit_cautions();
    }
}

void SessionView::refresh_controls() {
    const StepEngine& e = controller_.engine();
    const bool over = controller_.over();
    for (const auto& [button, action] : control_buttons_) {
        QString words;
        switch (action) {
        case SessionAction::Back:
            words = tr("\u25c0 Back");
            break;
        case SessionAction::ExtendLess:
            words = tr("−15 s");
            break;
        case SessionAction::PauseResume:
            words = e.state() == EngineState::Paused ? tr("\u25b6 Resume")
                    : e.state() == EngineState::Idle ? tr("\u25b6 Start")
                                                     : tr("\u275a\u275a Pause");
            break;
        case SessionAction::ExtendMore:
            words = tr("+15 s");
            break;
        case SessionAction::Next:
            words = tr("Next \u25b6");
            break;
        default:
            break;
        }
        button->setText(words);
        const bool timed = e.current_part().kind != PartKind::Untimed;
        const bool extend =
            action == SessionAction::ExtendLess || action == SessionAction::ExtendMore;
        // Waiting for the therapist, the time already stands: there is nothing to pause.
        const bool waiting = e.state() == EngineState::WaitingForTherapist;
        button->setEnabled(!over && (timed || !extend) &&
                           !(waiting && action == SessionAction::PauseResume));
    }
}

QString SessionView::text_of(const char* name) const {
    const auto* l = findChild<QLabel*>(QLatin1String(name));
    return l ? l->text() : QString();
}

} // namespace effleur::ui
