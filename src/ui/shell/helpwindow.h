#pragma once
// Help > User guide (F1): the user guide, read from the copy installed with Effleur (or, in a
// build tree, from the sources), shown in a window of its own. It needs no network and no
// browser: the Markdown and its screenshots are read from disk, and the links inside the
// guide (its own headings, the other pages installed beside it) open in the same window.
//
// Errors: a guide that cannot be found shows where it was looked for, as plain text. Nothing
// here throws.

#include <QString>
#include <QStringList>
#include <QUrl>
#include <QWidget>

class QTextBrowser;

namespace effleur::ui {

// The folders where the guide may be, most likely first: beside the installed binary
// (../share/effleur/docs), then the source tree's docs folder.
[[nodiscard]] QStringList user_guide_folders();
// The user guide's file; empty when it is in none of the folders.
[[nodiscard]] QString find_user_guide();

class HelpWindow : public QWidget {
    Q_OBJECT

public:
    // Shows `file` (a Markdown page); empty: the user guide as find_user_guide() finds it.
    explicit HelpWindow(QWidget* parent = nullptr, const QString& file = {});

    [[nodiscard]] QTextBrowser* browser() const { return browser_; }
    // The page on show; empty when none was found.
    [[nodiscard]] QString file() const { return file_; }

    // What a click on a link does: a heading of the page on show scrolls to it, another page of
    // the guide opens here, a web address goes to the browser.
    void follow(const QUrl& link);
    // Scrolls to the heading whose anchor (as links write it, "the-journal") is `anchor`.
    bool go_to_heading(const QString& anchor);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fit_images();
    QTextBrowser* browser_ = nullptr;
    QString file_;
};

} // namespace effleur::ui
