// The gate dialog's pages: the checklist with the item in focus, the optional functional
// assessment, and the blocked view. Type is large: the therapist reads it from a distance.

#include "ui/gate/gatedialog.h"

#include "ui/common/words.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace effleur::ui {

namespace {

QFont scaled(const QFont& base, double factor, bool bold = false) {
    QFont f = base;
    f.setPointSizeF(f.pointSizeF() * factor);
    f.setBold(bold);
    return f;
}

// Room around the words, whatever the style's own margins.
void pad(QPushButton* b) {
    b->setAutoDefault(false);
    b->setMinimumWidth(b->sizeHint().width() + 40);
}

QPushButton* big_button(const QString& text, const QString& name, QWidget* parent) {
    auto* b = new QPushButton(text, parent);
    b->setAccessibleName(name);
    b->setAutoDefault(false);
    b->setMinimumHeight(64);
    b->setFont(scaled(b->font(), 1.6, true));
    return b;
}

} // namespace

QWidget* GateDialog::build_checklist_page() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* body = new QHBoxLayout;
    auto* card = new QVBoxLayout;
    position_ = new QLabel(page);
    position_->setTextFormat(Qt::PlainText); // protocol text, never markup
    position_->setFont(scaled(position_->font(), 1.1));
    card->addWidget(position_);
    item_text_ = new QLabel(page);
    item_text_->setTextFormat(Qt::PlainText); // protocol text, never markup
    item_text_->setObjectName(QStringLiteral("itemText"));
    item_text_->setFont(scaled(item_text_->font(), 2.2, true));
    item_text_->setWordWrap(true);
    card->addWidget(item_text_);
    badge_ = new QLabel(page);
    badge_->setObjectName(QStringLiteral("kindBadge"));
    badge_->setFont(scaled(badge_->font(), 1.15));
    card->addWidget(badge_, 0, Qt::AlignLeft);
    reason_ = new QLabel(page);
    reason_->setTextFormat(Qt::PlainText); // protocol text, never markup
    reason_->setFont(scaled(reason_->font(), 1.05));
    reason_->setWordWrap(true);
    reason_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    card->addWidget(reason_);
    card->addSpacing(6);

    auto* answers = new QHBoxLayout;
    yes_ = big_button(tr("Yes  (Y)"), tr("Yes, it applies"), page);
    no_ = big_button(tr("No  (N)"), tr("No, it does not apply"), page);
    for (QPushButton* b : {yes_, no_}) {
        b->setCheckable(true);
        answers->addWidget(b);
    }
    connect(yes_, &QPushButton::clicked, this, [this] { answer_focused(Answer::Yes); });
    connect(no_, &QPushButton::clicked, this, [this] { answer_focused(Answer::No); });
    card->addLayout(answers);

    ack_row_ = new QWidget(page);
    auto* ack_layout = new QVBoxLayout(ack_row_);
    ack_layout->setContentsMargins(0, 4, 0, 0);
    ack_ = new QCheckBox(ack_row_);
    ack_->setAccessibleName(tr("Acknowledge this item"));
    ack_->setFont(scaled(ack_->font(), 1.15, true));
    connect(ack_, &QCheckBox::toggled, this, [this](bool on) {
        if (!updating_ && checklist_.acknowledged(focused_) != on)
            toggle_acknowledgement();
    });
    ack_layout->addWidget(ack_);
    note_ = new QLineEdit(ack_row_);
    note_->setAccessibleName(tr("Note on this item"));
    note_->setPlaceholderText(tr("Note (optional), e.g. cleared by GP on \u2026"));
    note_->setFont(scaled(note_->font(), 1.1));
    connect(note_, &QLineEdit::textEdited, this,
            [this](const QString& text) { checklist_.set_note(focused_, text.toStdString()); });
    ack_layout->addWidget(note_);
    card->addWidget(ack_row_);
    card->addStretch(1);
    body->addLayout(card, 3);

    list_ = new QListWidget(page);
    list_->setAccessibleName(tr("All items and their answers"));
    list_->setFont(scaled(list_->font(), 1.1));
    list_->setWordWrap(true);
    for (std::size_t i = 0; i < checklist_.size(); ++i)
        list_->addItem(QString());
    connect(list_, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!updating_ && row >= 0)
            focus_item(static_cast<std::size_t>(row));
    });
    body->addWidget(list_, 2);
    layout->addLayout(body, 1);

    layout->addWidget(build_assessment());

    auto* footer = new QHBoxLayout;
    status_ = new QLabel(page);
    status_->setObjectName(QStringLiteral("statusLabel"));
    status_->setWordWrap(true);
    status_->setFont(scaled(status_->font(), 1.1));
    footer->addWidget(status_, 1);
    close_ = new QPushButton(tr("Close"), page);
    close_->setAccessibleName(tr("Close without a session"));
    close_->setMinimumHeight(48);
    pad(close_);
    connect(close_, &QPushButton::clicked, this, &QDialog::reject);
    footer->addWidget(close_);
    start_ = new QPushButton(tr("Start session  (Enter)"), page);
    start_->setObjectName(QStringLiteral("startButton"));
    start_->setAccessibleName(tr("Start session"));
    start_->setMinimumHeight(48);
    start_->setFont(scaled(start_->font(), 1.2, true));
    pad(start_);
    connect(start_, &QPushButton::clicked, this, &GateDialog::start_session);
    footer->addWidget(start_);
    layout->addLayout(footer);
    return page;
}

QWidget* GateDialog::build_assessment() {
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    assessment_toggle_ = new QToolButton(box);
    assessment_toggle_->setText(tr("Functional assessment (optional)"));
    assessment_toggle_->setAccessibleName(tr("Show the functional assessment"));
    assessment_toggle_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    assessment_toggle_->setArrowType(Qt::RightArrow);
    assessment_toggle_->setCheckable(true);
    assessment_toggle_->setAutoRaise(true);
    assessment_toggle_->setFont(scaled(assessment_toggle_->font(), 1.1));
    layout->addWidget(assessment_toggle_);

    assessment_panel_ = new QWidget(box);
    auto* form = new QFormLayout(assessment_panel_);
    auto* intro =
        new QLabel(tr("Source 003: every therapy begins with a functional consultation. Notes "
                      "stay with the session record."),
                   assessment_panel_);
    intro->setWordWrap(true);
    form->addRow(intro);
    assessment_notes_ = new QTextEdit(assessment_panel_);
    assessment_notes_->setAccessibleName(tr("Assessment notes"));
    assessment_notes_->setTabChangesFocus(true);
    assessment_notes_->setAcceptRichText(false);
    assessment_notes_->setFixedHeight(56);
    form->addRow(tr("Notes"), assessment_notes_);
    for (const AssessmentArea area : assessment_areas) {
        const QString name = Words::assessment_area(area);
        auto* edit = new QLineEdit(assessment_panel_);
        edit->setAccessibleName(name);
        assessment_areas_[static_cast<std::size_t>(area)] = edit;
        form->addRow(name, edit);
    }
    assessment_panel_->setVisible(false);
    layout->addWidget(assessment_panel_);
    connect(assessment_toggle_, &QToolButton::toggled, this, [this](bool open) {
        assessment_panel_->setVisible(open);
        assessment_toggle_->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        assessment_toggle_->setAccessibleName(open ? tr("Hide the functional assessment")
                                                   : tr("Show the functional assessment"));
        if (open)
            assessment_notes_->setFocus();
    });
    return box;
}

QWidget* GateDialog::build_blocked_page() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 8, 0, 0);
    auto* banner = new QLabel(tr("This session cannot go ahead"), page);
    banner->setObjectName(QStringLiteral("blockedBanner"));
    banner->setFont(scaled(banner->font(), 2.0, true));
    banner->setStyleSheet(QStringLiteral(
        "QLabel { background: #b00020; color: white; border-radius: 8px; padding: 12px 16px; }"));
    layout->addWidget(banner);
    auto* intro = new QLabel(
        tr("The client answered yes to an absolute contraindication of this protocol:"), page);
    intro->setWordWrap(true);
    intro->setFont(scaled(intro->font(), 1.3));
    layout->addWidget(intro);
    blocked_items_ = new QLabel(page);
    blocked_items_->setObjectName(QStringLiteral("blockedItems"));
    blocked_items_->setWordWrap(true);
    blocked_items_->setTextFormat(Qt::RichText);
    blocked_items_->setFont(scaled(blocked_items_->font(), 1.3));
    blocked_items_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(blocked_items_, 1);
    auto* next = new QLabel(tr("Close the checklist, or choose a protocol that does not list this "
                               "contraindication."),
                            page);
    next->setWordWrap(true);
    next->setFont(scaled(next->font(), 1.15));
    layout->addWidget(next);

    auto* footer = new QHBoxLayout;
    footer->addStretch(1);
    another_ = new QPushButton(tr("Choose another protocol"), page);
    another_->setAccessibleName(tr("Choose another protocol"));
    blocked_close_ = new QPushButton(tr("Close"), page);
    blocked_close_->setAccessibleName(tr("Close without a session"));
    for (QPushButton* b : {another_, blocked_close_}) {
        b->setMinimumHeight(52);
        b->setFont(scaled(b->font(), 1.25, true));
        pad(b);
        footer->addWidget(b);
    }
    connect(another_, &QPushButton::clicked, this, [this] {
        Q_EMIT chooseAnotherProtocol();
        done(choose_another_protocol);
    });
    connect(blocked_close_, &QPushButton::clicked, this, &QDialog::reject);
    layout->addLayout(footer);
    return page;
}

} // namespace effleur::ui
