#pragma once

#include <QObject>
#include <QString>
#include <QUuid>

#include <functional>

namespace ScoreDesk {

enum class SecretKind {
    ApiKey,
    SubscriptionKey,
    StorageConnectionString,
    Count // sentinel: every kind is below it
};

QString secretKindName(SecretKind kind);      // "api-key", ... (the keychain entry suffix)
QString secretKindLabel(SecretKind kind);     // "API key", ... (for people)

// Why a value cannot be a secret of this kind, or empty. Keys and connection strings never hold
// line breaks or other control characters; one that does would inject headers into a call.
QString secretProblem(SecretKind kind, const QString &value);

struct SecretResult
{
    enum class Status { Ok, NotFound, Unavailable, Failed };
    Status status = Status::Ok;
    QString value;   // only for a successful read
    QString message; // what went wrong, in words; never contains the secret

    bool ok() const { return status == Status::Ok; }
};

// Where secrets live. Asynchronous because the OS keychain is: every call answers through
// its callback, later, on the caller's thread, and only while `context` is alive.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const SecretResult &)>;

    using QObject::QObject;

    virtual void read(const QUuid &workspace, SecretKind kind, QObject *context, Callback done) = 0;
    virtual void write(const QUuid &workspace, SecretKind kind, const QString &value, QObject *context, Callback done) = 0;
    // Removing a secret that is not there succeeds.
    virtual void remove(const QUuid &workspace, SecretKind kind, QObject *context, Callback done) = 0;

    // True for stores that forget everything when the app quits.
    virtual bool isSessionOnly() const = 0;
};

} // namespace ScoreDesk
