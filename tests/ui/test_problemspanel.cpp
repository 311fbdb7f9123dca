// The problems panel: each problem as file:line:col, JSON pointer and message, the offending
// line with a caret under its column, the counts in the dock's title, "Open in editor", and
// the panel following the files on disk in the main window. Offscreen; no sleeps.

#include "session_test_support.h"

#include "ui/editor/problemspanel.h"
#include "ui/editor/protocoleditor.h"
#include "ui/library/libraryview.h"
#include "ui/library/librarywatcher.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/mainwindow_testaccess.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStyle>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>
#include <cmath>
#include <set>

using namespace effleur;
using namespace effleur::ui;
using namespace std::chrono_literals;

namespace {

void write_file(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

QByteArray bundled_text(const char* id) {
    QFile f(QString::fromLatin1(EFFLEUR_PROTOCOLS_DIR) + QLatin1Char('/') +
            QString::fromLatin1(id) + QStringLiteral(".json"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// The 1-based line and column (in bytes) of the first `needle` in `text`.
std::pair<int, int> position_of(const QByteArray& text, const QByteArray& needle) {
    const qsizetype at = text.indexOf(needle);
    REQUIRE(at >= 0);
    const qsizetype line_start = text.lastIndexOf('\n', at) + 1;
    return {static_cast<int>(text.left(at).count('\n')) + 1, static_cast<int>(at - line_start) + 1};
}

// The excerpt line that shows line `n`, and the caret line under it.
std::pair<QString, QString> shown_line(const QString& excerpt, int n) {
    const QStringList lines = excerpt.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i + 1 < lines.size(); ++i)
        if (lines[i].trimmed().startsWith(QString::number(n) + QStringLiteral(" | ")))
            return {lines[i], lines[i + 1]};
    FAIL("line " << n << " is not in the excerpt:\n" << excerpt.toStdString());
    return {};
}

} // namespace

TEST_CASE("The excerpt shows the line with a caret under the column", "[problems]") {
    const QByteArray text = "{\n  \"id\": \"x\",\n  \"t\u00e9\": \"strokin\",\n\t\"n\": 1\n}\n";
    // Line 3, the value "strokin": byte column 10 (the accented letter is two bytes).
    CHECK(problem_excerpt(text, 3, 10, 1) == QStringLiteral("2 |   \"id\": \"x\",\n"
                                                            "3 |   \"t\u00e9\": \"strokin\",\n"
                                                            "  |         ^\n"
                                                            "4 | \t\"n\": 1"));
    // A tab before the column stays a tab, so that the caret lines up with the text above it.
    CHECK(problem_excerpt(text, 4, 2, 0) == QStringLiteral("4 | \t\"n\": 1\n  | \t^"));
    // Past the end of the line: the caret follows the last character.
    CHECK(problem_excerpt(text, 5, 40, 0) == QStringLiteral("5 | }\n  |  ^"));
    CHECK(problem_excerpt(text, 9, 1).isEmpty());
    CHECK(problem_excerpt(text, 10, 1, 2).isEmpty());
    // Ten lines and more: the numbers are right-aligned.
    QByteArray many;
    for (int i = 1; i <= 12; ++i)
        many += "line " + QByteArray::number(i) + "\n";
    CHECK(problem_excerpt(many, 10, 1, 1) ==
          QStringLiteral(" 9 | line 9\n10 | line 10\n   | ^\n11 | line 11"));
}

TEST_CASE("A broken and a warning-only file are listed with file:line:col, pointer, message and "
          "the offending line",
          "[problems]") {
    QTemporaryDir dir;
    // A misspelt technique: the loader's error points at the value.
    QByteArray broken = bundled_text("neck-self-massage");
    const QByteArray good_technique = "\"technique\": \"stroking\"";
    const qsizetype at = broken.indexOf(good_technique);
    REQUIRE(at >= 0);
    broken.replace(at, good_technique.size(), "\"technique\": \"strokin\"");
    const QString broken_file = dir.filePath(QStringLiteral("broken.json"));
    write_file(broken_file, broken);
    const auto loaded = test::session_loader()->load_file(broken_file.toStdString());
    REQUIRE_FALSE(loaded.ok());
    const auto [line, column] = position_of(broken, "\"strokin\"");

    // A warning located like an error (the loader's rules for warnings are tested in core).
    const QByteArray warned = bundled_text("back-self-massage-balls");
    const QString warned_file = dir.filePath(QStringLiteral("warned.json"));
    write_file(warned_file, warned);
    const auto [wline, wcolumn] = position_of(warned, "\"stages\"");
    Diagnostic warning{
        warned_file.toStdString(), wline, wcolumn, "/stages", "a warning about the stages",
        Severity::Warning};

    ProblemsPanel panel;
    panel.resize(900, 500);
    panel.show();
    Diagnostics problems = {warning};
    problems.insert(problems.end(), loaded.errors().begin(), loaded.errors().end());
    panel.set_problems(problems);

    const int errors = static_cast<int>(loaded.errors().size());
    CHECK(panel.error_count() == errors);
    CHECK(panel.warning_count() == 1);
    CHECK(panel.windowTitle() == QStringLiteral("Problems \u2014 %1 error%2, 1 warning")
                                     .arg(errors)
                                     .arg(errors == 1 ? QString() : QStringLiteral("s")));

    // Errors come first.
    QTreeWidget& list = *panel.list();
    REQUIRE(list.topLevelItemCount() == errors + 1);
    const QTreeWidgetItem* first = list.topLevelItem(0);
    CHECK(first->text(0) == QStringLiteral("broken.json:%1:%2").arg(line).arg(column));
    CHECK(first->text(1).toStdString() == loaded.errors().front().pointer);
    CHECK(first->text(1).startsWith(QStringLiteral("/stages/0/steps/")));
    CHECK(first->text(1).endsWith(QStringLiteral("/technique")));
    CHECK(first->text(2).contains(QStringLiteral("did you mean \"stroking\"")));
    const QTreeWidgetItem* last = list.topLevelItem(errors);
    CHECK(last->text(0) == QStringLiteral("warned.json:%1:%2").arg(wline).arg(wcolumn));
    CHECK(last->text(1) == QStringLiteral("/stages"));
    CHECK(last->text(2) == QStringLiteral("a warning about the stages"));
    CHECK(last->icon(0).cacheKey() != first->icon(0).cacheKey());

    // Selecting a problem shows its line, the caret under the offending value.
    REQUIRE(panel.select(0));
    auto [shown, caret] = shown_line(panel.excerpt()->toPlainText(), line);
    CHECK(shown.endsWith(QString::fromUtf8(broken.split('\n')[line - 1])));
    CHECK(caret.indexOf(QLatin1Char('^')) == shown.indexOf(QStringLiteral("\"strokin\"")));
    CHECK(caret.trimmed().endsWith(QLatin1Char('^')));

    REQUIRE(panel.select(errors));
    std::tie(shown, caret) = shown_line(panel.excerpt()->toPlainText(), wline);
    CHECK(caret.indexOf(QLatin1Char('^')) == shown.indexOf(QStringLiteral("\"stages\"")));

    // No problems: a plain title and a sentence instead of rows.
    panel.set_problems({});
    CHECK(panel.windowTitle() == QStringLiteral("Problems"));
    CHECK_FALSE(panel.selected());
    CHECK(panel.excerpt()->toPlainText().isEmpty());
}

TEST_CASE("A panel shown before any problems are set says there are none, in sized columns",
          "[problems]") {
    // The window builds its panel hidden and fills it after its first frame; a panel first
    // shown without problems says so, and its columns are set up as for any other.
    ProblemsPanel panel;
    CHECK(panel.windowTitle() == QStringLiteral("Problems"));
    panel.resize(900, 400);
    panel.show();
    QTreeWidget& list = *panel.list();
    REQUIRE(list.topLevelItemCount() == 1);
    CHECK(list.topLevelItem(0)->text(0).startsWith(QStringLiteral("No problems")));
    CHECK(list.topLevelItem(0)->flags() == Qt::NoItemFlags);
    CHECK_FALSE(panel.selected());
    CHECK(list.columnWidth(1) == 220);
    CHECK(list.header()->sectionResizeMode(0) == QHeaderView::ResizeToContents);

    // Problems set on a hidden panel are there when it is shown again.
    panel.hide();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("p.json"));
    write_file(file, "{\n  \"id\": 1\n}\n");
    panel.set_problems({Diagnostic{file.toStdString(), 2, 9, "/id", "expected a string; found 1"}});
    panel.show();
    REQUIRE(list.topLevelItemCount() == 1);
    CHECK(list.topLevelItem(0)->text(0) == QStringLiteral("p.json:2:9"));
    CHECK_FALSE(list.topLevelItem(0)->icon(0).isNull());
    CHECK(panel.excerpt()->toPlainText().contains(QStringLiteral("2 |   \"id\": 1")));
}

TEST_CASE("Open in editor hands the file to the system and says where", "[problems]") {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("p.json"));
    write_file(file, "{\n  \"id\": 1\n}\n");
    ProblemsPanel panel;
    QList<QUrl> opened;
    panel.set_opener([&](const QUrl& url) {
        opened << url;
        return true;
    });
    QSignalSpy requested(&panel, &ProblemsPanel::openRequested);
    panel.set_problems({Diagnostic{file.toStdString(), 2, 9, "/id", "expected a string; found 1"}});
    auto* open = panel.findChild<QPushButton*>(QStringLiteral("open-in-editor"));
    REQUIRE(open);
    // The first problem is selected at once, its line on show.
    REQUIRE(panel.selected());
    CHECK(
        panel.excerpt()->toPlainText().contains(QStringLiteral("2 |   \"id\": 1\n  |         ^")));
    REQUIRE(open->isEnabled());
    QTest::mouseClick(open, Qt::LeftButton);
    REQUIRE(requested.size() == 1);
    CHECK(requested.at(0).at(0).toString() == file);
    CHECK(requested.at(0).at(1).toInt() == 2);
    CHECK(requested.at(0).at(2).toInt() == 9);
    CHECK(opened == QList<QUrl>{QUrl::fromLocalFile(file)});
}

TEST_CASE("The main window's problems panel appears for a broken file and follows its fix",
          "[problems][window]") {
    QTemporaryDir dir;
    const QString user = dir.filePath(QStringLiteral("mine"));
    QDir().mkpath(user);
    const QString file = user + QStringLiteral("/half.json");
    write_file(file, "{\n  \"id\": \"half\",\n  \"title\": \n");
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    FakeClock clock;
    MainWindowOptions o = test::window_options(dir, clock, settings, {user.toStdString()});
    MainWindow window(std::move(o));
    MainWindowTestAccess::watcher(window)->set_interval(30ms);
    window.show();

    ProblemsPanel& panel = *MainWindowTestAccess::problems(window);
    CHECK(panel.isVisible()); // shown by itself: a file is broken
    REQUIRE(panel.error_count() >= 1);
    const auto listed = [&](const QString& location) {
        for (int i = 0; i < panel.list()->topLevelItemCount(); ++i)
            if (panel.list()->topLevelItem(i)->text(0).startsWith(location))
                return true;
        return false;
    };
    CHECK(listed(QStringLiteral("half.json:")));

    // The user closes the panel and fixes the file in their editor: the panel follows.
    panel.hide();
    QSignalSpy spy(MainWindowTestAccess::watcher(window), &LibraryWatcher::changed);
    QByteArray fixed = bundled_text("neck-self-massage");
    fixed.replace("\"id\": \"neck-self-massage\"", "\"id\": \"half\"");
    write_file(file, fixed);
    REQUIRE(spy.wait(5000));
    CHECK_FALSE(listed(QStringLiteral("half.json:")));
    CHECK(panel.error_count() == 0);
    CHECK_FALSE(panel.isVisible()); // nothing broke: it stays closed

    // Breaking it again brings the panel back.
    write_file(file, "{");
    REQUIRE(spy.wait(5000));
    CHECK(panel.isVisible());
    CHECK(listed(QStringLiteral("half.json:")));
}

TEST_CASE("Without a desktop handler for JSON, Open in editor asks for Effleur's own editor",
          "[problems]") {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("p.json"));
    write_file(file, "{\n  \"id\": 1\n}\n");
    ProblemsPanel panel;
    panel.set_opener([](const QUrl&) { return false; }); // no application for JSON
    QSignalSpy built_in(&panel, &ProblemsPanel::builtInEditorRequested);
    panel.set_problems({Diagnostic{file.toStdString(), 2, 9, "/id", "expected a string; found 1"}});
    panel.show();
    auto* open = panel.findChild<QPushButton*>(QStringLiteral("open-in-editor"));
    REQUIRE(open);
    QTest::mouseClick(open, Qt::LeftButton);
    REQUIRE(built_in.size() == 1);
    CHECK(built_in.at(0).at(0).toString() == file);
    CHECK(built_in.at(0).at(1).toInt() == 2);
    CHECK(built_in.at(0).at(2).toInt() == 9);
    auto* where = panel.findChild<QLabel*>(QStringLiteral("problem-where"));
    REQUIRE(where);
    CHECK(where->text().contains(QStringLiteral("Effleur\u2019s own editor")));
}

TEST_CASE("In the main window, a file no desktop application opens opens in Effleur's editor",
          "[problems][window]") {
    QTemporaryDir dir;
    const QString user = dir.filePath(QStringLiteral("mine"));
    QDir().mkpath(user);
    const QString file = user + QStringLiteral("/half.json");
    write_file(file, "{\n  \"id\": \"half\",\n  \"title\": 3\n}\n");
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    FakeClock clock;
    MainWindowOptions o = test::window_options(dir, clock, settings, {user.toStdString()});
    MainWindow window(std::move(o));
    window.show();
    ProblemsPanel& panel = *MainWindowTestAccess::problems(window);
    panel.set_opener([](const QUrl&) { return false; });
    bool found = false;
    for (int row = 0; row < panel.list()->topLevelItemCount() && !found; ++row)
        found = panel.select(row) && panel.selected() &&
                QFileInfo(QString::fromStdString(panel.selected()->file)).fileName() ==
                    QStringLiteral("half.json");
    REQUIRE(found);
    const Diagnostic problem = *panel.selected();
    REQUIRE(problem.line > 0);
    panel.open_selected();
    REQUIRE(window.editors().size() == 1);
    ProtocolEditor* editor = window.editors().front();
    CHECK(QFileInfo(editor->file()).fileName() == QStringLiteral("half.json"));
    // The JSON tab, the cursor on the problem's line.
    CHECK(editor->tabs()->currentWidget() == editor->json_edit());
    CHECK(editor->json_edit()->textCursor().blockNumber() + 1 == problem.line);
}

namespace {

double luminance(const QColor& c) {
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor& a, const QColor& b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

TEST_CASE("The problem's line in the excerpt is readable in the light and the dark theme",
          "[problems]") {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("p.json"));
    write_file(file, "{\n  \"id\": 1\n}\n");
    for (const QPalette& palette : {QApplication::style()->standardPalette(), dark_palette()}) {
        // The theme changes after the problem is on show, as at start-up.
        ProblemsPanel panel;
        panel.set_problems(
            {Diagnostic{file.toStdString(), 2, 9, "/id", "expected a string; found 1"}});
        panel.setPalette(palette);
        panel.show();
        const auto marks = panel.excerpt()->extraSelections();
        REQUIRE_FALSE(marks.isEmpty());
        const QTextEdit::ExtraSelection& line = marks.front();
        REQUIRE(line.format.hasProperty(QTextFormat::BackgroundBrush));
        const QColor back = line.format.background().color();
        // The theme's own text colour on it, readable.
        const QColor ink = palette.color(QPalette::Text);
        CHECK(line.format.foreground().color() == ink);
        CHECK(contrast(back, ink) >= 4.5);
        // And what is drawn: the row of line 2 in the excerpt holds the text colour.
        const QImage shot = panel.excerpt()->viewport()->grab().toImage();
        const QRect row = panel.excerpt()->cursorRect(line.cursor);
        std::set<QRgb> colours;
        for (int x = 0; x < shot.width(); ++x)
            colours.insert(shot.pixel(x, std::clamp(row.center().y(), 0, shot.height() - 1)));
        CHECK(colours.count(back.rgb()) == 1);
    }
}
