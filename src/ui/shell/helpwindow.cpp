#include "ui/shell/helpwindow.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QKeySequence>
#include <QRegularExpression>
#include <QScrollBar>
#include <QShortcut>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace effleur::ui {

namespace {

// A heading's anchor as the guide's links write it: "The journal" is #the-journal.
QString slug(const QString& heading) {
    QString s = heading.trimmed().toLower();
    s.remove(QRegularExpression(QStringLiteral("[^\\w\\- ]"),
                                QRegularExpression::UseUnicodePropertiesOption));
    s.replace(QLatin1Char(' '), QLatin1Char('-'));
    return s;
}

} // namespace

QStringList user_guide_folders() {
    return {QDir(QCoreApplication::applicationDirPath())
                .absoluteFilePath(QStringLiteral("../" EFFLEUR_INSTALL_DOCS_DIR)),
            QStringLiteral(EFFLEUR_SOURCE_DOCS_DIR)};
}

QString find_user_guide() {
    for (const QString& folder : user_guide_folders()) {
        const QFileInfo guide(QDir(folder), QStringLiteral("user-guide.md"));
        if (guide.isFile() && guide.isReadable())
            return QDir::cleanPath(guide.absoluteFilePath());
    }
    return {};
}

HelpWindow::HelpWindow(QWidget* parent, const QString& file)
    : QWidget(parent, Qt::Window), file_(file.isEmpty() ? find_user_guide() : file) {
    setObjectName(QStringLiteral("help-window"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Effleur user guide"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    browser_ = new QTextBrowser(this);
    browser_->setObjectName(QStringLiteral("guide"));
    browser_->setOpenLinks(false); // follow() opens them
    connect(browser_, &QTextBrowser::anchorClicked, this, &HelpWindow::follow);
    layout->addWidget(browser_);
    browser_->viewport()->installEventFilter(this); // the pictures follow its width
    for (const QKeySequence& key :
         {QKeySequence(QKeySequence::Close), QKeySequence(Qt::Key_Escape)}) {
        auto* close_key = new QShortcut(key, this);
        connect(close_key, &QShortcut::activated, this, &QWidget::close);
    }
    if (file_.isEmpty()) {
        browser_->setPlainText(
            tr("The user guide is not installed. Effleur looked for user-guide.md in:\n%1")
                .arg(user_guide_folders().join(QLatin1Char('\n'))));
    } else {
        browser_->setSource(QUrl::fromLocalFile(file_), QTextDocument::MarkdownResource);
    }
    connect(browser_, &QTextBrowser::sourceChanged, this, &HelpWindow::fit_images);
    resize(960, 720);
}

void HelpWindow::follow(const QUrl& link) {
    // Web addresses go to the browser; the guide's own pages and headings open here.
    if (!link.isLocalFile() && !link.isRelative()) {
        QDesktopServices::openUrl(link);
        return;
    }
    const QUrl target = browser_->source().resolved(link);
    const QUrl page = target.adjusted(QUrl::RemoveFragment);
    if (page != browser_->source().adjusted(QUrl::RemoveFragment)) {
        browser_->setSource(page, QTextDocument::MarkdownResource);
        fit_images();
    }
    if (!target.fragment().isEmpty())
        go_to_heading(target.fragment());
}

void HelpWindow::fit_images() {
    // Screenshots at their own size, or narrower to fit the window: never a sideways scroll.
    QTextDocument* doc = browser_->document();
    const double room = std::max(200, browser_->viewport()->width() - 40);
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment part = it.fragment();
            if (!part.charFormat().isImageFormat())
                continue;
            QTextImageFormat image = part.charFormat().toImageFormat();
            const QImage picture =
                doc->resource(QTextDocument::ImageResource, QUrl(image.name())).value<QImage>();
            if (picture.isNull())
                continue;
            const double width = std::min<double>(picture.width(), room);
            if (qFuzzyCompare(image.width(), width))
                continue;
            image.setWidth(width);
            image.setHeight(width * picture.height() / picture.width());
            QTextCursor c(doc);
            c.setPosition(part.position());
            c.setPosition(part.position() + part.length(), QTextCursor::KeepAnchor);
            c.setCharFormat(image);
        }
    }
}

bool HelpWindow::eventFilter(QObject* watched, QEvent* event) {
    if (watched == browser_->viewport() && event->type() == QEvent::Resize)
        fit_images();
    return QWidget::eventFilter(watched, event);
}

bool HelpWindow::go_to_heading(const QString& anchor) {
    // Qt's Markdown reader gives headings no anchors; the guide's links name them by their text.
    QTextDocument* doc = browser_->document();
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().headingLevel() == 0 || slug(b.text()) != anchor)
            continue;
        browser_->setTextCursor(QTextCursor(b));
        const QRectF where = doc->documentLayout()->blockBoundingRect(b);
        browser_->verticalScrollBar()->setValue(static_cast<int>(where.top()));
        return true;
    }
    return false;
}

} // namespace effleur::ui
