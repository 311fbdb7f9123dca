#pragma once
// The problems panel: every error and warning across the protocol library, in a dock.
//
// Each problem is a row: an icon by severity, `file:line:col`, the JSON pointer and the message.
// Selecting one shows the offending line of the file, with its neighbours and a caret under
// the column, in a monospace excerpt. "Open in editor" (the button, or Enter / double-click on
// a row) hands the file to the system's handler for JSON files and emits openRequested, for
// an editor inside Effleur. When the desktop has no handler for JSON, it asks for Effleur's own
// editor instead (builtInEditorRequested) and says so. The dock's title counts them:
// "Problems — 2 errors, 3 warnings".
//
// Ownership: a QDockWidget; it copies the diagnostics and reads a file only to show its
// excerpt. Error contract: never throws; an unreadable file shows a sentence instead of lines.
// An editor inside Effleur that handles openRequested itself calls set_opener({}).

#include "core/diagnostic.h"

#include <QDockWidget>
#include <QUrl>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace effleur::ui {

class ProblemsPanel : public QDockWidget {
    Q_OBJECT

public:
    explicit ProblemsPanel(QWidget* parent = nullptr);

    // Replaces the list; while the panel is shown, keeps the selected problem selected when it
    // is still there; else selects the first.
    void set_problems(Diagnostics problems);
    [[nodiscard]] const Diagnostics& problems() const { return problems_; }
    [[nodiscard]] int error_count() const { return errors_; }
    [[nodiscard]] int warning_count() const { return warnings_; }

    // Selects the row'th problem as listed (errors first); false if there is none.
    bool select(int row);
    // The selected problem, or null.
    [[nodiscard]] const Diagnostic* selected() const;
    // Opens the selected problem's file (see the header comment).
    void open_selected();

    // How "Open in editor" opens a file; QDesktopServices::openUrl unless replaced (tests).
    void set_opener(std::function<bool(const QUrl&)> opener) { opener_ = std::move(opener); }

    [[nodiscard]] QTreeWidget* list() const { return list_; }
    [[nodiscard]] QPlainTextEdit* excerpt() const { return excerpt_; }

Q_SIGNALS:
    void openRequested(const QString& file, int line, int column);
    // The desktop could not open the file: Effleur's own editor should, at the problem.
    void builtInEditorRequested(const QString& file, int line, int column);

protected:
    // A new theme's palette: the marked line takes its colours.
    void changeEvent(QEvent* event) override;

private:
    void show_selected();
    void update_title();

    Diagnostics problems_; // sorted: errors first, then by file, line and column
    int errors_ = 0;
    int warnings_ = 0;
    QTreeWidget* list_ = nullptr;
    QLabel* where_ = nullptr;
    QPlainTextEdit* excerpt_ = nullptr;
    QPushButton* open_ = nullptr;
    std::function<bool(const QUrl&)> opener_;
    bool excerpt_font_set_ = false;
    bool sized_ = false; // the columns' widths are set (at the first showing)
};

// "file.json:12:5" (the file's name, not its folder); "file.json" when the line is unknown.
[[nodiscard]] QString problem_location(const Diagnostic& problem);

// The lines around `line` (1-based) of `text`, numbered, with a caret line under `column`
// (1-based, in bytes, as diagnostics count it):
//     12 |   "technique": "strokin",
//        |                ^
// `context` lines are shown before and after. Empty when the line is not in the text.
[[nodiscard]] QString problem_excerpt(const QByteArray& text, int line, int column,
                                      int context = 2);

} // namespace effleur::ui
