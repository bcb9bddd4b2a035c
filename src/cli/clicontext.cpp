#include "clicontext.h"

#include "exitcodes.h"

#include <cstdio>

namespace ScoreDesk::Cli {

QString terminalSafe(const QString &text)
{
    // Text from a service (an error message, a name) must not drive the terminal: escape
    // sequences, bells and direction overrides are shown as codes instead of acting.
    QString safe;
    safe.reserve(text.size());
    for (const QChar c : text) {
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format)
            safe += QStringLiteral("\\x%1").arg(c.unicode(), c.unicode() > 0xff ? 4 : 2, 16, QLatin1Char('0'));
        else
            safe += c;
    }
    return safe;
}

void printError(const QString &message)
{
    const QString line = terminalSafe(message.simplified());
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
    for (const QChar c : *value) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            value->clear();
            *error = QStringLiteral("environment variable %1 holds a line break or another control character; a key never does").arg(variable);
            return false;
        }
    }
    return true;
}

int parseCommandLine(QCommandLineParser *parser, const QString &command, const QStringList &arguments)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser->addOption(help);
    if (!parser->parse(QStringList{command} + arguments)) {
        printError(parser->errorText());
        return UsageError;
    }
    if (parser->isSet(help)) {
        printOut(parser->helpText().toUtf8());
        return Success;
    }
    return -1;
}

} // namespace ScoreDesk::Cli
