#include "sasbuilder.h"

#include <QMessageAuthenticationCode>
#include <QUrlQuery>

namespace ScoreDesk {

namespace {

QString sasTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

} // namespace

QByteArray SasBuilder::stringToSign(const QString &accountName, const QString &container, const QString &blob, const QString &permissions,
                                    const QString &start, const QString &expiry)
{
    const QStringList fields{
        permissions, start, expiry,
        QStringLiteral("/blob/%1/%2/%3").arg(accountName, container, blob),
        QString(),                   // signed identifier (stored access policy)
        QString(),                   // signed IP
        QString(),                   // signed protocol: any (the emulator is plain http)
        QString::fromLatin1(Version),
        QStringLiteral("b"),         // signed resource: a blob
        QString(),                   // snapshot time
        QString(),                   // encryption scope
        QString(), QString(), QString(), QString(), QString(), // rscc, rscd, rsce, rscl, rsct
    };
    return fields.join(QLatin1Char('\n')).toUtf8();
}

QString SasBuilder::blobToken(const StorageAccount &account, const QString &container, const QString &blob, const QString &permissions,
                              const QDateTime &start, const QDateTime &expiry)
{
    const QString st = sasTime(start);
    const QString se = sasTime(expiry);
    const QByteArray signature = QMessageAuthenticationCode::hash(stringToSign(account.name, container, blob, permissions, st, se), account.key,
                                                                  QCryptographicHash::Sha256)
                                     .toBase64();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sv"), QString::fromLatin1(Version));
    query.addQueryItem(QStringLiteral("st"), st);
    query.addQueryItem(QStringLiteral("se"), se);
    query.addQueryItem(QStringLiteral("sr"), QStringLiteral("b"));
    query.addQueryItem(QStringLiteral("sp"), permissions);
    query.addQueryItem(QStringLiteral("sig"), QString::fromLatin1(QUrl::toPercentEncoding(QString::fromLatin1(signature))));
    return query.toString(QUrl::FullyEncoded);
}

} // namespace ScoreDesk
