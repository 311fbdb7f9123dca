#include "ui/library/libraryview.h"

#include "ui/common/words.h"
#include "ui/library/librarypreview.h"
#include "ui/session/sessionwidgets.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <set>

namespace effleur::ui {

namespace {

constexpr int entry_role = Qt::UserRole + 1;

QString html(const std::string& s) {
    return QString::fromStdString(s).toHtmlEscaped();
}
QString html(const Text& t) {
    return html(t.get());
}

QString range_text(const Range& r) {
    return r.min == r.max ? QLocale().toString(r.min)
                          : QStringLiteral("%1\u2013%2")
                                .arg(QLocale().toString(r.min), QLocale().toString(r.max));
}

// "7½ min"-style lengths read better in a list than clock digits.
QString minutes_text(std::chrono::milliseconds d) {
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(d).count();
    if (seconds < 60)
        return LibraryView::tr("%1 s").arg(QLocale().toString(seconds));
    const auto halves = (seconds + 15) / 30;
    return halves % 2 == 0 ? LibraryView::tr("%1 min").arg(QLocale().toString(halves / 2))
                           : LibraryView::tr("%1\u00bd min").arg(QLocale().toString(halves / 2));
}

// A padlock: bundled protocols are read-only.
QIcon lock_icon(const QColor& ink) {
    QPixmap pm(32, 32);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(ink, 3.5));
    p.drawArc(QRectF(9, 3, 14, 16), 0, 180 * 16);
    p.drawLine(QPointF(9, 11), QPointF(9, 15));
    p.drawLine(QPointF(23, 11), QPointF(23, 15));
    p.setPen(Qt::NoPen);
    p.setBrush(ink);
    p.drawRoundedRect(QRectF(5, 14, 22, 16), 3, 3);
    return QIcon(pm);
}

// A broken entry's first error in one short line: where, and the start of what (the tooltip
// has the whole first error, the details pane every one).
QString first_error(const LibraryEntry& e) {
    if (e.errors.empty())
        return LibraryView::tr("unreadable");
    const Diagnostic& d = e.errors.front();
    QString why = QString::fromStdString(d.message);
    if (d.line > 0)
        why = LibraryView::tr("line %1, column %2: %3").arg(d.line).arg(d.column).arg(why);
    constexpr int shown = 40; // fits one line of the list at its narrowest
    if (why.size() > shown)
        why = why.left(shown - 1).trimmed() + QChar(0x2026);
    return why;
}

// "4 steps", "1 step".
QString steps_text(std::size_t n) {
    return LibraryView::tr("%n step(s)", nullptr, static_cast<int>(n));
}

// How long it takes: a multi-day complex by its days ("3 days: 13 min, a procedure, 19 min"),
// never one summed time; any other protocol by its whole time.
QString length_text(const Protocol& p) {
    QStringList days;
    for (const Stage& s : p.stages) {
        if (!s.day)
            continue;
        const bool timed = std::any_of(s.steps.begin(), s.steps.end(),
                                       [](const Step& step) { return step.timed(); });
        days << (timed ? minutes_text(s.duration()) : LibraryView::tr("a procedure"));
    }
    if (days.isEmpty())
        return minutes_text(p.duration());
    return LibraryView::tr("%n day(s): ", nullptr, static_cast<int>(days.size())) +
           days.join(QStringLiteral(", "));
}

// A range of whole things in words: "1 month", "2 months", "2\u20133 months".
QString count_range(const Range& r, const char* singular_plural) {
    if (r.min == r.max && r.min == std::floor(r.min) && r.min >= 0 && r.min < 1e6)
        return LibraryView::tr(singular_plural, nullptr, static_cast<int>(r.min));
    // A range or a fraction takes the plural ("1\u20132 months", "1.5 months").
    return LibraryView::tr(singular_plural, nullptr, 2).replace(QStringLiteral("2"), range_text(r));
}

QIcon blank_icon() {
    QPixmap pm(32, 32);
    pm.fill(Qt::transparent);
    return QIcon(pm);
}

} // namespace

QString protocol_details_html(const Protocol& p, const Catalog& catalog) {
    QString out = QStringLiteral("<h2>%1</h2><p>%2</p>").arg(html(p.title), html(p.summary));
    out += QStringLiteral("<p><b>%1, %2</b> \u00b7 %3 \u00b7 %4</p>")
               .arg(steps_text(p.step_count()))
               .arg(length_text(p).toHtmlEscaped())
               .arg([&] {
                   QStringList r;
                   for (const auto& s : p.regions)
                       r << Words::region(s).toHtmlEscaped();
                   return r.join(QStringLiteral(", "));
               }())
               .arg(p.audience == Audience::Self ? LibraryView::tr("for self-massage")
                                                 : LibraryView::tr("for a therapist"));
    if (p.stages.size() > 1) {
        const bool days = std::any_of(p.stages.begin(), p.stages.end(),
                                      [](const Stage& s) { return s.day.has_value(); });
        out += QStringLiteral("<h3>%1</h3><ol>")
                   .arg(days ? LibraryView::tr("Days") : LibraryView::tr("Stages"));
        for (const Stage& s : p.stages) {
            const bool timed = std::any_of(s.steps.begin(), s.steps.end(),
                                           [](const Step& step) { return step.timed(); });
            out += QStringLiteral("<li>%1 \u2014 %2, %3</li>")
                       .arg(html(s.title))
                       .arg(steps_text(s.steps.size()))
                       .arg(timed ? minutes_text(s.duration()) : LibraryView::tr("untimed"));
        }
        out += QStringLiteral("</ol>");
    }
    if (p.course) {
        const Course& c = *p.course;
        QStringList parts;
        if (c.sessions)
            parts << count_range(*c.sessions,
                                 QT_TRANSLATE_N_NOOP("effleur::ui::LibraryView", "%n session(s)"));
        if (c.interval_days)
            parts << LibraryView::tr("every %n day(s)", nullptr, *c.interval_days);
        if (c.interval_months)
            parts << LibraryView::tr("%n month(s) apart", nullptr, *c.interval_months);
        if (c.uninterrupted)
            parts << LibraryView::tr("do not interrupt the course");
        if (c.maintenance_per_month)
            parts << LibraryView::tr("then %1 a month").arg(range_text(*c.maintenance_per_month));
        if (c.gap_months)
            parts << LibraryView::tr("%1 between courses")
                         .arg(count_range(
                             *c.gap_months,
                             QT_TRANSLATE_N_NOOP("effleur::ui::LibraryView", "%n month(s)")));
        if (!parts.isEmpty())
            out += QStringLiteral("<h3>%1</h3><p>%2</p>")
                       .arg(LibraryView::tr("Course plan"))
                       .arg(parts.join(QStringLiteral("; ")));
    }
    if (!p.preparation.empty()) {
        out += QStringLiteral("<h3>%1</h3><ul>").arg(LibraryView::tr("Preparation"));
        for (const CareItem& c : p.preparation)
            out += QStringLiteral("<li>%1</li>").arg(html(c.text));
        out += QStringLiteral("</ul>");
    }
    if (!p.rules.empty()) {
        out += QStringLiteral("<h3>%1</h3><ul>").arg(LibraryView::tr("Rules"));
        for (const Text& t : p.rules)
            out += QStringLiteral("<li>%1</li>").arg(html(t));
        out += QStringLiteral("</ul>");
    }
    std::set<std::string> seen;
    QString contra;
    auto add = [&](const ContraindicationRef& r) {
        if (!seen.insert(r.id).second)
            return;
        const auto* item = catalog.contraindication(r.id);
        contra += QStringLiteral("<li>%1 <i>(%2)</i></li>")
                      .arg(item ? html(item->text) : html(r.id),
                           Words::contraindication_kind_short(r.kind).toHtmlEscaped());
    };
    for (const auto& r : p.contraindications)
        add(r);
    for (const Stage& s : p.stages)
        for (const auto& r : s.contraindications)
            add(r);
    if (!contra.isEmpty())
        out += QStringLiteral("<h3>%1</h3><ul>%2</ul>")
                   .arg(LibraryView::tr("Contraindications"))
                   .arg(contra);
    if (!p.sources.empty()) {
        out += QStringLiteral("<h3>%1</h3><ul>").arg(LibraryView::tr("Sources"));
        for (const std::string& id : p.sources) {
            const auto* s = catalog.source(id);
            out += QStringLiteral("<li>%1 \u2014 %2</li>")
                       .arg(html(id), s ? html(s->title) : QString());
        }
        out += QStringLiteral("</ul>");
    }
    return out;
}

LibraryView::LibraryView(const Catalog& catalog, QWidget* parent)
    : QWidget(parent), catalog_(catalog) {
    setObjectName(QStringLiteral("library"));
    auto* outer = new QVBoxLayout(this);
    auto* filters = new QHBoxLayout;
    search_ = new QLineEdit(this);
    search_->setObjectName(QStringLiteral("search"));
    search_->setPlaceholderText(tr("Search protocols (Ctrl+F)"));
    // The clear button's icon comes from the icon theme, whose first lookup costs more than the
    // rest of this view: it is only seen once there is text, so it is added then.
    connect(search_, &QLineEdit::textChanged, search_, [this](const QString& text) {
        if (!text.isEmpty() && !search_->isClearButtonEnabled())
            search_->setClearButtonEnabled(true);
    });
    region_ = new QComboBox(this);
    region_->setObjectName(QStringLiteral("region"));
    audience_ = new QComboBox(this);
    audience_->setObjectName(QStringLiteral("audience"));
    audience_->addItems({tr("Anyone"), tr("Therapist"), tr("Self-massage")});
    duration_ = new QComboBox(this);
    duration_->setObjectName(QStringLiteral("duration"));
    duration_->addItems({tr("Any length"), tr("Up to 10 min"), tr("10–30 min"), tr("Over 30 min")});
    filters->addWidget(search_, 3);
    filters->addWidget(region_, 1);
    filters->addWidget(audience_, 1);
    filters->addWidget(duration_, 1);
    outer->addLayout(filters);

    // After "Choose another protocol": what the list leaves out, and the way back to every one.
    exclusion_bar_ = new QWidget(this);
    exclusion_bar_->setObjectName(QStringLiteral("exclusion"));
    auto* bar = new QHBoxLayout(exclusion_bar_);
    bar->setContentsMargins(0, 0, 0, 0);
    exclusion_note_ = new QLabel(exclusion_bar_);
    exclusion_note_->setTextFormat(Qt::PlainText);
    exclusion_note_->setWordWrap(true);
    auto* show_all = new QPushButton(tr("Show &all protocols"), exclusion_bar_);
    show_all->setObjectName(QStringLiteral("show-all"));
    connect(show_all, &QPushButton::clicked, this, [this] { exclude_contraindications({}, {}); });
    bar->addWidget(exclusion_note_, 1);
    bar->addWidget(show_all);
    exclusion_bar_->hide();
    outer->addWidget(exclusion_bar_);

    auto* split = new QSplitter(this);
    list_ = new QListWidget(split);
    list_->setObjectName(QStringLiteral("protocols"));
    list_->setWordWrap(true);
    list_->setSpacing(3);
    list_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list_->setAlternatingRowColors(true);
    QFont list_font = list_->font();
    list_font.setPointSizeF(list_font.pointSizeF() * 1.15);
    list_->setFont(list_font);
    auto* right = new QWidget(split);
    auto* rcol = new QVBoxLayout(right);
    rcol->setContentsMargins(0, 0, 0, 0);
    // The diagrams above the words, the split between them the user's to move.
    auto* vsplit = new QSplitter(Qt::Vertical, right);
    vsplit->setChildrenCollapsible(false);
    preview_ = new LibraryPreview(catalog_, vsplit);
    details_ = new QTextBrowser(vsplit);
    details_->setObjectName(QStringLiteral("details"));
    vsplit->setStretchFactor(0, 2);
    vsplit->setStretchFactor(1, 3);
    rcol->addWidget(vsplit, 1);
    auto* buttons = new QHBoxLayout;
    start_ = new QPushButton(tr("Start session\u2026"), right);
    start_->setObjectName(QStringLiteral("start"));
    start_->setDefault(true);
    rehearse_ = new QPushButton(tr("Rehearse\u2026"), right);
    rehearse_->setObjectName(QStringLiteral("rehearse"));
    buttons->addStretch(1);
    buttons->addWidget(rehearse_);
    buttons->addWidget(start_);
    rcol->addLayout(buttons);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    outer->addWidget(split, 1);

    connect(search_, &QLineEdit::textChanged, this, &LibraryView::refilter);
    for (QComboBox* c : {region_, audience_, duration_})
        connect(c, &QComboBox::currentIndexChanged, this, &LibraryView::refilter);
    connect(list_, &QListWidget::currentRowChanged, this, &LibraryView::show_details);
    connect(list_, &QListWidget::itemActivated, this, [this] {
        if (auto p = selected())
            Q_EMIT startRequested(p);
    });
    connect(start_, &QPushButton::clicked, this, [this] {
        if (auto p = selected())
            Q_EMIT startRequested(p);
    });
    connect(rehearse_, &QPushButton::clicked, this, [this] {
        if (auto p = selected())
            Q_EMIT rehearseRequested(p);
    });
}

void LibraryView::set_loading(bool loading) {
    loading_ = loading;
    show_details();
}

void LibraryView::set_entries(std::vector<LibraryEntry> entries) {
    loading_ = false;
    // The same file stays selected across a reload; the old rows index the old entries.
    const LibraryEntry* was = selected_entry();
    const std::filesystem::path keep = was ? was->file : std::filesystem::path();
    list_->blockSignals(true);
    list_->clear();
    list_->blockSignals(false);
    entries_ = std::move(entries);
    std::set<std::string> regions;
    for (const auto& e : entries_)
        if (e.protocol)
            regions.insert(e.protocol->regions.begin(), e.protocol->regions.end());
    const QVariant region_was = region_->currentData(); // a reload keeps the filter
    region_->blockSignals(true);
    region_->clear();
    region_->addItem(tr("All regions"));
    for (const auto& r : regions)
        region_->addItem(Words::region(r), QString::fromStdString(r));
    region_->setCurrentIndex(std::max(0, region_->findData(region_was)));
    region_->blockSignals(false);
    refilter();
    if (!keep.empty())
        select_file(keep);
}

bool LibraryView::matches(const LibraryEntry& e) const {
    const QString needle = search_->text().trimmed();
    if (!e.protocol) // broken files stay in view whatever the filters
        return needle.isEmpty() ||
               QString::fromStdString(e.file.string()).contains(needle, Qt::CaseInsensitive);
    const Protocol& p = *e.protocol;
    if (!excluded_.empty()) {
        auto lists = [this](const std::vector<ContraindicationRef>& refs) {
            return std::any_of(refs.begin(), refs.end(), [this](const ContraindicationRef& r) {
                return r.kind == ContraindicationKind::Absolute && excluded_.count(r.id) > 0;
            });
        };
        if (lists(p.contraindications) ||
            std::any_of(p.stages.begin(), p.stages.end(),
                        [&](const Stage& s) { return lists(s.contraindications); }))
            return false;
    }
    if (!needle.isEmpty()) {
        const QString hay =
            QString::fromStdString(p.title.get() + ' ' + p.summary.get() + ' ' + p.id);
        if (!hay.contains(needle, Qt::CaseInsensitive))
            return false;
    }
    if (region_->currentIndex() > 0) {
        const std::string r = region_->currentData().toString().toStdString();
        if (std::find(p.regions.begin(), p.regions.end(), r) == p.regions.end())
            return false;
    }
    if (audience_->currentIndex() == 1 && p.audience != Audience::Therapist)
        return false;
    if (audience_->currentIndex() == 2 && p.audience != Audience::Self)
        return false;
    const auto minutes = std::chrono::duration<double, std::ratio<60>>(p.duration()).count();
    switch (duration_->currentIndex()) {
    case 1:
        return minutes <= 10;
    case 2:
        return minutes > 10 && minutes <= 30;
    case 3:
        return minutes > 30;
    default:
        return true;
    }
}

void LibraryView::refilter() {
    const LibraryEntry* was = selected_entry();
    const std::filesystem::path keep = was ? was->file : std::filesystem::path();
    list_->clear();
    const QIcon lock = lock_icon(palette().color(QPalette::PlaceholderText));
    for (std::size_t i = 0; i < entries_.size(); ++i) {
        const LibraryEntry& e = entries_[i];
        if (!matches(e))
            continue;
        QListWidgetItem* item = nullptr;
        if (e.protocol) {
            const Protocol& p = *e.protocol;
            item = new QListWidgetItem(QStringLiteral("%1\n%2 \u00b7 %3%4")
                                           .arg(QString::fromStdString(p.title.get()))
                                           .arg(steps_text(p.step_count()))
                                           .arg(length_text(p))
                                           .arg(e.bundled ? tr(" \u00b7 Bundled") : QString()));
            item->setIcon(e.bundled ? lock : blank_icon());
            if (e.bundled)
                item->setToolTip(
                    tr("Bundled with Effleur: read-only. \"Duplicate to my protocols\" makes a "
                       "copy you can edit."));
        } else {
            item = new QListWidgetItem(
                tr("Broken: %1").arg(QString::fromStdString(e.file.filename().string())) +
                QLatin1Char('\n') + first_error(e));
            // Red that reads on either theme's background.
            const bool dark = palette().color(QPalette::Base).lightness() < 128;
            item->setForeground(dark ? QColor(255, 128, 128) : QColor(176, 0, 32));
            if (!e.errors.empty())
                item->setToolTip(QString::fromStdString(e.errors.front().to_string()));
        }
        item->setData(entry_role, static_cast<qulonglong>(i));
        list_->addItem(item);
        if (!keep.empty() && e.file == keep)
            list_->setCurrentItem(item);
    }
    if (!list_->currentItem() && list_->count() > 0)
        list_->setCurrentRow(0);
    show_details();
}

void LibraryView::show_details() {
    const QListWidgetItem* item = list_->currentItem();
    if (!item) {
        details_->setHtml(
            QStringLiteral("<p>%1</p>")
                .arg(loading_ ? tr("Loading the protocols\u2026") : tr("No protocol matches.")));
        preview_->set_protocol(nullptr);
        preview_->hide();
        start_->setEnabled(false);
        rehearse_->setEnabled(false);
        return;
    }
    const LibraryEntry& e = entries_[item->data(entry_role).toULongLong()];
    start_->setEnabled(e.protocol != nullptr);
    rehearse_->setEnabled(e.protocol != nullptr);
    preview_->set_protocol(e.protocol);
    preview_->setVisible(e.protocol != nullptr);
    if (e.protocol) {
        QString notes;
        if (e.bundled)
            notes += QStringLiteral("<p><i>%1</i></p>")
                         .arg(tr("Bundled with Effleur, read-only. File \u203a Duplicate to my "
                                 "protocols makes a copy you can edit."));
        if (!e.warnings.empty())
            notes += QStringLiteral("<p><i>%1</i></p>")
                         .arg(tr("%n warning(s): View \u203a Problems (F8) lists them.", nullptr,
                                 static_cast<int>(e.warnings.size())));
        details_->setHtml(protocol_details_html(*e.protocol, catalog_) + notes);
        return;
    }
    QString errs;
    for (const auto& d : e.errors)
        errs += QStringLiteral("<li><tt>%1</tt></li>").arg(html(d.to_string()));
    details_->setHtml(QStringLiteral("<h2>%1</h2><p>%2</p><ul>%3</ul>")
                          .arg(tr("This file cannot be used"), html(e.file.string()), errs));
}

void LibraryView::changeEvent(QEvent* event) {
    // The padlocks are drawn in the palette's colours: a theme change redraws them.
    if (event->type() == QEvent::PaletteChange && !entries_.empty())
        refilter();
    QWidget::changeEvent(event);
}

const LibraryEntry* LibraryView::selected_entry() const {
    const QListWidgetItem* item = list_->currentItem();
    if (!item)
        return nullptr;
    const auto i = item->data(entry_role).toULongLong();
    return i < entries_.size() ? &entries_[i] : nullptr;
}

bool LibraryView::select_file(const std::filesystem::path& file) {
    for (int row = 0; row < list_->count(); ++row) {
        if (entries_[list_->item(row)->data(entry_role).toULongLong()].file == file) {
            list_->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

std::shared_ptr<const Protocol> LibraryView::selected() const {
    const QListWidgetItem* item = list_->currentItem();
    if (!item)
        return nullptr;
    return entries_[item->data(entry_role).toULongLong()].protocol;
}

bool LibraryView::select_id(const std::string& id) {
    for (int row = 0; row < list_->count(); ++row) {
        const auto& e = entries_[list_->item(row)->data(entry_role).toULongLong()];
        if (e.protocol && e.protocol->id == id) {
            list_->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void LibraryView::exclude_contraindications(std::set<std::string> ids, const QStringList& names) {
    excluded_ = std::move(ids);
    exclusion_note_->setText(
        tr("Protocols that %1 does not rule out", nullptr, static_cast<int>(names.size()))
            .arg(names.join(QStringLiteral(", "))));
    exclusion_bar_->setVisible(!excluded_.empty());
    refilter();
}

int LibraryView::visible_count() const {
    return list_->count();
}

} // namespace effleur::ui
