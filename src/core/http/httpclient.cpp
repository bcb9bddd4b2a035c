#include "httpclient.h"

namespace ScoreDesk {

HttpClient::HttpClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
}

HttpCall *HttpClient::send(const HttpRequest &request)
{
    auto *call = new HttpCall(m_network, request, this);
    call->setTlsErrorHandler(m_tlsHandler);
    call->start();
    return call;
}

} // namespace ScoreDesk
