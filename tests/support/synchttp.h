#pragma once

#include "core/http/httpclient.h"

#include <QNetworkAccessManager>

// Sends one request through the real HttpClient and waits for its end: integration tests
// read top to bottom this way.
class SyncHttp
{
public:
    ScoreDesk::HttpResponse send(const ScoreDesk::HttpRequest &request, int waitMs = 60000);
    ScoreDesk::HttpResponse get(const QUrl &url, const ScoreDesk::HeaderList &headers = {});
    ScoreDesk::HttpResponse post(const QUrl &url, const QByteArray &body, const ScoreDesk::HeaderList &headers = {});

    ScoreDesk::HttpClient *client() { return &m_client; }

private:
    QNetworkAccessManager m_network;
    ScoreDesk::HttpClient m_client{&m_network};
};
