#pragma once
// The protocol being edited: an nlohmann::ordered_json document (so key order, unknown fields
// and untouched formatting survive) and the undo stack of every change made to it. Every edit is
// an EditCommand at a JSON pointer: set a value, remove a key, insert, remove or move an array
// element, or replace the whole document (an edit of the raw text). The tree, the forms and the
// JSON text are views of this document; they change it only through these calls and follow it
// through changed().
//
// Ownership: the document owns its JSON, its undo stack and the commands on it. Errors: an edit
// whose pointer does not lead to a suitable place is refused (returns false, nothing is pushed);
// no call throws.

#include "core/diagnostic.h"
#include <nlohmann/json.hpp>

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>
#include <string>

class QUndoStack;

namespace effleur::ui {

class EditCommand;
using OrderedJson = nlohmann::ordered_json;

// How the document changed, for the views.
enum class DocChange {
    Value,     // the value at the pointer was replaced, added or removed
    Structure, // the array at the pointer gained, lost or reordered elements
    Reset,     // the whole document was replaced
};

class EditorDocument : public QObject {
    Q_OBJECT

public:
    explicit EditorDocument(QObject* parent = nullptr);
    ~EditorDocument() override;

    // Starts over with `bytes` (a protocol file's text): the undo stack is cleared and the text
    // becomes the saved state. When the text is not JSON, the error (with its line and column)
    // and the document unchanged.
    Status load(const QByteArray& bytes);

    [[nodiscard]] const OrderedJson& json() const { return doc_; }
    // The value at a pointer; null when there is none (or the pointer is malformed).
    [[nodiscard]] const OrderedJson* find(const std::string& pointer) const;
    [[nodiscard]] QUndoStack* undo_stack() const { return undo_; }

    // The edits. Each pushes one undoable command and returns true, or returns false and
    // changes nothing. `merge` > 0 lets consecutive sets of the same pointer with the same key
    // (typing in one field) become one command.
    bool set_value(const std::string& pointer, OrderedJson value, int merge = 0,
                   const QString& text = {});
    bool remove_key(const std::string& pointer, const QString& text = {});
    bool insert_element(const std::string& array, std::size_t index, OrderedJson value,
                        const QString& text = {});
    bool remove_element(const std::string& array, std::size_t index, const QString& text = {});
    bool move_element(const std::string& array, std::size_t from, std::size_t to,
                      const QString& text = {});
    bool replace_document(OrderedJson doc, const QString& text = {});

    // The protocol's own edits, each one undoable command. They work on the document's
    // "stages" and their "steps" as they are (arrays that are missing are made); positions are
    // indices into them. Each returns where the new item is, or nullopt (nothing changed) when
    // the position does not exist.
    //
    // A new step (id "new-step", made unique; a stroking of 30 s) in `stage`, after `after` or
    // at the end of the stage.
    std::optional<std::size_t> add_step(std::size_t stage, std::optional<std::size_t> after);
    // A new stage (id "new-stage", with one new step), after `after` or at the end.
    std::optional<std::size_t> add_stage(std::optional<std::size_t> after);
    // A copy of a step just after it, with a new id ("<id>-copy", made unique).
    std::optional<std::size_t> duplicate_step(std::size_t stage, std::size_t step);
    // A copy of a stage just after it: its id and every step's id made new and unique.
    std::optional<std::size_t> duplicate_stage(std::size_t stage);

    // Which ids an id must differ from: the stages' ids, or every step's id in the protocol.
    enum class IdSpace { Stages, Steps };
    // `base` if no stage (or step) has it yet, else the first free "<base>-2", "<base>-3"...
    [[nodiscard]] std::string unique_id(const std::string& base, IdSpace space) const;

    // The text of the document as it is saved: canonical_json(json()).
    [[nodiscard]] std::string canonical_text() const;
    // The bytes to write: the file's own bytes when the document is as loaded or last saved
    // (so a save without changes is byte-identical), else the canonical text.
    [[nodiscard]] QByteArray bytes_to_save() const;
    // True when the document equals the one loaded or last saved.
    [[nodiscard]] bool matches_saved() const { return doc_ == saved_doc_; }
    [[nodiscard]] const QByteArray& saved_bytes() const { return saved_bytes_; }
    // After a successful save of `bytes`: they become the saved state.
    void mark_saved(const QByteArray& bytes);

Q_SIGNALS:
    void changed(const QString& pointer, effleur::ui::DocChange kind);

private:
    friend class EditCommand;
    // Runs a command's change and tells the views.
    void apply(DocChange kind, const std::string& pointer, const std::function<void()>& change);
    bool push_checked(EditCommand* command);
    [[nodiscard]] OrderedJson new_step_json(const std::string& id) const;

    OrderedJson doc_;
    OrderedJson saved_doc_;
    QByteArray saved_bytes_;
    QUndoStack* undo_ = nullptr;
};

// A JSON pointer for an array element or an object key: pointer_join("/stages", 2).
[[nodiscard]] std::string pointer_join(const std::string& base, std::size_t index);
[[nodiscard]] std::string pointer_join(const std::string& base, const std::string& key);

// The position a new key takes in an object: before the first existing key that comes after it
// in the usual order of protocol files (`order`), else at the end.
[[nodiscard]] std::size_t key_position(const OrderedJson& object, const std::string& key);

// Inserts `key` into `object` at `index` (0..size), keeping the order of the others.
void insert_key_at(OrderedJson& object, std::size_t index, const std::string& key,
                   OrderedJson value);

} // namespace effleur::ui
