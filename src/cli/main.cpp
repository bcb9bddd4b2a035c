#include "apimcommand.h"
#include "bescommand.h"
#include "blobcommand.h"
#include "clicontext.h"
#include "exitcodes.h"
#include "rrscommand.h"
#include "workspacecommand.h"

#include "core/englishplurals.h"

#include <QCoreApplication>
#include <QLoggingCategory>

using namespace ScoreDesk::Cli;

namespace {

const char Usage[] =
    "Usage: scoredesk-cli COMMAND [OPTIONS]\n"
    "\n"
    "Commands:\n"
    "  rrs        send a request/response scoring call (see scoredesk-cli rrs --help)\n"
    "  workspace  add, list, show or remove saved workspaces (keys go to the keychain)\n"
    "  bes        run|submit|start|status|cancel|download|list batch jobs (see scoredesk-cli bes)\n"
    "  blob       upload|download|list blobs, resumable and checked\n"
    "  apim       export an OpenAPI 3.0 definition for API Management (see scoredesk-cli apim)\n"
    "\n"
    "Options for every command: --verbose (diagnostics on stderr)\n"
    "\n"
    "Exit codes: 0 success, 1 other failure, 2 usage or input error,\n"
    "            3 the service or gateway rejected the call, 4 network, TLS or timeout,\n"
    "            5 the system keychain is unavailable or refused.\n";

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("scoredesk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("ScoreDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SCOREDESK_VERSION));
    ScoreDesk::installEnglishPlurals(&app);

    QStringList arguments = QCoreApplication::arguments().mid(1);
    // Errors reach the user as one line each; diagnostics (never a key: URLs lose their query,
    // headers are not logged) only when asked for, on stderr.
    if (arguments.removeAll(QStringLiteral("--verbose")) == 0)
        QLoggingCategory::setFilterRules(QStringLiteral("scoredesk.*.warning=false\nscoredesk.*.info=false"));
    else
        QLoggingCategory::setFilterRules(QStringLiteral("scoredesk.*.debug=true"));
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help") || arguments.first() == QLatin1String("-h")) {
        printOut(Usage);
        return arguments.isEmpty() ? UsageError : Success;
    }
    if (arguments.first() == QLatin1String("--version")) {
        printOut("scoredesk-cli " SCOREDESK_VERSION "\n");
        return Success;
    }
    const QString command = arguments.takeFirst();
    if (command == QLatin1String("rrs"))
        return runRrsCommand(arguments);
    if (command == QLatin1String("workspace"))
        return runWorkspaceCommand(arguments);
    if (command == QLatin1String("bes"))
        return runBesCommand(arguments);
    if (command == QLatin1String("blob"))
        return runBlobCommand(arguments);
    if (command == QLatin1String("apim"))
        return runApimCommand(arguments);
    printError(QStringLiteral("unknown command '%1'; try scoredesk-cli --help").arg(command));
    return UsageError;
}
