#pragma once

#include <QStringList>

namespace ScoreDesk::Cli {

// `scoredesk-cli bes run ...`: uploads the input, submits and starts a batch job, follows it
// to its end and downloads every output.
int runBesCommand(const QStringList &arguments);

} // namespace ScoreDesk::Cli
