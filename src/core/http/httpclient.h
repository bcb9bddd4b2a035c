#pragma once

#include "httpcall.h"

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

private:
    QNetworkAccessManager *m_network;
};

} // namespace ScoreDesk
