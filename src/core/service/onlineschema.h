#pragma once

#include "serviceschema.h"

#include <QByteArray>
#include <QJsonObject>

namespace ScoreDesk {

// True when a swagger document is an online endpoint's (the inference server's ServiceInput /
// ServiceOutput definitions) rather than a classic service's.
bool isOnlineEndpointSwagger(const QJsonObject &root);

// Reads an online endpoint's swagger.json: the split body's columns (with their types and
// whether they are required) as port "input1", the example's rows, and the answer's columns as
// output "predictions". The example is kept in the classic form, so that exampleTable() works.
bool parseOnlineEndpointSchema(const QJsonObject &root, const QByteArray &raw, ServiceSchema *schema, QString *error);

} // namespace ScoreDesk
