#include "serviceerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace ScoreDesk {

namespace {

constexpr int MaxMessageLength = 400;

QString firstTextOfHtml(const QString &html)
{
    static const QRegularExpression title(QStringLiteral("<title[^>]*>(.*?)</title>"),
                                          QRegularExpression::CaseInsensitiveOption
                                              | QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = title.match(html);
    if (match.hasMatch() && !match.captured(1).trimmed().isEmpty())
        return match.captured(1).simplified();
    static const QRegularExpression dropped(QStringLiteral("<(script|style)[^>]*>.*?</\\1>"),
                                            QRegularExpression::CaseInsensitiveOption
                                                | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QString text = html;
    text.remove(dropped);
    text.replace(tags, QStringLiteral(" "));
    return text.simplified();
}

QString clipped(QString text)
{
    text = text.simplified();
    if (text.size() > MaxMessageLength)
        text = text.left(MaxMessageLength - 1) + QChar(0x2026);
    return text;
}

} // namespace

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
    const qint64 delta = QDateTime::currentDateTimeUtc().secsTo(utc);
    return static_cast<int>(delta < 0 ? 0 : delta);
}

ServiceError ServiceError::fromHttp(int status, const QByteArray &body, const QByteArray &retryAfter)
{
    ServiceError error;
    error.httpStatus = status;
    error.rawBody = body;
    error.retryAfterSeconds = parseRetryAfter(retryAfter);
    error.kind = Kind::Http;

    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("error")).isObject()) {
        const QJsonObject detail = root.value(QLatin1String("error")).toObject();
        error.kind = Kind::Service;
        error.code = detail.value(QLatin1String("code")).toString();
        error.message = detail.value(QLatin1String("message")).toString();
        const QJsonArray details = detail.value(QLatin1String("details")).toArray();
        if (!details.isEmpty()) {
            const QJsonObject first = details.first().toObject();
            error.detailCode = first.value(QLatin1String("code")).toString();
            // The first detail usually says what actually went wrong.
            const QString detailMessage = first.value(QLatin1String("message")).toString();
            if (!detailMessage.isEmpty())
                error.message = detailMessage;
        }
    } else if (root.contains(QLatin1String("statusCode")) && root.contains(QLatin1String("message"))) {
        error.kind = Kind::Gateway;
        error.message = root.value(QLatin1String("message")).toString();
    } else if (!body.trimmed().isEmpty()) {
        const QString text = QString::fromUtf8(body);
        error.message = text.contains(QLatin1Char('<')) ? firstTextOfHtml(text) : text.section(QLatin1Char('\n'), 0, 0);
    }
    error.message = clipped(error.message);
    if (error.message.isEmpty())
        error.message = QCoreApplication::translate("ServiceError", "the server answered with status %1 and no explanation").arg(status);
    return error;
}

ServiceError ServiceError::transport(Kind kind, const QString &message)
{
    ServiceError error;
    error.kind = kind;
    error.message = clipped(message);
    return error;
}

bool ServiceError::isTransportFailure() const
{
    return kind == Kind::Network || kind == Kind::Timeout || kind == Kind::Tls;
}

QString ServiceError::toOneLine() const
{
    switch (kind) {
    case Kind::None:
        return QString();
    case Kind::Network:
        return QStringLiteral("network error: ") + message;
    case Kind::Timeout:
        return QStringLiteral("timeout: ") + message;
    case Kind::Tls:
        return QStringLiteral("TLS error: ") + message;
    case Kind::Parse:
        return QStringLiteral("unreadable response: ") + message;
    case Kind::File:
        return QStringLiteral("file error: ") + message;
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Http:
    case Kind::Service:
    case Kind::Gateway:
    case Kind::Storage:
        break;
    }
    QString line = QStringLiteral("HTTP ") + QString::number(httpStatus);
    if (!code.isEmpty())
        line += QLatin1Char(' ') + code + (detailCode.isEmpty() ? QString() : QLatin1Char('/') + detailCode);
    return line + QStringLiteral(": ") + message;
}

} // namespace ScoreDesk
