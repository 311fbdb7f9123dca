#include "ui/editor/editordiff.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QVBoxLayout>

#include <algorithm>

namespace effleur::ui {

std::vector<DiffLine> diff_lines(const QStringList& before, const QStringList& after) {
    const QStringList& a = before;
    const QStringList& b = after;
    std::vector<DiffLine> out;
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && a[head] == b[head])
        ++head;
    qsizetype tail = 0;
    while (tail < a.size() - head && tail < b.size() - head &&
           a[a.size() - 1 - tail] == b[b.size() - 1 - tail])
        ++tail;
    for (qsizetype i = 0; i < head; ++i)
        out.push_back({DiffLine::Kind::Same, a[i], int(i + 1), int(i + 1)});
    const qsizetype n = a.size() - head - tail, m = b.size() - head - tail;
    const auto add_rest = [&](qsizetype from_a, qsizetype from_b) {
        for (qsizetype i = from_a; i < n; ++i)
            out.push_back({DiffLine::Kind::Removed, a[head + i], int(head + i + 1), 0});
        for (qsizetype j = from_b; j < m; ++j)
            out.push_back({DiffLine::Kind::Added, b[head + j], 0, int(head + j + 1)});
    };
    if (n * m > 16'000'000) { // too large to align: all out, all in
        add_rest(0, 0);
    } else {
        // lcs[i][j]: the common length of a[i..] and b[j..] (middle parts).
        std::vector<int> lcs(static_cast<std::size_t>((n + 1) * (m + 1)), 0);
        const auto at = [&](qsizetype i, qsizetype j) -> int& {
            return lcs[static_cast<std::size_t>(i * (m + 1) + j)];
        };
        for (qsizetype i = n - 1; i >= 0; --i)
            for (qsizetype j = m - 1; j >= 0; --j)
                at(i, j) = a[head + i] == b[head + j] ? at(i + 1, j + 1) + 1
                                                      : std::max(at(i + 1, j), at(i, j + 1));
        qsizetype i = 0, j = 0;
        while (i < n && j < m) {
            if (a[head + i] == b[head + j]) {
                out.push_back(
                    {DiffLine::Kind::Same, a[head + i], int(head + i + 1), int(head + j + 1)});
                ++i;
                ++j;
            } else if (at(i + 1, j) >= at(i, j + 1)) {
                out.push_back({DiffLine::Kind::Removed, a[head + i], int(head + i + 1), 0});
                ++i;
            } else {
                out.push_back({DiffLine::Kind::Added, b[head + j], 0, int(head + j + 1)});
                ++j;
            }
        }
        add_rest(i, j);
    }
    for (qsizetype t = 0; t < tail; ++t)
        out.push_back({DiffLine::Kind::Same, a[a.size() - tail + t], int(a.size() - tail + t + 1),
                       int(b.size() - tail + t + 1)});
    return out;
}

QString unified_diff(const QString& before, const QString& after, const QString& before_name,
                     const QString& after_name, int context) {
    if (before == after)
        return {};
    const auto lines = diff_lines(before.split(QLatin1Char('\n')), after.split(QLatin1Char('\n')));
    QString out = QStringLiteral("--- %1\n+++ %2\n").arg(before_name, after_name);
    const auto size = static_cast<qsizetype>(lines.size());
    qsizetype i = 0;
    while (i < size) {
        if (lines[static_cast<std::size_t>(i)].kind == DiffLine::Kind::Same) {
            ++i;
            continue;
        }
        // A hunk: from `context` lines before this change to `context` after the last change
        // that is within 2 x context of the next.
        const qsizetype start = std::max<qsizetype>(0, i - context);
        qsizetype end = i;
        qsizetype last_change = i;
        while (end < size) {
            if (lines[static_cast<std::size_t>(end)].kind != DiffLine::Kind::Same)
                last_change = end;
            else if (end - last_change > 2LL * context)
                break;
            ++end;
        }
        end = std::min(size, last_change + context + 1);
        int old_first = 0, new_first = 0, old_count = 0, new_count = 0;
        QString body;
        for (qsizetype k = start; k < end; ++k) {
            const DiffLine& l = lines[static_cast<std::size_t>(k)];
            const QChar mark = l.kind == DiffLine::Kind::Same      ? QLatin1Char(' ')
                               : l.kind == DiffLine::Kind::Removed ? QLatin1Char('-')
                                                                   : QLatin1Char('+');
            if (l.kind != DiffLine::Kind::Added) {
                old_first = old_first ? old_first : l.old_line;
                ++old_count;
            }
            if (l.kind != DiffLine::Kind::Removed) {
                new_first = new_first ? new_first : l.new_line;
                ++new_count;
            }
            body += mark + l.text + QLatin1Char('\n');
        }
        out += QStringLiteral("@@ -%1,%2 +%3,%4 @@\n")
                   .arg(old_first)
                   .arg(old_count)
                   .arg(new_first)
                   .arg(new_count) +
               body;
        i = end;
    }
    return out;
}

DiffDialog::DiffDialog(const QString& title, const QString& diff, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(title);
    setObjectName(QStringLiteral("diff-dialog"));
    view_ = new QPlainTextEdit(this);
    view_->setReadOnly(true);
    view_->setLineWrapMode(QPlainTextEdit::NoWrap);
    view_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view_->setPlainText(diff.isEmpty() ? tr("The file on disk and the editor's text are the same.")
                                       : diff);
    QList<QTextEdit::ExtraSelection> marks;
    for (QTextBlock b = view_->document()->begin(); b.isValid(); b = b.next()) {
        const QString t = b.text();
        QColor colour;
        if (t.startsWith(QLatin1Char('+')) && !t.startsWith(QStringLiteral("+++")))
            colour = QColor(46, 160, 67, 60);
        else if (t.startsWith(QLatin1Char('-')) && !t.startsWith(QStringLiteral("---")))
            colour = QColor(218, 54, 51, 60);
        else if (t.startsWith(QStringLiteral("@@")))
            colour = QColor(80, 120, 200, 45);
        if (!colour.isValid())
            continue;
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(b);
        s.format.setBackground(colour);
        s.format.setProperty(QTextFormat::FullWidthSelection, true);
        marks << s;
    }
    view_->setExtraSelections(marks);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(view_);
    layout->addWidget(buttons);
    resize(900, 640);
}

QString DiffDialog::text() const {
    return view_->toPlainText();
}

} // namespace effleur::ui
