#include "redactor.h"

#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>

namespace ScoreDesk {

namespace {

const QString MaskText = QString::fromLatin1(Redactor::Mask);

QString redactPatterns(QString text)
{
    // "Authorization: Bearer xyz" keeps its scheme (and a SharedKey its account name).
    static const QRegularExpression authorization(
        QStringLiteral("((?:Proxy-)?Authorization\\s*[:=]\\s*[\"']?\\s*(?:Bearer|Basic|SharedKey\\s+[^:\\s\"']+:|SharedKeyLite\\s+[^:\\s\"']+:)?\\s*)[^\\s\"',;]+"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression subscriptionHeader(
        QStringLiteral("(Ocp-Apim-Subscription-Key\\s*[:=]\\s*[\"']?\\s*)[^\\s\"',;]+"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression accountKey(QStringLiteral("(AccountKey\\s*=\\s*)[^;\"'\\s]+"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression sharedAccessSignature(QStringLiteral("(SharedAccessSignature\\s*=\\s*)[^;\"'\\s]+"),
                                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression sasSignature(QStringLiteral("([?&]sig=)[^&\"'\\s]+"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression queryKey(QStringLiteral("([?&]subscription-key=)[^&\"'\\s]+"), QRegularExpression::CaseInsensitiveOption);
    for (const QRegularExpression *pattern : {&authorization, &subscriptionHeader, &accountKey, &sharedAccessSignature, &sasSignature, &queryKey})
        text.replace(*pattern, QStringLiteral("\\1") + MaskText);
    return text;
}

} // namespace

void Redactor::addSecret(const QString &value)
{
    const QString trimmed = value.trimmed();
    if (trimmed.size() < 4 || m_secrets.contains(trimmed))
        return;
    m_secrets.append(trimmed);
    // A secret can also appear percent-encoded in a URL or JSON-escaped in a body.
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(trimmed));
    if (encoded != trimmed)
        m_secrets.append(encoded);
    // Longest first, so that a secret containing another is masked whole.
    std::sort(m_secrets.begin(), m_secrets.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

void Redactor::addSecrets(const QStringList &values)
{
    for (const QString &value : values)
        addSecret(value);
}

QString Redactor::redact(const QString &text) const
{
    QString result = text;
    for (const QString &secret : m_secrets)
        result.replace(secret, MaskText);
    return redactPatterns(result);
}

QByteArray Redactor::redact(const QByteArray &text) const
{
    return redact(QString::fromUtf8(text)).toUtf8();
}

HeaderList Redactor::redactHeaders(const HeaderList &headers) const
{
    HeaderList result;
    for (const auto &header : headers) {
        if (header.first.compare("Authorization", Qt::CaseInsensitive) == 0) {
            const qsizetype space = header.second.indexOf(' ');
            result.append({header.first, (space > 0 ? header.second.left(space + 1) : QByteArray()) + Mask});
        } else if (isCredentialHeader(header.first)) {
            result.append({header.first, Mask});
        } else {
            result.append({header.first, redact(header.second)});
        }
    }
    return result;
}

QUrl Redactor::redactUrl(const QUrl &url) const
{
    QUrl result = url;
    result.setUserInfo(QString());
    QUrlQuery query(url);
    QUrlQuery cleaned;
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        const QString name = item.first.toLower();
        const bool secret = name == QLatin1String("sig") || name == QLatin1String("subscription-key") || m_secrets.contains(item.second);
        cleaned.addQueryItem(item.first, secret ? MaskText : item.second);
    }
    result.setQuery(cleaned);
    return result;
}

} // namespace ScoreDesk
