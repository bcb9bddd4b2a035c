#include "memorysecretstore.h"

#include <QPointer>
#include <QTimer>

namespace ScoreDesk {

namespace {

QString entryKey(const QUuid &workspace, SecretKind kind)
{
    return workspace.toString(QUuid::WithoutBraces) + QLatin1Char('/') + secretKindName(kind);
}

} // namespace

MemorySecretStore::~MemorySecretStore()
{
    // Overwrite before freeing, so that the values do not linger in freed memory.
    for (QString &value : m_secrets)
        value.fill(QLatin1Char('\0'));
}

void MemorySecretStore::answer(QObject *context, Callback done, const SecretResult &result)
{
    // Asynchronous like the keychain, so that callers cannot come to depend on an immediate answer.
    QTimer::singleShot(0, context, [done = std::move(done), result] { done(result); });
}

void MemorySecretStore::read(const QUuid &workspace, SecretKind kind, QObject *context, Callback done)
{
    const auto it = m_secrets.constFind(entryKey(workspace, kind));
    SecretResult result;
    if (it == m_secrets.cend())
        result.status = SecretResult::Status::NotFound;
    else
        result.value = *it;
    answer(context, std::move(done), result);
}

void MemorySecretStore::write(const QUuid &workspace, SecretKind kind, const QString &value, QObject *context, Callback done)
{
    m_secrets.insert(entryKey(workspace, kind), value);
    answer(context, std::move(done), {});
}

void MemorySecretStore::remove(const QUuid &workspace, SecretKind kind, QObject *context, Callback done)
{
    m_secrets.remove(entryKey(workspace, kind));
    answer(context, std::move(done), {});
}

} // namespace ScoreDesk
