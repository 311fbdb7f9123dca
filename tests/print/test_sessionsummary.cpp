// The session summary, read back with poppler's tools: a client session of the classic back
// massage is screened, run on a real step engine with a fake clock and recorded on a real
// temporary journal, as the app records one; its summary's text holds every answer and every
// step in order with the skip and the extension marked, its fonts are embedded, a finding is
// drawn where it was marked, Cyrillic comes out as text, and the archival PDF says PDF/A-1b.

#include "../core/engine_test_support.h"
#include "../storage/storage_test_support.h"
#include "core/gate.h"
#include "core/loader.h"
#include "core/stepengine.h"
#include "print/sessionsummary.h"
#include "render/diagramart.h"
#include "render/diagramscene.h"
#include "storage/journalrecorder.h"
#include "storage/journalstore.h"
#include "ui/common/translations.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QPageLayout>
#include <QPdfWriter>
#include <QProcess>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace {

using namespace effleur;
using namespace effleur::storage;
using namespace std::chrono_literals;
using std::chrono::milliseconds;

constexpr std::int64_t wall0 = 1772442000000; // 2026-03-02T09:00:00Z
WallTime wall_at(std::int64_t ms) {
    return WallTime(std::chrono::duration_cast<WallTime::duration>(milliseconds(ms)));
}

const Loader& loader() {
    static const std::shared_ptr<const Loader> l = [] {
        auto r = Loader::create(EFFLEUR_PROTOCOLS_DIR);
        REQUIRE(r);
        return r.value();
    }();
    return *l;
}

std::shared_ptr<const Protocol> classic_back() {
    auto r = loader().load_file(std::filesystem::path(EFFLEUR_PROTOCOLS_DIR) / "classic-back.json");
    REQUIRE(r);
    return std::make_shared<const Protocol>(r.value());
}

// A whole client session of the classic back massage, recorded as the app records one: the
// checklist answered (one "tell the specialist" item yes, acknowledged with a note, the rest
// no), the first step paused for 30 s and extended by 15 s, the third skipped after 5 s, the rest
// run to the end; then a note and a finding marked on the back.
struct RecordedSession {
    test::TempFolder dir;
    std::unique_ptr<JournalStore> store;
    std::shared_ptr<const Protocol> protocol = classic_back();
    std::int64_t session = 0;
    std::vector<std::string> acknowledged_items; // the answers' texts, yes
    std::vector<std::string> no_items;           // and no
    Mark mark;

    RecordedSession(const std::string& client_name, const std::string& note_text) {
        store = std::move(JournalStore::open(dir.file("journal.sqlite")).value());
        Checklist checklist(protocol, loader().catalog());
        for (std::size_t i = 0; i < checklist.size(); ++i) {
            const GateItem& item = checklist.item(i);
            if (item.id == "heart-problems") {
                checklist.set_answer(i, Answer::Yes);
                REQUIRE(checklist.acknowledge(i));
                checklist.set_note(i, "cleared by her GP on 3 March");
                acknowledged_items.push_back(item.text);
            } else {
                checklist.set_answer(i, Answer::No);
                no_items.push_back(item.text);
            }
        }
        REQUIRE(acknowledged_items.size() == 1);
        auto cleared = checklist.clear(wall_at(wall0));
        REQUIRE(cleared);

        FakeClock clock;
        const TimePoint t0 = clock.now();
        SessionStart start;
        start.client = store->add_client(Client{.name = client_name}, wall_at(wall0)).value().id;
        start.protocol_id = protocol->id;
        start.protocol_version = protocol->version;
        start.protocol_title = protocol->title.get();
        start.protocol_hash = sha256_hex("{}");
        start.planned = std::chrono::duration_cast<milliseconds>(protocol->duration());
        start.gate = cleared->record();
        start.started = wall_at(wall0);
        StepEngine engine(std::move(*cleared));
        auto recorder =
            std::move(JournalRecorder::begin(*store, start, protocol, engine.plan(), t0).value());
        auto subscription = engine.notifier().subscribe(
            [&](const SessionEvent& e) { REQUIRE(recorder->record(e)); });
        auto run = [&](Duration by) {
            const TimePoint end = clock.now() + by;
            while (clock.now() < end && engine.state() != EngineState::Finished) {
                clock.set(std::min(end, clock.now() + 100ms));
                engine.advance(clock.now());
            }
        };
        REQUIRE(engine.start(clock.now()));
        run(5s);
        REQUIRE(engine.pause(clock.now()));
        clock.advance(30s); // the client needed a towel
        REQUIRE(engine.resume(clock.now()));
        run(5s);
        REQUIRE(engine.extend(clock.now(), 15s));
        while (engine.cursor().step < 2)
            run(100ms);
        run(5s);
        REQUIRE(engine.next(clock.now()));
        run(1h);
        REQUIRE(engine.state() == EngineState::Finished);
        REQUIRE(recorder->finish(Outcome::Finished, "", clock.now()));
        session = recorder->session();

        Note note;
        note.written = wall_at(wall0 + 20 * 60 * 1000);
        note.felt = note_text;
        note.pressure = "medium";
        note.findings = "tight left upper trapezius";
        note.advice = "warm shower, gentle neck rolls";
        note.plan = "more time on the shoulders";
        REQUIRE(store->add_note(session, note));
        mark.diagram = "back";
        mark.x = 230; // the left shoulder blade's area, in the art's own coordinates (600 x 800)
        mark.y = 250;
        mark.kind = "pain";
        mark.label = "trigger point";
        mark.written = note.written;
        REQUIRE(store->add_mark(session, mark));
    }

    [[nodiscard]] SessionRecord record() const {
        auto r = store->session(session);
        REQUIRE(r);
        return *r;
    }
};

struct Run {
    int exit = -1;
    QByteArray out;
};

Run run(const QString& program, const QStringList& args) {
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(60000));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput()};
}

// The text with every run of white space squeezed to one space (a wrapped cell's lines join).
QString squeezed_text(const QString& pdf) {
    const Run r =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    REQUIRE(r.exit == 0);
    return QString::fromUtf8(r.out).simplified();
}

// Finds each of `parts` after the one before; returns the position after the last, or -1 (with
// the part that was missing in `missing`).
qsizetype find_in_order(const QString& text, const std::vector<QString>& parts, qsizetype from,
                        QString& missing) {
    for (const QString& part : parts) {
        const qsizetype at = text.indexOf(part.simplified(), from);
        if (at < 0) {
            missing = part;
            return -1;
        }
        from = at + part.simplified().size();
    }
    return from;
}

std::vector<QString> step_titles(const Protocol& p) {
    std::vector<QString> titles;
    for (const Stage& st : p.stages)
        for (const Step& s : st.steps)
            titles.push_back(QString::fromStdString(s.title.get()));
    return titles;
}

bool write(const RecordedSession& s, const QString& path, bool archival = false) {
    const Status written =
        print::write_summary_pdf(path, s.record(), &loader().catalog(), print::Paper::A4, archival);
    INFO(written.message());
    return written.ok();
}

} // namespace

TEST_CASE("a recorded session's summary holds every answer and every step as it ran, in order",
          "[print][summary]") {
    RecordedSession s("Anna K.", "relaxed, a little sleepy");
    const QString pdf = QString::fromStdString(s.dir.file("summary.pdf").string());
    REQUIRE(write(s, pdf));
    const QString text = squeezed_text(pdf);

    CHECK(text.contains(QStringLiteral("Anna K.")));
    CHECK(text.contains(QStringLiteral("Classic back massage")));
    CHECK(text.contains(QStringLiteral("Outcome: finished")));
    CHECK(text.contains(QStringLiteral(", 0:30 in all"))); // the pause

    // Every question of the checklist with its answer, in the order asked; the one answered
    // yes is acknowledged, with its note.
    for (const std::string& item : s.no_items) {
        INFO(item);
        CHECK(text.contains(QString::fromStdString(item).simplified() + QStringLiteral(" ")));
    }
    const QString yes = QString::fromStdString(s.acknowledged_items.front()).simplified();
    const qsizetype at = text.indexOf(yes);
    REQUIRE(at >= 0);
    const QString yes_row = text.mid(at, 160);
    CHECK(yes_row.contains(QStringLiteral("yes")));
    CHECK(yes_row.contains(QStringLiteral("acknowledged")));
    CHECK(yes_row.contains(QStringLiteral("cleared by her GP on 3 March")));
    const auto answers = s.record().gate.answers;
    REQUIRE(answers.size() == s.no_items.size() + 1);
    std::vector<QString> asked;
    for (const GateAnswer& a : answers)
        asked.push_back(QString::fromStdString(a.text));
    QString missing;
    CHECK(find_in_order(text, asked, 0, missing) >= 0);
    INFO("missing: " << missing.toStdString());

    // Every step, in the order run, after the checklist; the first extended by 0:15, the third
    // skipped, and no other step skipped or extended.
    const std::vector<QString> titles = step_titles(*s.protocol);
    REQUIRE(titles.size() == 28);
    const qsizetype steps_at = text.indexOf(QStringLiteral("Steps as they ran"));
    REQUIRE(steps_at > at);
    missing.clear();
    const qsizetype end = find_in_order(text, titles, steps_at, missing);
    CHECK(missing.isEmpty());
    REQUIRE(end > 0);
    const QString steps = text.mid(steps_at, end - steps_at);
    auto row_of = [&](std::size_t i) {
        const qsizetype a = steps.indexOf(titles[i].simplified());
        const qsizetype b = steps.indexOf(titles[i + 1].simplified(), a + 1);
        return steps.mid(a, b - a);
    };
    CHECK(row_of(0).contains(QStringLiteral("extended by 0:15")));
    CHECK(row_of(2).contains(QStringLiteral("skipped")));
    CHECK(steps.count(QStringLiteral("skipped")) == 1);
    CHECK(steps.count(QStringLiteral("extended by")) == 1);
    // The first step ran its 30 s and the 15 s it was given.
    CHECK(row_of(0).contains(QStringLiteral("0:45 0:30")));

    // The note, the finding and the lines to sign.
    CHECK(text.contains(QStringLiteral("relaxed, a little sleepy")));
    CHECK(text.contains(QStringLiteral("tight left upper trapezius")));
    CHECK(text.contains(QStringLiteral("more time on the shoulders")));
    CHECK(text.contains(QStringLiteral("pain: trigger point")));
    CHECK(text.contains(QStringLiteral("Therapist's signature")));
    CHECK(text.contains(QStringLiteral("Client's signature")));
}

TEST_CASE("a summary's fonts are embedded, its file private, and Cyrillic is text, not boxes",
          "[print][summary]") {
    RecordedSession s("Анна Ковальчук", "Напряжение в шее ушло, сон лучше");
    const QString pdf = QString::fromStdString(s.dir.file("summary.pdf").string());
    REQUIRE(write(s, pdf));
    CHECK(test::mode_of(pdf.toStdString()) == 0600);

    const QString text = squeezed_text(pdf);
    CHECK(text.contains(QStringLiteral("Анна Ковальчук")));
    CHECK(text.contains(QStringLiteral("Напряжение в шее ушло, сон лучше")));

    const Run fonts = run(QStringLiteral("pdffonts"), {pdf});
    REQUIRE(fonts.exit == 0);
    const QStringList lines =
        QString::fromUtf8(fonts.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() > 2); // two lines of heads, then a font a line
    for (qsizetype i = 2; i < lines.size(); ++i) {
        INFO(lines[i].toStdString());
        const QStringList cols = lines[i].split(QLatin1Char(' '), Qt::SkipEmptyParts);
        REQUIRE(cols.size() >= 5);
        CHECK(cols[cols.size() - 5] == QStringLiteral("yes")); // emb
    }
}

TEST_CASE("a finding is drawn on the diagram where it was marked", "[print][summary]") {
    RecordedSession s("Anna K.", "fine");
    const SessionRecord record = s.record();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    print::SummaryResult result;
    constexpr int resolution = 300;
    const QMarginsF margins(14, 12, 14, 10);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(resolution);
        writer.setPageLayout(QPageLayout(print::page_size(print::Paper::A4), QPageLayout::Portrait,
                                         margins, QPageLayout::Millimeter));
        result = print::paint_summary(writer, record, &loader().catalog());
    }
    REQUIRE(result.pages >= 1);
    REQUIRE(result.panels.size() == 1);
    const print::SummaryPanel panel = result.panels.front();
    CHECK(panel.diagram == "back");
    const QString pdf = QString::fromStdString(s.dir.file("marks.pdf").string());
    {
        QFile f(pdf);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(buffer.data());
    }

    // Where the render library puts the mark's point of the art in the panel, on the page
    // rendered at 100 dpi (the painter's origin is the printable area's top left).
    const Diagram* diagram = loader().catalog().diagram("back");
    REQUIRE(diagram != nullptr);
    auto loaded = ui::DiagramArt::load_bundled(*diagram);
    REQUIRE(loaded.ok());
    const auto* art = &loaded.value();
    ui::DiagramFrame frame;
    frame.diagram = diagram;
    frame.state = EngineState::Paused;
    const ui::DiagramScene scene = ui::layout_scene(**art, frame, panel.rect);
    const QPointF device = scene.to_device.map(QPointF(s.mark.x, s.mark.y));
    constexpr int dpi = 100;
    const double mm = dpi / 25.4;
    const QPointF on_page(margins.left() * mm + device.x() * dpi / resolution,
                          margins.top() * mm + device.y() * dpi / resolution);

    const QString prefix = QString::fromStdString(s.dir.file("page").string());
    const QString page = QString::number(panel.page + 1);
    REQUIRE(run(QStringLiteral("pdftoppm"),
                {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-f"), page,
                 QStringLiteral("-l"), page, QStringLiteral("-singlefile"), QStringLiteral("-png"),
                 pdf, prefix})
                .exit == 0);
    QImage image(prefix + QStringLiteral(".png"));
    REQUIRE(!image.isNull());
    auto is_mark = [](QColor c) { return c.red() > 150 && c.green() < 90 && c.blue() < 90; };
    const QPoint centre = on_page.toPoint();
    INFO("expected at " << centre.x() << "," << centre.y());
    // The mark's colour at its place, and around it within a pixel.
    for (int dy = -1; dy <= 1; ++dy)
        for (int dx = -1; dx <= 1; ++dx)
            CHECK(is_mark(image.pixelColor(centre + QPoint(dx, dy))));
    // And not a dot's width away on the far side from its number, nor anywhere else on the
    // page in that colour beyond the dot and its number.
    const double dot = std::max(panel.rect.width() * 0.016, 2.0) * dpi / resolution;
    CHECK_FALSE(is_mark(image.pixelColor(centre + QPointF(-3 * dot, 3 * dot).toPoint())));
    int far = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (is_mark(image.pixelColor(x, y)) &&
                std::hypot(x - on_page.x(), y - on_page.y()) > 8 * dot)
                ++far;
    // The legend's coloured bullet is the only other red.
    CHECK(far < 60);
}

TEST_CASE("an archival summary is PDF/A-1b, and a plain one is not", "[print][summary]") {
    RecordedSession s("Анна Ковальчук", "спокойно");
    const QString archival = QString::fromStdString(s.dir.file("archival.pdf").string());
    const QString plain = QString::fromStdString(s.dir.file("plain.pdf").string());
    REQUIRE(write(s, archival, true));
    REQUIRE(write(s, plain, false));
    const Run meta = run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), archival});
    REQUIRE(meta.exit == 0);
    const QString xmp = QString::fromUtf8(meta.out);
    CHECK(xmp.contains(QStringLiteral("pdfaid:part")));
    CHECK((xmp.contains(QStringLiteral("<pdfaid:part>1</pdfaid:part>")) ||
           xmp.contains(QStringLiteral("pdfaid:part=\"1\""))));
    CHECK((xmp.contains(QStringLiteral("<pdfaid:conformance>B</pdfaid:conformance>")) ||
           xmp.contains(QStringLiteral("pdfaid:conformance=\"B\""))));
    // PDF/A-1 also asks for an output intent with its colour profile.
    QFile file(archival);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.contains("/OutputIntents"));
    CHECK(bytes.contains("/GTS_PDFA1"));
    const Run plain_meta = run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), plain});
    CHECK_FALSE(QString::fromUtf8(plain_meta.out).contains(QStringLiteral("pdfaid")));
    // Archived or not, the text is the same text.
    CHECK(squeezed_text(archival).contains(QStringLiteral("Анна Ковальчук")));
}

TEST_CASE("a summary cannot be written where there is no folder, and nothing is left behind",
          "[print][summary]") {
    RecordedSession s("Anna K.", "fine");
    const QString path = QString::fromStdString((s.dir.path() / "no-folder" / "x.pdf").string());
    const Status written =
        print::write_summary_pdf(path, s.record(), &loader().catalog(), print::Paper::A4, false);
    CHECK_FALSE(written);
    CHECK(written.message().find("cannot write") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(s.dir.path() / "no-folder"));
}

TEST_CASE("a session stopped early gives its reason in the summary's language, never its code",
          "[print][summary][i18n]") {
    RecordedSession s("Anna K.", "fine");
    SessionRecord record = s.record();
    record.summary.outcome = Outcome::Stopped;
    record.summary.end_reason = "ended-by-therapist"; // as the journal keeps it
    const QString pdf = QString::fromStdString(s.dir.file("summary.pdf").string());
    const auto written = [&](const std::string& language) {
        print::SummaryOptions options;
        options.language = language;
        return print::write_summary_pdf(pdf, record, &loader().catalog(), print::Paper::A4, false,
                                        options)
            .ok();
    };
    REQUIRE(written("en"));
    QString text = squeezed_text(pdf);
    CHECK(text.contains(QStringLiteral("stopped early: ended by the therapist")));
    CHECK_FALSE(text.contains(QStringLiteral("ended-by-therapist")));

    // The words of the Russian catalogue (translations/effleur_ru.ts), then English again.
    ui::install_translations(*QCoreApplication::instance(), QStringLiteral("ru"));
    const bool russian = written("ru");
    ui::install_translations(*QCoreApplication::instance(), QStringLiteral("en"));
    REQUIRE(russian);
    text = squeezed_text(pdf);
    CHECK(text.contains(QStringLiteral("завершён массажистом")));
    CHECK_FALSE(text.contains(QStringLiteral("ended-by-therapist")));
    CHECK_FALSE(text.contains(QStringLiteral("ended by the therapist")));
}
