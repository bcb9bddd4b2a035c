#pragma once

#include "servicecredentials.h"
#include "serviceendpoint.h"
#include "../errors/callerror.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace ScoreDesk {

class HttpCall;
class HttpClient;

// The outcome of "Test connection", in words: what worked, step by step, and what did not.
struct ConnectionReport
{
    bool ok = false;
    QString summary;   // one sentence
    QStringList steps; // "✓ ..." for what worked, "✗ ..." for where it stopped
    CallError error;
    int inputColumns = 0;
    int globalParameters = 0;
};

// Fetches the service's swagger.json with the workspace's keys and explains the result:
// DNS, refused connection, TLS, timeout, gateway key missing or wrong, API key wrong, 404.
// For an online endpoint the same request checks the key and reads the description it may have.
class ConnectionTest : public QObject
{
    Q_OBJECT
public:
    ConnectionTest(HttpClient *client, const ServiceEndpoint &endpoint, const ServiceCredentials &credentials,
                   bool viaGateway, QObject *parent = nullptr);

    void start();
    const ConnectionReport &report() const { return m_report; }
    // The service description as received, when the test reached it.
    const QByteArray &description() const { return m_description; }

    // The interpretation alone, for tests: from an HTTP outcome to the report.
    static ConnectionReport interpret(const QUrl &url, bool viaGateway, int status, const QByteArray &body,
                                      const CallError &transportError);
    // The same for an online endpoint, whose description is optional: a 404 for swagger.json
    // after the key was checked means the scoring script declares no schema.
    static ConnectionReport interpretOnline(const QUrl &url, bool viaGateway, int status, const QByteArray &body,
                                            const CallError &transportError);

Q_SIGNALS:
    void finished();

private:
    HttpClient *m_client;
    ServiceEndpoint m_endpoint;
    ServiceCredentials m_credentials;
    bool m_viaGateway;
    QPointer<HttpCall> m_call;
    ConnectionReport m_report;
    QByteArray m_description;
};

} // namespace ScoreDesk
