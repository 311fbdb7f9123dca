// Printing from the journal window, on a real temporary journal: Print… (Ctrl+P) is greyed until a
// session is shown, then opens a print preview of its summary whose pages are painted; the
// preview's "Save as PDF/A for the archive…" (Ctrl+Shift+S) asks for a file and writes a private
// PDF/A-1b there; the course panel's Print sheet… previews the chosen course's sheet.

#include "core/course.h"
#include "core/loader.h"
#include "storage/coursestore.h"
#include "storage/journalstore.h"
#include "ui/journal/coursepanel.h"
#include "ui/journal/journalwindow.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <filesystem>
#include <memory>

#include <sys/stat.h>

using namespace effleur;
using namespace effleur::storage;
using std::chrono::milliseconds;

namespace {

constexpr std::int64_t t0 = 1772442000000; // 2026-03-02T09:00:00Z

WallTime at(std::int64_t ms) {
    return WallTime(std::chrono::duration_cast<WallTime::duration>(milliseconds(ms)));
}

void settle() {
    QApplication::processEvents();
    QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

template <class T> T ok(Result<T> r) {
    if (!r)
        FAIL(r.errors().front().to_string());
    return std::move(r.value());
}

std::shared_ptr<const Loader> bundled() {
    auto r = Loader::create(EFFLEUR_PROTOCOLS_DIR);
    REQUIRE(r);
    return r.value();
}

// One finished session of the plastic facial massage (whose plan is a course), with a note and
// a mark on the face; the client's course started with it.
struct PrintRig {
    QTemporaryDir dir;
    std::shared_ptr<const Loader> loader = bundled();
    std::shared_ptr<const Protocol> facial;
    std::unique_ptr<JournalStore> store;
    std::int64_t client = 0;
    std::int64_t session = 0;
    std::unique_ptr<ui::JournalWindow> window;

    PrintRig() {
        REQUIRE(dir.isValid());
        auto p =
            loader->load_file(std::filesystem::path(EFFLEUR_PROTOCOLS_DIR) / "plastic-facial.json");
        REQUIRE(p);
        facial = std::make_shared<const Protocol>(p.value());
        store = ok(
            JournalStore::open(std::filesystem::path(dir.path().toStdString()) / "journal.sqlite"));
        Client c;
        c.name = "Anna Kowalska";
        client = ok(store->add_client(c, at(t0))).id;
        SessionStart s;
        s.client = client;
        s.protocol_id = facial->id;
        s.protocol_version = facial->version;
        s.protocol_title = facial->title.get();
        s.started = at(t0);
        s.gate.verdict = VerdictKind::Clear;
        session = ok(store->begin_session(s));
        EventRow e;
        e.seq = 1;
        e.kind = "step-started";
        e.cause = "start";
        e.step_id = "one";
        e.step_title = "Stroking the forehead";
        e.at = at(t0);
        e.amount = milliseconds(60000);
        REQUIRE(store->append_event(session, e).ok());
        e.seq = 2;
        e.kind = "step-ended";
        e.cause = "clock";
        e.at = at(t0 + 60000);
        e.offset = milliseconds(60000);
        REQUIRE(store->append_event(session, e).ok());
        REQUIRE(
            store->end_session(session, Outcome::Finished, "", at(t0 + 60000), milliseconds(60000))
                .ok());
        Note n;
        n.written = at(t0 + 120000);
        n.felt = "relaxed";
        ok(store->add_note(session, n));
        Mark m;
        m.diagram = "face-front";
        m.x = 200;
        m.y = 200;
        m.kind = "tension";
        m.label = "forehead";
        ok(store->add_mark(session, m));
        CourseStore courses(*store);
        REQUIRE(courses.session_recorded(client, *facial, local_date(at(t0)), at(t0)));
    }

    ui::JournalWindow& open() {
        window = std::make_unique<ui::JournalWindow>(*store);
        window->set_catalog(&loader->catalog());
        ui::CourseContext context;
        context.lookup = [this](std::string_view id) {
            return id == facial->id ? facial : nullptr;
        };
        context.planned_protocols = [this] {
            return std::vector<std::shared_ptr<const Protocol>>{facial};
        };
        context.now = [] { return at(t0 + 86400000); };
        window->enable_courses(std::move(context));
        window->resize(1280, 860);
        window->show();
        QApplication::setActiveWindow(window.get());
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
        return *window;
    }
    template <class W> W* child(const char* name) const {
        auto* w = window->findChild<W*>(QString::fromLatin1(name));
        REQUIRE(w);
        return w;
    }
};

} // namespace

TEST_CASE("Print… previews the shown session's summary, and the preview saves it as PDF/A",
          "[journal][print]") {
    PrintRig rig;
    ui::JournalWindow& w = rig.open();
    auto* print = rig.child<QPushButton>("journal-print");
    // A client without sessions: nothing to print.
    Client b;
    b.name = "Boris Levin";
    const std::int64_t boris = ok(rig.store->add_client(b, at(t0))).id;
    w.reload();
    w.show_client(boris);
    settle();
    REQUIRE_FALSE(w.selected_session());
    CHECK_FALSE(print->isEnabled());
    QTest::keyClick(&w, Qt::Key_P, Qt::ControlModifier);
    settle();
    CHECK(w.findChild<QPrintPreviewDialog*>(QStringLiteral("summary-preview")) == nullptr);
    w.show_session(rig.session);
    settle();
    REQUIRE(print->isEnabled());

    // By keys: Ctrl+P opens the preview, which paints the summary's pages.
    QTest::keyClick(&w, Qt::Key_P, Qt::ControlModifier);
    settle();
    auto* preview = w.findChild<QPrintPreviewDialog*>(QStringLiteral("summary-preview"));
    REQUIRE(preview != nullptr);
    CHECK(preview->isVisible());
    auto* pages = preview->findChild<QPrintPreviewWidget*>();
    REQUIRE(pages != nullptr);
    CHECK(pages->pageCount() >= 1);
    // The preview's toolbar offers the archival copy.
    auto* archive = preview->findChild<QAction*>(QStringLiteral("summary-save-pdfa"));
    REQUIRE(archive != nullptr);
    CHECK(archive->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    archive->trigger();
    settle();
    auto* files = preview->findChild<QFileDialog*>(QStringLiteral("summary-pdfa-file"));
    REQUIRE(files != nullptr);
    CHECK(files->selectedFiles().value(0).endsWith(
        QStringLiteral("session-%1-2026-03-02.pdf").arg(rig.session)));
    const QString target = rig.dir.filePath(QStringLiteral("archive.pdf"));
    // As a user would: the name typed over the one suggested, then Enter.
    auto* name = files->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
    REQUIRE(name != nullptr);
    name->selectAll();
    QTest::keyClicks(name, target);
    QTest::keyClick(name, Qt::Key_Return);
    settle();
    QFile written(target);
    REQUIRE(written.open(QIODevice::ReadOnly));
    const QByteArray pdf = written.readAll();
    CHECK(pdf.startsWith("%PDF-"));
    CHECK(pdf.contains("pdfaid:part"));
    CHECK(pdf.contains("/GTS_PDFA1"));
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(target).constData(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    preview->close();
    settle();
}

TEST_CASE("The course panel's Print sheet… previews the chosen course's sheet",
          "[journal][print]") {
    PrintRig rig;
    ui::JournalWindow& w = rig.open();
    w.show_client(rig.client);
    settle();
    REQUIRE(w.courses() != nullptr);
    auto* list = rig.child<QTreeWidget>("courses");
    REQUIRE(list->topLevelItemCount() == 1);
    list->setCurrentItem(list->topLevelItem(0));
    settle();
    auto* sheet = rig.child<QPushButton>("course-print");
    REQUIRE(sheet->isEnabled());
    QTest::mouseClick(sheet, Qt::LeftButton);
    settle();
    auto* preview = w.findChild<QPrintPreviewDialog*>(QStringLiteral("course-sheet-preview"));
    REQUIRE(preview != nullptr);
    CHECK(preview->isVisible());
    auto* pages = preview->findChild<QPrintPreviewWidget*>();
    REQUIRE(pages != nullptr);
    CHECK(pages->pageCount() == 1);
    preview->close();
    settle();
}
