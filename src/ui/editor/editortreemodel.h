#pragma once
// The tree of the protocol being edited: the protocol itself at the top, its stages under it and
// each stage's steps under the stage. A view of an EditorDocument: it reads titles and ids from
// the document, marks items that have problems, and turns drag and drop into document moves
// (so a drop is one undoable command, like the keyboard's Alt+Up/Down).
//
// Ownership: the model borrows the document, which must outlive it. Nothing here throws.

#include "ui/editor/editordocument.h"

#include <QAbstractItemModel>
#include <QIcon>

#include <map>
#include <optional>
#include <string>

namespace effleur::ui {

// Where an item of the tree is: the protocol (no stage), a stage, or a step of a stage.
struct TreeSpot {
    std::optional<std::size_t> stage;
    std::optional<std::size_t> step;
    friend bool operator==(const TreeSpot&, const TreeSpot&) = default;
};

// The JSON pointer of a spot: "", "/stages/1" or "/stages/1/steps/3".
[[nodiscard]] std::string spot_pointer(const TreeSpot& spot);
// The deepest spot a pointer lies in.
[[nodiscard]] TreeSpot spot_of_pointer(const std::string& pointer);

class EditorTreeModel : public QAbstractItemModel {
    Q_OBJECT

public:
    explicit EditorTreeModel(EditorDocument& doc, QObject* parent = nullptr);

    [[nodiscard]] QModelIndex index(int row, int column,
                                    const QModelIndex& parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex& child) const override;
    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;

    [[nodiscard]] Qt::DropActions supportedDropActions() const override;
    [[nodiscard]] QStringList mimeTypes() const override;
    [[nodiscard]] QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

    [[nodiscard]] TreeSpot spot(const QModelIndex& index) const;
    [[nodiscard]] QModelIndex index_of(const TreeSpot& spot) const;

    // Problems by pointer: an item shows the worst of those inside it, with their messages.
    void set_problems(std::multimap<std::string, std::pair<bool, QString>> problems);

    // Moves a step or stage to `to` (a stage, or a step position in a stage), as one undoable
    // change; the drop and the keyboard both use it. Returns where it went, or nullopt.
    std::optional<TreeSpot> move(const TreeSpot& from, const TreeSpot& to);

Q_SIGNALS:
    // After a drop moved an item: where it is now.
    void moved(const effleur::ui::TreeSpot& to);

private:
    void on_changed(const QString& pointer, DocChange kind);
    [[nodiscard]] const OrderedJson* stages() const;
    [[nodiscard]] const OrderedJson* steps(std::size_t stage) const;

    EditorDocument& doc_;
    std::multimap<std::string, std::pair<bool, QString>> problems_; // pointer -> (error, text)
    QIcon error_icon_;
    QIcon warning_icon_;
};

// The text shown for a Text value: a string, or the "en" of a translated object.
[[nodiscard]] QString text_of(const OrderedJson* value);

} // namespace effleur::ui
