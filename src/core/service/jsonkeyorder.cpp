#include "jsonkeyorder.h"

#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace ScoreDesk {

QStringList orderByAppearance(QStringList names, const QByteArray &raw, qsizetype from)
{
    const QString text = QString::fromUtf8(raw);
    auto position = [&text, from](const QString &name) {
        // The name as a key: quoted, then optional spaces and a colon (a value is followed by , ] or }).
        const QRegularExpression key(QLatin1Char('"') + QRegularExpression::escape(name) + QStringLiteral("\"\\s*:"));
        const QRegularExpressionMatch match = key.match(text, from);
        return match.hasMatch() ? match.capturedStart() : std::numeric_limits<qsizetype>::max();
    };
    QList<QPair<qsizetype, QString>> positioned;
    for (const QString &name : names)
        positioned.append({position(name), name});
    std::stable_sort(positioned.begin(), positioned.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    names.clear();
    for (const auto &entry : positioned)
        names.append(entry.second);
    return names;
}

} // namespace ScoreDesk
