#pragma once
// What the stores bind to and read from their SQL: text that is never a null QString, times as
// milliseconds since the epoch. Private to src/storage (the stores' .cpp files include it).

#include <QString>
#include <QVariant>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace effleur::storage::sql {

// Never a null QString: QtSql binds a null one as NULL, which NOT NULL columns refuse.
inline QString text(std::string_view s) {
    QString t = QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
    return t.isNull() ? QStringLiteral("") : t;
}

inline std::string str(const QVariant& v) {
    return v.toString().toStdString();
}

inline qint64 to_ms(std::chrono::system_clock::time_point t) {
    return static_cast<qint64>(
        std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()).count());
}

inline std::chrono::system_clock::time_point from_ms(qint64 ms) {
    return std::chrono::system_clock::time_point(
        std::chrono::duration_cast<std::chrono::system_clock::duration>(
            std::chrono::milliseconds(ms)));
}

// A nullable integer column's value: NULL when `v` is empty.
inline QVariant optional_int(std::optional<std::int64_t> v) {
    return v ? QVariant(static_cast<qint64>(*v)) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace effleur::storage::sql
