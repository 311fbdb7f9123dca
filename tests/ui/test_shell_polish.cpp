// The views around the session as a picky user sees them, offscreen: the library's words (regions
// as people write them, plural forms), the protocol used stays selected, a compact broken entry,
// no author-only warning on a fresh install; the Edit and Help menus and their standard keys; and
// the dark theme's check boxes, radio buttons and focus ring, checked in pixels.

#include "session_test_support.h"

#include "ui/editor/problemspanel.h"
#include "ui/gate/gatedialog.h"
#include "ui/library/libraryview.h"
#include "ui/session/sessionview.h"
#include "ui/shell/helpwindow.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/mainwindow_testaccess.h"
#include "ui/shell/theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QProxyStyle>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSettings>
#include <QSlider>
#include <QSpinBox>
#include <QStatusBar>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextImageFormat>
#include <QToolButton>
#include <QVBoxLayout>

#include <fstream>

using namespace effleur;
using namespace effleur::ui;

namespace {

struct Rig : test::WindowRig {
    using WindowRig::WindowRig;
    ~Rig() { window->set_theme(ThemeChoice::System); }
    [[nodiscard]] LibraryView& library() const { return *MainWindowTestAccess::library(*window); }
    [[nodiscard]] QString details() const {
        return library().findChild<QTextBrowser*>(QStringLiteral("details"))->toPlainText();
    }
    [[nodiscard]] QMenu* menu(const QString& title) const {
        for (QAction* a : window->menuBar()->actions())
            if (a->menu() && a->text() == title)
                return a->menu();
        return nullptr;
    }
    [[nodiscard]] QAction* action(const QString& name) const {
        return window->findChild<QAction*>(name);
    }
};

QStringList combo_items(const QComboBox* c) {
    QStringList out;
    for (int i = 0; i < c->count(); ++i)
        out << c->itemText(i);
    return out;
}

} // namespace

TEST_CASE("The region filter names regions as people write them and still filters", "[polish]") {
    Rig rig;
    auto* region = rig.library().findChild<QComboBox*>(QStringLiteral("region"));
    REQUIRE(region);
    const QStringList items = combo_items(region);
    CHECK(items.contains(QStringLiteral("d\u00e9collet\u00e9")));
    CHECK_FALSE(items.contains(QStringLiteral("decollete")));
    region->setCurrentIndex(static_cast<int>(items.indexOf(QStringLiteral("d\u00e9collet\u00e9"))));
    // Only the three-day complex works the décolleté.
    CHECK(rig.library().visible_count() == 1);
    REQUIRE(rig.library().selected());
    CHECK(rig.library().selected()->id == "kneading-prp-lymphatic");
    CHECK(rig.details().contains(QStringLiteral("face, neck, collar, d\u00e9collet\u00e9, arms")));
}

TEST_CASE("The course plan counts in words: one month, not month(s)", "[polish]") {
    const Catalog& catalog = test::session_loader()->catalog();
    // The complex's source: one to three sessions a month apart, six to nine months between
    // courses.
    const QString complex =
        protocol_details_html(*test::bundled("kneading-prp-lymphatic"), catalog);
    CHECK(complex.contains(QStringLiteral("1\u20133 sessions; 1 month apart; 6\u20139 months "
                                          "between courses")));
    CHECK_FALSE(complex.contains(QStringLiteral("(s)")));
    const QString facial = protocol_details_html(*test::bundled("plastic-facial"), catalog);
    CHECK(facial.contains(QStringLiteral("10\u201315 sessions; every 2 days")));
    CHECK_FALSE(facial.contains(QStringLiteral("(s)")));
}

TEST_CASE("After a rehearsal the protocol rehearsed stays selected", "[polish]") {
    Rig rig;
    REQUIRE(rig.library().select_id("back-self-massage-balls")); // the first row
    // A rehearsal of another protocol, as `effleur rehearse` or Study's practice starts one.
    rig.window->rehearse(test::bundled("plastic-facial"));
    REQUIRE(MainWindowTestAccess::session(*rig.window));
    rig.window->end_session();
    REQUIRE(rig.library().selected());
    CHECK(rig.library().selected()->id == "plastic-facial");
    CHECK(rig.library().list()->hasFocus());
}

TEST_CASE("A broken file's entry is as compact as a protocol's", "[polish]") {
    QTemporaryDir extra;
    {
        std::ofstream out(extra.filePath(QStringLiteral("broken.json")).toStdString());
        out << "{ \"id\": \"x\", \"title\": ";
    }
    Rig rig({extra.path().toStdString()});
    QListWidget* list = rig.library().list();
    QListWidgetItem* broken = nullptr;
    QListWidgetItem* neck = nullptr;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text().startsWith(QStringLiteral("Broken: broken.json")))
            broken = list->item(i);
        if (list->item(i)->text().startsWith(QStringLiteral("Neck self-massage")))
            neck = list->item(i);
    }
    REQUIRE(broken);
    REQUIRE(neck);
    CHECK(broken->text().count(QLatin1Char('\n')) == 1); // two lines
    CHECK(
        broken->text().section(QLatin1Char('\n'), 1).startsWith(QStringLiteral("line 1, column")));
    CHECK(list->visualItemRect(broken).height() <= list->visualItemRect(neck).height());
    CHECK(broken->toolTip().contains(QStringLiteral("broken.json:1:"))); // the whole error
}

TEST_CASE("A fresh install shows no warning that only an author can act on", "[polish]") {
    Rig rig;
    CHECK(MainWindowTestAccess::problems(*rig.window)->warning_count() == 0);
    CHECK(MainWindowTestAccess::problems(*rig.window)->error_count() == 0);
    CHECK_FALSE(MainWindowTestAccess::problems(*rig.window)->isVisible());
    CHECK_FALSE(rig.window->statusBar()->currentMessage().contains(QStringLiteral("warning")));
    CHECK_FALSE(rig.details().contains(QStringLiteral("warning")));
}

TEST_CASE("Edit acts on the focused text field with the standard keys", "[polish][menus]") {
    Rig rig;
    QMenu* edit = rig.menu(QStringLiteral("&Edit"));
    REQUIRE(edit);
    QAction* undo = rig.action(QStringLiteral("edit-undo"));
    QAction* cut = rig.action(QStringLiteral("edit-cut"));
    QAction* copy = rig.action(QStringLiteral("edit-copy"));
    QAction* paste = rig.action(QStringLiteral("edit-paste"));
    QAction* all = rig.action(QStringLiteral("edit-select-all"));
    QAction* redo = rig.action(QStringLiteral("edit-redo"));
    REQUIRE((undo && redo && cut && copy && paste && all));
    CHECK(undo->shortcut() == QKeySequence(QKeySequence::Undo));
    CHECK(redo->shortcuts() == QKeySequence::keyBindings(QKeySequence::Redo));
    CHECK(cut->shortcut() == QKeySequence(QKeySequence::Cut));
    CHECK(copy->shortcut() == QKeySequence(QKeySequence::Copy));
    CHECK(paste->shortcut() == QKeySequence(QKeySequence::Paste));
    CHECK(all->shortcut() == QKeySequence(QKeySequence::SelectAll));

    // The library list has the focus: nothing to edit.
    rig.library().list()->setFocus();
    Q_EMIT edit->aboutToShow();
    CHECK_FALSE(cut->isEnabled());
    CHECK_FALSE(all->isEnabled());

    QLineEdit* search = rig.library().search();
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("balls"));
    Q_EMIT edit->aboutToShow();
    CHECK(all->isEnabled());
    all->trigger();
    CHECK(search->selectedText() == QStringLiteral("balls"));
    Q_EMIT edit->aboutToShow();
    REQUIRE(cut->isEnabled());
    cut->trigger();
    CHECK(search->text().isEmpty());
    CHECK(QApplication::clipboard()->text() == QStringLiteral("balls"));
    CHECK(rig.library().visible_count() == 5);
    Q_EMIT edit->aboutToShow();
    REQUIRE(paste->isEnabled());
    paste->trigger();
    CHECK(search->text() == QStringLiteral("balls"));
    CHECK(rig.library().visible_count() == 1); // the search acts on it
    Q_EMIT edit->aboutToShow();
    REQUIRE(undo->isEnabled());
    undo->trigger();
    CHECK(search->text().isEmpty());
    Q_EMIT edit->aboutToShow();
    REQUIRE(redo->isEnabled());
    redo->trigger();
    CHECK(search->text() == QStringLiteral("balls"));
    search->clear();

    // The details pane is read-only: it copies, it does not cut.
    auto* details = rig.library().findChild<QTextBrowser*>(QStringLiteral("details"));
    details->setFocus();
    all->trigger();
    Q_EMIT edit->aboutToShow();
    CHECK(copy->isEnabled());
    CHECK_FALSE(cut->isEnabled());
    CHECK_FALSE(paste->isEnabled());
}

TEST_CASE("Preferences are in the Edit menu with the platform's key", "[polish][menus]") {
    Rig rig;
    QAction* prefs = rig.action(QStringLiteral("preferences"));
    REQUIRE(prefs);
    CHECK(rig.menu(QStringLiteral("&Edit"))->actions().contains(prefs));
    CHECK(prefs->menuRole() == QAction::PreferencesRole);
    const auto platform = QKeySequence::keyBindings(QKeySequence::Preferences);
    CHECK(prefs->shortcuts() == (platform.isEmpty()
                                     ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Comma)}
                                     : platform));
}

TEST_CASE("F1 opens the user guide, with its pictures and its links, offline", "[polish][menus]") {
    Rig rig;
    QMenu* help = rig.menu(QStringLiteral("&Help"));
    REQUIRE(help);
    QStringList items;
    for (QAction* a : help->actions())
        items << a->text();
    CHECK(items.contains(QStringLiteral("&User guide")));
    CHECK(items.contains(QStringLiteral("&About Effleur")));
    CHECK(items.contains(QStringLiteral("About &Qt")));

    REQUIRE_FALSE(find_user_guide().isEmpty());
    rig.library().list()->setFocus();
    QTest::keyClick(rig.library().list(), Qt::Key_F1);
    auto* guide = rig.window->findChild<HelpWindow*>();
    REQUIRE(guide);
    CHECK(guide->isVisible());
    QTextBrowser* browser = guide->browser();
    CHECK(browser->toPlainText().startsWith(QStringLiteral("Effleur user guide")));
    // A screenshot from beside the guide, read from disk.
    const QVariant picture = browser->document()->resource(
        QTextDocument::ImageResource,
        browser->source().resolved(QUrl(QStringLiteral("screenshots/library.png"))));
    CHECK_FALSE(picture.value<QImage>().isNull());
    // Every picture fits the window's width: no sideways scrolling.
    int pictures = 0;
    double widest = 0;
    for (QTextBlock b = browser->document()->begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().isImageFormat()) {
                ++pictures;
                const QTextImageFormat f = it.fragment().charFormat().toImageFormat();
                CHECK(f.width() > 0);
                CHECK(f.width() <= browser->viewport()->width());
                widest = std::max(widest, f.width());
            }
    CHECK(pictures >= 20);
    // ... and uses it: the 1280-pixel screenshots are as wide as the window lets them be.
    CHECK(widest >= browser->viewport()->width() - 40);
    CHECK(browser->horizontalScrollBar()->maximum() == 0);
    // A link to one of its own headings scrolls to it, as a click on it does.
    CHECK(browser->verticalScrollBar()->value() == 0);
    Q_EMIT browser->anchorClicked(QUrl(QStringLiteral("#the-journal")));
    CHECK(browser->verticalScrollBar()->value() > 0);
    CHECK(browser->textCursor().block().text() == QStringLiteral("The journal"));
    // Another page of the guide opens in the same window.
    Q_EMIT browser->anchorClicked(QUrl(QStringLiteral("journal.md")));
    CHECK(browser->source().fileName() == QStringLiteral("journal.md"));
    // F1 again raises the same window; Esc closes it.
    QApplication::setActiveWindow(rig.window.get());
    QTest::keyClick(rig.library().list(), Qt::Key_F1);
    CHECK(rig.window->findChildren<HelpWindow*>().size() == 1);
    QPointer<HelpWindow> open = guide;
    QApplication::setActiveWindow(guide);
    REQUIRE(QTest::qWaitForWindowActive(guide));
    QTest::keyClick(browser, Qt::Key_Escape);
    QApplication::processEvents();
    QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(open.isNull());
}

TEST_CASE("F1 during a session pauses it while the guide is read", "[polish][menus]") {
    Rig rig;
    rig.window->rehearse(test::bundled("neck-self-massage"));
    REQUIRE(MainWindowTestAccess::session(*rig.window));
    REQUIRE(MainWindowTestAccess::session(*rig.window)->engine().state() == EngineState::Running);
    QTest::keyClick(MainWindowTestAccess::session(*rig.window), Qt::Key_F1);
    CHECK(rig.window->findChild<HelpWindow*>());
    CHECK(MainWindowTestAccess::session(*rig.window)->engine().state() == EngineState::Paused);
    rig.window->end_session();
}

namespace {

// How many pixels differ clearly (some channel by 60 or more) between two pictures.
int changed_pixels(const QImage& a, const QImage& b) {
    REQUIRE(a.size() == b.size());
    int n = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QColor p = a.pixelColor(x, y);
            const QColor q = b.pixelColor(x, y);
            if (std::abs(p.red() - q.red()) >= 60 || std::abs(p.green() - q.green()) >= 60 ||
                std::abs(p.blue() - q.blue()) >= 60)
                ++n;
        }
    return n;
}

// A form of every kind of Tab stop, in a window of its own.
struct Form {
    QWidget window;
    QLineEdit line{&window};
    QComboBox combo{&window};
    QPushButton button{QStringLiteral("Start"), &window};
    QCheckBox check{QStringLiteral("Remember"), &window};
    QRadioButton radio{QStringLiteral("Light"), &window};
    QSpinBox spin{&window};
    QSlider slider{Qt::Horizontal, &window};
    QListWidget list{&window};
    QPushButton other{QStringLiteral("Elsewhere"), &window};

    Form() {
        auto* layout = new QVBoxLayout(&window);
        combo.addItems({QStringLiteral("One"), QStringLiteral("Two")});
        list.addItems({QStringLiteral("A"), QStringLiteral("B")});
        for (QWidget* w : std::initializer_list<QWidget*>{&line, &combo, &button, &check, &radio,
                                                          &spin, &slider, &list, &other})
            layout->addWidget(w);
        window.resize(320, 520);
        window.show();
        QApplication::setActiveWindow(&window);
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }
    QImage shot() {
        QApplication::processEvents(); // the ring follows the focus a moment later
        return window.grab().toImage().convertToFormat(QImage::Format_RGB32);
    }
};

} // namespace

TEST_CASE("In the dark theme every Tab stop shows the focus", "[polish][theme]") {
    Rig rig;
    rig.window->set_theme(ThemeChoice::Dark);
    Form form;
    form.other.setFocus();
    const QImage unfocused = form.shot();
    for (QWidget* w :
         std::initializer_list<QWidget*>{&form.line, &form.combo, &form.button, &form.check,
                                         &form.radio, &form.spin, &form.slider, &form.list}) {
        INFO(w->metaObject()->className());
        w->setFocus(Qt::TabFocusReason);
        const QImage focused = form.shot();
        // A ring all around it: at least its perimeter's worth of pixels changed, clearly.
        CHECK(changed_pixels(unfocused, focused) >= w->width() + w->height());
        form.other.setFocus(Qt::TabFocusReason);
    }
}

TEST_CASE("In the dark theme check boxes and radio buttons stand out from the window",
          "[polish][theme]") {
    Rig rig;
    rig.window->set_theme(ThemeChoice::Dark);
    Form form;
    form.other.setFocus();
    const QColor window = QApplication::palette().color(QPalette::Window);
    for (QAbstractButton* b : std::initializer_list<QAbstractButton*>{&form.check, &form.radio}) {
        INFO(b->metaObject()->className());
        // The indicator, left of the label: its outline is at least 70 levels lighter than the
        // window around it.
        const QImage img = b->grab().toImage();
        int lightest = 0;
        for (int y = 0; y < img.height(); ++y)
            for (int x = 0; x < std::min(img.width(), img.height() + 2); ++x)
                lightest = std::max(lightest, img.pixelColor(x, y).lightness());
        CHECK(lightest - window.lightness() >= 70);
    }
}

TEST_CASE("Choose another protocol lists only protocols that do not list what blocked",
          "[polish][gate]") {
    Rig rig;
    REQUIRE(rig.library().select_id("plastic-facial"));
    rig.library().list()->setFocus();
    QTest::keyClick(rig.library().list(), Qt::Key_Return, Qt::ControlModifier);
    QApplication::processEvents();
    QWidget* chooser = QApplication::activeModalWidget();
    REQUIRE(chooser);
    QApplication::setActiveWindow(chooser);
    REQUIRE(QTest::qWaitForWindowActive(chooser));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Mira"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QApplication::processEvents();
    GateDialog* gate = MainWindowTestAccess::gate(*rig.window);
    REQUIRE(gate);
    REQUIRE(QTest::qWaitForWindowExposed(gate));
    QApplication::setActiveWindow(gate);
    QApplication::processEvents();
    // The plastic facial massage's first item is pregnancy, an absolute contraindication.
    REQUIRE(gate->checklist().item(0).id == "pregnancy");
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Y);
    REQUIRE(gate->checklist().verdict().kind == VerdictKind::Blocked);
    auto* another = gate->findChild<QPushButton*>();
    for (QPushButton* b : gate->findChildren<QPushButton*>())
        if (b->text() == QStringLiteral("Choose another protocol"))
            another = b;
    REQUIRE(another);
    another->click();
    QApplication::processEvents();

    // The complex's days rule pregnancy out; the classic back massage and the self-massages only
    // ask to tell the specialist about it, so they are offered.
    QStringList shown;
    INFO("search '" << rig.library().search()->text().toStdString() << "' excluded "
                    << rig.library().excluded().size() << " count "
                    << rig.library().list()->count());
    for (int i = 0; i < rig.library().list()->count(); ++i)
        shown << rig.library().list()->item(i)->text().section(QLatin1Char('\n'), 0, 0);
    CHECK(shown == QStringList{QStringLiteral("Back self-massage with balls"),
                               QStringLiteral("Classic back massage"),
                               QStringLiteral("Neck self-massage")});
    auto* bar = rig.library().findChild<QWidget*>(QStringLiteral("exclusion"));
    REQUIRE(bar);
    CHECK(bar->isVisible());
    CHECK(bar->findChild<QLabel*>()->text() ==
          QStringLiteral("Protocols that Pregnancy does not rule out"));
    rig.library().findChild<QPushButton*>(QStringLiteral("show-all"))->click();
    CHECK(rig.library().visible_count() == 5);
    CHECK_FALSE(bar->isVisible());
}

TEST_CASE("The checklist's disclaimer reads as text, not as a field to type in", "[polish][gate]") {
    Checklist checklist(test::bundled("plastic-facial"), test::session_loader()->catalog(),
                        std::nullopt);
    GateDialog dialog(std::move(checklist), nullptr,
                      [] { return std::chrono::system_clock::time_point{}; });
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto* disclaimer = dialog.findChild<QLabel*>(QStringLiteral("disclaimer"));
    REQUIRE(disclaimer);
    // No outline: the label's edge is the window's colour all round (a letter may touch it).
    const QImage img = disclaimer->grab().toImage();
    const QColor window = disclaimer->palette().color(QPalette::Window);
    int edge = 0;
    for (int x = 0; x < img.width(); ++x)
        for (int y : {0, img.height() - 1})
            edge += std::abs(img.pixelColor(x, y).lightness() - window.lightness()) > 12 ? 1 : 0;
    for (int y = 0; y < img.height(); ++y)
        for (int x : {0, img.width() - 1})
            edge += std::abs(img.pixelColor(x, y).lightness() - window.lightness()) > 12 ? 1 : 0;
    CHECK(edge < (img.width() + img.height()) / 10);
}

TEST_CASE("Backspace goes back to the item just answered, to change the answer", "[polish][gate]") {
    Checklist checklist(test::bundled("neck-self-massage"), test::session_loader()->catalog(),
                        std::nullopt);
    GateDialog dialog(std::move(checklist), nullptr,
                      [] { return std::chrono::system_clock::time_point{}; });
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    auto key = [](Qt::Key k) {
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget()
                                                    : QApplication::activeWindow(),
                        k);
    };
    key(Qt::Key_N); // item 1: no, and on to item 2
    CHECK(dialog.focused_item() == 1);
    key(Qt::Key_Backspace);
    CHECK(dialog.focused_item() == 0);
    CHECK(dialog.checklist().answer(0) == Answer::No);
    // Answered again from there, by keys, without starting over; then on to the next.
    key(Qt::Key_N);
    CHECK(dialog.checklist().answer(0) == Answer::No);
    CHECK(dialog.checklist().answered_count() == 1);
    CHECK(dialog.focused_item() == 1);
}

namespace {

// Fusion, counting how often it is asked for the menu bar's ">>" icon.
class CountingStyle : public QProxyStyle {
public:
    CountingStyle() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}
    QIcon standardIcon(StandardPixmap icon, const QStyleOption* option,
                       const QWidget* widget) const override {
        extension_asked += icon == SP_ToolBarHorizontalExtensionButton ? 1 : 0;
        return QProxyStyle::standardIcon(icon, option, widget);
    }
    mutable int extension_asked = 0;
};

} // namespace

// Reading the icon loads every image-format plugin before the first frame; it is read when a
// menu bar too narrow for its menus first shows its ">>" button, and it is the style's own.
TEST_CASE("A menu bar's extension icon is read from the style only once it is shown",
          "[polish][theme]") {
    auto* fusion = new CountingStyle; // the deferring style owns it
    QApplication::setStyle(new DeferredIconStyle(fusion));
    {
        QMainWindow window;
        for (int i = 0; i < 8; ++i)
            window.menuBar()->addMenu(QStringLiteral("A long menu title %1").arg(i));
        window.resize(1400, 300);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        auto* more = window.menuBar()->findChild<QToolButton*>();
        REQUIRE(more);
        CHECK_FALSE(more->isVisible());
        CHECK(fusion->extension_asked == 0);
        // Too narrow for its menus: the button shows, with Fusion's own icon.
        window.resize(220, 300);
        QApplication::processEvents();
        REQUIRE(more->isVisible());
        (void)more->grab();
        CHECK(fusion->extension_asked == 1);
        const QImage shown = more->icon().pixmap(16).toImage();
        const QImage own =
            fusion->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton, nullptr, nullptr)
                .pixmap(16)
                .toImage();
        CHECK_FALSE(own.isNull());
        CHECK(shown == own);
    }
    QApplication::setStyle(QStringLiteral("Fusion"));
}
