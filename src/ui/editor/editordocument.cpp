#include "ui/editor/editordocument.h"

#include "core/jsonformat.h"

#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>
#include <array>
#include <memory>
#include <set>
#include <string_view>

namespace effleur::ui {

namespace {

using Pointer = OrderedJson::json_pointer;

std::optional<Pointer> parse_pointer(const std::string& text) {
    try {
        return Pointer(text);
    } catch (const nlohmann::json::exception&) {
        return std::nullopt;
    }
}

OrderedJson* locate(OrderedJson& doc, const std::string& text) {
    const auto p = parse_pointer(text);
    if (!p)
        return nullptr;
    try {
        return doc.contains(*p) ? &doc.at(*p) : nullptr;
    } catch (const nlohmann::json::exception&) {
        return nullptr;
    }
}

// The parent of a pointer and its last token; false for the root or a malformed pointer.
bool split(const std::string& text, std::string& parent, std::string& token) {
    const auto p = parse_pointer(text);
    if (!p || p->empty())
        return false;
    parent = p->parent_pointer().to_string();
    token = p->back();
    return true;
}

std::optional<std::size_t> array_index(const std::string& token, std::size_t size) {
    if (token.empty() || token.size() > 9 ||
        !std::all_of(token.begin(), token.end(), [](char c) { return c >= '0' && c <= '9'; }) ||
        (token.size() > 1 && token[0] == '0'))
        return std::nullopt;
    const auto i = static_cast<std::size_t>(std::stoul(token));
    if (i >= size)
        return std::nullopt;
    return i;
}

std::optional<std::size_t> key_index(const OrderedJson& object, const std::string& key) {
    std::size_t i = 0;
    for (const auto& item : object.items()) {
        if (item.key() == key)
            return i;
        ++i;
    }
    return std::nullopt;
}

constexpr std::array<std::string_view, 20> top_order{
    "$schema",       "format_version", "id",          "version",   "title",
    "summary",       "regions",        "audience",    "diagrams",  "sources",
    "total_minutes", "course",         "preparation", "aftercare", "contraindications",
    "rules",         "rules_cite",     "benefits",    "defaults",  "stages"};
constexpr std::array<std::string_view, 8> stage_order{
    "id", "title", "day", "diagram", "summary", "contraindications", "defaults", "steps"};
constexpr std::array<std::string_view, 20> step_order{
    "id",   "title",      "technique", "depth",     "instruction",  "lines",    "focus",
    "side", "first_side", "passes",    "seconds",   "pass_seconds", "advance",  "wait_before",
    "cue",  "cautions",   "cite",      "suggested", "breathing",    "procedure"};

template <std::size_t N>
std::size_t position_in(const std::array<std::string_view, N>& order, const OrderedJson& object,
                        const std::string& key) {
    const auto rank = [&](std::string_view k) -> std::size_t {
        const auto it = std::find(order.begin(), order.end(), k);
        return static_cast<std::size_t>(it - order.begin());
    };
    const std::size_t mine = rank(key);
    if (mine == N)
        return object.size();
    std::size_t i = 0;
    for (const auto& item : object.items()) {
        if (rank(item.key()) != N && rank(item.key()) > mine)
            return i;
        ++i;
    }
    return object.size();
}

} // namespace

std::string pointer_join(const std::string& base, std::size_t index) {
    return base + "/" + std::to_string(index);
}

std::string pointer_join(const std::string& base, const std::string& key) {
    std::string escaped;
    for (char c : key) {
        if (c == '~')
            escaped += "~0";
        else if (c == '/')
            escaped += "~1";
        else
            escaped += c;
    }
    return base + "/" + escaped;
}

std::size_t key_position(const OrderedJson& object, const std::string& key) {
    if (!object.is_object())
        return 0;
    if (object.contains("format_version") || object.contains("stages"))
        return position_in(top_order, object, key);
    if (object.contains("steps"))
        return position_in(stage_order, object, key);
    return position_in(step_order, object, key);
}

void insert_key_at(OrderedJson& object, std::size_t index, const std::string& key,
                   OrderedJson value) {
    if (index >= object.size()) { // at the end
        object.erase(key);
        object[key] = std::move(value);
        return;
    }
    OrderedJson rebuilt = OrderedJson::object();
    std::size_t i = 0;
    for (auto& item : object.items()) {
        if (i == index)
            rebuilt[key] = value;
        if (item.key() != key)
            rebuilt[item.key()] = std::move(item.value());
        ++i;
    }
    object = std::move(rebuilt);
}

// One change at a pointer, and its exact inverse.
class EditCommand : public QUndoCommand {
public:
    enum class Kind { Set, RemoveKey, Insert, Erase, Move, Replace };

    EditCommand(EditorDocument& doc, Kind kind, std::string pointer, const QString& text)
        : QUndoCommand(text), doc_(doc), kind_(kind), pointer_(std::move(pointer)) {}

    // Fills in what undo needs from the current document; false when the edit cannot apply.
    bool prepare(OrderedJson value, std::size_t a = 0, std::size_t b = 0) {
        OrderedJson& root = doc_.doc_;
        new_value_ = std::move(value);
        a_ = a;
        b_ = b;
        if (kind_ == Kind::Replace) {
            old_value_ = root;
            return old_value_ != new_value_;
        }
        if (kind_ == Kind::Insert || kind_ == Kind::Erase || kind_ == Kind::Move) {
            const OrderedJson* array = locate(root, pointer_);
            if (array == nullptr || !array->is_array())
                return false;
            if (kind_ == Kind::Insert)
                return a_ <= array->size();
            if (kind_ == Kind::Erase) {
                if (a_ >= array->size())
                    return false;
                old_value_ = (*array)[a_];
                return true;
            }
            return a_ < array->size() && b_ < array->size() && a_ != b_;
        }
        std::string parent_text, token;
        if (!split(pointer_, parent_text, token))
            return false;
        OrderedJson* parent = locate(root, parent_text);
        if (parent == nullptr)
            return false;
        parent_ = parent_text;
        token_ = token;
        if (parent->is_array()) {
            const auto i = array_index(token, parent->size());
            if (!i || kind_ == Kind::RemoveKey)
                return false;
            existed_ = true;
            old_value_ = (*parent)[*i];
            return old_value_ != new_value_;
        }
        if (!parent->is_object())
            return false;
        const auto at = key_index(*parent, token);
        existed_ = at.has_value();
        if (kind_ == Kind::RemoveKey) {
            if (!existed_)
                return false;
            a_ = *at;
            old_value_ = (*parent)[token];
            return true;
        }
        if (existed_) {
            old_value_ = (*parent)[token];
            return old_value_ != new_value_;
        }
        a_ = key_position(*parent, token);
        return true;
    }

    void set_merge(int id) { merge_ = id; }
    [[nodiscard]] int id() const override { return merge_ > 0 ? merge_ : -1; }

    bool mergeWith(const QUndoCommand* other) override {
        const auto* o = dynamic_cast<const EditCommand*>(other);
        if (o == nullptr || o->kind_ != Kind::Set || kind_ != Kind::Set ||
            o->pointer_ != pointer_ || o->merge_ != merge_)
            return false;
        new_value_ = o->new_value_;
        setObsolete(existed_ && new_value_ == old_value_);
        return true;
    }

    void redo() override { run(false); }
    void undo() override { run(true); }

private:
    void run(bool backwards) {
        OrderedJson& root = doc_.doc_;
        switch (kind_) {
        case Kind::Replace:
            doc_.apply(DocChange::Reset, "", [&] { root = backwards ? old_value_ : new_value_; });
            return;
        case Kind::Insert:
        case Kind::Erase:
        case Kind::Move:
            doc_.apply(DocChange::Structure, pointer_, [&] { run_array(root, backwards); });
            return;
        case Kind::Set:
        case Kind::RemoveKey:
            doc_.apply(DocChange::Value, pointer_, [&] { run_key(root, backwards); });
            return;
        }
    }

    void run_array(OrderedJson& root, bool backwards) {
        OrderedJson* array = locate(root, pointer_);
        if (array == nullptr || !array->is_array())
            return;
        const auto at = [&](std::size_t i) { return array->begin() + static_cast<long>(i); };
        const bool insert = (kind_ == Kind::Insert) != backwards;
        if (kind_ == Kind::Move) {
            const std::size_t from = backwards ? b_ : a_;
            const std::size_t to = backwards ? a_ : b_;
            OrderedJson moving = std::move((*array)[from]);
            array->erase(at(from));
            array->insert(at(to), std::move(moving));
        } else if (insert) {
            array->insert(at(a_), kind_ == Kind::Insert ? new_value_ : old_value_);
        } else {
            array->erase(at(a_));
        }
    }

    void run_key(OrderedJson& root, bool backwards) {
        OrderedJson* parent = locate(root, parent_);
        if (parent == nullptr)
            return;
        if (parent->is_array()) {
            if (const auto i = array_index(token_, parent->size()))
                (*parent)[*i] = backwards ? old_value_ : new_value_;
            return;
        }
        const bool remove = kind_ == Kind::RemoveKey ? !backwards : (backwards && !existed_);
        if (remove) {
            parent->erase(token_);
        } else if (kind_ == Kind::RemoveKey) {
            insert_key_at(*parent, a_, token_, old_value_);
        } else if (existed_) {
            (*parent)[token_] = backwards ? old_value_ : new_value_;
        } else {
            insert_key_at(*parent, a_, token_, new_value_);
        }
    }

    EditorDocument& doc_;
    Kind kind_;
    std::string pointer_;
    std::string parent_;
    std::string token_;
    OrderedJson old_value_;
    OrderedJson new_value_;
    std::size_t a_ = 0;
    std::size_t b_ = 0;
    bool existed_ = false;
    int merge_ = 0;
};

EditorDocument::EditorDocument(QObject* parent)
    : QObject(parent), doc_(OrderedJson::object()), saved_doc_(doc_), undo_(new QUndoStack(this)) {}

EditorDocument::~EditorDocument() {
    undo_->clear(); // the commands refer to this document
}

Status EditorDocument::load(const QByteArray& bytes) {
    auto parsed =
        parse_ordered(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    if (!parsed)
        return parsed.errors();
    undo_->clear();
    apply(DocChange::Reset, "", [&] { doc_ = std::move(parsed.value()); });
    saved_doc_ = doc_;
    saved_bytes_ = bytes;
    undo_->setClean();
    return Done{};
}

const OrderedJson* EditorDocument::find(const std::string& pointer) const {
    return locate(const_cast<OrderedJson&>(doc_), pointer);
}

void EditorDocument::apply(DocChange kind, const std::string& pointer,
                           const std::function<void()>& change) {
    try {
        change();
    } catch (const nlohmann::json::exception&) {
        // The command was checked when it was made; a failure here leaves the document as is.
    }
    Q_EMIT changed(QString::fromStdString(pointer), kind);
}

bool EditorDocument::push_checked(EditCommand* command) {
    undo_->push(command); // runs redo()
    return true;
}

namespace {
// The undo history's name for an edit: the caller's, else the kind of edit's.
QString or_default(const QString& text, const char* fallback) {
    return text.isEmpty() ? EditorDocument::tr(fallback) : text;
}
} // namespace

bool EditorDocument::set_value(const std::string& pointer, OrderedJson value, int merge,
                               const QString& text) {
    auto c = std::make_unique<EditCommand>(*this, EditCommand::Kind::Set, pointer,
                                           or_default(text, QT_TR_NOOP("Change value")));
    c->set_merge(merge);
    if (!c->prepare(std::move(value)))
        return false;
    return push_checked(c.release());
}

bool EditorDocument::remove_key(const std::string& pointer, const QString& text) {
    auto c = std::make_unique<EditCommand>(*this, EditCommand::Kind::RemoveKey, pointer,
                                           or_default(text, QT_TR_NOOP("Clear value")));
    if (!c->prepare(nullptr))
        return false;
    return push_checked(c.release());
}

bool EditorDocument::insert_element(const std::string& array, std::size_t index, OrderedJson value,
                                    const QString& text) {
    auto c = std::make_unique<EditCommand>(*this, EditCommand::Kind::Insert, array,
                                           or_default(text, QT_TR_NOOP("Insert")));
    if (!c->prepare(std::move(value), index))
        return false;
    return push_checked(c.release());
}

bool EditorDocument::remove_element(const std::string& array, std::size_t index,
                                    const QString& text) {
    auto c = std::make_unique<EditCommand>(*this, EditCommand::Kind::Erase, array,
                                           or_default(text, QT_TR_NOOP("Remove")));
    if (!c->prepare(nullptr, index))
        return false;
    return push_checked(c.release());
}

bool EditorDocument::move_element(const std::string& array, std::size_t from, std::size_t to,
                                  const QString& text) {
    auto c = std::make_unique<EditCommand>(*this, EditCommand::Kind::Move, array,
                                           or_default(text, QT_TR_NOOP("Move")));
    if (!c->prepare(nullptr, from, to))
        return false;
    return push_checked(c.release());
}

bool EditorDocument::replace_document(OrderedJson doc, const QString& text) {
    auto c = std::make_unique<EditCommand>(*this, EditCommand::Kind::Replace, "",
                                           or_default(text, QT_TR_NOOP("Edit JSON")));
    if (!c->prepare(std::move(doc)))
        return false;
    return push_checked(c.release());
}

std::string EditorDocument::canonical_text() const {
    return canonical_json(doc_);
}

QByteArray EditorDocument::bytes_to_save() const {
    if (matches_saved() && !saved_bytes_.isEmpty())
        return saved_bytes_;
    return QByteArray::fromStdString(canonical_text());
}

void EditorDocument::mark_saved(const QByteArray& bytes) {
    saved_doc_ = doc_;
    saved_bytes_ = bytes;
    undo_->setClean();
}

// ---- the protocol's own edits ----

namespace {

std::string id_of(const OrderedJson& item) {
    const auto it = item.is_object() ? item.find("id") : item.end();
    return item.is_object() && it != item.end() && it->is_string() ? it->get<std::string>()
                                                                   : std::string();
}

std::string first_free(const std::string& base, const std::set<std::string>& used) {
    if (!used.count(base))
        return base;
    for (int n = 2;; ++n)
        if (std::string id = base + "-" + std::to_string(n); !used.count(id))
            return id;
}

} // namespace

std::string EditorDocument::unique_id(const std::string& base, IdSpace space) const {
    std::set<std::string> used;
    const OrderedJson* stages = find("/stages");
    if (stages && stages->is_array())
        for (const auto& stage : *stages) {
            if (space == IdSpace::Stages) {
                used.insert(id_of(stage));
                continue;
            }
            const auto steps = stage.is_object() ? stage.find("steps") : stage.end();
            if (stage.is_object() && steps != stage.end() && steps->is_array())
                for (const auto& step : *steps)
                    used.insert(id_of(step));
        }
    return first_free(base, used);
}

OrderedJson EditorDocument::new_step_json(const std::string& id) const {
    return OrderedJson{{"id", id},
                       {"title", tr("New step").toStdString()},
                       {"technique", "stroking"},
                       {"instruction", ""},
                       {"seconds", 30}};
}

std::optional<std::size_t> EditorDocument::add_step(std::size_t stage,
                                                    std::optional<std::size_t> after) {
    const std::string stage_pointer = pointer_join("/stages", stage);
    const OrderedJson* owner = find(stage_pointer);
    if (owner == nullptr || !owner->is_object())
        return std::nullopt;
    const std::string steps = stage_pointer + "/steps";
    const OrderedJson* array = find(steps);
    OrderedJson step = new_step_json(unique_id("new-step", IdSpace::Steps));
    if (array == nullptr || !array->is_array()) {
        if (!set_value(steps, OrderedJson::array({std::move(step)}), 0, tr("New step")))
            return std::nullopt;
        return 0;
    }
    const std::size_t at = after ? std::min(*after + 1, array->size()) : array->size();
    if (!insert_element(steps, at, std::move(step), tr("New step")))
        return std::nullopt;
    return at;
}

std::optional<std::size_t> EditorDocument::add_stage(std::optional<std::size_t> after) {
    const OrderedJson* stages = find("/stages");
    OrderedJson stage = {
        {"id", unique_id("new-stage", IdSpace::Stages)},
        {"title", tr("New stage").toStdString()},
        {"steps", OrderedJson::array({new_step_json(unique_id("new-step", IdSpace::Steps))})}};
    if (stages == nullptr || !stages->is_array()) {
        if (!set_value("/stages", OrderedJson::array({std::move(stage)}), 0, tr("New stage")))
            return std::nullopt;
        return 0;
    }
    const std::size_t at = after ? std::min(*after + 1, stages->size()) : stages->size();
    if (!insert_element("/stages", at, std::move(stage), tr("New stage")))
        return std::nullopt;
    return at;
}

std::optional<std::size_t> EditorDocument::duplicate_step(std::size_t stage, std::size_t step) {
    const std::string steps = pointer_join("/stages", stage) + "/steps";
    const OrderedJson* item = find(pointer_join(steps, step));
    if (item == nullptr)
        return std::nullopt;
    OrderedJson copy = *item;
    if (copy.is_object()) {
        const std::string old_id = id_of(copy);
        copy["id"] =
            unique_id((old_id.empty() ? std::string("step") : old_id) + "-copy", IdSpace::Steps);
    }
    if (!insert_element(steps, step + 1, std::move(copy), tr("Duplicate step")))
        return std::nullopt;
    return step + 1;
}

std::optional<std::size_t> EditorDocument::duplicate_stage(std::size_t stage) {
    const OrderedJson* item = find(pointer_join("/stages", stage));
    if (item == nullptr)
        return std::nullopt;
    OrderedJson copy = *item;
    if (copy.is_object()) {
        const std::string old_id = id_of(copy);
        copy["id"] =
            unique_id((old_id.empty() ? std::string("stage") : old_id) + "-copy", IdSpace::Stages);
        // Step ids are unique across the protocol: the copies get new ones, unlike each other.
        std::set<std::string> used;
        if (const OrderedJson* stages = find("/stages"))
            for (const auto& s : *stages)
                if (s.is_object() && s.contains("steps") && s["steps"].is_array())
                    for (const auto& st : s["steps"])
                        used.insert(id_of(st));
        if (copy.contains("steps") && copy["steps"].is_array())
            for (auto& step : copy["steps"]) {
                const std::string id = id_of(step);
                if (id.empty())
                    continue;
                step["id"] = first_free(id + "-copy", used);
                used.insert(step["id"].get<std::string>());
            }
    }
    if (!insert_element("/stages", stage + 1, std::move(copy), tr("Duplicate stage")))
        return std::nullopt;
    return stage + 1;
}

} // namespace effleur::ui
