#include "secretstore.h"

#include <QCoreApplication>

namespace ScoreDesk {

QString secretKindName(SecretKind kind)
{
    switch (kind) {
    case SecretKind::ApiKey:
        return QStringLiteral("api-key");
    case SecretKind::SubscriptionKey:
        return QStringLiteral("subscription-key");
    case SecretKind::StorageConnectionString:
        return QStringLiteral("storage-connection-string");
    case SecretKind::Count:
        break;
    }
    return QString();
}

QString secretKindLabel(SecretKind kind)
{
    switch (kind) {
    case SecretKind::ApiKey:
        return QCoreApplication::translate("SecretStore", "API key");
    case SecretKind::SubscriptionKey:
        return QCoreApplication::translate("SecretStore", "gateway subscription key");
    case SecretKind::StorageConnectionString:
        return QCoreApplication::translate("SecretStore", "storage connection string");
    case SecretKind::Count:
        break;
    }
    return QString();
}

QString secretProblem(SecretKind kind, const QString &value)
{
    for (const QChar c : value) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return QCoreApplication::translate("SecretStore", "The %1 holds a line break or another control character; "
                                                              "a real one never does (was it pasted with a newline?).")
                .arg(secretKindLabel(kind));
    }
    return QString();
}

} // namespace ScoreDesk
