#include "sandboxprocess.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

SandboxProcess::SandboxProcess(const QStringList &extraArguments)
    : m_arguments(QStringList{QStringLiteral("--port"), QStringLiteral("0")} + extraArguments)
{
}

SandboxProcess::~SandboxProcess()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (m_process.waitForFinished(15000) && m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0)
        return;
    // Not a clean stop: said loudly (a sanitizer report, if any, is in the harness's folder too).
    qCritical("scoredesk-sandbox did not stop cleanly (exit code %d): %s", m_process.exitCode(),
              QByteArray(m_log + m_process.readAllStandardError()).right(2000).constData());
    m_process.kill();
    m_process.waitForFinished(5000);
}

bool SandboxProcess::start(QString *error)
{
    // Under the harness, sanitizer reports go to its folder, which fails the run when not empty.
    const QString reports = qEnvironmentVariable("SCOREDESK_SANITIZER_LOG_DIR");
    if (!reports.isEmpty()) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString &variable : {QStringLiteral("ASAN_OPTIONS"), QStringLiteral("UBSAN_OPTIONS")})
            environment.insert(variable, environment.value(variable) + QStringLiteral(":log_path=") + reports + QStringLiteral("/sandbox"));
        m_process.setProcessEnvironment(environment);
    }
    m_process.setProgram(QStringLiteral(SCOREDESK_SANDBOX_BIN));
    m_process.setArguments(m_arguments);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("cannot start the sandbox: ") + m_process.errorString();
        return false;
    }
    // The first stdout line says where it listens; under sanitizers start-up takes a while.
    while (!m_process.canReadLine()) {
        if (!m_process.waitForReadyRead(30000)) {
            *error = QStringLiteral("the sandbox printed no ready line: ") + QString::fromUtf8(m_process.readAllStandardError());
            return false;
        }
    }
    const QJsonObject ready = QJsonDocument::fromJson(m_process.readLine()).object();
    m_url = QUrl(ready.value(QLatin1String("url")).toString());
    m_gatewayUrl = QUrl(ready.value(QLatin1String("gateway_url")).toString());
    m_scoreUrl = QUrl(ready.value(QLatin1String("score_url")).toString());
    m_gatewayScoreUrl = QUrl(ready.value(QLatin1String("gateway_score_url")).toString());
    m_apiKey = ready.value(QLatin1String("api_key")).toString();
    m_gatewayKey = ready.value(QLatin1String("gateway_key")).toString();
    if (!m_url.isValid() || m_apiKey.isEmpty()) {
        *error = QStringLiteral("the sandbox's ready line is not as documented");
        return false;
    }
    return true;
}

QByteArray SandboxProcess::standardError()
{
    m_log += m_process.readAllStandardError();
    return m_log;
}

qint64 SandboxProcess::residentBytes() const
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid()));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return 0;
}

QByteArray SandboxProcess::keyFingerprint(const QString &key)
{
    return "key=" + QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(8);
}
