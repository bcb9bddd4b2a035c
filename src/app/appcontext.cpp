#include "appcontext.h"

namespace ScoreDesk::App {

AppContext::AppContext(const QString &workspaceFile, SecretStore *secrets, const QString &historyFile, QObject *parent)
    : QObject(parent)
    , m_store(workspaceFile)
    , m_manager(&m_store, secrets ? secrets : &m_keychain)
    , m_history(historyFile)
{
    m_store.load(&m_loadError);
    m_history.open(&m_historyError);
    m_http.setTlsErrorHandler(&m_trust);
}

void AppContext::useSessionOnlySecrets()
{
    m_manager.setSecretStore(&m_sessionSecrets);
}

void AppContext::probeSecretStore(QObject *context, std::function<void(bool, const QString &)> done)
{
    if (m_manager.secretStore() != &m_keychain) {
        done(true, QString());
        return;
    }
    m_keychain.probe(context, [done](const SecretResult &result) { done(result.ok(), result.message); });
}

} // namespace ScoreDesk::App
