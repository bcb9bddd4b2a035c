#include "filenames.h"

#include <QRegularExpression>

namespace ScoreDesk {

namespace {

constexpr int MaxNameLength = 120;

bool isReservedDeviceName(const QString &name)
{
    // Windows refuses these as file names whatever the extension.
    static const QRegularExpression reserved(QStringLiteral("^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?$"),
                                             QRegularExpression::CaseInsensitiveOption);
    return reserved.match(name).hasMatch();
}

} // namespace

QString safeFileName(const QString &name)
{
    QString safe;
    safe.reserve(name.size());
    for (const QChar c : name) {
        const bool refused = c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Format
            || QStringLiteral("/\\:*?\"<>|").contains(c);
        safe.append(refused ? QLatin1Char('_') : c);
    }
    while (!safe.isEmpty() && (safe.startsWith(QLatin1Char('.')) || safe.startsWith(QLatin1Char(' '))))
        safe.remove(0, 1);
    while (!safe.isEmpty() && (safe.endsWith(QLatin1Char('.')) || safe.endsWith(QLatin1Char(' '))))
        safe.chop(1);
    if (safe.size() > MaxNameLength)
        safe.truncate(MaxNameLength);
    if (safe.isEmpty())
        safe = QStringLiteral("output");
    if (isReservedDeviceName(safe))
        safe.prepend(QLatin1Char('_'));
    return safe;
}

} // namespace ScoreDesk
