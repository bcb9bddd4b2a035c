#include "retryafter.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace ScoreDesk {

std::optional<int> parseRetryAfter(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int seconds = trimmed.toInt(&ok);
    if (ok)
        return seconds < 0 ? 0 : seconds;
    const QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(trimmed).replace(QLatin1String(" GMT"), QString()),
                                                   QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!when.isValid())
        return std::nullopt;
    QDateTime utc = when;
    utc.setTimeZone(QTimeZone::utc());
    // A date centuries ahead must not wrap around into a negative (or tiny) wait.
    const qint64 delta = QDateTime::currentDateTimeUtc().secsTo(utc);
    return static_cast<int>(std::clamp<qint64>(delta, 0, std::numeric_limits<int>::max()));
}

} // namespace ScoreDesk
