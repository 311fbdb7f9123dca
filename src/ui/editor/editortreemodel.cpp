#include "ui/editor/editortreemodel.h"

#include "ui/editor/plaintext.h"

#include <QApplication>
#include <QMimeData>
#include <QStyle>
#include <QUndoStack>

#include <cstdio>
#include <functional>
#include <limits>

namespace effleur::ui {

namespace {

constexpr auto mime_type = "application/x-effleur-tree-spot";

// internalId: 0 the protocol; (stage + 1) << 32 a stage; | (step + 1) a step.
quintptr encode(const TreeSpot& s) {
    quintptr id = 0;
    if (s.stage)
        id = static_cast<quintptr>(*s.stage + 1) << 32;
    if (s.step)
        id |= static_cast<quintptr>(*s.step + 1);
    return id;
}

TreeSpot decode(quintptr id) {
    TreeSpot s;
    if (const auto stage = id >> 32; stage > 0)
        s.stage = static_cast<std::size_t>(stage - 1);
    if (const auto step = id & 0xffffffffu; step > 0)
        s.step = static_cast<std::size_t>(step - 1);
    return s;
}

bool starts_with(const std::string& s, const std::string& prefix) {
    return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0 &&
           (s.size() == prefix.size() || s[prefix.size()] == '/');
}

} // namespace

std::string spot_pointer(const TreeSpot& spot) {
    std::string p;
    if (spot.stage)
        p = pointer_join("/stages", *spot.stage);
    if (spot.stage && spot.step)
        p = pointer_join(p + "/steps", *spot.step);
    return p;
}

TreeSpot spot_of_pointer(const std::string& pointer) {
    TreeSpot s;
    unsigned long stage = 0, step = 0;
    int used = 0;
    if (std::sscanf(pointer.c_str(), "/stages/%lu/steps/%lu%n", &stage, &step, &used) == 2) {
        s.stage = stage;
        s.step = step;
    } else if (std::sscanf(pointer.c_str(), "/stages/%lu%n", &stage, &used) == 1) {
        s.stage = stage;
    }
    return s;
}

QString text_of(const OrderedJson* value) {
    if (value == nullptr)
        return {};
    if (value->is_string())
        return QString::fromStdString(value->get<std::string>());
    if (value->is_object()) {
        const auto it = value->find("en");
        if (it != value->end() && it->is_string())
            return QString::fromStdString(it->get<std::string>());
    }
    if (value->is_number() || value->is_boolean())
        return QString::fromStdString(value->dump());
    return {};
}

EditorTreeModel::EditorTreeModel(EditorDocument& doc, QObject* parent)
    : QAbstractItemModel(parent), doc_(doc),
      error_icon_(QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical)),
      warning_icon_(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning)) {
    connect(&doc_, &EditorDocument::changed, this, &EditorTreeModel::on_changed);
}

const OrderedJson* EditorTreeModel::stages() const {
    const OrderedJson* s = doc_.find("/stages");
    return s != nullptr && s->is_array() ? s : nullptr;
}

const OrderedJson* EditorTreeModel::steps(std::size_t stage) const {
    const OrderedJson* s = doc_.find(pointer_join("/stages", stage) + "/steps");
    return s != nullptr && s->is_array() ? s : nullptr;
}

QModelIndex EditorTreeModel::index(int row, int column, const QModelIndex& parent) const {
    if (row < 0 || column != 0 || row >= rowCount(parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, 0, quintptr{0});
    TreeSpot s = spot(parent);
    if (!s.stage)
        s.stage = static_cast<std::size_t>(row);
    else
        s.step = static_cast<std::size_t>(row);
    return createIndex(row, 0, encode(s));
}

QModelIndex EditorTreeModel::parent(const QModelIndex& child) const {
    if (!child.isValid())
        return {};
    const TreeSpot s = spot(child);
    if (!s.stage)
        return {};
    if (!s.step)
        return createIndex(0, 0, quintptr{0});
    return createIndex(static_cast<int>(*s.stage), 0, encode(TreeSpot{s.stage, std::nullopt}));
}

int EditorTreeModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return 1;
    const TreeSpot s = spot(parent);
    if (!s.stage) {
        const OrderedJson* st = stages();
        return st ? static_cast<int>(st->size()) : 0;
    }
    if (!s.step) {
        const OrderedJson* st = steps(*s.stage);
        return st ? static_cast<int>(st->size()) : 0;
    }
    return 0;
}

int EditorTreeModel::columnCount(const QModelIndex&) const {
    return 1;
}

TreeSpot EditorTreeModel::spot(const QModelIndex& index) const {
    return index.isValid() ? decode(index.internalId()) : TreeSpot{};
}

QModelIndex EditorTreeModel::index_of(const TreeSpot& s) const {
    QModelIndex top = index(0, 0);
    if (!s.stage)
        return top;
    QModelIndex stage = index(static_cast<int>(*s.stage), 0, top);
    if (!s.step || !stage.isValid())
        return stage;
    return index(static_cast<int>(*s.step), 0, stage);
}

QVariant EditorTreeModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    const TreeSpot s = spot(index);
    const std::string p = spot_pointer(s);
    if (role == Qt::DisplayRole) {
        QString title = text_of(doc_.find(p + "/title"));
        if (title.isEmpty())
            title = text_of(doc_.find(p + "/id"));
        if (!s.stage)
            return title.isEmpty() ? tr("Protocol") : title;
        if (!s.step) {
            const OrderedJson* day = doc_.find(p + "/day");
            const QString prefix =
                day && day->is_number_integer() ? tr("Day %1: ").arg(day->get<int>()) : QString();
            return prefix + (title.isEmpty() ? tr("Stage %1").arg(*s.stage + 1) : title);
        }
        return tr("%1. %2").arg(*s.step + 1).arg(title.isEmpty() ? tr("(untitled step)") : title);
    }
    if (role == Qt::DecorationRole || role == Qt::ToolTipRole) {
        bool error = false;
        QStringList messages;
        for (const auto& [pointer, problem] : problems_) {
            // Problems belong to the deepest item that holds them.
            if (!starts_with(pointer, p) || spot_of_pointer(pointer) != s)
                continue;
            error = error || problem.first;
            messages << problem.second;
        }
        if (messages.isEmpty())
            return {};
        if (role == Qt::ToolTipRole)
            return plain_tooltip(messages.join(QLatin1Char('\n')));
        return error ? error_icon_ : warning_icon_;
    }
    if (role == Qt::AccessibleDescriptionRole)
        return !s.stage ? tr("protocol") : !s.step ? tr("stage") : tr("step");
    return {};
}

Qt::ItemFlags EditorTreeModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractItemModel::flags(index);
    if (!index.isValid())
        return f;
    const TreeSpot s = spot(index);
    if (s.stage)
        f |= Qt::ItemIsDragEnabled;
    f |= Qt::ItemIsDropEnabled;
    return f;
}

Qt::DropActions EditorTreeModel::supportedDropActions() const {
    return Qt::MoveAction;
}

QStringList EditorTreeModel::mimeTypes() const {
    return {QString::fromLatin1(mime_type)};
}

QMimeData* EditorTreeModel::mimeData(const QModelIndexList& indexes) const {
    if (indexes.size() != 1)
        return nullptr;
    const TreeSpot s = spot(indexes.front());
    if (!s.stage)
        return nullptr;
    auto* data = new QMimeData;
    data->setData(QString::fromLatin1(mime_type), QByteArray::fromStdString(spot_pointer(s)));
    return data;
}

namespace {
// Where a drop at (row, parent) puts the dragged item; nullopt when it cannot go there.
std::optional<TreeSpot> drop_target(const TreeSpot& from, const TreeSpot& parent, int row) {
    const auto at = [&](std::size_t end) { return row < 0 ? end : static_cast<std::size_t>(row); };
    if (from.step) {
        if (parent.step) // onto a step: just after it
            return TreeSpot{parent.stage, *parent.step + 1};
        if (parent.stage)
            return TreeSpot{parent.stage, at(std::numeric_limits<std::size_t>::max())};
        return std::nullopt;
    }
    if (parent.step)
        return std::nullopt;
    if (parent.stage) // a stage dropped onto a stage: after it
        return TreeSpot{*parent.stage + 1, std::nullopt};
    return TreeSpot{at(std::numeric_limits<std::size_t>::max()), std::nullopt};
}
} // namespace

bool EditorTreeModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int,
                                      const QModelIndex& parent) const {
    if (data == nullptr || action != Qt::MoveAction || !data->hasFormat(mime_type))
        return false;
    const TreeSpot from = spot_of_pointer(data->data(mime_type).toStdString());
    return from.stage && drop_target(from, spot(parent), row).has_value();
}

bool EditorTreeModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row,
                                   int column, const QModelIndex& parent) {
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const TreeSpot from = spot_of_pointer(data->data(mime_type).toStdString());
    const auto to = drop_target(from, spot(parent), row);
    if (!to)
        return false;
    if (const auto done = move(from, *to)) {
        Q_EMIT moved(*done);
        return true; // the view's follow-up removeRows() is a no-op: the move is done
    }
    return false;
}

std::optional<TreeSpot> EditorTreeModel::move(const TreeSpot& from, const TreeSpot& to) {
    if (!from.stage || !to.stage)
        return std::nullopt;
    if (!from.step) { // a stage among stages
        const OrderedJson* st = stages();
        if (!st || *from.stage >= st->size())
            return std::nullopt;
        std::size_t target = std::min(*to.stage, st->size());
        if (target > *from.stage)
            --target; // the gap it leaves
        if (target == *from.stage ||
            !doc_.move_element("/stages", *from.stage, target, tr("Move stage")))
            return std::nullopt;
        return TreeSpot{target, std::nullopt};
    }
    if (!to.step)
        return std::nullopt;
    const OrderedJson* src = steps(*from.stage);
    const OrderedJson* dst = steps(*to.stage);
    if (!src || !dst || *from.step >= src->size())
        return std::nullopt;
    const std::string src_p = pointer_join("/stages", *from.stage) + "/steps";
    if (*from.stage == *to.stage) {
        std::size_t target = std::min(*to.step, src->size());
        if (target > *from.step)
            --target;
        if (target == *from.step || !doc_.move_element(src_p, *from.step, target, tr("Move step")))
            return std::nullopt;
        return TreeSpot{to.stage, target};
    }
    // Across stages: one undoable change of two parts.
    const std::size_t target = std::min(*to.step, dst->size());
    OrderedJson moving = (*src)[*from.step];
    QUndoStack* undo = doc_.undo_stack();
    undo->beginMacro(tr("Move step"));
    doc_.remove_element(src_p, *from.step);
    doc_.insert_element(pointer_join("/stages", *to.stage) + "/steps", target, std::move(moving));
    undo->endMacro();
    return TreeSpot{to.stage, target};
}

void EditorTreeModel::set_problems(std::multimap<std::string, std::pair<bool, QString>> problems) {
    problems_ = std::move(problems);
    // Only decorations change; a full-tree dataChanged keeps the selection and expansion.
    std::function<void(const QModelIndex&)> touch = [&](const QModelIndex& parent) {
        const int rows = rowCount(parent);
        if (rows == 0)
            return;
        Q_EMIT dataChanged(index(0, 0, parent), index(rows - 1, 0, parent),
                           {Qt::DecorationRole, Qt::ToolTipRole});
        for (int r = 0; r < rows; ++r)
            touch(index(r, 0, parent));
    };
    touch({});
}

void EditorTreeModel::on_changed(const QString& pointer, DocChange kind) {
    const std::string p = pointer.toStdString();
    const TreeSpot s = spot_of_pointer(p);
    const std::string item = spot_pointer(s);
    // A title, id or day: the item's text. Anything that may change the shape: a reset.
    const bool label =
        kind == DocChange::Value &&
        (starts_with(p, item + "/title") || p == item + "/id" || p == item + "/day") &&
        p.find("/steps", item.size()) == std::string::npos &&
        !(item.empty() && (p == "/stages" || starts_with(p, "/stages")));
    const bool shape = kind != DocChange::Value || p.empty() || p == "/stages" ||
                       (s.stage && !s.step && p == item + "/steps") ||
                       (s.stage && !s.step && p == item) || (s.step && p == item);
    if (label && !shape) {
        const QModelIndex i = index_of(s);
        if (i.isValid())
            Q_EMIT dataChanged(i, i, {Qt::DisplayRole});
        return;
    }
    if (shape) {
        beginResetModel();
        endResetModel();
    }
}

} // namespace effleur::ui
