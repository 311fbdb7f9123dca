#include "ui/editor/protocoleditor.h"

#include "core/jsonformat.h"
#include "core/loader.h"
#include "core/privatefiles.h"
#include "core/textfile.h"
#include "ui/common/atomicsave.h"
#include "ui/editor/editordiff.h"
#include "ui/editor/editorform.h"
#include "ui/editor/editorhighlighter.h"
#include "ui/editor/editorpreview.h"
#include "ui/editor/jsontextedit.h"
#include "ui/editor/plaintext.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTextBlock>
#include <QTreeView>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

#include <filesystem>
#include <limits>
#include <set>

namespace effleur::ui {

namespace {

// A syntax error as the window shows it, from its place and message: "line 3, column 7: ...".
QString located(const Diagnostic& d) {
    const QString message = QString::fromStdString(d.message);
    return d.line > 0
               ? ProtocolEditor::tr("line %1, column %2: %3").arg(d.line).arg(d.column).arg(message)
               : message;
}

// A file as the loader reads it: regular files only, without waiting on a FIFO, and at most
// Loader::max_file_bytes; else what was refused, about `path`. Qt resources are read as they are.
Result<QByteArray> read_all(const QString& path) {
    if (path.startsWith(QLatin1String(":/"))) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return about_file(path.toStdString(), f.errorString().toStdString());
        return f.readAll();
    }
    const auto text = loading::read_text_file(QFile::encodeName(path).toStdString(),
                                              Loader::max_file_bytes, path.toStdString());
    if (!text)
        return text.errors();
    return QByteArray::fromStdString(text.value());
}

bool inside(const QString& file, const QString& folder) {
    if (folder.isEmpty())
        return false;
    const QString f = QFileInfo(file).absoluteFilePath();
    const QString d = QDir(folder).absolutePath();
    return f.startsWith(d + QLatin1Char('/'));
}

} // namespace

QString id_from_title(const QString& title) {
    QString id;
    for (const QChar c : title.toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            id += c;
        else if (!id.isEmpty() && !id.endsWith(QLatin1Char('-')))
            id += QLatin1Char('-');
    }
    while (id.endsWith(QLatin1Char('-')))
        id.chop(1);
    if (id.isEmpty() || !id.front().isLetter())
        id.prepend(QStringLiteral("protocol-"));
    return id;
}

Result<QString> create_from_template(const QString& folder, const QString& id,
                                     const QString& title) {
    const auto fail = [](const QString& why) -> Result<QString> {
        return message_only(why.toStdString());
    };
    if (Status made = files::make_private_folder(QFile::encodeName(folder).toStdString()); !made)
        return fail(QObject::tr("Could not create %1: %2")
                        .arg(folder, QString::fromStdString(made.message())));
    const QString path = QDir(folder).filePath(id + QStringLiteral(".json"));
    if (QFileInfo::exists(path))
        return fail(QObject::tr("%1 exists already.").arg(path));
    const auto template_text = read_all(QStringLiteral(":/templates/new-protocol.json"));
    if (!template_text)
        return template_text.errors();
    auto parsed = parse_ordered(template_text.value().toStdString());
    if (!parsed)
        return fail(
            QObject::tr("The template is damaged: %1").arg(located(parsed.errors().front())));
    nlohmann::ordered_json& doc = parsed.value();
    doc["id"] = id.toStdString();
    doc["title"] = title.toStdString();
    if (Status saved = save_atomically(path, QByteArray::fromStdString(canonical_json(doc)));
        !saved)
        return saved.errors();
    return path;
}

ProtocolEditor::ProtocolEditor(ProtocolEditorOptions options, QWidget* parent)
    : QMainWindow(parent), options_(std::move(options)), file_(options_.file) {
    setObjectName(QStringLiteral("protocol-editor"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    model_ = new EditorTreeModel(doc_, this);
    build_ui();
    build_menus();
    sync_timer_.setSingleShot(true);
    sync_timer_.setInterval(options_.sync_delay_ms);
    connect(&sync_timer_, &QTimer::timeout, this, &ProtocolEditor::sync_now);
    disk_timer_.setSingleShot(true);
    disk_timer_.setInterval(200); // editors write in bursts
    connect(&disk_timer_, &QTimer::timeout, this, &ProtocolEditor::check_disk);
    watcher_ = new QFileSystemWatcher(this);
    connect(watcher_, &QFileSystemWatcher::fileChanged, this, [this] {
        watch(); // a rename-save replaces the file: watch the new one
        disk_timer_.start();
    });
    connect(watcher_, &QFileSystemWatcher::directoryChanged, this, [this] {
        watch();
        disk_timer_.start();
    });
    connect(&doc_, &EditorDocument::changed, this, &ProtocolEditor::on_doc_changed);
    connect(doc_.undo_stack(), &QUndoStack::cleanChanged, this, &ProtocolEditor::update_title);
    asker_ = [this](Question q, const QString& text) {
        const std::unique_ptr<QMessageBox> box = question_box(q, text);
        return static_cast<QMessageBox::StandardButton>(box->exec());
    };
    chooser_ = [this](const QString& suggested) {
        return QFileDialog::getSaveFileName(this, tr("Save protocol as"), suggested,
                                            tr("Protocols (*.json)"));
    };
    update_title();
}

std::unique_ptr<QMessageBox> ProtocolEditor::question_box(Question q, const QString& text) {
    auto box = std::make_unique<QMessageBox>(this);
    box->setTextFormat(Qt::PlainText); // the text may quote the file: shown literally
    box->setText(text);
    const auto button = [&](QMessageBox::StandardButton which, const QString& words) {
        box->addButton(which)->setText(words);
    };
    switch (q) {
    case Question::SaveInvalid:
        // Saving what will not load is the exception: Enter and Esc both keep it unsaved.
        box->setIcon(QMessageBox::Warning);
        box->setWindowTitle(tr("Save a protocol with problems?"));
        button(QMessageBox::Save, tr("&Save anyway"));
        button(QMessageBox::Cancel, tr("&Cancel"));
        box->setDefaultButton(QMessageBox::Cancel);
        box->setEscapeButton(QMessageBox::Cancel);
        break;
    case Question::UnsavedChanges:
        box->setIcon(QMessageBox::Question);
        box->setWindowTitle(tr("Save changes?"));
        button(QMessageBox::Save, tr("&Save"));
        button(QMessageBox::Discard, tr("&Discard changes"));
        button(QMessageBox::Cancel, tr("&Cancel"));
        box->setDefaultButton(QMessageBox::Save);
        box->setEscapeButton(QMessageBox::Cancel);
        break;
    case Question::BundledCopy:
        box->setIcon(QMessageBox::Question);
        box->setWindowTitle(tr("Save a copy?"));
        button(QMessageBox::Save, tr("&Save a copy\u2026"));
        button(QMessageBox::Cancel, tr("&Cancel"));
        box->setDefaultButton(QMessageBox::Save);
        box->setEscapeButton(QMessageBox::Cancel);
        break;
    case Question::Failed:
        box->setIcon(QMessageBox::Critical);
        box->setWindowTitle(tr("Effleur editor"));
        button(QMessageBox::Ok, tr("&OK"));
        break;
    }
    return box;
}

ProtocolEditor::~ProtocolEditor() {
    disconnect(&doc_, nullptr, this, nullptr);
}

void ProtocolEditor::build_ui() {
    // The bar for a change on disk.
    conflict_bar_ = new QWidget;
    conflict_bar_->setObjectName(QStringLiteral("conflict-bar"));
    conflict_bar_->setAutoFillBackground(true);
    QPalette bar = conflict_bar_->palette();
    bar.setColor(QPalette::Window, options_.dark ? QColor(90, 70, 20) : QColor(255, 236, 179));
    bar.setColor(QPalette::WindowText, options_.dark ? QColor(255, 240, 200) : QColor(60, 45, 0));
    conflict_bar_->setPalette(bar);
    auto* bar_layout = new QHBoxLayout(conflict_bar_);
    conflict_text_ = new QLabel;
    conflict_text_->setWordWrap(true);
    bar_layout->addWidget(conflict_text_, 1);
    const auto button = [&](const QString& text, const char* name, void (ProtocolEditor::*slot)()) {
        auto* b = new QPushButton(text);
        b->setObjectName(QString::fromLatin1(name));
        connect(b, &QPushButton::clicked, this, slot);
        bar_layout->addWidget(b);
    };
    button(tr("&Reload"), "conflict-reload", &ProtocolEditor::reload_from_disk);
    button(tr("&Keep mine"), "conflict-keep", &ProtocolEditor::keep_mine);
    button(tr("Co&mpare"), "conflict-compare", &ProtocolEditor::compare_with_disk);
    conflict_bar_->hide();

    tree_ = new QTreeView;
    tree_->setObjectName(QStringLiteral("editor-tree"));
    tree_->setModel(model_);
    tree_->setHeaderHidden(true);
    tree_->setDragDropMode(QAbstractItemView::InternalMove);
    tree_->setDefaultDropAction(Qt::MoveAction);
    tree_->setDragEnabled(true);
    tree_->setAcceptDrops(true);
    tree_->setDropIndicatorShown(true);
    tree_->setSelectionMode(QAbstractItemView::SingleSelection);
    tree_->setMinimumWidth(220);
    connect(tree_->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ProtocolEditor::on_selection);
    connect(model_, &QAbstractItemModel::modelReset, this, [this] {
        tree_->expandAll();
        select(current_);
    });
    connect(model_, &EditorTreeModel::moved, this, [this](const TreeSpot& to) {
        // After the view has finished its drop.
        QTimer::singleShot(0, this, [this, to] { select(to); });
    });

    form_ = new EditorForm(doc_, options_.loader->catalog());
    preview_ = new EditorPreview(options_.loader->catalog());
    preview_->setObjectName(QStringLiteral("editor-preview"));
    preview_->set_theme(options_.dark ? DiagramTheme::Dark : DiagramTheme::Light);
    connect(preview_, &EditorPreview::lineClicked, this,
            [this](const std::string& line) { form_->toggle_line(line); });

    auto* form_split = new QSplitter(Qt::Horizontal);
    form_split->addWidget(form_);
    form_split->addWidget(preview_);
    form_split->setStretchFactor(0, 3);
    form_split->setStretchFactor(1, 2);

    json_ = new JsonTextEdit;
    json_->setObjectName(QStringLiteral("json-text"));
    json_->setLineWrapMode(QPlainTextEdit::NoWrap);
    json_->setTabStopDistance(2 * json_->fontMetrics().horizontalAdvance(QLatin1Char(' ')));
    highlighter_ = new JsonHighlighter(json_->document(), options_.dark);
    connect(json_, &QPlainTextEdit::textChanged, this, [this] {
        if (text_state_ == TextState::Writing)
            return;
        text_state_ = TextState::Edited;
        schedule_sync();
    });

    tabs_ = new QTabWidget;
    tabs_->addTab(form_split, tr("&Form"));
    tabs_->addTab(json_, tr("&JSON"));
    connect(tabs_, &QTabWidget::currentChanged, this, [this] { sync_now(); });

    auto* split = new QSplitter(Qt::Horizontal);
    split->addWidget(tree_);
    split->addWidget(tabs_);
    split->setStretchFactor(1, 1);
    split->setSizes({280, 1000});

    auto* central = new QWidget;
    auto* v = new QVBoxLayout(central);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(0);
    v->addWidget(conflict_bar_);
    v->addWidget(split, 1);
    setCentralWidget(central);

    problems_ = new QListWidget;
    problems_->setObjectName(QStringLiteral("editor-problems"));
    problems_->setWordWrap(true);
    connect(problems_, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { go_to_problem(problems_->row(item)); });
    connect(problems_, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { go_to_problem(problems_->row(item)); });
    auto* dock = new QDockWidget(tr("Problems"), this);
    dock->setObjectName(QStringLiteral("problems-dock"));
    dock->setWidget(problems_);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    resizeDocks({dock}, {150}, Qt::Vertical);

    summary_ = new QLabel;
    statusBar()->addPermanentWidget(summary_);
    resize(1200, 740); // a 1280x800 screen, its title bar and panel included
}

void ProtocolEditor::build_menus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    save_action_ = file->addAction(tr("&Save"), this, [this] { save(); });
    save_action_->setShortcut(QKeySequence::Save);
    QAction* save_as_action = file->addAction(tr("Save &As\u2026"), this, [this] { save_as(); });
    save_as_action->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    QAction* close = file->addAction(tr("&Close"), this, &QWidget::close);
    close->setShortcut(QKeySequence::Close);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QUndoStack* undo = doc_.undo_stack();
    QAction* undo_action = undo->createUndoAction(this, tr("&Undo"));
    undo_action->setShortcut(QKeySequence::Undo);
    QAction* redo_action = undo->createRedoAction(this, tr("&Redo"));
    redo_action->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    connect(edit, &QMenu::aboutToShow, this, [this] {
        if (text_state_ == TextState::Edited || text_state_ == TextState::Broken)
            sync_now();
    });
    edit->addAction(undo_action);
    edit->addAction(redo_action);
    edit->addSeparator();
    const auto tree_action = [&](const QString& text, const QKeySequence& key, auto slot) {
        QAction* a = edit->addAction(text, this, slot);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        tree_->addAction(a);
        return a;
    };
    tree_action(tr("New &step"), QKeySequence(Qt::Key_Insert), [this] { new_step(); });
    tree_action(tr("New s&tage"), QKeySequence(Qt::SHIFT | Qt::Key_Insert),
                [this] { new_stage(); });
    tree_action(tr("&Duplicate"), QKeySequence(Qt::CTRL | Qt::Key_D),
                [this] { duplicate_selected(); });
    tree_action(tr("Re&move"), QKeySequence(Qt::Key_Delete), [this] { remove_selected(); });
    tree_action(tr("Move &up"), QKeySequence(Qt::ALT | Qt::Key_Up), [this] { move_selected(-1); });
    tree_action(tr("Move do&wn"), QKeySequence(Qt::ALT | Qt::Key_Down),
                [this] { move_selected(1); });

    QMenu* view = menuBar()->addMenu(tr("&View"));
    auto* history = new QDockWidget(tr("Undo history"), this);
    history->setObjectName(QStringLiteral("history-dock"));
    auto* undo_view = new QUndoView(undo);
    undo_view->setEmptyLabel(tr("<opened>"));
    history->setWidget(undo_view);
    addDockWidget(Qt::RightDockWidgetArea, history);
    history->hide();
    view->addAction(history->toggleViewAction());
    for (QDockWidget* d : findChildren<QDockWidget*>())
        if (d != history)
            view->addAction(d->toggleViewAction());
}

Status ProtocolEditor::open() {
    const auto on_disk = read_all(file_);
    if (!on_disk)
        return about_file(file_.toStdString(),
                          tr("Could not read %1: %2.")
                              .arg(file_, QString::fromStdString(on_disk.message()))
                              .toStdString());
    const QByteArray& bytes = on_disk.value();
    disk_seen_ = bytes;
    if (Status loaded = doc_.load(bytes)) {
        regenerate_text();
    } else {
        // Not JSON: the text is shown as it is, with its error, until it parses.
        doc_.mark_saved(bytes);
        parse_error_ = located(loaded.errors().front());
        write_text(QString::fromUtf8(bytes), TextState::Broken);
        tabs_->setCurrentWidget(json_);
    }
    model_->set_problems({});
    tree_->expandAll();
    select(TreeSpot{0, 0});
    watch();
    validate();
    update_title();
    return Done{};
}

bool ProtocolEditor::bundled() const {
    return std::any_of(options_.bundled_folders.begin(), options_.bundled_folders.end(),
                       [this](const QString& f) { return inside(file_, f); });
}

bool ProtocolEditor::modified() const {
    switch (text_state_) {
    case TextState::Edited:
        return true;
    case TextState::Broken: // text that is not JSON is changed when it is not the file's
        return json_->toPlainText().toUtf8() != disk_seen_ || !doc_.undo_stack()->isClean();
    default:
        return !doc_.undo_stack()->isClean();
    }
}

void ProtocolEditor::update_title() {
    const QString name = QFileInfo(file_).fileName();
    setWindowTitle(tr("%1[*]%2 \u2014 Effleur editor")
                       .arg(name.isEmpty() ? tr("untitled") : name,
                            bundled() ? tr(" (bundled, read-only)") : QString()));
    setWindowModified(modified());
}

QMessageBox::StandardButton ProtocolEditor::ask(Question q, const QString& text) {
    return asker_ ? asker_(q, text) : QMessageBox::Cancel;
}

void ProtocolEditor::watch() {
    if (file_.isEmpty() || watcher_ == nullptr)
        return;
    if (QFileInfo::exists(file_) && !watcher_->files().contains(file_))
        watcher_->addPath(file_);
    const QString dir = QFileInfo(file_).absolutePath();
    if (!watcher_->directories().contains(dir))
        watcher_->addPath(dir);
}

// ---- the document and its views ----

void ProtocolEditor::on_doc_changed(const QString&, DocChange) {
    if (text_state_ != TextState::Writing)
        text_state_ = TextState::Stale; // the document wins: it is what the form and undo show
    update_preview();
    update_title();
    schedule_sync();
}

void ProtocolEditor::schedule_sync() {
    if (options_.sync_delay_ms <= 0)
        sync_timer_.start(0);
    else
        sync_timer_.start();
}

void ProtocolEditor::sync_now() {
    sync_timer_.stop();
    if (text_state_ == TextState::Edited || text_state_ == TextState::Broken) {
        const std::string text = json_->toPlainText().toStdString();
        if (auto parsed = parse_ordered(text)) {
            parse_error_.clear();
            text_state_ = TextState::Writing;
            doc_.replace_document(std::move(parsed.value()), tr("Edit JSON text"));
            text_state_ = TextState::InStep;
        } else {
            parse_error_ = located(parsed.errors().front());
            text_state_ = TextState::Broken; // still to apply once it parses
        }
    } else if (text_state_ == TextState::Stale) {
        regenerate_text();
    }
    validate();
    update_title();
}

void ProtocolEditor::write_text(const QString& text, TextState after) {
    text_state_ = TextState::Writing;
    json_->setPlainText(text);
    text_state_ = after;
}

void ProtocolEditor::regenerate_text() {
    parse_error_.clear();
    const QString text = QString::fromStdString(doc_.canonical_text());
    if (json_->toPlainText() == text) {
        text_state_ = TextState::InStep;
        return;
    }
    const int line = json_->textCursor().blockNumber();
    const int scroll = json_->verticalScrollBar() ? json_->verticalScrollBar()->value() : 0;
    write_text(text, TextState::InStep);
    QTextCursor c(
        json_->document()->findBlockByNumber(std::min(line, json_->document()->blockCount() - 1)));
    json_->setTextCursor(c);
    json_->verticalScrollBar()->setValue(scroll);
}

void ProtocolEditor::validate() {
    Diagnostics all;
    const std::string name = QFileInfo(file_).fileName().toStdString();
    // The JSON tab's text is the document (or, not JSON, what the user typed); its lines are
    // the ones the user sees, and the loader's diagnostics carry their places.
    const std::string text = text_state_ == TextState::Stale ? doc_.canonical_text()
                                                             : json_->toPlainText().toStdString();
    auto checked = options_.loader->check_text(text, name);
    if (!checked.protocol.ok())
        all = checked.protocol.errors();
    all.insert(all.end(), checked.warnings.begin(), checked.warnings.end());
    show_problems(all);
}

void ProtocolEditor::show_problems(const Diagnostics& problems) {
    shown_ = problems;
    problems_->clear();
    errors_ = warnings_ = 0;
    std::multimap<std::string, std::pair<bool, QString>> by_pointer;
    QList<QTextEdit::ExtraSelection> marks;
    marked_lines_.clear();
    const QIcon error_icon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warning_icon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const Diagnostic& d : problems) {
        const bool error = d.severity == Severity::Error;
        (error ? errors_ : warnings_)++;
        const QString where = d.line > 0 ? tr("%1:%2").arg(d.line).arg(d.column) : QString();
        auto* item = new QListWidgetItem(
            error ? error_icon : warning_icon,
            QStringLiteral("%1  %2  %3")
                .arg(where, QString::fromStdString(d.pointer), QString::fromStdString(d.message))
                .simplified(),
            problems_);
        item->setToolTip(plain_tooltip(QString::fromStdString(d.to_string())));
        by_pointer.emplace(d.pointer, std::make_pair(error, QString::fromStdString(d.message)));
        if (d.line > 0) {
            const QTextBlock block = json_->document()->findBlockByNumber(d.line - 1);
            if (block.isValid()) {
                // From the value's column (counted in bytes of UTF-8) to the end of its line.
                const QString line = block.text();
                const int from = static_cast<int>(
                    QString::fromUtf8(line.toUtf8().left(std::max(0, d.column - 1))).size());
                QTextEdit::ExtraSelection s;
                s.cursor = QTextCursor(block);
                s.cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor,
                                      std::min(from, static_cast<int>(line.size())));
                s.cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
                s.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
                s.format.setUnderlineColor(error ? QColor(220, 40, 40) : QColor(220, 150, 0));
                s.format.setToolTip(plain_tooltip(QString::fromStdString(d.message)));
                marks << s;
                if (error)
                    marked_lines_ << d.line;
            }
        }
    }
    json_->setExtraSelections(marks);
    model_->set_problems(by_pointer);
    form_->set_problems(by_pointer);
    summary_->setText(errors_ == 0 && warnings_ == 0
                          ? tr("No problems")
                          : tr("%n error(s)", nullptr, errors_) + QStringLiteral(", ") +
                                tr("%n warning(s)", nullptr, warnings_));
}

void ProtocolEditor::show_position(int line, int column) {
    sync_now();
    tabs_->setCurrentWidget(json_);
    const QTextBlock block = json_->document()->findBlockByNumber(std::max(0, line - 1));
    if (!block.isValid())
        return;
    const QString text = block.text();
    const int at =
        static_cast<int>(QString::fromUtf8(text.toUtf8().left(std::max(0, column - 1))).size());
    QTextCursor c(block);
    c.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor,
                   std::min(at, static_cast<int>(text.size())));
    json_->setTextCursor(c);
    json_->centerCursor();
    json_->setFocus();
}

void ProtocolEditor::go_to_problem(int row) {
    if (row < 0 || static_cast<std::size_t>(row) >= shown_.size())
        return;
    const Diagnostic& d = shown_[static_cast<std::size_t>(row)];
    if (tabs_->currentWidget() == json_ || text_state_ == TextState::Broken) {
        if (d.line > 0) {
            QTextCursor c(json_->document()->findBlockByNumber(d.line - 1));
            c.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor,
                           std::max(0, std::min(d.column - 1, c.block().length() - 1)));
            json_->setTextCursor(c);
            json_->setFocus();
        }
        return;
    }
    const TreeSpot spot = spot_of_pointer(d.pointer);
    select(spot);
    std::string rest = d.pointer.substr(std::min(d.pointer.size(), spot_pointer(spot).size()));
    if (!rest.empty() && rest[0] == '/')
        rest = rest.substr(1);
    const std::string key = rest.substr(0, rest.find('/'));
    if (QWidget* w = form_->field(key))
        w->setFocus();
}

void ProtocolEditor::select(const TreeSpot& wanted) {
    // The nearest item that exists: the step, else its stage's last step, else the stage...
    TreeSpot s = wanted;
    const auto count = [this](const std::string& p) -> std::size_t {
        const OrderedJson* a = doc_.find(p);
        return a && a->is_array() ? a->size() : 0;
    };
    if (s.stage) {
        const std::size_t stages = count("/stages");
        if (stages == 0)
            s = {};
        else if (*s.stage >= stages)
            s = TreeSpot{stages - 1, std::nullopt};
    }
    if (s.stage && s.step) {
        const std::size_t steps = count(pointer_join("/stages", *s.stage) + "/steps");
        if (steps == 0)
            s.step.reset();
        else if (*s.step >= steps)
            s.step = steps - 1;
    }
    current_ = s;
    const QModelIndex i = model_->index_of(s);
    if (i.isValid()) {
        tree_->setCurrentIndex(i);
        tree_->scrollTo(i);
    }
    form_->show_spot(s);
    update_preview();
}

TreeSpot ProtocolEditor::selected() const {
    return current_;
}

void ProtocolEditor::on_selection() {
    const TreeSpot s = model_->spot(tree_->currentIndex());
    if (s == current_ && form_->spot() == s)
        return;
    current_ = s;
    form_->show_spot(s);
    update_preview();
}

const Protocol* ProtocolEditor::session_protocol() {
    // The loader maps the document as a session would read it from the file; mapped again only
    // when the document changed.
    std::string text = doc_.canonical_text();
    if (text != mapped_text_) {
        auto loaded = options_.loader->load_text(text, QFileInfo(file_).fileName().toStdString());
        mapped_ = loaded.ok() ? std::optional<Protocol>(std::move(loaded.value())) : std::nullopt;
        mapped_text_ = std::move(text);
    }
    return mapped_ ? &*mapped_ : nullptr;
}

void ProtocolEditor::update_preview() {
    const OrderedJson* json = current_.step ? doc_.find(spot_pointer(current_)) : nullptr;
    const Protocol* p = json != nullptr ? session_protocol() : nullptr;
    if (p != nullptr && *current_.stage < p->stages.size() &&
        *current_.step < p->stages[*current_.stage].steps.size())
        preview_->set_step(p->stages[*current_.stage].steps[*current_.step]);
    else
        preview_->sketch_step(json, form_->step_diagram());
}

// ---- the tree's commands ----

void ProtocolEditor::new_step() {
    if (!current_.stage) {
        new_stage();
        return;
    }
    if (const auto at = doc_.add_step(*current_.stage, current_.step)) {
        select(TreeSpot{current_.stage, *at});
        if (QWidget* title = form_->field("title"))
            title->setFocus();
    }
}

void ProtocolEditor::new_stage() {
    if (const auto at = doc_.add_stage(current_.stage))
        select(TreeSpot{*at, std::nullopt});
}

void ProtocolEditor::remove_selected() {
    if (!current_.stage)
        return;
    if (current_.step) {
        doc_.remove_element(spot_pointer(TreeSpot{current_.stage, std::nullopt}) + "/steps",
                            *current_.step, tr("Remove step"));
    } else {
        doc_.remove_element("/stages", *current_.stage, tr("Remove stage"));
    }
    select(current_);
}

void ProtocolEditor::duplicate_selected() {
    if (!current_.stage)
        return;
    if (current_.step) {
        if (const auto at = doc_.duplicate_step(*current_.stage, *current_.step))
            select(TreeSpot{current_.stage, *at});
    } else if (const auto at = doc_.duplicate_stage(*current_.stage)) {
        select(TreeSpot{*at, std::nullopt});
    }
}

void ProtocolEditor::move_selected(int delta) {
    if (!current_.stage || delta == 0)
        return;
    if (!current_.step) {
        const std::size_t from = *current_.stage;
        if (delta < 0 && from == 0)
            return;
        const std::size_t to = delta < 0 ? from - 1 : from + 2; // a gap position
        if (const auto done = model_->move(current_, TreeSpot{to, std::nullopt}))
            select(*done);
        return;
    }
    const std::size_t stage = *current_.stage, step = *current_.step;
    const OrderedJson* steps = doc_.find(spot_pointer(TreeSpot{stage, std::nullopt}) + "/steps");
    const OrderedJson* stages = doc_.find("/stages");
    if (steps == nullptr || stages == nullptr)
        return;
    std::optional<TreeSpot> done;
    if (delta < 0 && step == 0) { // to the end of the stage before
        if (stage == 0)
            return;
        done = model_->move(current_, TreeSpot{stage - 1, std::numeric_limits<std::size_t>::max()});
    } else if (delta > 0 && step + 1 >= steps->size()) { // to the start of the next stage
        if (stage + 1 >= stages->size())
            return;
        done = model_->move(current_, TreeSpot{stage + 1, std::size_t{0}});
    } else {
        done = model_->move(current_, TreeSpot{stage, delta < 0 ? step - 1 : step + 2});
    }
    if (done)
        select(*done);
}

// ---- saving ----

bool ProtocolEditor::write(const QString& path, const QByteArray& bytes) {
    // What the loader would refuse to read is never written: the file on disk stays as it was.
    if (static_cast<std::uintmax_t>(bytes.size()) > Loader::max_file_bytes) {
        ask(Question::Failed,
            tr("Not saved: the protocol would be %1 bytes, and Effleur refuses files over %2 "
               "bytes. The file on disk is unchanged.")
                .arg(bytes.size())
                .arg(Loader::max_file_bytes));
        return false;
    }
    if (const Status saved = save_atomically(path, bytes); !saved) {
        ask(Question::Failed, QString::fromStdString(saved.message()));
        return false;
    }
    file_ = path;
    disk_seen_ = bytes;
    doc_.mark_saved(bytes);
    if (text_state_ == TextState::Edited)
        text_state_ = TextState::InStep;
    conflict_bar_->hide();
    watch();
    update_title();
    spdlog::debug("editor: saved {}", QFileInfo(path).fileName().toStdString());
    Q_EMIT saved(path);
    return true;
}

bool ProtocolEditor::save() {
    if (bundled()) {
        if (ask(Question::BundledCopy,
                tr("%1 comes with Effleur and cannot be changed. Save your version as a copy "
                   "in your protocols?")
                    .arg(QFileInfo(file_).fileName())) != QMessageBox::Save)
            return false;
        return save_as();
    }
    return save_as(file_);
}

bool ProtocolEditor::save_as(const QString& wanted) {
    sync_now();
    QString path = wanted;
    const bool copy_of_bundled = bundled();
    if (path.isEmpty()) {
        const OrderedJson* id = doc_.find("/id");
        std::string base = id && id->is_string() ? id->get<std::string>() : "protocol";
        if (copy_of_bundled)
            base += "-mine";
        // The chooser then shows the folder's problem.
        (void)files::make_private_folder(QFile::encodeName(options_.user_folder).toStdString());
        path =
            chooser_
                ? chooser_(
                      QDir(options_.user_folder).filePath(QString::fromStdString(base) + ".json"))
                : QString();
        if (path.isEmpty())
            return false;
    }
    if (std::any_of(options_.bundled_folders.begin(), options_.bundled_folders.end(),
                    [&](const QString& f) { return inside(path, f); })) {
        ask(Question::Failed, tr("Protocols that come with Effleur are read-only. Save into "
                                 "your protocols folder instead:\n%1")
                                  .arg(options_.user_folder));
        return false;
    }
    if (copy_of_bundled) {
        // A copy must not take the bundled protocol's id: both would be in the library.
        const OrderedJson* id = doc_.find("/id");
        const QString stem = QFileInfo(path).completeBaseName();
        if (id && id->is_string() && QString::fromStdString(id->get<std::string>()) != stem)
            doc_.set_value("/id", id_from_title(stem).toStdString(), 0, tr("Id of the copy"));
        sync_now();
    }
    if (text_state_ == TextState::Broken) {
        if (ask(Question::SaveInvalid,
                tr("The JSON text has a syntax error (%1). Save the text as it is?")
                    .arg(parse_error_)) != QMessageBox::Save)
            return false;
        return write(path, json_->toPlainText().toUtf8());
    }
    if (errors_ > 0 &&
        ask(Question::SaveInvalid,
            tr("This protocol has %n error(s), listed under Problems. It will not open in the "
               "library until they are fixed. Save it anyway?",
               nullptr, errors_)) != QMessageBox::Save)
        return false;
    return write(path, path == file_ ? doc_.bytes_to_save()
                                     : QByteArray::fromStdString(doc_.canonical_text()));
}

void ProtocolEditor::closeEvent(QCloseEvent* event) {
    if (text_state_ == TextState::Edited || text_state_ == TextState::Broken)
        sync_now();
    if (modified()) {
        const auto answer =
            ask(Question::UnsavedChanges,
                tr("%1 has changes that are not saved.").arg(QFileInfo(file_).fileName()));
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save())) {
            event->ignore();
            return;
        }
    }
    event->accept();
}

// ---- a change on disk ----

void ProtocolEditor::check_disk() {
    const auto on_disk = read_all(file_);
    const bool ok = on_disk.ok();
    if (ok && on_disk.value() == disk_seen_)
        return; // our own save, or a write that changed nothing
    if (!ok && !QFileInfo::exists(file_)) {
        conflict_text_->setText(
            tr("<b>%1 was deleted or moved on disk.</b> Save to write your version again.")
                .arg(QFileInfo(file_).fileName().toHtmlEscaped()));
    } else {
        conflict_text_->setText(
            tr("<b>%1 changed on disk.</b> Reload it, keep your version, or compare the two.")
                .arg(QFileInfo(file_).fileName().toHtmlEscaped()));
    }
    conflict_bar_->findChild<QPushButton*>(QStringLiteral("conflict-reload"))->setEnabled(ok);
    conflict_bar_->findChild<QPushButton*>(QStringLiteral("conflict-compare"))->setEnabled(ok);
    conflict_bar_->show();
}

void ProtocolEditor::reload_from_disk() {
    const auto on_disk = read_all(file_);
    if (!on_disk)
        return;
    const QByteArray& bytes = on_disk.value();
    auto parsed = parse_ordered(bytes.toStdString());
    disk_seen_ = bytes;
    conflict_bar_->hide();
    if (!parsed) { // not JSON on disk: show the text and its error
        parse_error_ = located(parsed.errors().front());
        write_text(QString::fromUtf8(bytes), TextState::Broken);
        doc_.mark_saved(bytes);
        tabs_->setCurrentWidget(json_);
        sync_now();
        return;
    }
    // Undoable: Undo brings the editor's version back.
    text_state_ = TextState::InStep;
    doc_.replace_document(std::move(parsed.value()), tr("Reload from disk"));
    doc_.mark_saved(bytes);
    sync_now();
    select(current_);
}

void ProtocolEditor::keep_mine() {
    disk_seen_ = read_all(file_).value_or(QByteArray());
    conflict_bar_->hide();
    // The file no longer holds what the editor has: it is modified until saved.
    doc_.undo_stack()->resetClean();
    update_title();
}

void ProtocolEditor::compare_with_disk() {
    sync_now();
    const QString disk = QString::fromUtf8(read_all(file_).value_or(QByteArray()));
    const QString mine = text_state_ == TextState::Broken
                             ? json_->toPlainText()
                             : QString::fromStdString(doc_.canonical_text());
    const QString name = QFileInfo(file_).fileName();
    const QString diff =
        unified_diff(disk, mine, tr("%1 (on disk)").arg(name), tr("%1 (in the editor)").arg(name));
    if (diff_)
        diff_->deleteLater();
    diff_ = new DiffDialog(tr("%1: disk and editor").arg(name), diff, this);
    diff_->setAttribute(Qt::WA_DeleteOnClose);
    diff_->show();
}

} // namespace effleur::ui
