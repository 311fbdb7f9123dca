#pragma once
// The contraindication gate on screen, answered before a session with a client.
//
// One item is in focus at a time, in large type, with big Yes and No buttons; the whole list is
// beside it. Keys: Y / N answer the item in focus and go on to the next open one; Up / Down move;
// A acknowledges a relative or tell-the-specialist yes; Enter starts the session once the
// verdict is clear; Escape closes. An absolute yes replaces the checklist with the blocked view,
// which names the items and the source's reasons and offers only Close and Choose another
// protocol.
//
// Ownership: the dialog owns its Checklist (moved in). "Start session" is the only way to accept
// it, and only with a clear verdict; take_cleared_gate() then hands out the proof that a client
// StepEngine needs. Nothing here throws or logs (the answers are health data).

#include "core/gate.h"

#include <QDialog>

#include <chrono>
#include <functional>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTextEdit;
class QToolButton;
class QWidget;

namespace effleur::ui {

class GateDialog : public QDialog {
    Q_OBJECT

public:
    using Now = std::function<std::chrono::system_clock::time_point()>;
    // QDialog::done() code when the therapist chooses another protocol from the blocked view.
    static constexpr int choose_another_protocol = 2;

    // `now` stamps the record; the system clock when empty.
    explicit GateDialog(Checklist checklist, QWidget* parent = nullptr, Now now = {});

    [[nodiscard]] const Checklist& checklist() const { return checklist_; }
    [[nodiscard]] std::size_t focused_item() const { return focused_; }
    [[nodiscard]] bool blocked_view_shown() const;
    // After "Start session": the proof for a client session, once; nullopt otherwise.
    [[nodiscard]] std::optional<ClearedGate> take_cleared_gate();

    [[nodiscard]] QSize sizeHint() const override { return {1000, 700}; }

    // The actions behind the keys and buttons.
    void answer_focused(Answer answer);
    void focus_item(std::size_t index);
    void move_focus(int by);
    void toggle_acknowledgement();
    void start_session();

Q_SIGNALS:
    void chooseAnotherProtocol();

private:
    // "Day I: kneading — day 1 of 3", "All 3 days"; empty for a protocol of one stage.
    [[nodiscard]] QString stage_label() const;
    QWidget* build_checklist_page();
    QWidget* build_assessment();
    QWidget* build_blocked_page();
    void build_shortcuts();
    void refresh();
    void refresh_list();
    void refresh_card();
    void show_blocked();
    void go_on_from(std::size_t index);
    void store_assessment();

    Checklist checklist_;
    Now now_;
    std::size_t focused_ = 0;
    bool updating_ = false; // while refresh() sets widgets, their signals change nothing
    std::optional<ClearedGate> cleared_;

    QLabel* progress_ = nullptr;
    QStackedWidget* pages_ = nullptr;
    QLabel* position_ = nullptr;
    QLabel* item_text_ = nullptr;
    QLabel* badge_ = nullptr;
    QLabel* reason_ = nullptr;
    QPushButton* yes_ = nullptr;
    QPushButton* no_ = nullptr;
    QWidget* ack_row_ = nullptr;
    QCheckBox* ack_ = nullptr;
    QLineEdit* note_ = nullptr;
    QListWidget* list_ = nullptr;
    QToolButton* assessment_toggle_ = nullptr;
    QWidget* assessment_panel_ = nullptr;
    QTextEdit* assessment_notes_ = nullptr;
    std::array<QLineEdit*, 4> assessment_areas_{};
    QLabel* status_ = nullptr;
    QPushButton* close_ = nullptr;
    QPushButton* start_ = nullptr;
    QLabel* blocked_items_ = nullptr;
    QPushButton* blocked_close_ = nullptr;
    QPushButton* another_ = nullptr;
};

// "7 of 8 answered"
[[nodiscard]] QString progress_text(const Checklist& checklist);

} // namespace effleur::ui
