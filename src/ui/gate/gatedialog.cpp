// The gate dialog: its layout, and what the keys and buttons do. The rules live in
// core/gate.h; this file only shows them. The pages are built in gatepages.cpp.

#include "ui/gate/gatedialog.h"

#include "ui/common/words.h"

#include <QCheckBox>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace effleur::ui {

namespace {

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

// The answer as the list shows it: a mark that reads at a glance, then words.
QString answer_word(const Checklist& c, std::size_t i) {
    if (c.prefilled(i))
        return c.answer(i) == Answer::Yes ? GateDialog::tr("? last time Yes \u2014 confirm")
                                          : GateDialog::tr("? last time No \u2014 confirm");
    switch (c.answer(i)) {
    case Answer::Yes:
        if (c.item(i).kind == ContraindicationKind::Absolute)
            return GateDialog::tr("\u2716 Yes \u2014 stops the session");
        return c.acknowledged(i) ? GateDialog::tr("\u2714 Yes \u2014 acknowledged")
                                 : GateDialog::tr("! Yes \u2014 acknowledge it");
    case Answer::No:
        return GateDialog::tr("\u2714 No");
    case Answer::Unanswered:
        break;
    }
    return GateDialog::tr("\u2026 not answered");
}

} // namespace

QString progress_text(const Checklist& checklist) {
    return GateDialog::tr("%1 of %2 answered")
        .arg(checklist.answered_count())
        .arg(checklist.size());
}

GateDialog::GateDialog(Checklist checklist, QWidget* parent, Now now)
    : QDialog(parent), checklist_(std::move(checklist)), now_(std::move(now)) {
    if (!now_)
        now_ = [] { return std::chrono::system_clock::now(); };
    setWindowTitle(tr("Contraindications \u2014 %1").arg(qs(checklist_.protocol().title.get())));
    setAccessibleName(tr("Contraindication checklist"));
    // Read from a distance: everything a size up, the item in focus far larger (gatepages.cpp).
    QFont base = font();
    base.setPointSizeF(base.pointSizeF() * 1.2);
    setFont(base);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->setSpacing(10);

    auto* header = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    auto* title = new QLabel(tr("Before the session: contraindications"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.7);
    big.setBold(true);
    title->setFont(big);
    titles->addWidget(title);
    auto* protocol = new QLabel(qs(checklist_.protocol().title.get()), this);
    protocol->setObjectName(QStringLiteral("protocolLabel"));
    protocol->setTextFormat(Qt::PlainText); // protocol text, never markup
    QFont mid = protocol->font();
    mid.setPointSizeF(mid.pointSizeF() * 1.25);
    protocol->setFont(mid);
    protocol->setWordWrap(true);
    titles->addWidget(protocol);
    if (const QString stage = stage_label(); !stage.isEmpty()) {
        // A multi-day complex: the day this checklist is for, never left to be guessed.
        QString text = tr("For %1").arg(stage);
        const qsizetype dash = text.lastIndexOf(QChar(0x2014));
        if (dash > 0) // "day 2 of 3" stays on one line
            text = text.left(dash) + text.mid(dash).replace(QChar(' '), QChar(0x00a0));
        auto* day = new QLabel(text, this);
        day->setObjectName(QStringLiteral("stageLabel"));
        day->setTextFormat(Qt::PlainText);
        mid.setBold(true);
        day->setFont(mid);
        day->setWordWrap(true);
        titles->addWidget(day);
    }
    header->addLayout(titles, 1);
    progress_ = new QLabel(this);
    progress_->setObjectName(QStringLiteral("progressLabel"));
    QFont prog = progress_->font();
    prog.setPointSizeF(prog.pointSizeF() * 1.5);
    prog.setBold(true);
    progress_->setFont(prog);
    progress_->setAlignment(Qt::AlignRight | Qt::AlignTop);
    header->addWidget(progress_);
    layout->addLayout(header);

    auto* disclaimer = new QLabel(
        tr("This checklist supports the specialist's judgment; it does not replace it."), this);
    disclaimer->setObjectName(QStringLiteral("disclaimer"));
    disclaimer->setWordWrap(true);
    // Text to read, not a box to type in: no frame.
    disclaimer->setFrameShape(QFrame::NoFrame);
    disclaimer->setContentsMargins(0, 4, 0, 4);
    QFont italic = disclaimer->font();
    italic.setItalic(true);
    italic.setPointSizeF(italic.pointSizeF() * 1.1);
    disclaimer->setFont(italic);
    layout->addWidget(disclaimer);

    pages_ = new QStackedWidget(this);
    pages_->addWidget(build_checklist_page());
    pages_->addWidget(build_blocked_page());
    layout->addWidget(pages_, 1);

    build_shortcuts();
    resize(sizeHint());
    refresh();
    if (checklist_.size() > 0)
        focus_item(checklist_.next_open(checklist_.size() - 1).value_or(0));
}

QString GateDialog::stage_label() const {
    const auto& stages = checklist_.protocol().stages;
    const auto days = static_cast<int>(
        std::count_if(stages.begin(), stages.end(), [](const Stage& s) { return s.day; }));
    const std::optional<std::size_t> at = checklist_.stage();
    if (!at)
        return days > 1 ? tr("All %n day(s)", nullptr, days) : QString();
    const Stage& stage = stages.at(*at);
    if (stage.day)
        return tr("%1 \u2014 day %2 of %3").arg(qs(stage.title.get())).arg(*stage.day).arg(days);
    return tr("%1 \u2014 stage %2 of %3")
        .arg(qs(stage.title.get()))
        .arg(*at + 1)
        .arg(stages.size());
}

bool GateDialog::blocked_view_shown() const {
    return pages_->currentIndex() == 1;
}

std::optional<ClearedGate> GateDialog::take_cleared_gate() {
    std::optional<ClearedGate> out = std::move(cleared_);
    cleared_.reset();
    return out;
}

void GateDialog::build_shortcuts() {
    const auto add = [this](const QKeySequence& keys, auto action) {
        auto* s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, action);
    };
    add(QKeySequence(Qt::Key_Y), [this] { answer_focused(Answer::Yes); });
    add(QKeySequence(Qt::Key_N), [this] { answer_focused(Answer::No); });
    add(QKeySequence(Qt::Key_Up), [this] { move_focus(-1); });
    // Back to the item just answered, to change a mistaken answer (a text field keeps its own).
    add(QKeySequence(Qt::Key_Backspace), [this] { move_focus(-1); });
    add(QKeySequence(Qt::Key_Down), [this] { move_focus(1); });
    add(QKeySequence(Qt::Key_A), [this] { toggle_acknowledgement(); });
    add(QKeySequence(Qt::Key_Return), [this] { start_session(); });
    add(QKeySequence(Qt::Key_Enter), [this] { start_session(); });
}

void GateDialog::answer_focused(Answer answer) {
    if (blocked_view_shown() || checklist_.size() == 0)
        return;
    checklist_.set_answer(focused_, answer);
    if (checklist_.verdict().kind == VerdictKind::Blocked) {
        show_blocked();
        return;
    }
    go_on_from(focused_);
}

void GateDialog::go_on_from(std::size_t index) {
    if (const auto next = checklist_.next_open(index)) {
        focus_item(*next);
        return;
    }
    refresh();
    if (start_->isEnabled())
        start_->setFocus();
}

void GateDialog::focus_item(std::size_t index) {
    if (blocked_view_shown() || index >= checklist_.size())
        return;
    focused_ = index;
    refresh();
}

void GateDialog::move_focus(int by) {
    if (checklist_.size() == 0)
        return;
    const auto n = static_cast<long long>(checklist_.size());
    const long long to = std::clamp(static_cast<long long>(focused_) + by, 0LL, n - 1);
    focus_item(static_cast<std::size_t>(to));
}

void GateDialog::toggle_acknowledgement() {
    if (blocked_view_shown() || checklist_.size() == 0 ||
        !checklist_.needs_acknowledgement(focused_))
        return;
    const bool now_acknowledged = !checklist_.acknowledged(focused_);
    checklist_.acknowledge(focused_, now_acknowledged);
    if (now_acknowledged)
        go_on_from(focused_);
    else
        refresh();
}

void GateDialog::start_session() {
    if (blocked_view_shown())
        return;
    store_assessment();
    cleared_ = checklist_.clear(now_());
    if (cleared_)
        accept();
}

void GateDialog::store_assessment() {
    Assessment a;
    a.notes = assessment_notes_->toPlainText().toStdString();
    for (std::size_t i = 0; i < assessment_areas_.size(); ++i)
        a.areas[i] = assessment_areas_[i]->text().toStdString();
    checklist_.set_assessment(std::move(a));
}

void GateDialog::refresh() {
    updating_ = true;
    progress_->setText(progress_text(checklist_));
    refresh_list();
    refresh_card();

    const Verdict v = checklist_.verdict();
    const bool clear = v.kind == VerdictKind::Clear;
    start_->setEnabled(clear);
    const QString why = Words::verdict_reasons(checklist_, qs(checklist_.protocol().title.get()))
                            .join(QStringLiteral("  "));
    if (clear)
        status_->setText(tr("Every item is answered. Enter starts the session."));
    else if (checklist_.size() == 0)
        status_->setText(tr("This protocol lists no contraindications."));
    else
        status_->setText(tr("Not yet: %1").arg(why));
    start_->setToolTip(clear ? QString() : why);
    start_->setAccessibleDescription(status_->text());
    updating_ = false;
}

void GateDialog::refresh_list() {
    for (std::size_t i = 0; i < checklist_.size(); ++i) {
        QListWidgetItem* row = list_->item(static_cast<int>(i));
        const QString text = QStringLiteral("%1.  %2\n      %3")
                                 .arg(i + 1)
                                 .arg(qs(checklist_.item(i).text), answer_word(checklist_, i));
        row->setText(text);
        QFont f = row->font();
        f.setBold(i == focused_);
        row->setFont(f);
    }
    list_->setCurrentRow(static_cast<int>(focused_));
}

void GateDialog::refresh_card() {
    if (checklist_.size() == 0) {
        item_text_->setText(tr("No contraindications are listed."));
        for (QWidget* w : std::initializer_list<QWidget*>{badge_, reason_, yes_, no_, ack_row_})
            w->setVisible(false);
        return;
    }
    const GateItem& item = checklist_.item(focused_);
    position_->setText(tr("Item %1 of %2 \u2014 does this apply to the client?")
                           .arg(focused_ + 1)
                           .arg(checklist_.size()));
    item_text_->setText(qs(item.text));
    badge_->setText(Words::contraindication_kind(item.kind));
    const char* colour = item.kind == ContraindicationKind::Absolute         ? "#b00020"
                         : item.kind == ContraindicationKind::TellSpecialist ? "#1f5fa8"
                                                                             : "#8a5300";
    badge_->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; border-radius: "
                                         "6px; padding: 4px 10px; font-weight: bold; }")
                              .arg(QLatin1String(colour)));
    QString reason = Words::gate_reason(item, qs(checklist_.protocol().title.get()));
    if (!item.details.empty())
        reason = qs(item.details) + QStringLiteral("\n") + reason;
    reason_->setText(reason);

    const Answer a = checklist_.answer(focused_);
    const bool confirmed = !checklist_.prefilled(focused_);
    yes_->setChecked(a == Answer::Yes && confirmed);
    no_->setChecked(a == Answer::No && confirmed);
    yes_->setAccessibleDescription(qs(item.text));
    no_->setAccessibleDescription(qs(item.text));

    const bool needs = checklist_.needs_acknowledgement(focused_);
    ack_row_->setVisible(needs);
    ack_->setText(item.kind == ContraindicationKind::TellSpecialist
                      ? tr("The specialist has been told, and the session may go ahead  (A)")
                      : tr("I have weighed this with the client, and the session may go "
                           "ahead  (A)"));
    ack_->setChecked(checklist_.acknowledged(focused_));
    if (note_->text() != qs(checklist_.note(focused_)))
        note_->setText(qs(checklist_.note(focused_)));
}

void GateDialog::show_blocked() {
    const Verdict v = checklist_.verdict();
    QString html = QStringLiteral("<ul>");
    for (const std::size_t i : v.blocking) {
        const GateItem& item = checklist_.item(i);
        // The reason starts with the item's name, shown in bold already.
        QString why = Words::gate_reason(item, qs(checklist_.protocol().title.get()));
        const QString prefix = qs(item.text) + QStringLiteral(" \u2014 ");
        if (why.startsWith(prefix)) {
            why = why.mid(prefix.size());
            why[0] = why[0].toUpper();
        }
        html += QStringLiteral("<li style=\"margin-bottom: 10px\"><b>%1</b><br>%2.")
                    .arg(qs(item.text).toHtmlEscaped(), why.toHtmlEscaped());
        if (item.cite && !item.cite->quote.empty())
            html += QStringLiteral("<br><i>%1</i>")
                        .arg(tr("The source's list: \u201c%1 \u2026\u201d"))
                        .arg(qs(item.cite->quote).toHtmlEscaped());
        html += QStringLiteral("</li>");
    }
    html += QStringLiteral("</ul>");
    blocked_items_->setText(html);
    blocked_items_->setAccessibleName(tr("Blocking items: %1").arg([&] {
        QStringList names;
        for (const std::size_t i : v.blocking)
            names << qs(checklist_.item(i).text);
        return names.join(QStringLiteral(", "));
    }()));
    progress_->setText(tr("Stopped"));
    pages_->setCurrentIndex(1);
    blocked_close_->setFocus();
}

} // namespace effleur::ui
