#include "sandboxoptions.h"
#include "sandboxserver.h"
#include "terminationsignals.h"

#include <QCoreApplication>

#include <cstdio>

using namespace ScoreDesk::Sandbox;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("scoredesk-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SCOREDESK_VERSION));

    SandboxOptions options;
    QString message;
    switch (parseSandboxOptions(QCoreApplication::arguments(), &options, &message)) {
    case ParseResult::Help:
        std::fputs(qPrintable(message), stdout);
        return 0;
    case ParseResult::Error:
        std::fprintf(stderr, "scoredesk-sandbox: %s\n", qPrintable(message));
        return 2;
    case ParseResult::Ok:
        break;
    }
    generateMissingKeys(&options);

    SandboxServer server(options);
    if (!server.start(&message)) {
        std::fprintf(stderr, "scoredesk-sandbox: %s\n", qPrintable(message));
        return 1;
    }
    quitOnTerminationSignals(&app);
    std::printf("%s\n", server.readyLine().constData());
    std::fflush(stdout);
    const int status = app.exec();
    std::fprintf(stderr, "scoredesk-sandbox: stopped\n");
    return status;
}
