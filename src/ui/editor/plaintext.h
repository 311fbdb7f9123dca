#pragma once
// Text that comes from a protocol file, shown as plain text in the editor. Tooltips and message
// boxes guess rich text (Qt::AutoText), so a message quoting a title with markup in it would draw
// the markup, and an <img> in it would open the file it names.

#include <QMessageBox>
#include <QString>

namespace effleur::ui {

// A tooltip that shows `text` literally, line breaks kept.
inline QString plain_tooltip(const QString& text) {
    if (text.isEmpty())
        return text;
    return QStringLiteral("<p style=\"white-space:pre-wrap\">") + text.toHtmlEscaped() +
           QStringLiteral("</p>");
}

// QMessageBox's static functions, with the text shown literally.
inline QMessageBox::StandardButton
plain_message(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
              QMessageBox::StandardButtons buttons = QMessageBox::Ok,
              QMessageBox::StandardButton default_button = QMessageBox::NoButton) {
    QMessageBox box(icon, title, text, buttons, parent);
    box.setTextFormat(Qt::PlainText);
    if (default_button != QMessageBox::NoButton)
        box.setDefaultButton(default_button);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

} // namespace effleur::ui
