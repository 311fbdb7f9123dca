#pragma once
// The in-app protocol editor: a window on one protocol file.
//
// Left, the tree of the protocol, its stages and their steps (add, remove, duplicate and reorder
// by keyboard: Ins, Shift+Ins, Del, Ctrl+D, Alt+Up/Down, or by dragging). Right, two tabs: the
// form for the selected item beside a live, animating diagram of the selected step (click a line
// or a landmark to add or remove it), and the raw JSON with syntax colours. Below, the problems:
// the loader's errors and warnings, checked a moment after each change, also marked on the form
// fields and tree items. Every change is undoable (Edit menu, Ctrl+Z / Ctrl+Shift+Z, and an undo
// history). The form and the JSON text follow each other: a form edit rewrites the text, and
// text that parses becomes one undoable change.
//
// Saving writes atomically (save_atomically), in the canonical formatting with key order and
// unknown fields kept; a protocol saved without changes is written back byte for byte. Saving a
// protocol with errors asks first. A bundled protocol is never overwritten: saving it offers a
// copy in the user's protocol folder. A change to the file on disk by anything but this window
// shows a bar: Reload (undoable), Keep mine, or Compare (a unified diff of disk and editor).
//
// Ownership: the window owns its document, views and watcher; it shares the loader. Questions to
// the user go through an injectable asker (message boxes by default) so that tests can answer.
// Nothing here throws; I/O failures are reported to the user and change nothing on disk.

#include "core/loader.h"
#include "ui/editor/editordiff.h"
#include "ui/editor/editordocument.h"
#include "ui/editor/editortreemodel.h"

#include <QByteArray>
#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>

class QAction;
class QFileSystemWatcher;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTabWidget;
class QTreeView;

namespace effleur::ui {

class EditorForm;
class EditorPreview;
class JsonHighlighter;

struct ProtocolEditorOptions {
    std::shared_ptr<const Loader> loader; // required
    QString file;                         // the protocol file to edit
    QStringList bundled_folders;          // files in these are read-only
    QString user_folder;                  // where copies of bundled protocols are saved
    int sync_delay_ms = 300;              // the pause after a change before checking it
    bool dark = false;                    // colours for a dark palette
};

class ProtocolEditor : public QMainWindow {
    Q_OBJECT

public:
    // What the window may ask the user.
    enum class Question {
        SaveInvalid,    // the protocol has errors: Save / Cancel
        UnsavedChanges, // closing with changes: Save / Discard / Cancel
        BundledCopy,    // saving a bundled protocol: Save (a copy) / Cancel
        Failed,         // an error to show: Ok
    };
    // How the JSON tab's text stands to the document: one state, changed only by the window.
    enum class TextState {
        InStep,  // the text is the document
        Edited,  // typed in and parses, not applied yet
        Broken,  // typed in (or read from the file) and not JSON: applied once it parses
        Stale,   // the document changed since the text was written: rewritten on sync
        Writing, // the window is writing the text or applying it (not the user's typing)
    };
    using Asker = std::function<QMessageBox::StandardButton(Question, const QString& text)>;
    // Chooses a file for "Save As", starting from a suggestion; empty to cancel.
    using PathChooser = std::function<QString(const QString& suggested)>;

    explicit ProtocolEditor(ProtocolEditorOptions options, QWidget* parent = nullptr);
    ~ProtocolEditor() override;

    // Reads the file; the error says why it cannot be read. A file that is not JSON opens in the
    // JSON tab with its syntax error shown.
    Status open();

    [[nodiscard]] const QString& file() const { return file_; }
    [[nodiscard]] bool bundled() const;
    [[nodiscard]] bool modified() const;
    [[nodiscard]] EditorDocument& document() { return doc_; }
    [[nodiscard]] EditorTreeModel& tree_model() { return *model_; }
    [[nodiscard]] QTreeView* tree() const { return tree_; }
    [[nodiscard]] EditorForm* form() const { return form_; }
    [[nodiscard]] EditorPreview* preview() const { return preview_; }
    [[nodiscard]] QPlainTextEdit* json_edit() const { return json_; }
    [[nodiscard]] QTabWidget* tabs() const { return tabs_; }
    [[nodiscard]] QListWidget* problems() const { return problems_; }
    [[nodiscard]] QWidget* conflict_bar() const { return conflict_bar_; }
    [[nodiscard]] DiffDialog* diff_dialog() const { return diff_; }
    [[nodiscard]] int error_count() const { return errors_; }
    [[nodiscard]] int warning_count() const { return warnings_; }
    // The lines of the JSON tab marked with an error (1-based).
    [[nodiscard]] QList<int> marked_lines() const { return marked_lines_; }
    [[nodiscard]] TextState text_state() const { return text_state_; }

    void set_asker(Asker asker) { asker_ = std::move(asker); }
    // The message box the default asker shows for a question (buttons with mnemonics, the safe
    // default); exec() returns the StandardButton chosen.
    [[nodiscard]] std::unique_ptr<QMessageBox> question_box(Question q, const QString& text);
    void set_path_chooser(PathChooser chooser) { chooser_ = std::move(chooser); }

    // Brings the views in step at once instead of after the pause: the JSON text becomes the
    // document (if it was edited and parses) or the document becomes the text, then the problems
    // are checked again.
    void sync_now();

    // Shows the JSON tab with the cursor at a line and column (1-based; the column in bytes, as
    // diagnostics count it).
    void show_position(int line, int column);

    void select(const TreeSpot& wanted);
    [[nodiscard]] TreeSpot selected() const;

    // The tree's commands (the Edit menu and keys call these).
    void new_step();
    void new_stage();
    void remove_selected();
    void duplicate_selected();
    void move_selected(int delta);

    // Saving. False when nothing was written (cancelled, refused or failed).
    bool save();
    bool save_as(const QString& wanted = {});

    // An external change: what the watcher calls (public for tests, which need not wait for it).
    void check_disk();
    void reload_from_disk();
    void keep_mine();
    void compare_with_disk();

Q_SIGNALS:
    // After a successful save, with the file written.
    void saved(const QString& file);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void build_ui();
    void build_menus();
    void on_doc_changed(const QString& pointer, DocChange kind);
    void on_selection();
    void schedule_sync();
    void regenerate_text();
    // Shows `text` in the JSON tab as the window's own writing, then takes `after`.
    void write_text(const QString& text, TextState after);
    void validate();
    void show_problems(const Diagnostics& problems);
    void go_to_problem(int row);
    void update_title();
    void update_preview();
    // The document as the loader maps it for a session; null while it does not load.
    const Protocol* session_protocol();
    void watch();
    bool write(const QString& path, const QByteArray& bytes);
    QMessageBox::StandardButton ask(Question q, const QString& text);

    ProtocolEditorOptions options_;
    QString file_;
    EditorDocument doc_;
    EditorTreeModel* model_ = nullptr;
    QTreeView* tree_ = nullptr;
    EditorForm* form_ = nullptr;
    EditorPreview* preview_ = nullptr;
    QPlainTextEdit* json_ = nullptr;
    JsonHighlighter* highlighter_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    QListWidget* problems_ = nullptr;
    QLabel* summary_ = nullptr;
    QWidget* conflict_bar_ = nullptr;
    QLabel* conflict_text_ = nullptr;
    QPointer<DiffDialog> diff_;
    QFileSystemWatcher* watcher_ = nullptr;
    QTimer sync_timer_;
    QTimer disk_timer_;
    Asker asker_;
    PathChooser chooser_;
    TreeSpot current_;
    QByteArray disk_seen_; // the file's bytes as last read or written by this window
    TextState text_state_ = TextState::InStep;
    QString parse_error_; // why the text does not parse (TextState::Broken)
    int errors_ = 0;
    int warnings_ = 0;
    QList<int> marked_lines_;
    std::string mapped_text_; // the document text last mapped, and its protocol
    std::optional<Protocol> mapped_;
    std::vector<Diagnostic> shown_;
    QAction* save_action_ = nullptr;
};

// Makes a new protocol in `folder` from the bundled template, with `id` and `title` filled in:
// the folder is created (mode 0700) if need be. Returns the new file's path, or why it could not
// be made (e.g. the file exists already).
[[nodiscard]] Result<QString> create_from_template(const QString& folder, const QString& id,
                                                   const QString& title);

// An id made from a title: lower-case words joined by hyphens ("Neck, gently" -> "neck-gently").
[[nodiscard]] QString id_from_title(const QString& title);

} // namespace effleur::ui
