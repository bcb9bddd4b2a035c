#pragma once

#include <QStringList>

namespace ScoreDesk::Cli {

// `scoredesk-cli workspace add|list|show|remove ...`
int runWorkspaceCommand(const QStringList &arguments);

} // namespace ScoreDesk::Cli
