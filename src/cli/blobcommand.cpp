#include "blobcommand.h"

#include "clicontext.h"
#include "cliworkspaces.h"
#include "exitcodes.h"

#include "core/http/httpclient.h"
#include "core/filenames.h"
#include "core/storage/blobdownload.h"
#include "core/storage/bloblist.h"
#include "core/storage/blobupload.h"
#include "core/storage/storagerequest.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileInfo>
#include <QLocale>
#include <QNetworkAccessManager>

#include <cstdio>
#include <unistd.h>

namespace ScoreDesk::Cli {

namespace {

// "\r 42% 12.3 MiB of 29.0 MiB" on a terminal; nothing when stderr is a file or a pipe.
void showProgress(qint64 done, qint64 total)
{
    if (!isatty(fileno(stderr)) || total <= 0)
        return;
    const QLocale locale;
    std::fprintf(stderr, "\r%3d%% %s of %s   ", int(100 * done / total), qPrintable(locale.formattedDataSize(done)), qPrintable(locale.formattedDataSize(total)));
    if (done >= total)
        std::fprintf(stderr, "\n");
    std::fflush(stderr);
}

} // namespace

int runBlobCommand(const QStringList &arguments)
{
    const QString command = arguments.value(0);
    QCommandLineParser parser;
    const QCommandLineOption workspace(QStringLiteral("workspace"), QStringLiteral("Saved workspace with a storage connection string."), QStringLiteral("NAME"));
    const QCommandLineOption storageEnv(QStringLiteral("storage-env"), QStringLiteral("Variable holding the storage connection string."), QStringLiteral("VAR"));
    const QCommandLineOption container(QStringLiteral("container"), QStringLiteral("Container."), QStringLiteral("NAME"));
    const QCommandLineOption file(QStringLiteral("file"), QStringLiteral("File to upload."), QStringLiteral("FILE"));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("Blob name (upload: the file's name by default)."), QStringLiteral("BLOB"));
    const QCommandLineOption output(QStringLiteral("output"), QStringLiteral("Where a download goes."), QStringLiteral("FILE"));
    const QCommandLineOption prefix(QStringLiteral("prefix"), QStringLiteral("List only names that start so."), QStringLiteral("TEXT"));
    const QCommandLineOption overwrite(QStringLiteral("overwrite"), QStringLiteral("Replace a file that is there already."));
    parser.addOptions({workspace, storageEnv, container, file, name, output, prefix, overwrite});
    auto usage = [](const QString &message) {
        printError(message);
        return int(UsageError);
    };
    if ((command != QLatin1String("upload") && command != QLatin1String("download") && command != QLatin1String("list"))
        || !parser.parse(QStringList{QStringLiteral("scoredesk-cli blob ") + command} + arguments.mid(1)))
        return usage(command.isEmpty() || !QStringList{QStringLiteral("upload"), QStringLiteral("download"), QStringLiteral("list")}.contains(command)
                         ? QStringLiteral("usage: scoredesk-cli blob upload|download|list (--storage-env VAR | --workspace NAME) --container NAME "
                                          "[--file FILE] [--name BLOB] [--output FILE] [--overwrite] [--prefix TEXT]")
                         : parser.errorText());
    QString connection;
    QString containerName = parser.value(container);
    QString error;
    if (parser.isSet(workspace)) {
        Workspace saved;
        WorkspaceSecrets secrets;
        const int failed = workspaceForCall(parser.value(workspace), &saved, &secrets);
        if (failed >= 0)
            return failed;
        connection = secrets.storageConnectionString;
        if (containerName.isEmpty())
            containerName = saved.defaultContainer;
    } else if (!parser.isSet(storageEnv) || !secretFromEnvironment(parser.value(storageEnv), &connection, &error)) {
        return usage(error.isEmpty() ? QStringLiteral("blob needs --storage-env VAR or --workspace NAME") : error);
    }
    const StorageAccount account = StorageAccount::fromConnectionString(connection, &error);
    if (!account.isValid())
        return usage(QStringLiteral("storage connection string: ") + error);
    if (containerName.isEmpty())
        return usage(QStringLiteral("blob needs --container NAME"));

    QNetworkAccessManager network;
    HttpClient client(&network);
    if (command == QLatin1String("list")) {
        BlobList list(&client, account, containerName, parser.value(prefix));
        runAndWait(&list);
        if (!list.succeeded()) {
            printError(QStringLiteral("listing %1 failed: %2").arg(containerName, list.error().toOneLine()));
            return exitCodeFor(list.error());
        }
        // Names come from the service: shown, never able to drive the terminal.
        for (const BlobItem &item : list.items())
            printOut(QStringLiteral("%1\t%2\t%3\n").arg(terminalSafe(item.name)).arg(item.size).arg(item.lastModified.toString(Qt::ISODate)).toUtf8());
        return Success;
    }
    if (command == QLatin1String("upload")) {
        if (!parser.isSet(file) || !QFileInfo(parser.value(file)).isReadable())
            return usage(QStringLiteral("blob upload needs --file FILE that can be read"));
        const QString blob = parser.isSet(name) ? parser.value(name) : QFileInfo(parser.value(file)).fileName();
        BlobUpload upload(&client, account, containerName, blob, parser.value(file));
        QObject::connect(&upload, &BlobUpload::progress, &upload, &showProgress);
        runAndWait(&upload);
        if (!upload.succeeded()) {
            printError(QStringLiteral("upload of %1 failed: %2").arg(parser.value(file), upload.error().toOneLine()));
            return exitCodeFor(upload.error());
        }
        printOut(QStringLiteral("uploaded %1 to %2/%3 (MD5 %4)\n").arg(parser.value(file), containerName, blob, QString::fromLatin1(upload.md5Base64())).toUtf8());
        return Success;
    }
    if (!parser.isSet(name))
        return usage(QStringLiteral("blob download needs --name BLOB"));
    // By default the blob's own name, made into one file name in the current folder.
    const QString target = parser.isSet(output) ? parser.value(output) : safeFileName(QFileInfo(parser.value(name)).fileName());
    if (QFileInfo(target).isFile() && !parser.isSet(overwrite))
        return usage(QStringLiteral("%1 exists already; pass --overwrite to replace it").arg(target));
    BlobDownload download(&client, storageRequest(account, "GET", containerName, parser.value(name)).url, target,
                          [account](HttpRequest *request) { authorizeStorageRequest(request, account); });
    QObject::connect(&download, &BlobDownload::progress, &download, &showProgress);
    runAndWait(&download);
    if (!download.succeeded()) {
        printError(QStringLiteral("download of %1 failed: %2").arg(parser.value(name), download.error().toOneLine()));
        return exitCodeFor(download.error());
    }
    printOut(QStringLiteral("downloaded %1/%2 to %3%4\n").arg(containerName, parser.value(name), target, download.md5Verified() ? QStringLiteral(" (MD5 verified)") : QString()).toUtf8());
    return Success;
}

} // namespace ScoreDesk::Cli
