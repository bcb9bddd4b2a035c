#pragma once

#include "secretstore.h"

#include <QHash>

namespace ScoreDesk {

// Keeps secrets in this process only, for users who choose "keep keys for this session only"
// when no keychain is available. Nothing is written anywhere; all is gone at exit.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;
    ~MemorySecretStore() override;

    void read(const QUuid &workspace, SecretKind kind, QObject *context, Callback done) override;
    void write(const QUuid &workspace, SecretKind kind, const QString &value, QObject *context, Callback done) override;
    void remove(const QUuid &workspace, SecretKind kind, QObject *context, Callback done) override;
    bool isSessionOnly() const override { return true; }

private:
    void answer(QObject *context, Callback done, const SecretResult &result);

    QHash<QString, QString> m_secrets;
};

} // namespace ScoreDesk
