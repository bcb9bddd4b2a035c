#pragma once

#include "serviceendpoint.h"
#include "serviceschema.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace ScoreDesk {

// What an API definition is made from: the service's address and kind, whether a gateway is in
// front, and its description when it has one.
struct ApiDefinitionSource
{
    QString title;
    ServiceEndpoint endpoint;
    bool viaGateway = false;
    std::optional<ServiceSchema> schema;
};

// An OpenAPI 3.0 document that API Management imports (`az apim api import
// --specification-format OpenApiJson`), replacing the guide's operation-by-operation set-up
// (wire-protocols §8): for a classic service its five operations (RRS Execute, BES Submit,
// Start, Status, Delete) with their path and query parameters, for an online endpoint its score
// operation; request and response schemas from the description (generic ones without);
// security schemes for the Authorization header and Ocp-Apim-Subscription-Key; the workspace's
// own base URL, the gateway's when it has one, as the server.
QJsonObject exportApiDefinition(const ApiDefinitionSource &source);

} // namespace ScoreDesk
