#pragma once
// Syntax colours for the editor's raw JSON tab: keys, strings, numbers, literals (true, false,
// null) and punctuation, in colours that read on light and dark palettes. A line-by-line lexer
// (JSON strings cannot span lines), so it stays fast on large files.
//
// Ownership: a QSyntaxHighlighter owned by (and attached to) its document. Nothing here throws.

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace effleur::ui {

class JsonHighlighter : public QSyntaxHighlighter {
    Q_OBJECT

public:
    enum class Role { Key, String, Number, Literal, Punctuation };

    explicit JsonHighlighter(QTextDocument* document, bool dark = false);
    void set_dark(bool dark);
    [[nodiscard]] QTextCharFormat format_for(Role role) const;

protected:
    void highlightBlock(const QString& text) override;

private:
    bool dark_ = false;
};

} // namespace effleur::ui
