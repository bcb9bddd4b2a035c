#include "cliprocess.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QEventLoop>
#include <QProcess>
#include <QTimer>

CliRun runCli(const QStringList &arguments, const QProcessEnvironment &environment, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    // Waited for in an event loop, so that servers and proxies living in this test process go
    // on answering the program meanwhile.
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    process.start(QStringLiteral(SCOREDESK_CLI_BIN), arguments);
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
    }
    return CliRun{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
                  process.readAllStandardError()};
}

QProcessEnvironment isolatedEnvironment(const QString &root)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QStringList folders{QStringLiteral("home"), QStringLiteral("config"), QStringLiteral("data"),
                              QStringLiteral("cache"), QStringLiteral("state"), QStringLiteral("tmp")};
    for (const QString &folder : folders)
        QDir(root).mkpath(folder);
    environment.insert(QStringLiteral("HOME"), root + QStringLiteral("/home"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), root + QStringLiteral("/config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), root + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), root + QStringLiteral("/cache"));
    environment.insert(QStringLiteral("XDG_STATE_HOME"), root + QStringLiteral("/state"));
    environment.insert(QStringLiteral("TMPDIR"), root + QStringLiteral("/tmp"));
    return environment;
}

QStringList filesContainingAny(const QString &root, const QList<QByteArray> &needles)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        for (const QByteArray &needle : needles) {
            if (bytes.contains(needle) || bytes.contains(needle.toBase64()) || bytes.contains(QString::fromUtf8(needle).toUtf8().toPercentEncoding()))
                hits.append(file.fileName());
        }
    }
    return hits;
}
