#include "ui/study/quizline.h"

#include "render/diagramscene.h"
#include "ui/session/sessionwidgets.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <set>

namespace effleur::ui {

namespace {

constexpr int samples = 64;

QColor right_colour() {
    return {46, 125, 50};
}
QColor wrong_colour() {
    return {198, 40, 40};
}

double distance_to_segment(QPointF p, QPointF a, QPointF b) {
    const QPointF ab = b - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0) : 0.0;
    const QPointF d = p - (a + ab * t);
    return std::hypot(d.x(), d.y());
}

LinePath reversed(const LinePath& path) {
    std::vector<QPointF> pts(path.points().rbegin(), path.points().rend());
    return LinePath(std::move(pts));
}

void draw_path(QPainter& p, const LinePath& path, const QColor& colour, double width,
               const QColor& halo, bool arrows) {
    const QPainterPath curve = path.path();
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(halo, width * 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPath(curve);
    p.setPen(QPen(colour, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPath(curve);
    if (!arrows)
        return;
    for (const Arrow& a : arrowheads(path)) {
        p.setPen(QPen(halo, width * 0.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(colour);
        p.drawPolygon(arrowhead_polygon(a, width * 3.4, width * 3.2));
    }
}

// The words that count when a title is compared with a line's name: lower case, four letters or
// more ("the", "of", "to" say nothing of the line).
QStringList telling_words(const QString& text) {
    static const QRegularExpression word(QStringLiteral("[^\\p{L}]+"));
    QStringList out;
    for (const QString& w : text.toLower().split(word, Qt::SkipEmptyParts))
        if (w.size() >= 4)
            out << w;
    return out;
}

} // namespace

QString title_without_line(const QString& title, const Catalog& catalog, const std::string& line) {
    const Diagram* owner = nullptr;
    const MassageLine* l = catalog.line(line, &owner);
    if (l == nullptr || owner == nullptr)
        return title;
    QStringList hints = telling_words(QString::fromStdString(l->name.get()));
    for (const std::string& id : l->points())
        if (const Landmark* lm = owner->landmark(id))
            hints << telling_words(QString::fromStdString(lm->name.get()));
    const auto tells = [&](const QString& text) {
        const QStringList words = telling_words(text);
        return std::any_of(words.begin(), words.end(),
                           [&](const QString& w) { return hints.contains(w); });
    };
    const QString ellipsis(QChar(0x2026));
    // "Technique: where" -> "Technique: ..." when the part after the colon names the line.
    if (const qsizetype colon = title.indexOf(QLatin1Char(':')); colon > 0)
        if (tells(title.mid(colon + 1)))
            return title.left(colon + 1) + QLatin1Char(' ') + ellipsis;
    // Else each telling word is left out on its own.
    static const QRegularExpression word(QStringLiteral("\\p{L}+"));
    QString out;
    qsizetype last = 0;
    auto it = word.globalMatch(title);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString w = m.captured().toLower();
        if (w.size() >= 4 && hints.contains(w)) {
            out += title.mid(last, m.capturedStart() - last) + ellipsis;
            last = m.capturedEnd();
        }
    }
    return out + title.mid(last);
}

quiz::LineQuestion own_lines_only(const quiz::LineQuestion& question, const Protocol& protocol) {
    std::set<std::string> worked;
    for (const Stage& stage : protocol.stages)
        for (const Step& step : stage.steps)
            for (const LineRef& ref : step.lines)
                worked.insert(ref.line);
    quiz::LineQuestion out = question;
    out.candidates.clear();
    for (const std::string& id : question.candidates)
        if (worked.count(id) || id == question.line)
            out.candidates.push_back(id);
    if (out.candidates.size() < 3)
        out.candidates = question.candidates;
    return out;
}

// ---- LineCanvas

LineCanvas::LineCanvas(const Catalog& catalog, QWidget* parent)
    : QWidget(parent), catalog_(catalog), renderer_(theme_for_palette()) {
    setObjectName(QStringLiteral("line-canvas"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setMinimumSize(320, 260);
    step_.technique = Technique::Stroking;
    step_.seconds = 10;
}

void LineCanvas::set_question(const quiz::LineQuestion& question) {
    question_ = question;
    diagram_ = catalog_.diagram(question.diagram);
    step_.diagram = question.diagram;
    step_.lines.clear();
    for (const std::string& id : question.candidates)
        step_.lines.push_back(LineRef{id, Direction::AsDrawn});
    picked_.reset();
    hover_.reset();
    direction_ = Direction::AsDrawn;
    revealed_ = false;
    laid_out_ = QRect();
    layout();
    update();
}

void LineCanvas::reveal() {
    revealed_ = true;
    update();
}

void LineCanvas::set_theme(DiagramTheme theme) {
    renderer_.set_theme(theme);
    update();
}

void LineCanvas::layout() {
    if (laid_out_ == rect() || !question_ || diagram_ == nullptr)
        return;
    laid_out_ = rect();
    drawn_.clear();
    landmarks_.clear();
    order_.clear();
    const auto art = renderer_.art(*diagram_).value_or(nullptr);
    if (!art)
        return;
    DiagramFrame frame;
    frame.diagram = diagram_;
    frame.step = &step_;
    frame.state = EngineState::Paused;
    const DiagramScene scene = layout_scene(*art, frame, QRectF(rect()));
    stroke_ = scene.stroke;
    for (const SceneLine& l : scene.lines) {
        auto it = std::find_if(drawn_.begin(), drawn_.end(),
                               [&](const Drawn& d) { return d.id == l.id; });
        if (it == drawn_.end()) {
            drawn_.push_back(Drawn{l.id, {}});
            it = drawn_.end() - 1;
        }
        it->paths.push_back(l.reversed ? reversed(l.path) : l.path);
    }
    // Top to bottom, then left to right, by where the line's middle is drawn.
    auto middle = [](const Drawn& d) {
        return d.paths.empty() ? QPointF() : d.paths.front().point_at(0.5);
    };
    std::sort(drawn_.begin(), drawn_.end(), [&](const Drawn& a, const Drawn& b) {
        const QPointF ma = middle(a), mb = middle(b);
        if (std::abs(ma.y() - mb.y()) > stroke_)
            return ma.y() < mb.y();
        return ma.x() < mb.x();
    });
    for (const Drawn& d : drawn_)
        order_.push_back(d.id);
    for (const Landmark& lm : diagram_->landmarks) {
        for (BodySide side : {BodySide::Right, BodySide::Left}) {
            if (side == BodySide::Left && !art->bilateral(lm.id))
                continue;
            if (const auto at = art->landmark(lm.id, side))
                landmarks_.push_back(scene.to_device.map(*at));
        }
    }
}

const LineCanvas::Drawn* LineCanvas::drawn(const std::string& id) const {
    const auto it =
        std::find_if(drawn_.begin(), drawn_.end(), [&](const Drawn& d) { return d.id == id; });
    return it == drawn_.end() ? nullptr : &*it;
}

std::optional<std::string> LineCanvas::picked() const {
    if (!picked_ || *picked_ >= drawn_.size())
        return std::nullopt;
    return drawn_[*picked_].id;
}

std::optional<std::pair<std::size_t, double>> LineCanvas::nearest(QPointF point) const {
    const double reach = std::max(14.0, stroke_ * 3.0);
    std::optional<std::pair<std::size_t, double>> best;
    double best_distance = reach;
    for (std::size_t i = 0; i < drawn_.size(); ++i) {
        for (const LinePath& path : drawn_[i].paths) {
            QPointF prev = path.point_at(0);
            for (int s = 1; s <= samples; ++s) {
                const double f = static_cast<double>(s) / samples;
                const QPointF here = path.point_at(f);
                // The picked line wins within reach: lines meet at shared landmarks, and a
                // click near its end is about its direction.
                double d = distance_to_segment(point, prev, here);
                if (picked_ == i && d <= reach)
                    d -= reach;
                if (d <= best_distance) {
                    best_distance = d;
                    best = std::make_pair(i, f - 0.5 / samples);
                }
                prev = here;
            }
        }
    }
    return best;
}

std::optional<std::string> LineCanvas::line_at(QPointF point) {
    layout();
    if (const auto hit = nearest(point))
        return drawn_[hit->first].id;
    return std::nullopt;
}

std::optional<QPointF> LineCanvas::point_on(const std::string& line, double fraction) {
    layout();
    const Drawn* d = drawn(line);
    if (d == nullptr || d->paths.empty())
        return std::nullopt;
    return d->paths.front().point_at(fraction);
}

void LineCanvas::cycle(int by) {
    layout();
    if (revealed_ || drawn_.empty())
        return;
    const auto n = static_cast<int>(drawn_.size());
    const int from = picked_ ? static_cast<int>(*picked_) : (by > 0 ? -1 : 0);
    picked_ = static_cast<std::size_t>(((from + by) % n + n) % n);
    update();
    Q_EMIT pickChanged();
}

void LineCanvas::pick(const std::string& line) {
    layout();
    if (revealed_)
        return;
    for (std::size_t i = 0; i < drawn_.size(); ++i)
        if (drawn_[i].id == line) {
            picked_ = i;
            update();
            Q_EMIT pickChanged();
            return;
        }
}

void LineCanvas::set_direction(Direction direction) {
    if (revealed_)
        return;
    direction_ = direction;
    update();
    Q_EMIT pickChanged();
}

void LineCanvas::toggle_direction() {
    set_direction(direction_ == Direction::AsDrawn ? Direction::Reversed : Direction::AsDrawn);
}

void LineCanvas::resizeEvent(QResizeEvent*) {
    layout();
}

void LineCanvas::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || revealed_)
        return;
    layout();
    const auto hit = nearest(event->position());
    if (!hit)
        return;
    if (picked_ == hit->first) {
        // On the picked line, near an end: the stroke finishes at that end.
        if (hit->second >= 0.7)
            set_direction(Direction::AsDrawn);
        else if (hit->second <= 0.3)
            set_direction(Direction::Reversed);
        return;
    }
    picked_ = hit->first;
    update();
    Q_EMIT pickChanged();
}

void LineCanvas::mouseMoveEvent(QMouseEvent* event) {
    layout();
    const auto hit = nearest(event->position());
    const std::optional<std::size_t> now =
        hit ? std::optional<std::size_t>(hit->first) : std::nullopt;
    if (now != hover_) {
        hover_ = now;
        setCursor(hover_ && !revealed_ ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
}

void LineCanvas::paintEvent(QPaintEvent*) {
    QPainter p(this);
    const DiagramPalette& pal = renderer_.palette();
    if (!question_ || diagram_ == nullptr) {
        p.fillRect(rect(), pal.background);
        return;
    }
    layout();
    DiagramFrame frame;
    frame.diagram = diagram_;
    frame.step = &step_;
    frame.state = EngineState::Paused;
    renderer_.paint_base(&p, rect(), frame);
    p.setRenderHint(QPainter::Antialiasing);

    const double w = stroke_;
    for (std::size_t i = 0; i < drawn_.size(); ++i) {
        if (picked_ == i && !revealed_)
            continue; // drawn last, on top
        const bool hovered = hover_ == i && !revealed_;
        for (const LinePath& path : drawn_[i].paths)
            draw_path(p, path, hovered ? pal.ink : pal.detail, hovered ? w * 1.0 : w * 0.7,
                      pal.halo, false);
    }
    p.setPen(QPen(pal.halo, 1.5));
    p.setBrush(pal.ink);
    const double r = std::max(2.5, w * 0.75);
    for (const QPointF& at : landmarks_)
        p.drawEllipse(at, r, r);

    auto draw_answer = [&](const std::string& id, Direction way, const QColor& colour) {
        if (const Drawn* d = drawn(id))
            for (const LinePath& path : d->paths)
                draw_path(p, way == Direction::Reversed ? reversed(path) : path, colour, w * 1.3,
                          pal.halo, true);
    };
    // A mark and a word beside a line, on a pill of its colour: not by colour alone.
    auto label = [&](const std::string& id, double along, const QString& words,
                     const QColor& colour) {
        const Drawn* d = drawn(id);
        if (d == nullptr || d->paths.empty())
            return;
        QFont f = font();
        f.setBold(true);
        p.setFont(f);
        const QPointF at = d->paths.front().point_at(along);
        QRectF box = QFontMetricsF(f).boundingRect(words).adjusted(-8, -4, 8, 4);
        box.moveCenter(at + QPointF(0, -box.height()));
        box.moveLeft(std::clamp(box.left(), 2.0, std::max(2.0, width() - box.width() - 2)));
        box.moveTop(std::clamp(box.top(), 2.0, std::max(2.0, height() - box.height() - 2)));
        p.setPen(QPen(pal.halo, 1.5));
        p.setBrush(colour);
        p.drawRoundedRect(box, 6, 6);
        p.setPen(Qt::white);
        p.drawText(box, Qt::AlignCenter, words);
    };
    if (revealed_ && question_) {
        const auto mine = picked();
        const bool wrong = mine && (*mine != question_->line || direction_ != question_->direction);
        if (wrong)
            draw_answer(*mine, direction_, wrong_colour());
        draw_answer(question_->line, question_->direction, right_colour());
        if (wrong && *mine != question_->line)
            label(*mine, 0.5, tr("\u2717 your pick"), wrong_colour());
        label(question_->line, 0.5, wrong ? tr("\u2713 the answer") : tr("\u2713 right"),
              right_colour());
    } else if (const auto mine = picked()) {
        draw_answer(*mine, direction_, pal.line);
    }
}

// ---- LineQuizWidget

LineQuizWidget::LineQuizWidget(std::shared_ptr<const Protocol> protocol, const Catalog& catalog,
                               quiz::LineQuiz quiz, QWidget* parent)
    : QuizWidget(parent), protocol_(std::move(protocol)), catalog_(catalog),
      quiz_(std::move(quiz)) {
    setObjectName(QStringLiteral("line-quiz"));
    setFocusPolicy(Qt::StrongFocus);
    auto* outer = new QVBoxLayout(this);
    auto* head = new QHBoxLayout;
    auto* words = new QVBoxLayout;
    counter_ = new QLabel(this);
    counter_->setObjectName(QStringLiteral("line-counter"));
    words->addWidget(counter_);
    title_ = new QLabel(this);
    title_->setTextFormat(Qt::PlainText); // protocol text, never markup
    title_->setObjectName(QStringLiteral("line-step"));
    title_->setWordWrap(true);
    QFont big = title_->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title_->setFont(big);
    words->addWidget(title_);
    facts_ = new QLabel(this);
    facts_->setTextFormat(Qt::PlainText); // protocol text, never markup
    facts_->setWordWrap(true);
    words->addWidget(facts_);
    head->addLayout(words, 1);
    outer->addLayout(head);

    canvas_ = new LineCanvas(catalog_, this);
    outer->addWidget(canvas_, 1);

    auto* hint =
        new QLabel(tr("Click the line this step works; click near the end where the stroke "
                      "finishes, or press D to turn it round. Tab or the arrow keys go through "
                      "the lines; Enter answers."),
                   this);
    hint->setWordWrap(true);
    outer->addWidget(hint);

    auto* bar = new QHBoxLayout;
    feedback_ = new QLabel(this);
    feedback_->setTextFormat(Qt::PlainText); // protocol text, never markup
    feedback_->setObjectName(QStringLiteral("line-feedback"));
    feedback_->setWordWrap(true);
    QFont fb = feedback_->font();
    fb.setPointSizeF(fb.pointSizeF() * 1.2);
    fb.setBold(true);
    feedback_->setFont(fb);
    bar->addWidget(feedback_, 1);
    turn_ = new QPushButton(tr("Turn round (D)"), this);
    turn_->setObjectName(QStringLiteral("line-turn"));
    answer_ = new QPushButton(tr("Answer"), this);
    answer_->setObjectName(QStringLiteral("line-answer"));
    answer_->setToolTip(tr("Enter"));
    for (QPushButton* b : {turn_, answer_}) {
        b->setFocusPolicy(Qt::NoFocus);
        bar->addWidget(b);
    }
    outer->addLayout(bar);

    connect(turn_, &QPushButton::clicked, canvas_, &LineCanvas::toggle_direction);
    connect(answer_, &QPushButton::clicked, this, [this] { answered() ? go_on() : answer(); });
    connect(canvas_, &LineCanvas::pickChanged, this, [this] {
        if (answered())
            return;
        const auto picked = canvas_->picked();
        answer_->setEnabled(picked.has_value());
        turn_->setEnabled(picked.has_value());
        feedback_->setText(
            picked ? QStringLiteral("%1, %2").arg(line_name(catalog_, *picked),
                                                  way_words(*picked, canvas_->direction()))
                   : QString());
    });
    show_question();
}

QString LineQuizWidget::feedback_text() const {
    return feedback_->text();
}

QString LineQuizWidget::way_words(const std::string& line, Direction direction) const {
    const Diagram* owner = nullptr;
    const MassageLine* l = catalog_.line(line, &owner);
    if (l == nullptr || owner == nullptr)
        return direction == Direction::AsDrawn ? tr("as drawn") : tr("reversed");
    auto name = [&](const std::string& id) {
        const Landmark* lm = owner->landmark(id);
        QString words = lm ? QString::fromStdString(lm->name.get()) : QString::fromStdString(id);
        if (!words.isEmpty()) // mid-sentence
            words[0] = words[0].toLower();
        return words;
    };
    const QString from = name(direction == Direction::AsDrawn ? l->from : l->to);
    const QString to = name(direction == Direction::AsDrawn ? l->to : l->from);
    return tr("from %1 to %2").arg(from, to);
}

void LineQuizWidget::show_question() {
    if (current_ >= quiz_.questions.size()) {
        counter_->setText(tr("No questions"));
        answer_->setEnabled(false);
        turn_->setEnabled(false);
        return;
    }
    const quiz::LineQuestion& q = quiz_.questions[current_];
    counter_->setText(tr("Question %1 of %2 \u00b7 which line does this step work, and which way?")
                          .arg(current_ + 1)
                          .arg(quiz_.questions.size()));
    title_->setText(title_without_line(step_title(*protocol_, q.step), catalog_, q.line));
    const Step* step = quiz::step_at(*protocol_, q.step);
    // Which step it is, by its place: the title no longer names it alone.
    QString facts;
    if (q.step.stage < protocol_->stages.size()) {
        const Stage& stage = protocol_->stages[q.step.stage];
        facts = protocol_->stages.size() > 1
                    ? tr("Step %1 of %2 in \u201c%3\u201d")
                          .arg(q.step.step + 1)
                          .arg(stage.steps.size())
                          .arg(QString::fromStdString(stage.title.get()))
                    : tr("Step %1 of %2").arg(q.step.step + 1).arg(stage.steps.size());
    }
    if (step)
        facts += QStringLiteral("  \u00b7  ") + step_facts(*step, std::nullopt);
    if (q.line_count > 1)
        facts += tr("  \u2014  it works %n line(s); find the one it starts on.", nullptr,
                    static_cast<int>(q.line_count));
    facts_->setText(facts);
    canvas_->set_question(own_lines_only(q, *protocol_));
    feedback_->clear();
    answer_->setText(tr("Answer"));
    answer_->setEnabled(false);
    turn_->setEnabled(false);
}

void LineQuizWidget::answer() {
    if (answered() || current_ >= quiz_.questions.size())
        return;
    const auto picked = canvas_->picked();
    if (!picked)
        return;
    const quiz::LineQuestion& q = quiz_.questions[current_];
    answers_.push_back(quiz::LineAnswer{*picked, canvas_->direction()});
    canvas_->reveal();
    const bool line_right = *picked == q.line;
    const bool way_right = line_right && canvas_->direction() == q.direction;
    if (way_right)
        feedback_->setText(tr("\u2713 Right line, right way."));
    else if (line_right)
        feedback_->setText(
            tr("Right line, but it goes the other way: %1.").arg(way_words(q.line, q.direction)));
    else
        feedback_->setText(tr("\u2717 Not this line: it is %1, %2.")
                               .arg(line_name(catalog_, q.line), way_words(q.line, q.direction)));
    const bool last = current_ + 1 == quiz_.questions.size();
    answer_->setText(last ? tr("See the result") : tr("Next question"));
    answer_->setEnabled(true);
    turn_->setEnabled(false);
    if (!last)
        return;
    result_ = quiz::score_line(quiz_, answers_);
    QuizOutcome out;
    out.score = result_->score;
    out.questions = result_->total;
    std::size_t full = 0;
    for (double pts : result_->points)
        full += pts >= 1.0 ? 1 : 0;
    out.right = full;
    out.missed = result_->mistakes;
    out.headline = right_of_total_text(full, result_->total, result_->score);
    for (std::size_t i = 0; i < quiz_.questions.size() && i < result_->points.size(); ++i) {
        if (result_->points[i] >= 1.0)
            continue;
        const quiz::LineQuestion& qi = quiz_.questions[i];
        const quiz::LineAnswer& a = answers_[i];
        out.mistakes << tr("\u201c%1\u201d: you chose %2, %3; it is %4, %5.")
                            .arg(step_title(*protocol_, qi.step), line_name(catalog_, a.line),
                                 way_words(a.line, a.direction.value_or(Direction::AsDrawn)),
                                 line_name(catalog_, qi.line), way_words(qi.line, qi.direction));
    }
    Q_EMIT scored(out);
}

void LineQuizWidget::go_on() {
    if (!answered())
        return;
    if (current_ + 1 >= quiz_.questions.size()) {
        Q_EMIT finished();
        return;
    }
    ++current_;
    show_question();
}

bool LineQuizWidget::event(QEvent* event) {
    // Tab goes through the lines, not the buttons, while a question is open.
    if (event->type() == QEvent::KeyPress && !answered()) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) {
            canvas_->cycle(key->key() == Qt::Key_Tab ? 1 : -1);
            return true;
        }
    }
    return QWidget::event(event);
}

void LineQuizWidget::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
        if (answered())
            go_on();
        else
            canvas_->cycle(1);
        return;
    case Qt::Key_Left:
    case Qt::Key_Up:
        canvas_->cycle(-1);
        return;
    case Qt::Key_D:
        canvas_->toggle_direction();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (answered())
            go_on();
        else
            answer();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

std::optional<quiz::Attempt> LineQuizWidget::attempt(std::chrono::system_clock::time_point at,
                                                     std::chrono::milliseconds took) const {
    if (!result_)
        return std::nullopt;
    return quiz::make_attempt(*protocol_, quiz_, *result_, at, took);
}

} // namespace effleur::ui
