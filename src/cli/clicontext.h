#pragma once

#include "core/errors/callerror.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QString>
#include <QStringList>

namespace ScoreDesk::Cli {

// Prints "scoredesk-cli: message" on stderr: every error is one line, and nothing in it (a
// service's text included) can move the cursor or recolour the terminal.
void printError(const QString &message);
QString terminalSafe(const QString &text);
void printOut(const QByteArray &bytes);

// Reads a secret from the environment variable the user named; secrets never come on the
// command line, where `ps` and shell history would keep them.
bool secretFromEnvironment(const QString &variable, QString *value, QString *error);

// The exit code for a failed call: 4 for network, TLS and timeouts, 1 for local trouble
// (files, unreadable answers, cancelled), 3 for a refusal by the service, gateway or storage.
int exitCodeFor(const CallError &error);

// Parses a command's options with -h/--help added: -1 to go on, or the exit code when a bad
// option was reported or the help printed.
int parseCommandLine(QCommandLineParser *parser, const QString &command, const QStringList &arguments);

// Starts an asynchronous job (finished() signal, succeeded() and error()) and waits for it.
template<typename Job>
void runAndWait(Job *job)
{
    QEventLoop loop;
    QObject::connect(job, &Job::finished, &loop, &QEventLoop::quit);
    job->start();
    if (!job->succeeded() && !job->error().isError())
        loop.exec();
}

} // namespace ScoreDesk::Cli
