#pragma once
// What the app asks of its three modules: the parts it loads on first use, as Qt plugins, so
// that their Qt libraries (TextToSpeech and Multimedia, Charts, PrintSupport) are not loaded
// and relocated before the window's first frame. Header-only: each module includes it and links
// nothing of the app; the app reaches a module only through these classes (modules.h).
//
// Ownership: what a module makes belongs to the caller (a widget to its parent). Errors: a
// module never throws; a missing module is the loader's to report.

#include "ui/session/voice.h"

#include <QColor>
#include <QList>
#include <QPageSize>
#include <QPointF>
#include <QString>
#include <QtPlugin>

#include <functional>
#include <memory>
#include <vector>

class QDialog;
class QPagedPaintDevice;
class QWidget;

namespace effleur::ui {

// The cues' voice and chimes: Qt TextToSpeech and Multimedia.
class VoiceModule {
public:
    virtual ~VoiceModule() = default;
    // The voice for the interface's `language` ("en", "ru"...). Slow with speech-dispatcher
    // (it lists every voice), so the app calls it on a worker thread; the speaker and its
    // engines then live on that thread (ThreadedSpeaker).
    [[nodiscard]] virtual std::unique_ptr<Speaker> make_speaker(const QString& language) = 0;
    // The three chimes, played from the resources under :/sounds/. On the UI thread.
    [[nodiscard]] virtual std::unique_ptr<Chimes> make_chimes() = 0;

protected:
    VoiceModule() = default;
    VoiceModule(const VoiceModule&) = default;
    VoiceModule& operator=(const VoiceModule&) = default;
};

// One line of a chart: its name in the legend, its colour, and its points (x: milliseconds
// since the epoch, y: 0 .. 100).
struct ChartLine {
    QString name;
    QColor colour;
    QList<QPointF> points;
};

// A chart of scores over time, all its words already in the user's language.
struct ScoreChart {
    QString title;
    QString x_title;
    QString y_title;
    bool dark = false;
    std::vector<ChartLine> lines; // lines without points are left out
    qint64 from_ms = 0;           // the x axis' range
    qint64 to_ms = 0;
    int x_ticks = 2;
};

// The chart widget a ChartsModule makes.
class ScoreChartView {
public:
    virtual ~ScoreChartView() = default;
    [[nodiscard]] virtual QWidget* widget() = 0;
    virtual void show_chart(const ScoreChart& chart) = 0;
    // What the chart shows: its lines, and the points of the line named `name` (0 if none).
    [[nodiscard]] virtual int line_count() const = 0;
    [[nodiscard]] virtual int points(const QString& name) const = 0;

protected:
    ScoreChartView() = default;
    ScoreChartView(const ScoreChartView&) = default;
    ScoreChartView& operator=(const ScoreChartView&) = default;
};

// Study progress charts: Qt Charts.
class ChartsModule {
public:
    virtual ~ChartsModule() = default;
    // A chart view, its widget a child of `parent` (which owns the widget; the view object
    // belongs to the caller and must not outlive the widget's use).
    [[nodiscard]] virtual std::unique_ptr<ScoreChartView> make_score_chart(QWidget* parent) = 0;

protected:
    ChartsModule() = default;
    ChartsModule(const ChartsModule&) = default;
    ChartsModule& operator=(const ChartsModule&) = default;
};

// A print preview: what it is called, and the page it starts with.
struct PreviewSpec {
    QString object_name;
    QString window_title; // empty: the dialog's own
    QString document_name;
    QPageSize page;
    bool window_modal = false;
};

// Printing: Qt PrintSupport.
class PrintingModule {
public:
    using Paint = std::function<void(QPagedPaintDevice& printer)>;
    virtual ~PrintingModule() = default;
    // A print preview on `parent` (not yet shown; the caller opens it) that paints with
    // `paint` on a high-resolution printer, prints or saves a PDF, and deletes itself and its
    // printer when closed.
    [[nodiscard]] virtual QDialog* make_preview(QWidget* parent, const PreviewSpec& spec,
                                                Paint paint) = 0;

protected:
    PrintingModule() = default;
    PrintingModule(const PrintingModule&) = default;
    PrintingModule& operator=(const PrintingModule&) = default;
};

} // namespace effleur::ui

#define EFFLEUR_VOICE_MODULE_IID "app.effleur.Effleur.VoiceModule/1"
#define EFFLEUR_CHARTS_MODULE_IID "app.effleur.Effleur.ChartsModule/1"
#define EFFLEUR_PRINTING_MODULE_IID "app.effleur.Effleur.PrintingModule/1"
Q_DECLARE_INTERFACE(effleur::ui::VoiceModule, EFFLEUR_VOICE_MODULE_IID)
Q_DECLARE_INTERFACE(effleur::ui::ChartsModule, EFFLEUR_CHARTS_MODULE_IID)
Q_DECLARE_INTERFACE(effleur::ui::PrintingModule, EFFLEUR_PRINTING_MODULE_IID)
