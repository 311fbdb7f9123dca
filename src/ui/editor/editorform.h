#pragma once
// The form for the item selected in the editor's tree: the protocol's header fields, a stage's
// title, day and summary, or a step's title, technique, depth, instruction, lines (with their
// directions), side, first side, passes, timing, advance, cue and cautions. Each field edits the
// document at its JSON pointer (typing in one field merges into one undo step) and follows the
// document when it changes from anywhere else. Fields with problems are marked and say why.
//
// Ownership: the form borrows the document and the catalogue, which must outlive it. Nothing
// here throws.

#include "core/catalog.h"
#include "ui/editor/editordocument.h"
#include "ui/editor/editortreemodel.h"

#include <QWidget>

#include <functional>
#include <map>
#include <string>
#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QListWidget;
class QStackedWidget;
class QToolButton;

namespace effleur::ui {

class EditorForm : public QWidget {
    Q_OBJECT

public:
    EditorForm(EditorDocument& doc, const Catalog& catalog, QWidget* parent = nullptr);

    // Shows the form for a tree item and fills it from the document.
    void show_spot(const TreeSpot& spot);
    [[nodiscard]] const TreeSpot& spot() const { return spot_; }
    // Reads every field of the shown form from the document again.
    void refresh();
    // Problems by pointer (error?, message); fields under them are marked.
    void set_problems(const std::multimap<std::string, std::pair<bool, QString>>& problems);

    // The widget that edits `key` of the shown item ("title", "lines", "seconds"...), for tests
    // and for going to a problem; null if the form has none.
    [[nodiscard]] QWidget* field(const std::string& key) const;

    // Adds a line to the step shown, or removes it if the step has it already: the diagram
    // preview's clicks. One undoable change.
    void toggle_line(const std::string& line_id);

    // The diagram of the step shown: its first line's, else its stage's, else the protocol's.
    [[nodiscard]] std::string step_diagram() const;

private:
    enum class Kind { Text, LongText, Choice, Int, Number, Words, TextList, Lines, Timing };
    struct Field {
        std::string key;
        Kind kind = Kind::Text;
        QWidget* widget = nullptr;
        bool optional = true;
    };
    enum class Page { Header, Stage, Step };

    QWidget* build_page(Page page);
    void add(Page page, QFormLayout* layout, const QString& label, Field field);
    QWidget* make_lines_editor();
    QWidget* make_timing_editor();
    [[nodiscard]] std::string base() const { return spot_pointer(spot_); }
    [[nodiscard]] std::string at(const std::string& key) const;
    [[nodiscard]] const OrderedJson* value(const std::string& key) const;
    void load(const Field& f);
    void commit(const Field& f);
    void commit_text(const std::string& key, const QString& text, bool optional);
    void fill_lines();
    void fill_timing();
    void commit_timing(int mode);
    void line_action(int what);
    void populate_line_menu();
    [[nodiscard]] int merge_id(const std::string& key) const;
    [[nodiscard]] std::vector<Field>& fields_of(Page page);

    EditorDocument& doc_;
    const Catalog& catalog_;
    TreeSpot spot_;
    Page page_ = Page::Header;
    QStackedWidget* stack_ = nullptr;
    std::vector<Field> header_fields_, stage_fields_, step_fields_;
    std::map<QWidget*, QLabel*> labels_;
    // The lines editor.
    QListWidget* lines_ = nullptr;
    QToolButton* add_line_ = nullptr;
    // The timing editor.
    QComboBox* timing_mode_ = nullptr;
    QDoubleSpinBox* timing_value_ = nullptr;
    bool loading_ = false;
};

} // namespace effleur::ui
