#include "ui/editor/editorhighlighter.h"

namespace effleur::ui {

JsonHighlighter::JsonHighlighter(QTextDocument* document, bool dark)
    : QSyntaxHighlighter(document), dark_(dark) {}

void JsonHighlighter::set_dark(bool dark) {
    dark_ = dark;
    rehighlight();
}

QTextCharFormat JsonHighlighter::format_for(Role role) const {
    QTextCharFormat f;
    switch (role) {
    case Role::Key:
        f.setForeground(dark_ ? QColor(130, 180, 255) : QColor(20, 70, 160));
        f.setFontWeight(QFont::DemiBold);
        break;
    case Role::String:
        f.setForeground(dark_ ? QColor(150, 210, 140) : QColor(30, 120, 40));
        break;
    case Role::Number:
        f.setForeground(dark_ ? QColor(240, 170, 100) : QColor(170, 80, 0));
        break;
    case Role::Literal:
        f.setForeground(dark_ ? QColor(220, 140, 220) : QColor(140, 30, 140));
        f.setFontWeight(QFont::DemiBold);
        break;
    case Role::Punctuation:
        f.setForeground(dark_ ? QColor(150, 150, 160) : QColor(110, 110, 120));
        break;
    }
    return f;
}

void JsonHighlighter::highlightBlock(const QString& text) {
    const qsizetype n = text.size();
    qsizetype i = 0;
    const auto is_word = [](QChar c) { return c.isLetterOrNumber() || c == QLatin1Char('_'); };
    while (i < n) {
        const QChar c = text[i];
        if (c == QLatin1Char('"')) {
            qsizetype j = i + 1;
            while (j < n && text[j] != QLatin1Char('"'))
                j += text[j] == QLatin1Char('\\') ? 2 : 1;
            j = std::min(j + 1, n);
            // A key is a string followed by a colon.
            qsizetype k = j;
            while (k < n && text[k].isSpace())
                ++k;
            const bool key = k < n && text[k] == QLatin1Char(':');
            setFormat(static_cast<int>(i), static_cast<int>(j - i),
                      format_for(key ? Role::Key : Role::String));
            i = j;
        } else if (c.isDigit() || c == QLatin1Char('-')) {
            qsizetype j = i + 1;
            while (j < n && (text[j].isDigit() || QStringLiteral(".eE+-").contains(text[j])))
                ++j;
            setFormat(static_cast<int>(i), static_cast<int>(j - i), format_for(Role::Number));
            i = j;
        } else if (c.isLetter()) {
            qsizetype j = i;
            while (j < n && is_word(text[j]))
                ++j;
            const QStringView word = QStringView(text).mid(i, j - i);
            if (word == u"true" || word == u"false" || word == u"null")
                setFormat(static_cast<int>(i), static_cast<int>(j - i), format_for(Role::Literal));
            i = j;
        } else if (QStringLiteral("{}[]:,").contains(c)) {
            setFormat(static_cast<int>(i), 1, format_for(Role::Punctuation));
            ++i;
        } else {
            ++i;
        }
    }
}

} // namespace effleur::ui
