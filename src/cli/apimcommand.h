#pragma once

#include <QStringList>

namespace ScoreDesk::Cli {

// scoredesk-cli apim export: an OpenAPI 3.0 definition of a service for API Management.
int runApimCommand(const QStringList &arguments);

} // namespace ScoreDesk::Cli
