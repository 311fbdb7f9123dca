#include "ui/editor/duplicatedialog.h"

#include "core/jsonformat.h"
#include "core/privatefiles.h"
#include "ui/common/atomicsave.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

#include <nlohmann/json.hpp>

namespace effleur::ui {

namespace {

// A value's bytes, [begin, end).
struct Span {
    qsizetype begin = 0, end = 0;
};

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

qsizetype skip_space(const QByteArray& s, qsizetype i) {
    while (i < s.size() && is_space(s[i]))
        ++i;
    return i;
}

// One past the closing quote of the string opening at `i`; -1 if it never closes.
qsizetype string_end(const QByteArray& s, qsizetype i) {
    for (++i; i < s.size(); ++i) {
        if (s[i] == '\\')
            ++i;
        else if (s[i] == '"')
            return i + 1;
    }
    return -1;
}

// One past the value starting at `i` (a string, a container, or a bare scalar); -1 if broken.
qsizetype value_end(const QByteArray& s, qsizetype i) {
    if (i >= s.size())
        return -1;
    if (s[i] == '"')
        return string_end(s, i);
    if (s[i] != '{' && s[i] != '[') {
        while (i < s.size() && !is_space(s[i]) && s[i] != ',' && s[i] != '}' && s[i] != ']')
            ++i;
        return i;
    }
    int depth = 0;
    for (; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '"') {
            i = string_end(s, i);
            if (i < 0)
                return -1;
            --i;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if ((c == '}' || c == ']') && --depth == 0) {
            return i + 1;
        }
    }
    return -1;
}

// The value of member `key` of the object opening at `open`; nullopt if it has none.
std::optional<Span> member(const QByteArray& s, qsizetype open, const QByteArray& key) {
    qsizetype i = skip_space(s, open + 1);
    while (i < s.size() && s[i] == '"') {
        const qsizetype key_end = string_end(s, i);
        if (key_end < 0)
            return std::nullopt;
        const QByteArray name = s.mid(i + 1, key_end - i - 2);
        i = skip_space(s, key_end);
        if (i >= s.size() || s[i] != ':')
            return std::nullopt;
        const qsizetype begin = skip_space(s, i + 1);
        const qsizetype end = value_end(s, begin);
        if (end < 0)
            return std::nullopt;
        if (name == key)
            return Span{begin, end};
        i = skip_space(s, end);
        if (i < s.size() && s[i] == ',')
            i = skip_space(s, i + 1);
    }
    return std::nullopt;
}

QByteArray json_string(const std::string& text) {
    const std::string dumped =
        nlohmann::json(text).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return QByteArray::fromStdString(dumped);
}

const QRegularExpression& id_pattern() {
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return re;
}

} // namespace

Result<QByteArray> duplicate_protocol_text(const QByteArray& source, const std::string& id,
                                           const std::string& title) {
    const auto fail = [](const QString& why) -> Result<QByteArray> {
        return message_only(why.toStdString());
    };
    const auto parsed = parse_ordered(
        std::string_view(source.constData(), static_cast<std::size_t>(source.size())));
    if (!parsed) {
        Diagnostic problem = parsed.errors().front();
        problem.message = QCoreApplication::translate("effleur::ui::DuplicateDialog",
                                                      "The protocol file does not parse: %1")
                              .arg(QString::fromStdString(problem.message))
                              .toStdString();
        return problem; // with its line and column
    }
    const nlohmann::ordered_json* doc = &parsed.value();
    const qsizetype open = skip_space(source, source.startsWith("\xEF\xBB\xBF") ? 3 : 0);
    std::optional<Span> id_span, title_span;
    if (doc->is_object() && open < source.size() && source[open] == '{') {
        id_span = member(source, open, "id");
        title_span = member(source, open, "title");
        // A title with translations: only its English text changes.
        if (title_span && source[title_span->begin] == '{')
            title_span = member(source, title_span->begin, "en");
    }
    if (!id_span || source[id_span->begin] != '"' || !title_span ||
        source[title_span->begin] != '"') {
        return fail(QCoreApplication::translate(
            "effleur::ui::DuplicateDialog",
            "The protocol file has no \"id\" and \"title\" to change."));
    }
    QByteArray out = source;
    // The later span first, so that the earlier one's offsets still hold.
    const bool id_first = id_span->begin < title_span->begin;
    const Span later = id_first ? *title_span : *id_span;
    const Span earlier = id_first ? *id_span : *title_span;
    out.replace(later.begin, later.end - later.begin, json_string(id_first ? title : id));
    out.replace(earlier.begin, earlier.end - earlier.begin, json_string(id_first ? id : title));
    // The copy must say what was asked, whatever the scanner above met.
    const auto check =
        parse_ordered(std::string_view(out.constData(), static_cast<std::size_t>(out.size())));
    if (!check || !check.value().contains("id") || check.value()["id"] != id) {
        return fail(
            QCoreApplication::translate("effleur::ui::DuplicateDialog",
                                        "The protocol file could not be copied with a new id."));
    }
    return out;
}

Result<QString> duplicate_protocol_file(const QString& source_file, const QString& folder,
                                        const std::string& id, const std::string& title) {
    const auto fail = [](const QString& why) -> Result<QString> {
        return message_only(why.toStdString());
    };
    QFile in(source_file);
    if (!in.open(QIODevice::ReadOnly)) {
        return fail(
            QCoreApplication::translate("effleur::ui::DuplicateDialog", "Cannot read %1: %2")
                .arg(source_file, in.errorString()));
    }
    const auto text = duplicate_protocol_text(in.readAll(), id, title);
    if (!text)
        return text.errors();
    // Protocols are the author's own work: the folder, and any created above it (the data
    // folder the journal shares), are theirs alone.
    if (Status made = files::make_private_folder(QFile::encodeName(folder).toStdString()); !made) {
        return fail(QCoreApplication::translate("effleur::ui::DuplicateDialog",
                                                "Cannot create the folder %1: %2")
                        .arg(folder, QString::fromStdString(made.message())));
    }
    const QString target =
        QDir(folder).filePath(QString::fromStdString(id) + QStringLiteral(".json"));
    if (QFileInfo::exists(target)) {
        return fail(
            QCoreApplication::translate("effleur::ui::DuplicateDialog", "%1 exists already.")
                .arg(target));
    }
    if (Status saved = save_atomically(target, text.value()); !saved)
        return saved.errors();
    return target;
}

void DuplicateDialog::explain_read_only() {
    setWindowTitle(tr("Edit a copy"));
    intro_->setText(tr("<b>\u201c%1\u201d comes with Effleur and is read-only</b>, so that it "
                       "stays as its sources give it. To edit it, Effleur makes a copy in your "
                       "protocol folder and opens the copy in the editor:<br><tt>%2</tt>")
                        .arg(protocol_title_.toHtmlEscaped(), folder_.toHtmlEscaped()));
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("&Copy and edit"));
}

QString DuplicateDialog::intro_text() const {
    return intro_->text();
}

std::string unique_copy_id(const std::string& id, const std::set<std::string>& taken) {
    std::string candidate = id + "-copy";
    for (int n = 2; taken.contains(candidate); ++n)
        candidate = id + "-copy-" + std::to_string(n);
    return candidate;
}

DuplicateDialog::DuplicateDialog(const std::string& id, const std::string& title,
                                 std::set<std::string> taken, QString folder, QWidget* parent)
    : QDialog(parent), taken_(std::move(taken)), folder_(std::move(folder)),
      protocol_title_(QString::fromStdString(title)) {
    setObjectName(QStringLiteral("duplicate-dialog"));
    setWindowTitle(tr("Duplicate to my protocols"));
    auto* col = new QVBoxLayout(this);
    intro_ = new QLabel(tr("A copy of \u201c%1\u201d goes into your protocol folder, where you can "
                           "edit it:<br><tt>%2</tt>")
                            .arg(protocol_title_.toHtmlEscaped(), folder_.toHtmlEscaped()),
                        this);
    intro_->setObjectName(QStringLiteral("duplicate-intro"));
    intro_->setWordWrap(true);
    col->addWidget(intro_);
    auto* form = new QFormLayout;
    id_ = new QLineEdit(QString::fromStdString(unique_copy_id(id, taken_)), this);
    id_->setObjectName(QStringLiteral("duplicate-id"));
    id_->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[a-z0-9-]{0,64}")), id_));
    title_ = new QLineEdit(QString::fromStdString(title) + tr(" (copy)"), this);
    title_->setObjectName(QStringLiteral("duplicate-title"));
    form->addRow(tr("&Id:"), id_);
    form->addRow(tr("&Title:"), title_);
    col->addLayout(form);
    problem_ = new QLabel(this);
    problem_->setObjectName(QStringLiteral("duplicate-problem"));
    problem_->setStyleSheet(QStringLiteral("color: #b00020"));
    col->addWidget(problem_);
    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("Duplicate"));
    col->addWidget(buttons_);
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(id_, &QLineEdit::textChanged, this, &DuplicateDialog::revalidate);
    connect(title_, &QLineEdit::textChanged, this, &DuplicateDialog::revalidate);
    id_->selectAll();
    revalidate();
    resize(std::max(sizeHint().width(), 480), sizeHint().height());
}

std::string DuplicateDialog::id() const {
    return id_->text().toStdString();
}

std::string DuplicateDialog::title() const {
    return title_->text().trimmed().toStdString();
}

QString DuplicateDialog::problem() const {
    const QString id = id_->text();
    if (id.isEmpty())
        return tr("The copy needs an id.");
    if (!id_pattern().match(id).hasMatch())
        return tr("An id is lower-case words and digits joined by single hyphens.");
    if (taken_.contains(id.toStdString()))
        return tr("Another protocol has the id \u201c%1\u201d.").arg(id);
    if (QFileInfo::exists(QDir(folder_).filePath(id + QStringLiteral(".json"))))
        return tr("Your folder has a file %1.json already.").arg(id);
    if (title_->text().trimmed().isEmpty())
        return tr("The copy needs a title.");
    return {};
}

void DuplicateDialog::revalidate() {
    const QString why = problem();
    problem_->setText(why);
    problem_->setVisible(!why.isEmpty());
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace effleur::ui
