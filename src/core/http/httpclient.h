#pragma once

#include "httpcall.h"
#include "tlserrorhandler.h"

#include <QObject>

class QNetworkAccessManager;

namespace ScoreDesk {

// Starts HTTP calls over a QNetworkAccessManager that its owner supplies (tests give their
// own, the app one per thread), never a hidden global.
class HttpClient : public QObject
{
    Q_OBJECT
public:
    explicit HttpClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    // The call is parented to the client and started at once; delete it when done with it.
    HttpCall *send(const HttpRequest &request);

    QNetworkAccessManager *network() const { return m_network; }

    // Who decides about certificates that do not verify; null (the default) refuses them all.
    void setTlsErrorHandler(TlsErrorHandler *handler) { m_tlsHandler = handler; }

private:
    QNetworkAccessManager *m_network;
    TlsErrorHandler *m_tlsHandler = nullptr;
};

} // namespace ScoreDesk
