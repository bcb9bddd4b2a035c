#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>

// Runs scoredesk-cli to completion, as a script would.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs scoredesk-cli to its end (killed after timeoutMs), with an event loop running meanwhile.
CliRun runCli(const QStringList &arguments, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
              int timeoutMs = 120000);

// An environment whose HOME, XDG folders and TMPDIR all live under root, so that a test can
// afterwards read every file the program wrote.
QProcessEnvironment isolatedEnvironment(const QString &root);

// Every file under root whose bytes contain one of the needles, for "no secret on disk" checks.
QStringList filesContainingAny(const QString &root, const QList<QByteArray> &needles);
