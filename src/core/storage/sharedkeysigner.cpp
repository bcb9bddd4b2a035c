#include "sharedkeysigner.h"

#include <QLocale>
#include <QMessageAuthenticationCode>
#include <QUrlQuery>

#include <algorithm>

namespace ScoreDesk {

namespace {

QByteArray rfc1123(const QDateTime &utc)
{
    return QLocale::c().toString(utc.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() + " GMT";
}

QByteArray canonicalizedHeaders(const HeaderList &headers)
{
    QList<QPair<QByteArray, QByteArray>> msHeaders;
    for (const auto &header : headers) {
        const QByteArray name = header.first.toLower().trimmed();
        if (name.startsWith("x-ms-"))
            msHeaders.append({name, header.second.simplified()});
    }
    std::sort(msHeaders.begin(), msHeaders.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray out;
    for (const auto &header : msHeaders)
        out += header.first + ':' + header.second + '\n';
    return out;
}

QByteArray canonicalizedResource(const QUrl &url, const QString &accountName)
{
    QByteArray out = '/' + accountName.toUtf8() + url.path(QUrl::FullyEncoded).toUtf8();
    QMap<QString, QStringList> parameters;
    for (const auto &item : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        parameters[item.first.toLower()].append(item.second);
    for (auto it = parameters.begin(); it != parameters.end(); ++it) {
        QStringList values = it.value();
        values.sort();
        out += '\n' + it.key().toUtf8() + ':' + values.join(QLatin1Char(',')).toUtf8();
    }
    return out;
}

} // namespace

QByteArray SharedKeySigner::stringToSign(const HttpRequest &request, const QString &accountName)
{
    auto header = [&request](const char *name) { return headerValue(request.headers, name); };
    // Content-Length is empty when zero (service version 2015-02-21 and later).
    QByteArray contentLength = header("Content-Length");
    if (contentLength.isEmpty() && !request.body.isEmpty())
        contentLength = QByteArray::number(request.body.size());
    if (contentLength == "0")
        contentLength.clear();
    const QList<QByteArray> fields{
        request.method.toUpper(), header("Content-Encoding"), header("Content-Language"), contentLength,
        header("Content-MD5"), header("Content-Type"), header("Date"), header("If-Modified-Since"),
        header("If-Match"), header("If-None-Match"), header("If-Unmodified-Since"), header("Range"),
    };
    QByteArray text;
    for (const QByteArray &field : fields)
        text += field + '\n';
    return text + canonicalizedHeaders(request.headers) + canonicalizedResource(request.url, accountName);
}

void SharedKeySigner::sign(HttpRequest *request, const StorageAccount &account, const QDateTime &nowUtc)
{
    request->headers.emplaceBack("x-ms-date", rfc1123(nowUtc));
    if (headerValue(request->headers, "x-ms-version").isEmpty())
        request->headers.emplaceBack("x-ms-version", ApiVersion);
    const QByteArray signature =
        QMessageAuthenticationCode::hash(stringToSign(*request, account.name), account.key, QCryptographicHash::Sha256).toBase64();
    request->headers.emplaceBack("Authorization", "SharedKey " + account.name.toUtf8() + ':' + signature);
}

} // namespace ScoreDesk
