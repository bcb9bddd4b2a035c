#include "workspace.h"

#include "../service/serviceendpoint.h"

#include <QCoreApplication>

namespace ScoreDesk {

bool Workspace::operator==(const Workspace &other) const
{
    return id == other.id && name == other.name && apiLocation == other.apiLocation && apiVersion == other.apiVersion
        && needsSubscriptionKey == other.needsSubscriptionKey && defaultContainer == other.defaultContainer && notes == other.notes
        && allowPlainHttp == other.allowPlainHttp;
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
    return workspace;
}

ServiceEndpoint Workspace::endpoint() const
{
    ServiceEndpoint endpoint = ServiceEndpoint::parse(apiLocation);
    endpoint.setApiVersion(apiVersion);
    return endpoint;
}

QString Workspace::validate() const
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("Workspace", "The workspace needs a name.");
    QString error;
    if (!ServiceEndpoint::parse(apiLocation, &error).isValid())
        return QCoreApplication::translate("Workspace", "API location: %1.").arg(error);
    return QString();
}

} // namespace ScoreDesk
