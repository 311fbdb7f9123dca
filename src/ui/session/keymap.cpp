#include "ui/session/keymap.h"

#include <QSettings>

namespace effleur::ui {

namespace {

QList<QKeySequence> parse(const QString& text) {
    QList<QKeySequence> keys;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        // "+" alone splits badly as text; take it literally.
        const QKeySequence seq =
            trimmed == QLatin1String("+") ? QKeySequence(Qt::Key_Plus) : QKeySequence(trimmed);
        if (!seq.isEmpty())
            keys.append(seq);
    }
    return keys;
}

} // namespace

QList<QKeySequence> keys_for(SessionAction action, const QSettings* settings) {
    for (const KeyBinding& b : default_key_table) {
        if (b.action != action)
            continue;
        const QString name =
            QLatin1String("keys/") +
            QString::fromLatin1(b.name.data(), static_cast<qsizetype>(b.name.size()));
        if (settings && settings->contains(name)) {
            // An INI file reads "N, PgDown" as a list of two strings.
            const QVariant value = settings->value(name);
            const QString text = value.typeId() == QMetaType::QStringList
                                     ? value.toStringList().join(QLatin1Char(','))
                                     : value.toString();
            QList<QKeySequence> remapped = parse(text);
            if (!remapped.isEmpty())
                return remapped;
        }
        return parse(QString::fromLatin1(b.keys.data(), static_cast<qsizetype>(b.keys.size())));
    }
    return {};
}

} // namespace effleur::ui

namespace effleur::ui {

QString action_label(SessionAction action) {
    for (const KeyBinding& b : default_key_table)
        if (b.action == action)
            return QCoreApplication::translate("effleur::ui::KeyMap", b.label.data());
    return {};
}

QString key_name(SessionAction action, const QSettings* settings) {
    const QList<QKeySequence> keys = keys_for(action, settings);
    if (keys.isEmpty())
        return {};
    const QKeySequence& key = keys.front();
    // The arrows read as arrows in a prompt ("press \u2192"), as on the key itself.
    if (key == QKeySequence(Qt::Key_Right))
        return QStringLiteral("\u2192");
    if (key == QKeySequence(Qt::Key_Left))
        return QStringLiteral("\u2190");
    return key.toString(QKeySequence::NativeText);
}

} // namespace effleur::ui
