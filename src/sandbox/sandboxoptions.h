#pragma once

#include "gatewaypolicy.h"

#include <QString>
#include <QStringList>

namespace ScoreDesk::Sandbox {

struct SandboxOptions
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0;
    QString apiKey;     // generated when empty
    QString gatewayKey; // generated when empty
    QString gatewayPrefix = QStringLiteral("/azureml-demo");
    GatewayPolicy::Limits gatewayLimits;
    QString storageConnectionString; // where batch jobs read and write (a later issue)
    qint64 maxBodyBytes = 64 * 1024 * 1024;
    int maxConcurrent = 20; // the classic service's default per endpoint
    int delayMs = 0;        // added processing time, so that concurrency can be observed
    int jobDelayMs = 1500;  // batch jobs stay Running at least this long
    int maxRunningJobs = 40;
    bool integerStatus = false; // batch StatusCode as 0..4, as some real services answered
};

enum class ParseResult { Ok, Help, Error }; // Help: print the message (help or version) and exit 0

// Parses scoredesk-sandbox's command line (arguments[0] is the program). Refuses any host that
// is not a loopback address: the sandbox is for this machine only.
ParseResult parseSandboxOptions(const QStringList &arguments, SandboxOptions *options, QString *message);

// Fills in the keys the user did not give, with random ones.
void generateMissingKeys(SandboxOptions *options);

} // namespace ScoreDesk::Sandbox
