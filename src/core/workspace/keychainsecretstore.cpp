#include "keychainsecretstore.h"

#include "../logging.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

namespace ScoreDesk {

namespace {

QString entryKey(const QUuid &workspace, SecretKind kind)
{
    return workspace.toString(QUuid::WithoutBraces) + QLatin1Char('/') + secretKindName(kind);
}

bool backendMissing(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented || error == QKeychain::OtherError;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent, const QString &serviceName)
    : SecretStore(parent)
    , m_serviceName(serviceName)
{
}

void KeychainSecretStore::read(const QUuid &workspace, SecretKind kind, QObject *context, Callback done)
{
    run(Operation::Read, entryKey(workspace, kind), QString(), context, std::move(done), false);
}

void KeychainSecretStore::write(const QUuid &workspace, SecretKind kind, const QString &value, QObject *context, Callback done)
{
    run(Operation::Write, entryKey(workspace, kind), value, context, std::move(done), false);
}

void KeychainSecretStore::remove(const QUuid &workspace, SecretKind kind, QObject *context, Callback done)
{
    run(Operation::Remove, entryKey(workspace, kind), QString(), context, std::move(done), false);
}

void KeychainSecretStore::probe(QObject *context, Callback done)
{
    run(Operation::Read, QStringLiteral("availability-probe"), QString(), context,
        [done = std::move(done)](const SecretResult &result) {
            SecretResult answer = result;
            if (result.status == SecretResult::Status::NotFound)
                answer.status = SecretResult::Status::Ok;
            done(answer);
        },
        false);
}

void KeychainSecretStore::run(Operation operation, const QString &key, const QString &value, QObject *context, Callback done,
                              bool isRetry)
{
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_serviceName);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_serviceName);
        write->setTextData(value);
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_serviceName);
        break;
    }
    job->setKey(key);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);

    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [this, operation, key, value, guard, done, isRetry](QKeychain::Job *finished) {
        const QKeychain::Error error = finished->error();
        if (backendMissing(error) && !isRetry) {
            // The Secret Service is often started on demand and may not answer the first call.
            QTimer::singleShot(m_retryDelayMs, this, [this, operation, key, value, guard, done] {
                if (guard)
                    run(operation, key, value, guard, done, true);
            });
            return;
        }
        if (!guard)
            return;
        SecretResult result;
        switch (error) {
        case QKeychain::NoError:
            if (operation == Operation::Read)
                result.value = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
            break;
        case QKeychain::EntryNotFound:
            // Removing what is not there is what the caller wanted anyway.
            result.status = operation == Operation::Remove ? SecretResult::Status::Ok : SecretResult::Status::NotFound;
            break;
        case QKeychain::AccessDeniedByUser:
        case QKeychain::AccessDenied:
            result.status = SecretResult::Status::Failed;
            result.message = QCoreApplication::translate("KeychainSecretStore", "The system keychain refused access: %1").arg(finished->errorString());
            break;
        default:
            result.status = backendMissing(error) ? SecretResult::Status::Unavailable : SecretResult::Status::Failed;
            result.message = QCoreApplication::translate("KeychainSecretStore", "The system keychain is not available: %1").arg(finished->errorString());
            break;
        }
        if (!result.ok() && result.status != SecretResult::Status::NotFound)
            qCWarning(lcWorkspace) << "keychain" << (operation == Operation::Read ? "read" : operation == Operation::Write ? "write" : "remove")
                                   << "failed:" << finished->errorString();
        done(result);
    });
    job->start();
}

} // namespace ScoreDesk
