#pragma once
// Translation catalogues made at test time: a small one from given entries, and a pseudo-locale
// of every string in the sources, each 40% longer and accented ("Start" -> "[Ŝţàŕţ~~]"), so that
// a label too tight for a longer language shows in English-speaking eyes. Both are compiled by
// Qt's own lupdate and lrelease, as the build compiles the real catalogues.

#include <catch2/catch.hpp>

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>
#include <cmath>
#include <vector>

namespace effleur::test {

struct CatalogueEntry {
    QString context;
    QString source;
    QString translation; // a numerus entry gets it for every form
    bool numerus = false;
    QString comment; // the disambiguation, if any
};

inline void run_tool(const QString& program, const QStringList& args) {
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForStarted());
    // No timing threshold: a slow machine only waits longer.
    REQUIRE(p.waitForFinished(-1));
    INFO(program.toStdString() << ": " << p.readAllStandardError().toStdString());
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    REQUIRE(p.exitCode() == 0);
}

// Writes `entries` as a catalogue for `language` to `ts`, compiles it to `qm` and returns `qm`.
inline QString compile_catalogue(const std::vector<CatalogueEntry>& entries,
                                 const QString& language, const QString& ts, const QString& qm) {
    QFile out(ts);
    REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeDTD(QStringLiteral("<!DOCTYPE TS>"));
    w.writeStartElement(QStringLiteral("TS"));
    w.writeAttribute(QStringLiteral("version"), QStringLiteral("2.1"));
    w.writeAttribute(QStringLiteral("language"), language);
    // One context element per entry: lrelease merges them.
    for (const CatalogueEntry& e : entries) {
        w.writeStartElement(QStringLiteral("context"));
        w.writeTextElement(QStringLiteral("name"), e.context);
        w.writeStartElement(QStringLiteral("message"));
        if (e.numerus)
            w.writeAttribute(QStringLiteral("numerus"), QStringLiteral("yes"));
        w.writeTextElement(QStringLiteral("source"), e.source);
        if (!e.comment.isEmpty())
            w.writeTextElement(QStringLiteral("comment"), e.comment);
        if (e.numerus) {
            w.writeStartElement(QStringLiteral("translation"));
            // Three forms: enough for Russian, Ukrainian and Polish; English uses two.
            for (int i = 0; i < 3; ++i)
                w.writeTextElement(QStringLiteral("numerusform"), e.translation);
            w.writeEndElement();
        } else {
            w.writeTextElement(QStringLiteral("translation"), e.translation);
        }
        w.writeEndElement();
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndDocument();
    out.close();
    run_tool(QStringLiteral(EFFLEUR_LRELEASE),
             {QStringLiteral("-silent"), ts, QStringLiteral("-qm"), qm});
    return qm;
}

// Every message lupdate finds in the sources (context, source, comment, numerus).
inline std::vector<CatalogueEntry> source_messages(const QString& ts) {
    run_tool(QStringLiteral(EFFLEUR_LUPDATE),
             {QStringLiteral("-silent"), QStringLiteral(EFFLEUR_SOURCE_DIR "/src"),
              QStringLiteral("-ts"), ts});
    QFile in(ts);
    REQUIRE(in.open(QIODevice::ReadOnly));
    QXmlStreamReader r(&in);
    std::vector<CatalogueEntry> found;
    QString context;
    while (!r.atEnd()) {
        r.readNext();
        if (!r.isStartElement())
            continue;
        if (r.name() == QLatin1String("name")) {
            context = r.readElementText();
        } else if (r.name() == QLatin1String("message")) {
            CatalogueEntry e;
            e.context = context;
            e.numerus = r.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            while (!(r.isEndElement() && r.name() == QLatin1String("message")) && !r.atEnd()) {
                r.readNext();
                if (r.isStartElement() && r.name() == QLatin1String("source"))
                    e.source = r.readElementText();
                else if (r.isStartElement() && r.name() == QLatin1String("comment"))
                    e.comment = r.readElementText();
            }
            found.push_back(e);
        }
    }
    REQUIRE_FALSE(r.hasError());
    return found;
}

// `source` made 40% longer and accented: letters swapped for accented ones, then "~" to the
// length; placeholders (%1, %n, %L1), mnemonics (&) and markup (<b>, &amp;) kept as they are.
inline QString pseudo(const QString& source) {
    static const QHash<QChar, QChar> accented = [] {
        const QString plain = QStringLiteral("AaCcEeGgIiJjLlNnOoRrSsTtUuYyZz");
        const QString marked = QStringLiteral("ÀàĈĉÉéĜĝÎîĴĵĹĺŃńÕõŔŕŜŝŢţÜüÝýŽž");
        QHash<QChar, QChar> map;
        for (qsizetype i = 0; i < plain.size(); ++i)
            map.insert(plain[i], marked[i]);
        return map;
    }();
    QString out;
    qsizetype letters = 0;
    for (qsizetype i = 0; i < source.size(); ++i) {
        const QChar c = source[i];
        if (c == QLatin1Char('%') && i + 1 < source.size()) {
            // %1, %n, %L1: copied whole
            qsizetype j = i + 1;
            if (source[j] == QLatin1Char('L'))
                ++j;
            while (j < source.size() && (source[j].isDigit() || source[j] == QLatin1Char('n')))
                ++j;
            out += source.mid(i, j - i);
            i = j - 1;
            continue;
        }
        // Markup (<b>) and entities (&amp;, &#8212;): copied whole.
        static const QRegularExpression markup(QStringLiteral("<[^>]*>|&[a-zA-Z]+;|&#[0-9]+;"));
        if (const auto m = markup.match(source, i, QRegularExpression::NormalMatch,
                                        QRegularExpression::AnchorAtOffsetMatchOption);
            m.hasMatch()) {
            out += m.captured();
            i += m.capturedLength() - 1;
            continue;
        }
        if (c.isLetter())
            ++letters;
        out += accented.value(c, c);
    }
    const auto extra = static_cast<qsizetype>(std::lround(0.4 * static_cast<double>(letters)));
    return QLatin1Char('[') + out + QString(std::max<qsizetype>(extra, 2), QLatin1Char('~')) +
           QLatin1Char(']');
}

// The pseudo-locale's catalogue, compiled into `folder`; returns the .qm file.
inline QString pseudo_catalogue(const QString& folder) {
    auto entries = source_messages(folder + QStringLiteral("/sources.ts"));
    REQUIRE(entries.size() > 100);
    for (CatalogueEntry& e : entries)
        e.translation = pseudo(e.source);
    return compile_catalogue(entries, QStringLiteral("en"), folder + QStringLiteral("/pseudo.ts"),
                             folder + QStringLiteral("/pseudo.qm"));
}

} // namespace effleur::test
