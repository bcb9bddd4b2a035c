#pragma once

#include <QString>
#include <QStringList>

namespace ScoreDesk::Cli {

// Prints "scoredesk-cli: message" on stderr: every error is one line.
void printError(const QString &message);
void printOut(const QByteArray &bytes);

// Reads a secret from the environment variable the user named; secrets never come on the
// command line, where `ps` and shell history would keep them.
bool secretFromEnvironment(const QString &variable, QString *value, QString *error);

} // namespace ScoreDesk::Cli
