#pragma once

#include <QStringList>

namespace ScoreDesk::Cli {

// `scoredesk-cli rrs ...`: sends one request/response scoring call and prints the result.
int runRrsCommand(const QStringList &arguments);

} // namespace ScoreDesk::Cli
