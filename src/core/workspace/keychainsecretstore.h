#pragma once

#include "secretstore.h"

namespace ScoreDesk {

// Secrets in the operating system's keychain through QtKeychain (Secret Service, macOS
// Keychain, Windows Credential Manager). Service name "ScoreDesk", one entry per workspace
// and kind. The insecure plain-file fallback is off: without a keychain, calls fail with
// Unavailable and nothing is written anywhere.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QObject *parent = nullptr, const QString &serviceName = QStringLiteral("ScoreDesk"));

    void read(const QUuid &workspace, SecretKind kind, QObject *context, Callback done) override;
    void write(const QUuid &workspace, SecretKind kind, const QString &value, QObject *context, Callback done) override;
    void remove(const QUuid &workspace, SecretKind kind, QObject *context, Callback done) override;
    bool isSessionOnly() const override { return false; }

    // Answers Ok when a keychain answers at all (a probe read of an entry that is not there).
    void probe(QObject *context, Callback done);

    // How long to wait before the one retry made when the backend is not up yet (it may be
    // starting with the desktop session).
    void setRetryDelayMs(int ms) { m_retryDelayMs = ms; }

private:
    enum class Operation { Read, Write, Remove };
    void run(Operation operation, const QString &key, const QString &value, QObject *context, Callback done, bool isRetry);

    QString m_serviceName;
    int m_retryDelayMs = 700;
};

} // namespace ScoreDesk
