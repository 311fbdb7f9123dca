#include "print/coursesheet.h"

#include "print/cardcontent.h"
#include "print/pdffile.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <algorithm>
#include <memory>

#include <sys/stat.h>

namespace effleur::print {

namespace {

// The context of this page's words in the catalogues.
struct Sheet {
    Q_DECLARE_TR_FUNCTIONS(CourseSheet)
};

QString esc(const std::string& s) {
    return QString::fromStdString(s).toHtmlEscaped();
}

QString esc(const QString& s) {
    return s.toHtmlEscaped();
}

QString date_text(Date d) {
    const QDate date = QDate(1970, 1, 1).addDays(d.time_since_epoch().count());
    return QLocale().toString(date, QStringLiteral("ddd d MMM yyyy"));
}

QString slot_text(const Slot& slot, bool complex) {
    if (complex && slot.day)
        return Sheet::tr("%1 \u00b7 day %2").arg(slot.session).arg(*slot.day);
    return QString::number(slot.session);
}

QString phase_text(const CourseStatus& s) {
    switch (s.phase) {
    case CoursePhase::Course:
        return Sheet::tr("under way");
    case CoursePhase::Maintenance:
        return Sheet::tr("done; maintenance sessions follow");
    case CoursePhase::Break:
        return Sheet::tr("done; the next course after the break");
    case CoursePhase::Over:
        return Sheet::tr("done");
    }
    return {};
}

// "12 of 10\u201315 done", "1 of 1\u20133 procedures done", "4 done".
QString done_words(const CourseStatus& status, const Protocol& protocol) {
    const bool complex = !complex_days(protocol).empty();
    if (!protocol.course || !protocol.course->sessions)
        return complex ? Sheet::tr("%n procedure(s) done", nullptr, status.done)
                       : Sheet::tr("%n done", nullptr, status.done);
    const Range& r = *protocol.course->sessions;
    const QLocale locale;
    const QString of = r.min == r.max ? locale.toString(r.min, 'g', 6)
                                      : locale.toString(r.min, 'g', 6) + QStringLiteral("\u2013") +
                                            locale.toString(r.max, 'g', 6);
    return complex ? Sheet::tr("%1 of %2 procedures done").arg(locale.toString(status.done), of)
                   : Sheet::tr("%1 of %2 done").arg(locale.toString(status.done), of);
}

QString px(double pt) {
    return QString::number(pt * 96.0 / 72.0, 'f', 1);
}

// The sheet's HTML at a type size `size` (points) with `pad` points of room in each cell.
QString sheet_html(const storage::ClientCourse& c, const std::vector<SheetRow>& rows, double size,
                   double pad) {
    QString h = QStringLiteral("<html><body>");
    h += QStringLiteral("<p style=\"font-size:%1pt; margin-top:0; margin-bottom:%2px;\">%3</p>")
             .arg(size + 0.5, 0, 'f', 2)
             .arg(px(1), esc(Sheet::tr("Course sheet")));
    h += QStringLiteral("<p style=\"font-size:%1pt; font-weight:bold; margin-top:0; "
                        "margin-bottom:%2px;\">%3</p>")
             .arg(size * 1.9, 0, 'f', 2)
             .arg(px(2), esc(c.client_name));
    const Protocol& p = *c.protocol;
    h += QStringLiteral("<p style=\"font-size:%1pt; font-weight:bold; margin-top:0; "
                        "margin-bottom:%2px;\">%3</p>")
             .arg(size * 1.25, 0, 'f', 2)
             .arg(px(2), esc(p.title.get()));
    auto line = [&](const QString& html) {
        h += QStringLiteral("<p style=\"font-size:%1pt; margin-top:0; margin-bottom:%2px;\">"
                            "%3</p>")
                 .arg(size, 0, 'f', 2)
                 .arg(px(1.5), html);
    };
    if (p.course)
        line(QStringLiteral("<b>%1</b> %2")
                 .arg(esc(Sheet::tr("Plan:")), course_plan_html(*p.course)));
    line(esc(Sheet::tr("Began %1; %2; %3")
                 .arg(date_text(c.row.started), done_words(c.status, p), phase_text(c.status))));
    if (c.row.ended)
        line(esc(
            Sheet::tr("Ended early on %1: %2")
                .arg(date_text(c.row.ended->date), QString::fromStdString(c.row.ended->reason))));
    line(esc(
        Sheet::tr("Tick each session when it is done and sign it; write the date it was held.")));

    h += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"%1\" "
                        "style=\"border-collapse:collapse; border-color:#000000; "
                        "margin-top:%2px;\"><thead><tr bgcolor=\"#d8d8d8\">")
             .arg(px(2.5), px(4));
    const std::pair<QString, int> columns[] = {{Sheet::tr("Session"), 9},
                                               {Sheet::tr("Planned"), 17},
                                               {Sheet::tr("Held on"), 17},
                                               {Sheet::tr("Done"), 6},
                                               {Sheet::tr("Therapist's signature"), 19},
                                               {Sheet::tr("Client's signature"), 19},
                                               {Sheet::tr("Remarks"), 13}};
    for (const auto& [name, width] : columns)
        h += QStringLiteral("<th align=\"left\" style=\"font-size:%1pt;\" width=\"%2%\">%3</th>")
                 .arg(size - 0.5, 0, 'f', 2)
                 .arg(width)
                 .arg(esc(name));
    h += QStringLiteral("</tr></thead>");
    const QString cell =
        QStringLiteral("<td valign=\"middle\" style=\"font-size:%1pt;\">").arg(size, 0, 'f', 2);
    const QString end = QStringLiteral("</td>");
    // Room to write in each row: a blank as tall as `pad` points above and below the text.
    const QString strut = QStringLiteral("<span style=\"font-size:%1pt;\">&nbsp;</span>")
                              .arg(size + 1.6 * pad, 0, 'f', 2);
    const QString mark =
        QStringLiteral("<span style=\"font-size:%1pt;\">").arg(size * 1.6, 0, 'f', 2);
    for (const SheetRow& r : rows) {
        h += r.done ? QStringLiteral("<tr bgcolor=\"#efefef\">") : QStringLiteral("<tr>");
        h += cell + esc(r.session) + end;
        h += cell + esc(r.planned) + end;
        h += cell + esc(r.held) + end;
        // Held: ticked in the journal; planned: a box to tick by hand.
        h += cell + mark + (r.done ? QStringLiteral("\u2713") : QStringLiteral("\u2610")) +
             QStringLiteral("</span>") + end;
        h += cell + strut + end + cell + end;
        h += cell + esc(r.remark) + end + QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table></body></html>");
    return h;
}

} // namespace

std::vector<SheetRow> sheet_rows(const storage::ClientCourse& c) {
    std::vector<SheetRow> rows;
    const bool complex = !complex_days(*c.protocol).empty();
    const std::vector<int> days = complex_days(*c.protocol);
    std::vector<CourseSession> held = c.input.sessions;
    std::stable_sort(held.begin(), held.end(), [](const CourseSession& a, const CourseSession& b) {
        return a.date < b.date;
    });
    int session = 0;
    for (const CourseSession& s : held) {
        // A complex's first day begins a procedure; any other session is one of its own.
        if (!complex || !s.day || days.empty() || *s.day == days.front() || session == 0)
            ++session;
        SheetRow r;
        r.session = slot_text(Slot{session, s.day}, complex);
        r.held = date_text(s.date);
        r.done = true;
        rows.push_back(std::move(r));
    }
    int last = session;
    for (const PlannedSession& p : c.status.upcoming) {
        SheetRow r;
        r.session = p.maintenance   ? Sheet::tr("maintenance")
                    : p.next_course ? Sheet::tr("next course")
                                    : slot_text(p.slot, complex);
        r.planned = date_text(p.date);
        if (p.moved)
            r.remark = p.reason.empty()
                           ? Sheet::tr("moved")
                           : Sheet::tr("moved: %1").arg(QString::fromStdString(p.reason));
        if (!p.maintenance && !p.next_course)
            last = std::max(last, p.slot.session);
        rows.push_back(std::move(r));
    }
    // After the least number the plan goes one session at a time: blank rows up to the most.
    const bool under_way = c.status.phase == CoursePhase::Course && !c.row.ended;
    if (under_way && !complex && c.status.planned) {
        const int most = static_cast<int>(c.status.planned->max);
        for (int k = last + 1; k <= most; ++k) {
            SheetRow r;
            r.session = QString::number(k);
            r.remark = Sheet::tr("if needed");
            rows.push_back(std::move(r));
        }
    }
    return rows;
}

int paint_course_sheet(QPainter& painter, QPagedPaintDevice& device,
                       const storage::ClientCourse& course) {
    if (!painter.isActive() || !course.protocol)
        return 0;
    const PageFrame frame(device);
    const QSizeF page = frame.page;
    if (frame.too_small())
        return 0;
    const std::vector<SheetRow> rows = sheet_rows(course);

    // Room to write by hand, less and smaller type as long as it does not fit on one page.
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&device);
    doc.setDocumentMargin(0);
    doc.setPageSize(page);
    for (const auto& [size, pad] :
         {std::pair{9.0, 11.0}, std::pair{9.0, 8.0}, std::pair{9.0, 6.0}, std::pair{8.5, 4.5},
          std::pair{8.0, 3.0}, std::pair{7.5, 2.0}, std::pair{7.0, 1.0}}) {
        doc.setDefaultFont(page_font(size));
        doc.setHtml(sheet_html(course, rows, size, pad));
        if (doc.pageCount() <= 1)
            break;
    }
    const int pages = doc.pageCount();
    const QString printed = QLocale().toString(QDate::currentDate(), QLocale::ShortFormat);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device.newPage();
        frame.paint_text(painter, doc, i);
        frame.paint_footer(painter,
                           Sheet::tr("Effleur \u00b7 course sheet \u00b7 %1 \u00b7 printed %2")
                               .arg(QString::fromStdString(course.protocol->id), printed),
                           Sheet::tr("page %1 of %2").arg(i + 1).arg(pages));
    }
    return pages;
}

Status write_course_sheets_pdf(const QString& path,
                               const std::vector<const storage::ClientCourse*>& courses,
                               Paper paper) {
    if (courses.empty())
        return message_only(Sheet::tr("no course to print").toStdString());
    PdfFile setup;
    setup.paper = paper;
    setup.margins_mm = QMarginsF(14, 12, 14, 10);
    setup.title = Sheet::tr("Course sheet");
    setup.owner_only = true; // client names are in it
    return write_pdf(
        path, setup,
        [&](QPdfWriter& writer) {
            QPainter painter;
            if (!painter.begin(&writer))
                return false;
            bool first = true;
            for (const storage::ClientCourse* c : courses) {
                if (!first)
                    writer.newPage();
                first = false;
                (void)paint_course_sheet(painter, writer, *c);
            }
            painter.end();
            return true;
        },
        Sheet::tr("cannot paint the course sheet into %1").arg(path));
}

} // namespace effleur::print
