#pragma once
// A line diff of two texts (the file on disk and the editor's), for the "Compare" view of an
// external change: the longest common subsequence of lines after the common head and tail are
// set aside, shown as a unified diff with a few lines of context.
//
// Pure functions and a small read-only dialog. Nothing here throws; very different large texts
// fall back to "all removed, all added" rather than taking long.

#include <QDialog>
#include <QString>
#include <QStringList>

#include <vector>

class QPlainTextEdit;

namespace effleur::ui {

struct DiffLine {
    enum class Kind { Same, Removed, Added } kind = Kind::Same;
    QString text;
    int old_line = 0; // 1-based; 0 for an added line
    int new_line = 0; // 1-based; 0 for a removed line
};

[[nodiscard]] std::vector<DiffLine> diff_lines(const QStringList& before, const QStringList& after);

// A unified diff ("--- a", "+++ b", "@@ -l,n +l,n @@" hunks) with `context` lines around changes;
// empty when the texts are equal.
[[nodiscard]] QString unified_diff(const QString& before, const QString& after,
                                   const QString& before_name, const QString& after_name,
                                   int context = 3);

// Shows a unified diff, coloured, read-only.
class DiffDialog : public QDialog {
    Q_OBJECT

public:
    DiffDialog(const QString& title, const QString& diff, QWidget* parent = nullptr);
    [[nodiscard]] QString text() const;

private:
    QPlainTextEdit* view_ = nullptr;
};

} // namespace effleur::ui
