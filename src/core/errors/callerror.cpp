#include "callerror.h"

#include <QCoreApplication>
#include <QRegularExpression>

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

} // namespace

QString CallError::clipped(QString text)
{
    text = text.simplified();
    if (text.size() > MaxMessageLength)
        text = text.left(MaxMessageLength - 1) + QChar(0x2026);
    return text;
}

CallError CallError::fromHttpBody(int status, const QByteArray &body, std::optional<int> retryAfterSeconds)
{
    CallError error;
    error.kind = Kind::Http;
    error.httpStatus = status;
    error.rawBody = body;
    error.retryAfterSeconds = retryAfterSeconds;
    if (!body.trimmed().isEmpty()) {
        const QString text = QString::fromUtf8(body);
        error.message = clipped(text.contains(QLatin1Char('<')) ? firstTextOfHtml(text) : text.section(QLatin1Char('\n'), 0, 0));
    }
    if (error.message.isEmpty())
        error.message = QCoreApplication::translate("CallError", "the server answered with status %1 and no explanation").arg(status);
    return error;
}

CallError CallError::transport(Kind kind, const QString &message)
{
    CallError error;
    error.kind = kind;
    error.message = clipped(message);
    return error;
}

bool CallError::isTransportFailure() const
{
    return kind == Kind::Network || kind == Kind::Timeout || kind == Kind::Tls;
}

QString CallError::toOneLine() const
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
    case Kind::Keys:
    case Kind::Invalid:
        return message;
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
