#include "tokenexpiry.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace ScoreDesk {

QDateTime tokenExpiry(const QString &token)
{
    const QStringList parts = token.trimmed().split(QLatin1Char('.'));
    if (parts.size() != 3)
        return {};
    const auto decoded = QByteArray::fromBase64Encoding(parts.at(1).toLatin1(),
                                                        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return {};
    const QJsonValue exp = QJsonDocument::fromJson(*decoded).object().value(QLatin1String("exp"));
    if (!exp.isDouble() || exp.toDouble() <= 0 || exp.toDouble() > 253402300799.0) // up to year 9999
        return {};
    return QDateTime::fromSecsSinceEpoch(qint64(exp.toDouble()), QTimeZone::utc());
}

} // namespace ScoreDesk
