#include "ui/journal/sessionenddialog.h"

#include "ui/common/words.h"
#include "ui/journal/findings.h"
#include "ui/journal/journaltext.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

#include <map>

namespace effleur::ui {

namespace {

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

std::string trimmed(const QString& s) {
    return s.trimmed().toStdString();
}

// A click on a procedure item's words ticks its box, as a click on a check box's own text does.
class TickOnClick : public QObject {
public:
    TickOnClick(QCheckBox* box, QObject* parent) : QObject(parent), box_(box) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::MouseButtonRelease &&
            static_cast<QMouseEvent*>(event)->button() == Qt::LeftButton) {
            box_->toggle();
            box_->setFocus(Qt::MouseFocusReason);
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QCheckBox* box_;
};

} // namespace

SessionTally tally(const storage::SessionRecord& record) {
    // Per step (all its sides): done when every part ran to its time, skipped when one was
    // ended with Next, extended when one was given more or less time.
    struct Seen {
        bool all_done = true;
        bool skipped = false;
        bool extended = false;
    };
    std::map<std::pair<std::int64_t, std::int64_t>, Seen> steps;
    SessionTally t;
    for (const storage::PartRun& p : storage::part_runs(record.events)) {
        Seen& seen = steps[{p.stage, p.step}];
        // An untimed part (a procedure) is done when the therapist goes on.
        const bool untimed = p.planned.count() == 0;
        const bool done = p.ended_by == "clock" || (untimed && p.ended_by == "next");
        if (!done)
            seen.all_done = false;
        if (p.ended_by == "next" && !untimed)
            seen.skipped = true;
        else if (p.ended_by == "back" || p.ended_by == "restart")
            ++t.back;
        if (p.extended.count() != 0)
            seen.extended = true;
    }
    for (const auto& [key, seen] : steps) {
        t.done += seen.all_done ? 1 : 0;
        t.skipped += seen.skipped ? 1 : 0;
        t.extended += seen.extended ? 1 : 0;
    }
    t.steps = static_cast<int>(steps.size());
    t.planned = record.summary.planned;
    t.active = record.summary.active.value_or(std::chrono::milliseconds{0});
    return t;
}

SessionEndDialog::SessionEndDialog(storage::JournalStore& store, std::int64_t session,
                                   const Protocol& protocol, const Catalog& catalog,
                                   QWidget* parent, Now now)
    : QDialog(parent), store_(store), session_(session), now_(std::move(now)) {
    setObjectName(QStringLiteral("session-end"));
    setWindowTitle(tr("Session notes"));
    if (!now_)
        now_ = [] { return std::chrono::system_clock::now(); };
    auto* columns = new QHBoxLayout;
    auto* outer = new QVBoxLayout;
    auto* whole = new QVBoxLayout(this);
    whole->addLayout(columns, 1);
    columns->addLayout(outer, 1);
    summary_ = new QLabel(this);
    summary_->setObjectName(QStringLiteral("session-summary"));
    summary_->setTextFormat(Qt::PlainText);
    summary_->setWordWrap(true);
    QFont big = summary_->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    summary_->setFont(big);
    outer->addWidget(summary_);

    const auto record = store_.session(session_);
    std::optional<std::size_t> stage;
    if (record) {
        const SessionTally t = tally(*record);
        const storage::SessionSummary& s = record->summary;
        stage = s.stage;
        QStringList lines;
        lines << tr("%1 of %2 planned")
                     .arg(journal_text::duration(t.active), journal_text::duration(t.planned));
        lines << tr("Steps: %1  \u00b7  done %2  \u00b7  skipped %3  \u00b7  extended %4")
                     .arg(t.steps)
                     .arg(t.done)
                     .arg(t.skipped)
                     .arg(t.extended);
        if (t.back > 0)
            lines << tr("Went back or restarted: %1").arg(t.back);
        if (s.outcome == storage::Outcome::Stopped)
            lines << tr("Stopped early: %1").arg(Words::stop_reason(s.end_reason));
        else if (s.outcome == storage::Outcome::Finished)
            lines << tr("Finished");
        summary_->setText(lines.join(QLatin1Char('\n')));
    } else {
        summary_->setText(tr("The session's record cannot be read."));
    }

    // A physician's procedure on this day: its checklist, ticked, with a note each.
    QGroupBox* procedure_box = nullptr;
    for (std::size_t si = 0; si < protocol.stages.size(); ++si) {
        if (stage && si != *stage)
            continue;
        for (const Step& step : protocol.stages[si].steps) {
            if (!step.procedure)
                continue;
            if (!procedure_box) {
                procedure_box = new QGroupBox(tr("The procedure"), this);
                auto* grid = new QGridLayout(procedure_box);
                grid->setColumnStretch(1, 3);
                grid->setColumnStretch(2, 2);
            }
            // An item can be a long sentence, and a check box's own text never wraps: the
            // words sit beside the box in a wrapping label (a click on them ticks it too), so
            // the dialog stays within a small screen in every language.
            auto* grid = static_cast<QGridLayout*>(procedure_box->layout());
            for (const Text& item : step.procedure->checklist) {
                Tick tick;
                tick.item = item.get();
                tick.done = new QCheckBox(procedure_box);
                tick.done->setAccessibleName(qs(item.get()));
                auto* words = new QLabel(qs(item.get()), procedure_box);
                words->setTextFormat(Qt::PlainText);
                words->setWordWrap(true);
                words->setBuddy(tick.done);
                words->installEventFilter(new TickOnClick(tick.done, words));
                tick.note = new QLineEdit(procedure_box);
                tick.note->setPlaceholderText(tr("Note"));
                const int row = grid->rowCount();
                grid->addWidget(tick.done, row, 0, Qt::AlignTop);
                grid->addWidget(words, row, 1, Qt::AlignTop);
                grid->addWidget(tick.note, row, 2, Qt::AlignTop);
                ticks_.push_back(tick);
            }
        }
    }
    if (procedure_box)
        outer->addWidget(procedure_box);

    auto* notes = new QGroupBox(tr("Notes (all optional)"), this);
    auto* form = new QFormLayout(notes);
    felt_ = new QLineEdit(notes);
    felt_->setObjectName(QStringLiteral("note-felt"));
    pressure_ = new QLineEdit(notes);
    pressure_->setObjectName(QStringLiteral("note-pressure"));
    findings_ = new QPlainTextEdit(notes);
    findings_->setObjectName(QStringLiteral("note-findings"));
    findings_->setTabChangesFocus(true);
    findings_->setFixedHeight(findings_->fontMetrics().lineSpacing() * 4);
    advice_ = new QLineEdit(notes);
    advice_->setObjectName(QStringLiteral("note-advice"));
    plan_ = new QLineEdit(notes);
    plan_->setObjectName(QStringLiteral("note-plan"));
    form->addRow(tr("How the client &felt"), felt_);
    form->addRow(tr("&Pressure used"), pressure_);
    form->addRow(tr("F&indings"), findings_);
    form->addRow(tr("&Advice given"), advice_);
    form->addRow(tr("Plan for &next time"), plan_);
    outer->addWidget(notes);
    outer->addStretch(1);

    // Findings on the protocol's diagrams (the first is the protocol's own).
    auto* findings_box = new QGroupBox(tr("Findings on the diagram"), this);
    auto* findings_layout = new QVBoxLayout(findings_box);
    marks_ =
        new FindingsPanel(catalog, diagrams_for_marks(catalog, protocol.diagrams), findings_box);
    findings_layout->addWidget(marks_);
    columns->addWidget(findings_box, 1);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* save = buttons->addButton(tr("&Save notes"), QDialogButtonBox::AcceptRole);
    QPushButton* skip = buttons->addButton(tr("S&kip"), QDialogButtonBox::RejectRole);
    save->setDefault(false);
    save->setAutoDefault(false);
    skip->setAutoDefault(false);
    save->setToolTip(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText));
    whole->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SessionEndDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SessionEndDialog::reject);
    auto* save_key = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(save_key, &QShortcut::activated, this, &SessionEndDialog::accept);
    felt_->setFocus();
    resize(1100, std::max(620, sizeHint().height()));
}

QString SessionEndDialog::summary_text() const {
    return summary_->text();
}

void SessionEndDialog::accept() {
    storage::Note note;
    note.written = now_();
    note.felt = trimmed(felt_->text());
    note.pressure = trimmed(pressure_->text());
    note.findings = trimmed(findings_->toPlainText());
    note.advice = trimmed(advice_->text());
    note.plan = trimmed(plan_->text());
    const bool any = !note.felt.empty() || !note.pressure.empty() || !note.findings.empty() ||
                     !note.advice.empty() || !note.plan.empty();
    QString error;
    auto failed = [&error](const auto& result) {
        if (!result)
            error = result.errors().empty() ? QString() : qs(result.errors().front().message);
        return !result;
    };
    if (any && !note_saved_)
        note_saved_ = !failed(store_.add_note(session_, note));
    if (error.isEmpty() && !ticks_.empty() && !ticks_saved_) {
        std::vector<storage::ProcedureTick> ticks;
        for (const Tick& t : ticks_)
            ticks.push_back({t.item, t.done->isChecked(), trimmed(t.note->text())});
        ticks_saved_ = !failed(store_.set_procedure(session_, ticks));
    }
    if (error.isEmpty() && !marks_->added().empty()) {
        std::vector<storage::Mark> marks = marks_->added();
        for (storage::Mark& m : marks)
            m.written = note.written;
        (void)failed(store_.add_marks(session_, marks));
    }
    if (!error.isEmpty()) {
        QMessageBox::warning(this, windowTitle(),
                             tr("The notes cannot be saved: %1\n\nWhat you typed is kept; try "
                                "again.")
                                 .arg(error));
        return;
    }
    QDialog::accept();
}

} // namespace effleur::ui
