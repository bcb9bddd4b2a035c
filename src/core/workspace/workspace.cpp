#include "workspace.h"

#include "../service/serviceendpoint.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ScoreDesk {

bool Workspace::operator==(const Workspace &other) const
{
    return id == other.id && name == other.name && apiLocation == other.apiLocation && apiVersion == other.apiVersion
        && needsSubscriptionKey == other.needsSubscriptionKey && defaultContainer == other.defaultContainer && notes == other.notes
        && allowPlainHttp == other.allowPlainHttp && kind == other.kind && deployment == other.deployment
        && keyIsToken == other.keyIsToken && tokenExpiresAt == other.tokenExpiresAt;
}

QJsonObject Workspace::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("name"), name},
        {QStringLiteral("apiLocation"), apiLocation},
        {QStringLiteral("apiVersion"), apiVersion},
        {QStringLiteral("needsSubscriptionKey"), needsSubscriptionKey},
        {QStringLiteral("defaultContainer"), defaultContainer},
        {QStringLiteral("notes"), notes},
        {QStringLiteral("allowPlainHttp"), allowPlainHttp},
        {QStringLiteral("kind"), kind == ServiceKind::OnlineEndpoint ? QStringLiteral("online-endpoint") : QStringLiteral("classic")},
        {QStringLiteral("deployment"), deployment},
        {QStringLiteral("keyIsToken"), keyIsToken},
        {QStringLiteral("tokenExpiresAt"), tokenExpiresAt.isValid() ? tokenExpiresAt.toUTC().toString(Qt::ISODate) : QString()},
    };
}

Workspace Workspace::fromJson(const QJsonObject &object)
{
    Workspace workspace;
    workspace.id = QUuid::fromString(object.value(QLatin1String("id")).toString());
    workspace.name = object.value(QLatin1String("name")).toString().trimmed();
    workspace.apiLocation = object.value(QLatin1String("apiLocation")).toString().trimmed();
    workspace.apiVersion = object.value(QLatin1String("apiVersion")).toString(QStringLiteral("2.0"));
    workspace.needsSubscriptionKey = object.value(QLatin1String("needsSubscriptionKey")).toBool();
    workspace.defaultContainer = object.value(QLatin1String("defaultContainer")).toString();
    workspace.notes = object.value(QLatin1String("notes")).toString();
    workspace.allowPlainHttp = object.value(QLatin1String("allowPlainHttp")).toBool();
    const QString kind = object.value(QLatin1String("kind")).toString();
    workspace.kind = kind == QLatin1String("online-endpoint") ? ServiceKind::OnlineEndpoint
        : kind == QLatin1String("classic")                  ? ServiceKind::ClassicService
                                                            : serviceKindOfUrl(workspace.apiLocation);
    workspace.deployment = object.value(QLatin1String("deployment")).toString().trimmed();
    workspace.keyIsToken = object.value(QLatin1String("keyIsToken")).toBool();
    workspace.tokenExpiresAt = QDateTime::fromString(object.value(QLatin1String("tokenExpiresAt")).toString(), Qt::ISODate);
    return workspace;
}

ServiceEndpoint Workspace::endpoint() const
{
    ServiceEndpoint endpoint = ServiceEndpoint::parse(apiLocation, kind);
    endpoint.setApiVersion(apiVersion);
    if (kind == ServiceKind::OnlineEndpoint)
        endpoint.setDeployment(deployment);
    return endpoint;
}

QString Workspace::tokenWarning(const QDateTime &now) const
{
    if (!isOnlineEndpoint() || !keyIsToken || !tokenExpiresAt.isValid())
        return QString();
    const qint64 seconds = now.secsTo(tokenExpiresAt);
    if (seconds <= 0)
        return QCoreApplication::translate("Workspace", "The token of \"%1\" has expired: get a new one (az ml online-endpoint get-credentials) and edit the workspace.")
            .arg(name);
    // The count is a variable of its own: Qt 6.4's lupdate loops forever on the expression
    // as an argument of translate().
    const int minutes = int((seconds + 59) / 60);
    if (seconds <= 3600)
        return QCoreApplication::translate("Workspace", "The token of \"%1\" expires in %n minute(s).", nullptr, minutes).arg(name);
    return QString();
}

QString Workspace::validate() const
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("Workspace", "The workspace needs a name.");
    QString error;
    if (!ServiceEndpoint::parse(apiLocation, kind, &error).isValid())
        return QCoreApplication::translate("Workspace", "API location: %1.").arg(error);
    if (deployment.contains(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]"))))
        return QCoreApplication::translate("Workspace", "A deployment name holds only letters, digits, '-' and '_'.");
    return QString();
}

} // namespace ScoreDesk
