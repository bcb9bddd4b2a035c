#include "clicontext.h"

#include "exitcodes.h"

#include <cstdio>

namespace ScoreDesk::Cli {

void printError(const QString &message)
{
    const QString line = message.simplified();
    std::fprintf(stderr, "scoredesk-cli: %s\n", line.toUtf8().constData());
}

void printOut(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
}

int exitCodeFor(const CallError &error)
{
    if (error.isTransportFailure())
        return NetworkError;
    switch (error.kind) {
    case CallError::Kind::Keys:
    case CallError::Kind::Invalid:
        return UsageError;
    case CallError::Kind::File:
    case CallError::Kind::Parse:
    case CallError::Kind::Cancelled:
        return Failure;
    default:
        return Rejected;
    }
}

bool secretFromEnvironment(const QString &variable, QString *value, QString *error)
{
    if (variable.isEmpty())
        return true;
    const QByteArray name = variable.toLocal8Bit();
    if (!qEnvironmentVariableIsSet(name.constData())) {
        *error = QStringLiteral("environment variable %1 is not set").arg(variable);
        return false;
    }
    *value = qEnvironmentVariable(name.constData()).trimmed();
    if (value->isEmpty()) {
        *error = QStringLiteral("environment variable %1 is empty").arg(variable);
        return false;
    }
    return true;
}

} // namespace ScoreDesk::Cli
