#pragma once
// A student's progress on one protocol: best and latest scores per quiz, a chart of scores over
// time (one line per quiz kind, dates along the bottom), and the steps most often got wrong,
// with "Practise these", which asks for a rehearsal of the weakest steps.
//
// The chart is drawn by the charts module (Qt Charts), loaded when the first progress view is
// made; without it, a note says why in the chart's place and the rest works as ever.
//
// Ownership: the view shares the protocol and copies the attempts it is given; it reads no
// store itself (its owner passes quiz::Attempt lists, e.g. from storage::ProgressStore). The
// figures come from quiz::summarize (core/progress.h). Nothing here throws.

#include "core/progress.h"

#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace effleur::ui {

class ScoreChartView;

class ProgressView : public QWidget {
    Q_OBJECT

public:
    // How many of the weakest steps "Practise these" rehearses.
    static constexpr std::size_t practise_count = 5;

    explicit ProgressView(QWidget* parent = nullptr);
    ~ProgressView() override;

    void set_data(std::shared_ptr<const Protocol> protocol, std::vector<quiz::Attempt> attempts);

    [[nodiscard]] const std::shared_ptr<const Protocol>& protocol() const { return protocol_; }
    // All kinds together, and each kind (nullopt in the table's "All quizzes" row).
    [[nodiscard]] const quiz::Progress& overall() const { return overall_; }
    [[nodiscard]] quiz::Progress of_kind(quiz::Kind kind) const;
    // How many points the chart shows for a kind (0 when it has no attempts), and its lines.
    [[nodiscard]] int chart_points(quiz::Kind kind) const;
    [[nodiscard]] int chart_series_count() const;
    [[nodiscard]] QTableWidget* scores_table() const { return table_; }
    [[nodiscard]] QListWidget* weakest_list() const { return weakest_; }
    [[nodiscard]] QPushButton* practise_button() const { return practise_; }
    // The chart's widget, or the note that says why there is no chart (the charts module,
    // loaded with the first progress view, is missing).
    [[nodiscard]] QWidget* chart_widget() const { return chart_widget_; }
    [[nodiscard]] bool has_chart() const { return chart_ != nullptr; }
    // The steps "Practise these" asks for.
    [[nodiscard]] std::vector<quiz::StepRef> practise_steps() const;

    [[nodiscard]] QSize sizeHint() const override { return {1100, 700}; }

Q_SIGNALS:
    void practiseRequested(std::shared_ptr<const effleur::Protocol> protocol,
                           std::vector<effleur::quiz::StepRef> steps);
    void quizRequested(std::shared_ptr<const effleur::Protocol> protocol);

private:
    void rebuild_chart();

    std::shared_ptr<const Protocol> protocol_;
    std::vector<quiz::Attempt> attempts_;
    quiz::Progress overall_;
    QLabel* title_ = nullptr;
    QLabel* empty_ = nullptr;
    QTableWidget* table_ = nullptr;
    std::unique_ptr<ScoreChartView> chart_; // from the charts module
    QWidget* chart_widget_ = nullptr;
    QListWidget* weakest_ = nullptr;
    QPushButton* practise_ = nullptr;
};

} // namespace effleur::ui
