#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

// Runs a real scoredesk-sandbox on a free loopback port for one test, and stops it after.
class SandboxProcess
{
public:
    explicit SandboxProcess(const QStringList &extraArguments = {});
    ~SandboxProcess();

    bool start(QString *error);

    QUrl url() const { return m_url; }
    qint64 pid() const { return m_process.processId(); }
    // The process's resident memory now, from /proc (0 where there is none).
    qint64 residentBytes() const;
    QUrl gatewayUrl() const { return m_gatewayUrl; }
    // The same model as an online endpoint: its scoring URI, direct and behind the gateway.
    QUrl scoreUrl() const { return m_scoreUrl; }
    QUrl gatewayScoreUrl() const { return m_gatewayScoreUrl; }
    QString apiKey() const { return m_apiKey; }
    QString gatewayKey() const { return m_gatewayKey; }
    // Everything the sandbox logged so far (its request log: one line per call, keys only as
    // fingerprints, see keyFingerprint()).
    QByteArray standardError();
    static QByteArray keyFingerprint(const QString &key);

private:
    QStringList m_arguments;
    QProcess m_process;
    QUrl m_url;
    QUrl m_gatewayUrl;
    QUrl m_scoreUrl;
    QUrl m_gatewayScoreUrl;
    QString m_apiKey;
    QString m_gatewayKey;
    QByteArray m_log;
};
