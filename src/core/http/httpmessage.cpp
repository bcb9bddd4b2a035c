#include "httpmessage.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace ScoreDesk {

bool isCredentialHeader(const QByteArray &name)
{
    return name.compare("Authorization", Qt::CaseInsensitive) == 0
        || name.compare("Ocp-Apim-Subscription-Key", Qt::CaseInsensitive) == 0
        || name.compare("Proxy-Authorization", Qt::CaseInsensitive) == 0;
}

bool isLoopbackHost(const QString &host)
{
    const QHostAddress address(host);
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 || (!address.isNull() && address.isLoopback());
}

QString requestProblem(const HttpRequest &request)
{
    bool carriesKeys = false;
    for (const auto &header : request.headers) {
        for (const char c : QByteArray(header.first + header.second)) {
            const auto byte = static_cast<unsigned char>(c);
            if (byte < 0x20 || byte == 0x7f)
                return QCoreApplication::translate("HttpMessage", "the %1 header holds a line break or another control character, so it was not sent")
                    .arg(isCredentialHeader(header.first) ? QStringLiteral("key") : QString::fromLatin1(header.first));
        }
        carriesKeys = carriesKeys || (isCredentialHeader(header.first) && !header.second.isEmpty());
    }
    if (carriesKeys && request.url.scheme() == QLatin1String("http") && !isLoopbackHost(request.url.host()) && !request.allowCleartextCredentials)
        return QCoreApplication::translate("HttpMessage", "refused to send a key over plain http:// to %1, where anyone on the way could read it: "
                                                          "use https://, or allow plain http for this workspace")
            .arg(request.url.host());
    return QString();
}

QByteArray headerValue(const HeaderList &headers, const QByteArray &name)
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

} // namespace ScoreDesk
