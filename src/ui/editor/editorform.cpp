#include "ui/editor/editorform.h"

#include "ui/editor/plaintext.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStackedWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <functional>

namespace effleur::ui {

namespace {

QStringList words_of(const OrderedJson* v) {
    QStringList out;
    if (v != nullptr && v->is_array())
        for (const auto& e : *v)
            out << text_of(&e);
    return out;
}

OrderedJson words_json(const QString& text) {
    OrderedJson a = OrderedJson::array();
    for (const QString& w : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const QString t = w.trimmed(); !t.isEmpty())
            a.push_back(t.toStdString());
    return a;
}

// The id of a line reference: "id" or {"line": "id", ...}.
std::string line_id(const OrderedJson& ref) {
    if (ref.is_string())
        return ref.get<std::string>();
    if (ref.is_object() && ref.contains("line") && ref["line"].is_string())
        return ref["line"].get<std::string>();
    return {};
}

bool line_reversed(const OrderedJson& ref) {
    return ref.is_object() && ref.value("direction", std::string()) == "reversed";
}

QComboBox* choice(const QStringList& values, const QString& absent) {
    auto* c = new QComboBox;
    if (!absent.isNull())
        c->addItem(absent, QString());
    for (const QString& v : values)
        c->addItem(v, v);
    return c;
}

QStringList technique_names() {
    QStringList out;
    for (int t = 0; t <= static_cast<int>(Technique::Preparation); ++t)
        out << QString::fromUtf8(
            to_string(static_cast<Technique>(t)).data(),
            static_cast<qsizetype>(to_string(static_cast<Technique>(t)).size()));
    return out;
}

void mark(QWidget* w, QLabel* label, const QStringList& problems, bool error) {
    if (w == nullptr)
        return;
    const QString colour = error ? QStringLiteral("#c0392b") : QStringLiteral("#d68910");
    w->setProperty("problem", problems.isEmpty() ? QVariant() : QVariant(error ? 2 : 1));
    w->setToolTip(plain_tooltip(problems.join(QLatin1Char('\n'))));
    if (label != nullptr)
        label->setStyleSheet(problems.isEmpty() ? QString()
                                                : QStringLiteral("color: %1;").arg(colour));
    w->setStyleSheet(problems.isEmpty()
                         ? QString()
                         : QStringLiteral("%1 { border: 2px solid %2; border-radius: 3px; }")
                               .arg(QString::fromLatin1(w->metaObject()->className()), colour));
}

} // namespace

EditorForm::EditorForm(EditorDocument& doc, const Catalog& catalog, QWidget* parent)
    : QWidget(parent), doc_(doc), catalog_(catalog) {
    stack_ = new QStackedWidget(this);
    stack_->addWidget(build_page(Page::Header));
    stack_->addWidget(build_page(Page::Stage));
    stack_->addWidget(build_page(Page::Step));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(stack_);
    connect(&doc_, &EditorDocument::changed, this, [this] { refresh(); });
    show_spot({});
}

std::vector<EditorForm::Field>& EditorForm::fields_of(Page page) {
    return page == Page::Header  ? header_fields_
           : page == Page::Stage ? stage_fields_
                                 : step_fields_;
}

QWidget* EditorForm::build_page(Page page) {
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* inner = new QWidget;
    auto* form = new QFormLayout(inner);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    scroll->setWidget(inner);
    const auto line = [] { return new QLineEdit; };
    const auto text = [] {
        auto* t = new QPlainTextEdit;
        t->setTabChangesFocus(true);
        t->setMaximumHeight(90);
        return t;
    };
    if (page == Page::Header) {
        add(page, form, tr("Id"), {"id", Kind::Text, line(), false});
        add(page, form, tr("Title"), {"title", Kind::Text, line(), false});
        auto* version = new QSpinBox;
        version->setRange(0, 9999);
        version->setSpecialValueText(tr("(not set)"));
        add(page, form, tr("Version"), {"version", Kind::Int, version, true});
        add(page, form, tr("Summary"), {"summary", Kind::LongText, text(), false});
        add(page, form, tr("Audience"),
            {"audience", Kind::Choice,
             choice({QStringLiteral("therapist"), QStringLiteral("self")}, {}), false});
        auto* regions = line();
        regions->setPlaceholderText(tr("face, neck, back\u2026 (comma-separated)"));
        add(page, form, tr("Regions"), {"regions", Kind::Words, regions, false});
        auto* diagrams = line();
        QStringList ids;
        for (const Diagram& d : catalog_.diagrams)
            ids << QString::fromStdString(d.id);
        diagrams->setPlaceholderText(ids.join(QStringLiteral(", ")));
        add(page, form, tr("Diagrams"), {"diagrams", Kind::Words, diagrams, false});
        auto* sources = line();
        sources->setPlaceholderText(tr("source ids, comma-separated"));
        add(page, form, tr("Sources"), {"sources", Kind::Words, sources, true});
    } else if (page == Page::Stage) {
        add(page, form, tr("Id"), {"id", Kind::Text, line(), false});
        add(page, form, tr("Title"), {"title", Kind::Text, line(), false});
        auto* day = new QSpinBox;
        day->setRange(0, 365);
        day->setSpecialValueText(tr("(no day)"));
        add(page, form, tr("Day"), {"day", Kind::Int, day, true});
        add(page, form, tr("Summary"), {"summary", Kind::LongText, text(), true});
    } else {
        add(page, form, tr("Id"), {"id", Kind::Text, line(), false});
        add(page, form, tr("Title"), {"title", Kind::Text, line(), false});
        add(page, form, tr("Technique"),
            {"technique", Kind::Choice, choice(technique_names(), {}), false});
        add(page, form, tr("Depth"),
            {"depth", Kind::Choice,
             choice(
                 {QStringLiteral("superficial"), QStringLiteral("medium"), QStringLiteral("deep")},
                 tr("(not set)")),
             true});
        add(page, form, tr("Instruction"), {"instruction", Kind::LongText, text(), false});
        add(page, form, tr("Lines"), {"lines", Kind::Lines, make_lines_editor(), true});
        add(page, form, tr("Side"),
            {"side", Kind::Choice,
             choice({QStringLiteral("both"), QStringLiteral("left"), QStringLiteral("right"),
                     QStringLiteral("alternating")},
                    tr("(default)")),
             true});
        add(page, form, tr("First side"),
            {"first_side", Kind::Choice,
             choice({QStringLiteral("left"), QStringLiteral("right")}, tr("(default)")), true});
        auto* passes = new QSpinBox;
        passes->setRange(0, 999);
        passes->setSpecialValueText(tr("(default)"));
        add(page, form, tr("Passes"), {"passes", Kind::Int, passes, true});
        add(page, form, tr("Duration"), {"seconds", Kind::Timing, make_timing_editor(), true});
        add(page, form, tr("Advance"),
            {"advance", Kind::Choice,
             choice({QStringLiteral("auto"), QStringLiteral("manual")}, tr("(default)")), true});
        add(page, form, tr("Cue"), {"cue", Kind::Text, line(), true});
        auto* cautions = text();
        cautions->setPlaceholderText(tr("One caution per line"));
        add(page, form, tr("Cautions"), {"cautions", Kind::TextList, cautions, true});
    }
    return scroll;
}

void EditorForm::add(Page page, QFormLayout* layout, const QString& label, Field f) {
    auto* l = new QLabel(label);
    l->setBuddy(f.widget);
    layout->addRow(l, f.widget);
    labels_[f.widget] = l;
    f.widget->setObjectName(QString::fromStdString("field-" + f.key));
    fields_of(page).push_back(f);
    const std::size_t index = fields_of(page).size() - 1;
    const auto on_edit = [this, page, index] {
        if (!loading_)
            commit(fields_of(page)[index]);
    };
    if (auto* e = qobject_cast<QLineEdit*>(f.widget))
        connect(e, &QLineEdit::textEdited, this, on_edit);
    else if (auto* t = qobject_cast<QPlainTextEdit*>(f.widget))
        connect(t, &QPlainTextEdit::textChanged, this, on_edit);
    else if (auto* c = qobject_cast<QComboBox*>(f.widget))
        connect(c, &QComboBox::activated, this, on_edit);
    else if (auto* s = qobject_cast<QSpinBox*>(f.widget))
        connect(s, &QSpinBox::valueChanged, this, on_edit);
}

QWidget* EditorForm::make_lines_editor() {
    auto* box = new QWidget;
    auto* v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    lines_ = new QListWidget;
    lines_->setObjectName(QStringLiteral("lines-list"));
    lines_->setMaximumHeight(120);
    lines_->setToolTip(tr("Click a line on the diagram to add or remove it"));
    v->addWidget(lines_);
    auto* buttons = new QHBoxLayout;
    add_line_ = new QToolButton;
    add_line_->setText(tr("Add line"));
    add_line_->setPopupMode(QToolButton::InstantPopup);
    add_line_->setMenu(new QMenu(add_line_));
    connect(add_line_->menu(), &QMenu::aboutToShow, this, &EditorForm::populate_line_menu);
    buttons->addWidget(add_line_);
    const QStringList names{tr("Reverse"), tr("Remove"), tr("Up"), tr("Down")};
    for (int i = 0; i < names.size(); ++i) {
        auto* b = new QToolButton;
        b->setText(names[i]);
        b->setObjectName(QStringLiteral("line-") + names[i].toLower());
        connect(b, &QToolButton::clicked, this, [this, i] { line_action(i); });
        buttons->addWidget(b);
    }
    buttons->addStretch();
    v->addLayout(buttons);
    return box;
}

QWidget* EditorForm::make_timing_editor() {
    auto* box = new QWidget;
    auto* h = new QHBoxLayout(box);
    h->setContentsMargins(0, 0, 0, 0);
    timing_mode_ = new QComboBox;
    timing_mode_->setObjectName(QStringLiteral("timing-mode"));
    timing_mode_->addItems({tr("(default)"), tr("Seconds for the step"), tr("Seconds per pass")});
    timing_value_ = new QDoubleSpinBox;
    timing_value_->setObjectName(QStringLiteral("timing-value"));
    timing_value_->setRange(0, 7200);
    timing_value_->setDecimals(1);
    timing_value_->setSuffix(tr(" s"));
    h->addWidget(timing_mode_);
    h->addWidget(timing_value_, 1);
    connect(timing_mode_, &QComboBox::activated, this, [this](int mode) {
        if (!loading_)
            commit_timing(mode);
    });
    connect(timing_value_, &QDoubleSpinBox::valueChanged, this, [this] {
        if (!loading_)
            commit_timing(timing_mode_->currentIndex());
    });
    return box;
}

std::string EditorForm::at(const std::string& key) const {
    return pointer_join(base(), key);
}

const OrderedJson* EditorForm::value(const std::string& key) const {
    return doc_.find(at(key));
}

int EditorForm::merge_id(const std::string& key) const {
    const std::size_t h = std::hash<std::string>{}(at(key));
    return static_cast<int>(h & 0x3fffffffu) + 1;
}

void EditorForm::show_spot(const TreeSpot& spot) {
    spot_ = spot;
    page_ = !spot.stage ? Page::Header : !spot.step ? Page::Stage : Page::Step;
    stack_->setCurrentIndex(static_cast<int>(page_));
    refresh();
}

void EditorForm::refresh() {
    if (doc_.find(base()) == nullptr) { // the item went away (undo of an insert, say)
        setEnabled(false);
        return;
    }
    setEnabled(true);
    loading_ = true;
    for (const Field& f : fields_of(page_))
        load(f);
    loading_ = false;
}

QWidget* EditorForm::field(const std::string& key) const {
    const auto& fields = const_cast<EditorForm*>(this)->fields_of(page_);
    for (const Field& f : fields)
        if (f.key == key || (f.kind == Kind::Timing && key == "pass_seconds"))
            return f.widget;
    return nullptr;
}

void EditorForm::load(const Field& f) {
    const OrderedJson* v = value(f.key);
    const QSignalBlocker block(f.widget);
    switch (f.kind) {
    case Kind::Text:
        if (auto* e = qobject_cast<QLineEdit*>(f.widget); e && e->text() != text_of(v))
            e->setText(text_of(v));
        break;
    case Kind::LongText:
        if (auto* t = qobject_cast<QPlainTextEdit*>(f.widget); t && t->toPlainText() != text_of(v))
            t->setPlainText(text_of(v));
        break;
    case Kind::Choice: {
        auto* c = qobject_cast<QComboBox*>(f.widget);
        const QString s = text_of(v);
        int i = c->findData(s);
        if (i < 0 && !s.isEmpty()) { // a value the form does not know: shown as it is
            c->addItem(s, s);
            i = c->count() - 1;
        }
        c->setCurrentIndex(std::max(i, 0));
        break;
    }
    case Kind::Int: {
        auto* s = qobject_cast<QSpinBox*>(f.widget);
        s->setValue(v && v->is_number() ? v->get<int>() : s->minimum());
        break;
    }
    case Kind::Number:
        break;
    case Kind::Words:
        if (auto* e = qobject_cast<QLineEdit*>(f.widget)) {
            const QString joined = words_of(v).join(QStringLiteral(", "));
            if (words_json(e->text()) != words_json(joined))
                e->setText(joined);
        }
        break;
    case Kind::TextList:
        if (auto* t = qobject_cast<QPlainTextEdit*>(f.widget)) {
            const QString joined = words_of(v).join(QLatin1Char('\n'));
            if (t->toPlainText().trimmed() != joined.trimmed())
                t->setPlainText(joined);
        }
        break;
    case Kind::Lines:
        fill_lines();
        break;
    case Kind::Timing:
        fill_timing();
        break;
    }
}

void EditorForm::commit_text(const std::string& key, const QString& text, bool optional) {
    const OrderedJson* v = value(key);
    if (text.isEmpty() && optional) {
        doc_.remove_key(at(key), tr("Clear %1").arg(QString::fromStdString(key)));
        return;
    }
    const QString what = tr("Edit %1").arg(QString::fromStdString(key));
    if (v != nullptr && v->is_object()) // a translated text: the English
        doc_.set_value(at(key) + "/en", text.toStdString(), merge_id(key), what);
    else
        doc_.set_value(at(key), text.toStdString(), merge_id(key), what);
}

void EditorForm::commit(const Field& f) {
    const QString what = tr("Edit %1").arg(QString::fromStdString(f.key));
    switch (f.kind) {
    case Kind::Text:
        commit_text(f.key, qobject_cast<QLineEdit*>(f.widget)->text(), f.optional);
        break;
    case Kind::LongText:
        commit_text(f.key, qobject_cast<QPlainTextEdit*>(f.widget)->toPlainText(), f.optional);
        break;
    case Kind::Choice: {
        const QString s = qobject_cast<QComboBox*>(f.widget)->currentData().toString();
        if (s.isEmpty())
            doc_.remove_key(at(f.key), tr("Clear %1").arg(QString::fromStdString(f.key)));
        else
            doc_.set_value(at(f.key), s.toStdString(), 0, what);
        break;
    }
    case Kind::Int: {
        auto* s = qobject_cast<QSpinBox*>(f.widget);
        if (s->value() == s->minimum() && f.optional)
            doc_.remove_key(at(f.key), tr("Clear %1").arg(QString::fromStdString(f.key)));
        else
            doc_.set_value(at(f.key), s->value(), merge_id(f.key), what);
        break;
    }
    case Kind::Words:
        doc_.set_value(at(f.key), words_json(qobject_cast<QLineEdit*>(f.widget)->text()),
                       merge_id(f.key), what);
        break;
    case Kind::TextList: {
        const QStringList rows = qobject_cast<QPlainTextEdit*>(f.widget)->toPlainText().split(
            QLatin1Char('\n'), Qt::SkipEmptyParts);
        const OrderedJson* old = value(f.key);
        if (rows.isEmpty() && f.optional) {
            doc_.remove_key(at(f.key), what);
            break;
        }
        OrderedJson a = OrderedJson::array();
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const auto index = static_cast<std::size_t>(i);
            // A translated entry whose English is unchanged keeps its translations.
            if (old && old->is_array() && index < old->size() && text_of(&(*old)[index]) == rows[i])
                a.push_back((*old)[index]);
            else
                a.push_back(rows[i].toStdString());
        }
        doc_.set_value(at(f.key), std::move(a), merge_id(f.key), what);
        break;
    }
    case Kind::Number:
    case Kind::Lines:
    case Kind::Timing:
        break;
    }
}

void EditorForm::fill_lines() {
    const int row = lines_->currentRow();
    lines_->clear();
    const OrderedJson* v = value("lines");
    if (v == nullptr || !v->is_array())
        return;
    for (const auto& ref : *v) {
        const std::string id = line_id(ref);
        const MassageLine* line = catalog_.line(id);
        const QString name = line ? QString::fromStdString(line->name.get()) : tr("unknown line");
        auto* item = new QListWidgetItem(
            QStringLiteral("%1 %2").arg(
                line_reversed(ref) ? tr("\u2190 reversed:") : QStringLiteral("\u2192"), name),
            lines_);
        item->setData(Qt::UserRole, QString::fromStdString(id));
        item->setToolTip(QStringLiteral("%1\n%2").arg(
            QString::fromStdString(id),
            line_reversed(ref) ? tr("Worked against its drawn direction") : tr("Worked as drawn")));
    }
    lines_->setCurrentRow(std::min(row, lines_->count() - 1));
}

void EditorForm::line_action(int what) {
    const int row = lines_->currentRow();
    const OrderedJson* v = value("lines");
    if (row < 0 || v == nullptr || !v->is_array() || static_cast<std::size_t>(row) >= v->size())
        return;
    const auto i = static_cast<std::size_t>(row);
    const std::string lines = at("lines");
    if (what == 0) { // reverse
        OrderedJson ref = (*v)[i];
        if (line_reversed(ref)) {
            if (ref.size() == 2) // {"line", "direction"} alone: back to the plain id
                ref = line_id(ref);
            else
                ref["direction"] = "as-drawn";
        } else if (ref.is_string()) {
            ref = OrderedJson{{"line", ref.get<std::string>()}, {"direction", "reversed"}};
        } else {
            ref["direction"] = "reversed";
        }
        doc_.set_value(pointer_join(lines, i), std::move(ref), 0, tr("Reverse line"));
    } else if (what == 1) {
        if (v->size() == 1)
            doc_.remove_key(lines, tr("Remove line"));
        else
            doc_.remove_element(lines, i, tr("Remove line"));
    } else if (what == 2 && i > 0) {
        doc_.move_element(lines, i, i - 1, tr("Move line up"));
        lines_->setCurrentRow(row - 1);
    } else if (what == 3 && i + 1 < v->size()) {
        doc_.move_element(lines, i, i + 1, tr("Move line down"));
        lines_->setCurrentRow(row + 1);
    }
}

std::string EditorForm::step_diagram() const {
    if (const OrderedJson* v = value("lines"); v && v->is_array())
        for (const auto& ref : *v)
            if (const Diagram* owner = nullptr; catalog_.line(line_id(ref), &owner) && owner)
                return owner->id;
    if (spot_.stage) {
        if (const OrderedJson* d = doc_.find(pointer_join("/stages", *spot_.stage) + "/diagram");
            d && d->is_string())
            return d->get<std::string>();
    }
    if (const OrderedJson* d = doc_.find("/diagrams");
        d && d->is_array() && !d->empty() && d->front().is_string())
        return d->front().get<std::string>();
    return catalog_.diagrams.empty() ? std::string() : catalog_.diagrams.front().id;
}

void EditorForm::populate_line_menu() {
    QMenu* menu = add_line_->menu();
    menu->clear();
    const std::string current = step_diagram();
    for (const Diagram& d : catalog_.diagrams) {
        QMenu* sub = d.id == current ? menu : menu->addMenu(QString::fromStdString(d.title.get()));
        if (d.id == current)
            menu->addSection(QString::fromStdString(d.title.get()));
        for (const MassageLine& l : d.lines) {
            const std::string id = l.id;
            sub->addAction(QString::fromStdString(l.name.get()), this,
                           [this, id] { toggle_line(id); });
        }
        if (d.id == current)
            menu->addSeparator();
    }
}

void EditorForm::toggle_line(const std::string& id) {
    if (!spot_.step)
        return;
    const OrderedJson* v = value("lines");
    if (v == nullptr || !v->is_array()) {
        doc_.set_value(at("lines"), OrderedJson::array({id}), 0, tr("Add line"));
        return;
    }
    for (std::size_t i = 0; i < v->size(); ++i) {
        if (line_id((*v)[i]) == id) {
            if (v->size() == 1)
                doc_.remove_key(at("lines"), tr("Remove line"));
            else
                doc_.remove_element(at("lines"), i, tr("Remove line"));
            return;
        }
    }
    doc_.insert_element(at("lines"), v->size(), id, tr("Add line"));
}

void EditorForm::fill_timing() {
    const OrderedJson* s = value("seconds");
    const OrderedJson* p = value("pass_seconds");
    const QSignalBlocker b1(timing_mode_), b2(timing_value_);
    const OrderedJson* v = s ? s : p;
    timing_mode_->setCurrentIndex(s ? 1 : p ? 2 : 0);
    timing_value_->setEnabled(v != nullptr);
    if (v && v->is_number() && timing_value_->value() != v->get<double>())
        timing_value_->setValue(v->get<double>());
    else if (!v)
        timing_value_->setValue(0);
}

void EditorForm::commit_timing(int mode) {
    const std::string key = mode == 1 ? "seconds" : "pass_seconds";
    const std::string other = mode == 1 ? "pass_seconds" : "seconds";
    const double typed = timing_value_->value();
    const auto number = [](double d) {
        return d == static_cast<double>(static_cast<long>(d)) ? OrderedJson(static_cast<long>(d))
                                                              : OrderedJson(d);
    };
    QUndoStack* undo = doc_.undo_stack();
    if (mode == 0) {
        undo->beginMacro(tr("Default duration"));
        doc_.remove_key(at("seconds"));
        doc_.remove_key(at("pass_seconds"));
        undo->endMacro();
        return;
    }
    if (value(other) != nullptr) { // switching between the two: one change
        const OrderedJson* old = value(other);
        const double keep = old->is_number() ? old->get<double>() : typed;
        undo->beginMacro(tr("Change duration kind"));
        doc_.remove_key(at(other));
        doc_.set_value(at(key), number(keep > 0 ? keep : 30));
        undo->endMacro();
        return;
    }
    if (value(key) == nullptr) {
        doc_.set_value(at(key), number(typed > 0 ? typed : 30), 0, tr("Set duration"));
        return;
    }
    doc_.set_value(at(key), number(typed), merge_id(key), tr("Edit duration"));
}

void EditorForm::set_problems(
    const std::multimap<std::string, std::pair<bool, QString>>& problems) {
    for (Page page : {Page::Header, Page::Stage, Page::Step}) {
        for (const Field& f : fields_of(page)) {
            QStringList found;
            bool error = false;
            if (page == page_) {
                const std::string b = base();
                for (const auto& [pointer, problem] : problems) {
                    std::string k = f.key;
                    const bool timing = f.kind == Kind::Timing;
                    for (const std::string& key :
                         timing ? std::vector<std::string>{"seconds", "pass_seconds"}
                                : std::vector<std::string>{k}) {
                        const std::string p = pointer_join(b, key);
                        if (pointer == p || pointer.rfind(p + "/", 0) == 0) {
                            found << problem.second;
                            error = error || problem.first;
                        }
                    }
                }
            }
            QLabel* label = labels_.count(f.widget) ? labels_[f.widget] : nullptr;
            mark(f.widget, label, found, error);
        }
    }
}

} // namespace effleur::ui
