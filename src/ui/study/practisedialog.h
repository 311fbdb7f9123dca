#pragma once
// "Practise…": how a student rehearses a protocol. The protocol's stages and steps are a tree in
// which a stage, one step or a stretch of steps is selected (also From / To lists), then the
// speed, whether to pause after each step to explain it, and whether the next step is shown or
// must be recalled. The choice is remembered per protocol in QSettings, under
// "practise/<protocol id>/" (the range by step ids, so that it survives edits to the file).
//
// Keyboard: the tree has the focus (arrows, Shift+arrows to stretch, a stage row for the whole
// stage), Alt+letters reach every other control, Enter starts, Esc cancels.
//
// Ownership: the dialog shares the protocol and borrows the settings, which must outlive it.
// Nothing here throws; a remembered choice that no longer fits the protocol is dropped.

#include "core/protocol.h"
#include "core/sessionplan.h"
#include "core/stepengine.h"

#include <QDialog>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QSettings;
class QTreeWidget;
class QTreeWidgetItem;

namespace effleur::ui {

// A rehearsal as chosen: the engine's options (range, speed, pauses) and the view's preview.
struct Practice {
    SessionOptions options;
    bool show_next = true;
};

class PractiseDialog : public QDialog {
    Q_OBJECT

public:
    PractiseDialog(std::shared_ptr<const Protocol> protocol, QSettings& settings,
                   QWidget* parent = nullptr);
    ~PractiseDialog() override;

    [[nodiscard]] const std::shared_ptr<const Protocol>& protocol() const { return protocol_; }
    // The choice as the dialog shows it. The range is nullopt when it is the whole protocol.
    [[nodiscard]] Practice practice() const;
    // Selects the steps from `first` to `last` (swapped if need be); the whole protocol when
    // either is not in it.
    void select_range(StepRef first, StepRef last);
    void select_all();
    // "Steps 3–7 of stage 1 · 5 steps · 4:30", what the selection covers.
    [[nodiscard]] QString summary() const;

    // Saves the choice for this protocol, then closes with Accepted.
    void accept() override;

private:
    void build();
    void load();
    void save() const;
    void from_tree();  // the tree's selection became the range
    void from_lists(); // From or To changed
    void show_range(); // the range into the tree, the lists and the summary
    [[nodiscard]] QString settings_group() const;

    std::shared_ptr<const Protocol> protocol_;
    QSettings& settings_;
    std::vector<StepRef> steps_; // every step in protocol order, the lists' rows
    StepRef first_;
    StepRef last_;
    bool syncing_ = false;

    QTreeWidget* tree_ = nullptr;
    QComboBox* from_ = nullptr;
    QComboBox* to_ = nullptr;
    QLabel* summary_ = nullptr;
    QComboBox* speed_ = nullptr;
    QCheckBox* pause_ = nullptr;
    QCheckBox* show_next_ = nullptr;
};

} // namespace effleur::ui
