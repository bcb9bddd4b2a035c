#include "serviceendpoint.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrlQuery>

namespace ScoreDesk {

namespace {

const QRegularExpression &scorePath()
{
    static const QRegularExpression pattern(QStringLiteral("/score/?$"));
    return pattern;
}

} // namespace

ServiceKind serviceKindOfUrl(const QString &text)
{
    const QUrl url(text.trimmed());
    return scorePath().match(url.path()).hasMatch() ? ServiceKind::OnlineEndpoint : ServiceKind::ClassicService;
}

ServiceEndpoint ServiceEndpoint::parse(const QString &text, QString *error)
{
    return parse(text, serviceKindOfUrl(text), error);
}

ServiceEndpoint ServiceEndpoint::parseOnline(QUrl url)
{
    ServiceEndpoint endpoint;
    endpoint.m_kind = ServiceKind::OnlineEndpoint;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    url.setQuery(QString());
    url.setFragment(QString());
    // The endpoint's name is the first label of its host ({endpoint}.{region}.inference.ml.azure.com);
    // behind a gateway, the path segment before /score says more.
    const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    endpoint.m_service = segments.size() >= 2 && segments.last() == QLatin1String("score") ? segments.at(segments.size() - 2)
                                                                                          : url.host().section(QLatin1Char('.'), 0, 0);
    endpoint.m_location = url;
    return endpoint;
}

ServiceEndpoint ServiceEndpoint::parse(const QString &text, ServiceKind kind, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return ServiceEndpoint();
    };
    QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return fail(QCoreApplication::translate("ServiceEndpoint", "'%1' is not a valid URL").arg(text.trimmed()));
    if (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        return fail(QCoreApplication::translate("ServiceEndpoint", "the URL must start with https:// (or http:// for a local service)"));
    if (kind == ServiceKind::OnlineEndpoint)
        return parseOnline(url);

    static const QRegularExpression pattern(
        QStringLiteral("^(.*)/workspaces/([^/]+)/services/([^/]+)(?:/(?:execute|swagger\\.json|jobs(?:/.*)?))?/?$"));
    const QRegularExpressionMatch match = pattern.match(url.path());
    if (!match.hasMatch())
        return fail(QCoreApplication::translate("ServiceEndpoint",
                                                "the URL must end in /workspaces/{workspace}/services/{service} (a classic service) or in /score (an online endpoint)"));

    ServiceEndpoint endpoint;
    endpoint.m_workspace = match.captured(2);
    endpoint.m_service = match.captured(3);
    const QString apiVersion = QUrlQuery(url).queryItemValue(QStringLiteral("api-version"));
    if (!apiVersion.isEmpty())
        endpoint.m_apiVersion = apiVersion;
    url.setPath(match.captured(1) + QStringLiteral("/workspaces/") + endpoint.m_workspace
                + QStringLiteral("/services/") + endpoint.m_service);
    url.setQuery(QString());
    url.setFragment(QString());
    endpoint.m_location = url;
    return endpoint;
}

QUrl ServiceEndpoint::withPath(const QString &suffix, bool details, bool swaggerFormat) const
{
    // The suffix is already percent-encoded: a job id from outside may hold '/', '?' or "..".
    QUrl url = m_location;
    url.setPath(url.path(QUrl::FullyEncoded) + suffix, QUrl::StrictMode);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("api-version"), m_apiVersion);
    if (details)
        query.addQueryItem(QStringLiteral("details"), QStringLiteral("true"));
    if (swaggerFormat)
        query.addQueryItem(QStringLiteral("format"), QStringLiteral("swagger"));
    url.setQuery(query);
    return url;
}

QUrl ServiceEndpoint::executeUrl(bool swaggerFormat) const
{
    return withPath(QStringLiteral("/execute"), true, swaggerFormat);
}

QUrl ServiceEndpoint::scoreUrl() const
{
    return m_location;
}

QUrl ServiceEndpoint::swaggerUrl() const
{
    if (!isOnlineEndpoint())
        return withPath(QStringLiteral("/swagger.json"));
    // Beside /score; a scoring URI of another name is taken as a file in the endpoint's folder.
    QUrl url = m_location;
    QString path = url.path(QUrl::FullyEncoded);
    path = path.left(path.lastIndexOf(QLatin1Char('/')));
    url.setPath(path + QStringLiteral("/swagger.json"), QUrl::StrictMode);
    return url;
}

QUrl ServiceEndpoint::jobsUrl() const
{
    return withPath(QStringLiteral("/jobs"));
}

QUrl ServiceEndpoint::jobUrl(const QString &jobId) const
{
    return withPath(QStringLiteral("/jobs/") + encodedSegment(jobId));
}

QUrl ServiceEndpoint::jobStartUrl(const QString &jobId) const
{
    return withPath(QStringLiteral("/jobs/") + encodedSegment(jobId) + QStringLiteral("/start"));
}

QString ServiceEndpoint::encodedSegment(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace ScoreDesk
