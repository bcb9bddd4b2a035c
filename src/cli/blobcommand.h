#pragma once

#include <QStringList>

namespace ScoreDesk::Cli {

// `scoredesk-cli blob upload|download|list ...`: blob storage from a terminal, with the same
// resumable, checked transfers the app uses.
int runBlobCommand(const QStringList &arguments);

} // namespace ScoreDesk::Cli
