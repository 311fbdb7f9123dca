#include "ui/journal/findings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFocusEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <memory>

namespace effleur::ui {

namespace {

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

// A drag shorter than this (device pixels) is a click: a point.
constexpr double drag_px = 6.0;

} // namespace

const std::vector<std::string>& mark_kinds() {
    static const std::vector<std::string> kinds{"tension", "pain", "bruise", "injection", "other"};
    return kinds;
}

QColor mark_colour(std::string_view kind) {
    if (kind == "tension")
        return {0xd9, 0x8a, 0x00};
    if (kind == "pain")
        return {0xd1, 0x1f, 0x2a};
    if (kind == "bruise")
        return {0x7a, 0x3d, 0xa8};
    if (kind == "injection")
        return {0x1c, 0x6d, 0xd0};
    return {0x22, 0x8c, 0x74};
}

QString mark_kind_name(std::string_view kind) {
    if (kind == "tension")
        return FindingsBoard::tr("tension");
    if (kind == "pain")
        return FindingsBoard::tr("pain");
    if (kind == "bruise")
        return FindingsBoard::tr("bruise");
    if (kind == "injection")
        return FindingsBoard::tr("injection site");
    if (kind == "other")
        return FindingsBoard::tr("other");
    return QString::fromUtf8(kind.data(), static_cast<qsizetype>(kind.size()));
}

void paint_marks(QPainter* painter, const QTransform& to_device, std::string_view diagram,
                 const std::vector<storage::Mark>& marks, const DiagramPalette& palette) {
    if (marks.empty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const double scale = std::sqrt(std::abs(to_device.determinant())); // pixels per art unit
    QFont font = painter->font();
    font.setPixelSize(13);
    font.setBold(true);
    for (const storage::Mark& m : marks) {
        if (m.diagram != diagram)
            continue;
        const QPointF at = to_device.map(QPointF(m.x, m.y));
        const QColor colour = mark_colour(m.kind);
        const double r = m.radius * scale;
        if (r > point_mark_radius_px) {
            QColor tint = colour;
            tint.setAlpha(56);
            painter->setPen(QPen(colour, 2.5));
            painter->setBrush(tint);
            painter->drawEllipse(at, r, r);
        }
        painter->setPen(QPen(palette.halo, 2));
        painter->setBrush(colour);
        painter->drawEllipse(at, point_mark_radius_px, point_mark_radius_px);
        const QString words = m.label.empty() ? mark_kind_name(m.kind) : qs(m.label);
        QPainterPath text;
        text.addText(at + QPointF(point_mark_radius_px + 4, 4.5), font, words);
        painter->strokePath(
            text, QPen(palette.background, 4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->fillPath(text, palette.text);
    }
    painter->restore();
}

// --- the board --------------------------------------------------------------------------------

FindingsBoard::FindingsBoard(const Catalog& catalog, QWidget* parent)
    : QWidget(parent), catalog_(catalog) {
    setObjectName(QStringLiteral("findings-board"));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setCursor(Qt::CrossCursor);
    setAccessibleName(tr("Diagram for findings"));
}

void FindingsBoard::set_diagram(const std::string& id) {
    diagram_.clear();
    if (const Diagram* d = catalog_.diagram(id)) {
        diagram_ = id;
        if (const auto art = renderer_.art(*d).value_or(nullptr))
            cursor_ = art->view_box().center();
    }
    cursor_radius_ = 0;
    pressed_.reset();
    update();
}

void FindingsBoard::set_kept(std::vector<storage::Mark> marks) {
    kept_ = std::move(marks);
    update();
}

void FindingsBoard::remove_last() {
    if (added_.empty())
        return;
    added_.pop_back();
    update();
    Q_EMIT changed();
}

std::optional<DiagramFrame> FindingsBoard::frame() const {
    const Diagram* d = catalog_.diagram(diagram_);
    if (d == nullptr)
        return std::nullopt;
    DiagramFrame f;
    f.diagram = d;
    f.state = EngineState::Finished; // the art alone, still
    return f;
}

std::optional<QTransform> FindingsBoard::to_device() {
    const auto f = frame();
    if (!f)
        return std::nullopt;
    const auto scene = renderer_.scene(*f, QRectF(rect()));
    if (!scene)
        return std::nullopt;
    return scene->to_device;
}

std::optional<QRectF> FindingsBoard::view() {
    const auto f = frame();
    if (!f)
        return std::nullopt;
    const auto scene = renderer_.scene(*f, QRectF(rect()));
    if (!scene)
        return std::nullopt;
    return scene->view;
}

bool FindingsBoard::place(QPointF svg, double radius) {
    if (!to_device())
        return false;
    storage::Mark m;
    m.diagram = diagram_;
    m.x = svg.x();
    m.y = svg.y();
    m.radius = std::max(0.0, radius);
    m.kind = kind_;
    m.label = label_;
    added_.push_back(std::move(m));
    cursor_ = svg;
    update();
    Q_EMIT changed();
    return true;
}

void FindingsBoard::paintEvent(QPaintEvent*) {
    QPainter p(this);
    const auto f = frame();
    if (!f) {
        p.fillRect(rect(), renderer_.palette().background);
        p.setPen(renderer_.palette().text);
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("This protocol has no diagram to mark."));
        return;
    }
    renderer_.paint(&p, rect(), *f);
    const auto t = to_device();
    if (!t)
        return;
    paint_marks(&p, *t, diagram_, kept_, renderer_.palette());
    paint_marks(&p, *t, diagram_, added_, renderer_.palette());
    p.setRenderHint(QPainter::Antialiasing);
    const double scale = std::sqrt(std::abs(t->determinant()));
    if (pressed_) {
        const QPointF c = t->map(*pressed_);
        const double r = std::hypot(dragged_.x() - pressed_->x(), dragged_.y() - pressed_->y());
        p.setPen(QPen(mark_colour(kind_), 2, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(c, r * scale, r * scale);
    }
    if (hasFocus()) {
        const QPointF c = t->map(cursor_);
        p.setPen(QPen(renderer_.palette().ink, 1.5));
        p.setBrush(Qt::NoBrush);
        p.drawLine(c - QPointF(12, 0), c + QPointF(12, 0));
        p.drawLine(c - QPointF(0, 12), c + QPointF(0, 12));
        if (cursor_radius_ > 0) {
            p.setPen(QPen(mark_colour(kind_), 2, Qt::DashLine));
            p.drawEllipse(c, cursor_radius_ * scale, cursor_radius_ * scale);
        }
    }
}

void FindingsBoard::mousePressEvent(QMouseEvent* event) {
    const auto t = to_device();
    if (event->button() != Qt::LeftButton || !t) {
        QWidget::mousePressEvent(event);
        return;
    }
    pressed_ = t->inverted().map(event->position());
    dragged_ = *pressed_;
    cursor_ = *pressed_;
    setFocus(Qt::MouseFocusReason);
    update();
}

void FindingsBoard::mouseMoveEvent(QMouseEvent* event) {
    const auto t = to_device();
    if (!pressed_ || !t)
        return;
    dragged_ = t->inverted().map(event->position());
    update();
}

void FindingsBoard::mouseReleaseEvent(QMouseEvent* event) {
    const auto t = to_device();
    if (event->button() != Qt::LeftButton || !pressed_ || !t)
        return;
    const QPointF start = *pressed_;
    pressed_.reset();
    const QPointF end = t->inverted().map(event->position());
    const QPointF on_screen = event->position() - t->map(start);
    const bool area = std::hypot(on_screen.x(), on_screen.y()) >= drag_px;
    place(start, area ? std::hypot(end.x() - start.x(), end.y() - start.y()) : 0.0);
}

void FindingsBoard::keyPressEvent(QKeyEvent* event) {
    const auto v = view();
    if (!v) {
        QWidget::keyPressEvent(event);
        return;
    }
    const double step = v->width() / ((event->modifiers() & Qt::ShiftModifier) ? 8.0 : 40.0);
    QPointF move;
    switch (event->key()) {
    case Qt::Key_Left:
        move = {-step, 0};
        break;
    case Qt::Key_Right:
        move = {step, 0};
        break;
    case Qt::Key_Up:
        move = {0, -step};
        break;
    case Qt::Key_Down:
        move = {0, step};
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        cursor_radius_ += v->width() / 40.0;
        update();
        return;
    case Qt::Key_Minus:
        cursor_radius_ = std::max(0.0, cursor_radius_ - v->width() / 40.0);
        if (cursor_radius_ < v->width() / 80.0)
            cursor_radius_ = 0;
        update();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier)) {
            QWidget::keyPressEvent(event); // the dialog's keys
            return;
        }
        place(cursor_, cursor_radius_);
        return;
    case Qt::Key_Backspace:
    case Qt::Key_Delete:
        remove_last();
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    cursor_ = QPointF(std::clamp(cursor_.x() + move.x(), v->left(), v->right()),
                      std::clamp(cursor_.y() + move.y(), v->top(), v->bottom()));
    update();
}

void FindingsBoard::focusInEvent(QFocusEvent* event) {
    QWidget::focusInEvent(event);
    update();
}

void FindingsBoard::focusOutEvent(QFocusEvent* event) {
    QWidget::focusOutEvent(event);
    update();
}

// --- the panel --------------------------------------------------------------------------------

std::vector<std::string> diagrams_for_marks(const Catalog& catalog,
                                            const std::vector<std::string>& first) {
    std::vector<std::string> out;
    auto add = [&](const std::string& id) {
        if (catalog.diagram(id) != nullptr && std::find(out.begin(), out.end(), id) == out.end())
            out.push_back(id);
    };
    for (const std::string& id : first)
        add(id);
    for (const Diagram& d : catalog.diagrams)
        add(d.id);
    return out;
}

FindingsPanel::FindingsPanel(const Catalog& catalog, const std::vector<std::string>& diagrams,
                             QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("findings"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    diagram_ = new QComboBox(this);
    diagram_->setObjectName(QStringLiteral("findings-diagram"));
    for (const std::string& id : diagrams)
        if (const Diagram* d = catalog.diagram(id))
            diagram_->addItem(qs(d->title.get()), qs(id));
    auto* diagram_label = new QLabel(tr("&Diagram"), this);
    diagram_label->setBuddy(diagram_);
    kind_ = new QComboBox(this);
    kind_->setObjectName(QStringLiteral("findings-kind"));
    for (const std::string& k : mark_kinds())
        kind_->addItem(mark_kind_name(k), qs(k));
    auto* kind_label = new QLabel(tr("&Kind"), this);
    kind_label->setBuddy(kind_);
    label_ = new QLineEdit(this);
    label_->setObjectName(QStringLiteral("findings-words"));
    label_->setPlaceholderText(tr("a word or two"));
    label_->setMaxLength(60);
    auto* words_label = new QLabel(tr("&Words"), this);
    words_label->setBuddy(label_);
    // The diagram on a line of its own (its title is long), the kind and the words below.
    auto* diagram_row = new QHBoxLayout;
    diagram_row->addWidget(diagram_label);
    diagram_row->addWidget(diagram_, 1);
    outer->addLayout(diagram_row);
    row->addWidget(kind_label);
    row->addWidget(kind_);
    row->addWidget(words_label);
    row->addWidget(label_, 1);
    outer->addLayout(row);
    if (diagram_->count() < 2) {
        diagram_label->hide();
        diagram_->hide();
    }

    board_ = new FindingsBoard(catalog, this);
    outer->addWidget(board_, 1);
    auto* hint = new QLabel(tr("Click to mark a point, drag for an area. By keys: the arrows move "
                               "the cross, + and \u2212 make it an area, Enter marks."),
                            this);
    hint->setTextFormat(Qt::PlainText);
    hint->setWordWrap(true);
    outer->addWidget(hint);
    auto* bottom = new QHBoxLayout;
    list_ = new QLabel(this);
    list_->setObjectName(QStringLiteral("findings-list"));
    list_->setTextFormat(Qt::PlainText);
    list_->setWordWrap(true);
    remove_ = new QPushButton(tr("&Take back the last mark"), this);
    remove_->setObjectName(QStringLiteral("findings-remove"));
    remove_->setAutoDefault(false);
    bottom->addWidget(list_, 1);
    bottom->addWidget(remove_);
    outer->addLayout(bottom);

    if (diagram_->count() > 0)
        board_->set_diagram(diagram_->itemData(0).toString().toStdString());
    board_->set_kind(mark_kinds().front());
    connect(diagram_, &QComboBox::currentIndexChanged, this,
            [this](int i) { board_->set_diagram(diagram_->itemData(i).toString().toStdString()); });
    connect(kind_, &QComboBox::currentIndexChanged, this, [this](int i) {
        board_->set_kind(kind_->itemData(i).toString().toStdString());
        board_->update();
    });
    connect(label_, &QLineEdit::textChanged, this,
            [this](const QString& t) { board_->set_label(t.simplified().toStdString()); });
    connect(label_, &QLineEdit::returnPressed, this,
            [this] { board_->place(board_->cursor(), board_->cursor_radius()); });
    connect(remove_, &QPushButton::clicked, board_, &FindingsBoard::remove_last);
    auto count = std::make_shared<std::size_t>(0);
    connect(board_, &FindingsBoard::changed, this, [this, count] {
        if (board_->added().size() > *count)
            label_->clear(); // the next mark gets its own words
        *count = board_->added().size();
        update_list();
    });
    update_list();
}

void FindingsPanel::set_kept(std::vector<storage::Mark> marks) {
    board_->set_kept(std::move(marks));
}

void FindingsPanel::update_list() {
    const auto& added = board_->added();
    remove_->setEnabled(!added.empty());
    if (added.empty()) {
        list_->setText(tr("No new marks yet."));
        return;
    }
    QStringList words;
    for (const storage::Mark& m : added) {
        QString w = mark_kind_name(m.kind);
        if (!m.label.empty())
            w += QStringLiteral(": ") + qs(m.label);
        words << w;
    }
    list_->setText(tr("Marked: %1").arg(words.join(QStringLiteral("; "))));
}

FindingsDialog::FindingsDialog(const Catalog& catalog, const std::vector<std::string>& diagrams,
                               std::vector<storage::Mark> kept, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("findings-dialog"));
    setWindowTitle(tr("Findings on the diagram"));
    auto* outer = new QVBoxLayout(this);
    panel_ = new FindingsPanel(catalog, diagrams, this);
    panel_->set_kept(std::move(kept));
    outer->addWidget(panel_, 1);
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* save = buttons->addButton(tr("&Save marks"), QDialogButtonBox::AcceptRole);
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    save->setAutoDefault(false);
    cancel->setAutoDefault(false);
    outer->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(720, 680);
    panel_->board()->setFocus();
}

} // namespace effleur::ui
