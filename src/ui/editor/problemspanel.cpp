#include "ui/editor/problemspanel.h"

#include "ui/editor/plaintext.h"

#include <QApplication>
#include <QDesktopServices>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTextBlock>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <tuple>

namespace effleur::ui {

namespace {

constexpr int index_role = Qt::UserRole + 1;

// Each row's severity icon, on the rows that have none yet. Asked of the style only once the
// panel is seen: set_problems() on a hidden panel leaves the rows without.
void add_icons(QTreeWidget* list, const Diagnostics& problems) {
    QIcon error_icon;
    QIcon warning_icon;
    // A column sized to its contents is measured again after every change to a row: with a
    // thousand rows that took seconds. It is measured once, at the end.
    QHeaderView* header = list->header();
    const QHeaderView::ResizeMode mode = header->sectionResizeMode(0);
    header->setSectionResizeMode(0, QHeaderView::Interactive);
    for (int row = 0; row < list->topLevelItemCount(); ++row) {
        QTreeWidgetItem* item = list->topLevelItem(row);
        const QVariant index = item->data(0, index_role);
        if (!index.isValid() || !item->icon(0).isNull())
            continue;
        const auto i = index.toULongLong();
        if (i >= problems.size())
            continue;
        const bool error = problems[i].severity == Severity::Error;
        QIcon& icon = error ? error_icon : warning_icon;
        if (icon.isNull())
            icon = list->style()->standardIcon(error ? QStyle::SP_MessageBoxCritical
                                                     : QStyle::SP_MessageBoxWarning);
        item->setIcon(0, icon);
    }
    header->setSectionResizeMode(0, mode);
}

// Errors first, then by file and position.
bool listed_before(const Diagnostic& a, const Diagnostic& b) {
    return std::tuple(a.severity != Severity::Error, a.file, a.line, a.column, a.pointer) <
           std::tuple(b.severity != Severity::Error, b.file, b.line, b.column, b.pointer);
}

bool same_place(const Diagnostic& a, const Diagnostic& b) {
    return a.file == b.file && a.line == b.line && a.column == b.column && a.pointer == b.pointer &&
           a.message == b.message;
}

} // namespace

QString problem_location(const Diagnostic& p) {
    QString name = QFileInfo(QString::fromStdString(p.file)).fileName();
    if (p.line <= 0)
        return name;
    return QStringLiteral("%1:%2:%3").arg(name).arg(p.line).arg(std::max(p.column, 1));
}

QString problem_excerpt(const QByteArray& text, int line, int column, int context) {
    const QList<QByteArray> lines = text.split('\n');
    if (line < 1 || line > lines.size())
        return {};
    const int first = std::max(1, line - context);
    const int last = std::min(static_cast<int>(lines.size()), line + context);
    const int width = static_cast<int>(QString::number(last).size());
    auto body = [&](int n) {
        QByteArray bytes = lines[n - 1];
        if (bytes.endsWith('\r'))
            bytes.chop(1);
        return QString::fromUtf8(bytes);
    };
    QString out;
    for (int n = first; n <= last; ++n) {
        out += QStringLiteral("%1 | %2\n").arg(n, width).arg(body(n));
        if (n != line)
            continue;
        // The column counts bytes; the caret goes under the character they end at. Tabs stay
        // tabs so that the caret lines up with what is above it.
        QByteArray bytes = lines[n - 1];
        if (bytes.endsWith('\r'))
            bytes.chop(1);
        const qsizetype before = std::clamp<qsizetype>(column - 1, 0, bytes.size());
        QString pad = QString::fromUtf8(bytes.left(before));
        for (QChar& c : pad)
            if (c != QLatin1Char('\t'))
                c = QLatin1Char(' ');
        out += QStringLiteral("%1 | %2^\n").arg(QString(width, QLatin1Char(' ')), pad);
    }
    out.chop(1);
    return out;
}

ProblemsPanel::ProblemsPanel(QWidget* parent) : QDockWidget(parent) {
    setObjectName(QStringLiteral("problems"));
    auto* split = new QSplitter(Qt::Vertical, this);

    list_ = new QTreeWidget(split);
    list_->setObjectName(QStringLiteral("problem-list"));
    list_->setColumnCount(3);
    list_->setHeaderLabels({tr("Where"), tr("Pointer"), tr("Problem")});
    list_->setRootIsDecorated(false);
    list_->setUniformRowHeights(true);
    list_->setAlternatingRowColors(true);
    list_->setWordWrap(false);
    list_->header()->setStretchLastSection(true);
    // The columns' widths are set when the panel is first shown: setting them lays the header
    // out, measured in a bold font, even while the panel is hidden, and the window's first
    // frame would wait for that font to load.

    auto* detail = new QWidget(split);
    auto* col = new QVBoxLayout(detail);
    col->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    where_ = new QLabel(detail);
    where_->setObjectName(QStringLiteral("problem-where"));
    where_->setWordWrap(true);
    where_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    open_ = new QPushButton(tr("Open in editor"), detail);
    open_->setObjectName(QStringLiteral("open-in-editor"));
    open_->setToolTip(tr("Open the file in the application your system uses for JSON"));
    row->addWidget(where_, 1);
    row->addWidget(open_, 0, Qt::AlignTop);
    col->addLayout(row);
    excerpt_ = new QPlainTextEdit(detail);
    excerpt_->setObjectName(QStringLiteral("problem-excerpt"));
    excerpt_->setReadOnly(true);
    excerpt_->setLineWrapMode(QPlainTextEdit::NoWrap);
    // The fixed font is set with the first excerpt (show_selected): loading it costs the
    // window's first frame a few milliseconds, for a panel that is usually hidden.
    excerpt_->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    col->addWidget(excerpt_, 1);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({200, 300});
    setWidget(split);

    opener_ = [](const QUrl& url) { return QDesktopServices::openUrl(url); };
    connect(list_, &QTreeWidget::currentItemChanged, this, &ProblemsPanel::show_selected);
    connect(list_, &QTreeWidget::itemActivated, this, &ProblemsPanel::open_selected);
    connect(open_, &QPushButton::clicked, this, &ProblemsPanel::open_selected);
    // The style's first icon lookup costs milliseconds; a hidden panel needs none (start-up).
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible)
            return;
        if (!sized_) {
            list_->setColumnWidth(1, 220);
            list_->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
            sized_ = true;
        }
        if (list_->topLevelItemCount() == 0) // set_problems() always leaves a row, if only
            set_problems(problems_);         // the sentence for none
        add_icons(list_, problems_);
    });
    // Nor is the list filled here: its first rows would lay the header out the same way.
    update_title();
}

void ProblemsPanel::set_problems(Diagnostics problems) {
    std::optional<Diagnostic> keep;
    if (const Diagnostic* d = selected(); d && isVisible()) // else the worst comes first
        keep = *d;
    problems_ = std::move(problems);
    std::stable_sort(problems_.begin(), problems_.end(), listed_before);
    errors_ = static_cast<int>(std::count_if(problems_.begin(), problems_.end(), [](const auto& d) {
        return d.severity == Severity::Error;
    }));
    warnings_ = static_cast<int>(problems_.size()) - errors_;

    list_->blockSignals(true);
    list_->clear();
    QTreeWidgetItem* current = nullptr;
    QList<QTreeWidgetItem*> items; // added at once: the view lays them out once
    items.reserve(static_cast<qsizetype>(problems_.size()));
    for (std::size_t i = 0; i < problems_.size(); ++i) {
        const Diagnostic& d = problems_[i];
        auto* item = new QTreeWidgetItem({problem_location(d), QString::fromStdString(d.pointer),
                                          QString::fromStdString(d.message)});
        items.push_back(item);
        item->setData(0, index_role, static_cast<qulonglong>(i));
        item->setToolTip(0, plain_tooltip(QString::fromStdString(d.file)));
        item->setToolTip(2, plain_tooltip(QString::fromStdString(d.message)));
        if (keep && same_place(*keep, d))
            current = item;
    }
    list_->addTopLevelItems(items);
    if (problems_.empty()) {
        auto* none = new QTreeWidgetItem(
            list_, {tr("No problems: every protocol loads without a warning.")});
        none->setFlags(Qt::NoItemFlags);
        list_->setFirstColumnSpanned(0, QModelIndex(), true);
    }
    // The first problem's line is on show at once, unless another one was being looked at.
    list_->setCurrentItem(current ? current : problems_.empty() ? nullptr : list_->topLevelItem(0));
    list_->blockSignals(false);
    if (isVisible())
        add_icons(list_, problems_);
    show_selected();
    update_title();
}

bool ProblemsPanel::select(int row) {
    if (row < 0 || static_cast<std::size_t>(row) >= problems_.size())
        return false;
    list_->setCurrentItem(list_->topLevelItem(row));
    return true;
}

const Diagnostic* ProblemsPanel::selected() const {
    const QTreeWidgetItem* item = list_->currentItem();
    if (!item || !item->data(0, index_role).isValid())
        return nullptr;
    const auto i = item->data(0, index_role).toULongLong();
    return i < problems_.size() ? &problems_[i] : nullptr;
}

void ProblemsPanel::show_selected() {
    const Diagnostic* d = selected();
    open_->setEnabled(d != nullptr);
    excerpt_->setExtraSelections({});
    if (d && !excerpt_font_set_) {
        excerpt_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        excerpt_font_set_ = true;
    }
    if (!d) {
        where_->setText(problems_.empty() ? QString() : tr("Select a problem to see its line."));
        excerpt_->clear();
        return;
    }
    const QString file = QString::fromStdString(d->file);
    where_->setText(
        QStringLiteral("<b>%1</b><br>%2%3")
            .arg(QString::fromStdString(d->message).toHtmlEscaped(), file.toHtmlEscaped(),
                 d->line > 0 ? tr(", line %1, column %2").arg(d->line).arg(d->column) : QString()));
    QFile f(file);
    if (d->line <= 0) {
        excerpt_->setPlainText(tr("(The problem is with the file as a whole.)"));
        return;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        excerpt_->setPlainText(tr("(The file cannot be read now: %1.)").arg(f.errorString()));
        return;
    }
    constexpr int context = 2;
    const QString text = problem_excerpt(f.readAll(), d->line, d->column, context);
    if (text.isEmpty()) {
        excerpt_->setPlainText(
            tr("(The file has changed: line %1 is no longer there.)").arg(d->line));
        return;
    }
    excerpt_->setPlainText(text);
    // The offending line stands out, and the caret under it is in the error colour.
    const int block = d->line - std::max(1, d->line - context);
    QList<QTextEdit::ExtraSelection> marks;
    QTextEdit::ExtraSelection line_mark;
    line_mark.cursor = QTextCursor(excerpt_->document()->findBlockByNumber(block));
    // A tint of the selection colour over the text's own background, with the text's own colour
    // on it: readable in a light and a dark theme alike (a strong selection colour is not).
    const QPalette& pal = palette(); // the panel's: its children follow it
    const QColor base = pal.color(QPalette::Base), mark = pal.color(QPalette::Highlight);
    constexpr float tint = 0.3f;
    line_mark.format.setBackground(
        QColor::fromRgbF(base.redF() + (mark.redF() - base.redF()) * tint,
                         base.greenF() + (mark.greenF() - base.greenF()) * tint,
                         base.blueF() + (mark.blueF() - base.blueF()) * tint));
    line_mark.format.setForeground(pal.color(QPalette::Text));
    line_mark.format.setProperty(QTextFormat::FullWidthSelection, true);
    marks << line_mark;
    QTextEdit::ExtraSelection caret;
    caret.cursor = QTextCursor(excerpt_->document()->findBlockByNumber(block + 1));
    caret.cursor.movePosition(QTextCursor::EndOfBlock);
    caret.cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor);
    caret.format.setForeground(d->severity == Severity::Error ? QColor(200, 30, 40)
                                                              : QColor(190, 120, 0));
    caret.format.setFontWeight(QFont::Bold);
    marks << caret;
    excerpt_->setExtraSelections(marks);
    excerpt_->setTextCursor(line_mark.cursor);
    excerpt_->centerCursor();
}

void ProblemsPanel::changeEvent(QEvent* event) {
    QDockWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        show_selected();
}

void ProblemsPanel::open_selected() {
    const Diagnostic* d = selected();
    if (!d)
        return;
    const QString file = QString::fromStdString(d->file);
    Q_EMIT openRequested(file, d->line, d->column);
    if (opener_ && !opener_(QUrl::fromLocalFile(QFileInfo(file).absoluteFilePath()))) {
        where_->setText(where_->text() +
                        tr("<br><i>No application opens JSON files here: the file opens in "
                           "Effleur\u2019s own editor instead.</i>"));
        Q_EMIT builtInEditorRequested(file, d->line, d->column);
    }
}

void ProblemsPanel::update_title() {
    QStringList parts;
    if (errors_ > 0)
        parts << tr("%n error(s)", nullptr, errors_);
    if (warnings_ > 0)
        parts << tr("%n warning(s)", nullptr, warnings_);
    setWindowTitle(parts.isEmpty()
                       ? tr("Problems")
                       : tr("Problems \u2014 %1").arg(parts.join(QStringLiteral(", "))));
}

} // namespace effleur::ui
