// The charts module: the study progress chart, drawn with Qt Charts, as a Qt plugin the app
// loads when a progress window first opens (ui/modules/modules.h).

#include "ui/modules/interfaces.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLineSeries>
#include <QObject>
#include <QPen>
#include <QValueAxis>

namespace effleur::ui {

namespace {

class ChartsScoreView final : public ScoreChartView {
public:
    explicit ChartsScoreView(QWidget* parent) {
        auto* chart = new QChart;
        chart->legend()->setAlignment(Qt::AlignBottom);
        view_ = new QChartView(chart, parent);
        view_->setObjectName(QStringLiteral("progress-chart"));
        view_->setRenderHint(QPainter::Antialiasing);
    }

    QWidget* widget() override { return view_; }

    void show_chart(const ScoreChart& spec) override {
        QChart* chart = view_->chart();
        chart->removeAllSeries();
        for (QAbstractAxis* axis : chart->axes()) {
            chart->removeAxis(axis); // gives the axis back to us
            delete axis;
        }
        chart->setTitle(spec.title);
        chart->setTheme(spec.dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        auto* x = new QDateTimeAxis;
        x->setFormat(QStringLiteral("d MMM"));
        x->setTitleText(spec.x_title);
        auto* y = new QValueAxis;
        y->setRange(0, 100);
        y->setTickCount(6);
        y->setLabelFormat(QStringLiteral("%d%%"));
        y->setTitleText(spec.y_title);
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        for (const ChartLine& line : spec.lines) {
            if (line.points.isEmpty())
                continue;
            auto* series = new QLineSeries;
            series->setName(line.name);
            series->setPointsVisible(true);
            series->append(line.points);
            chart->addSeries(series);
            // Set after adding: the chart's theme would replace them.
            series->setPen(QPen(line.colour, 2.5));
            series->setColor(line.colour);
            series->attachAxis(x);
            series->attachAxis(y);
        }
        x->setRange(QDateTime::fromMSecsSinceEpoch(spec.from_ms),
                    QDateTime::fromMSecsSinceEpoch(spec.to_ms));
        x->setTickCount(spec.x_ticks);
    }

    int line_count() const override { return static_cast<int>(view_->chart()->series().size()); }

    int points(const QString& name) const override {
        for (QAbstractSeries* s : view_->chart()->series())
            if (s->name() == name)
                if (auto* line = qobject_cast<QLineSeries*>(s))
                    return static_cast<int>(line->count());
        return 0;
    }

private:
    QChartView* view_ = nullptr;
};

} // namespace

class ChartsPlugin final : public QObject, public ChartsModule {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID EFFLEUR_CHARTS_MODULE_IID)
    Q_INTERFACES(effleur::ui::ChartsModule)

public:
    std::unique_ptr<ScoreChartView> make_score_chart(QWidget* parent) override {
        return std::make_unique<ChartsScoreView>(parent);
    }
};

} // namespace effleur::ui

#include "chartsmodule.moc"
