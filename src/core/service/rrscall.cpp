#include "rrscall.h"

#include "rrsjsonreader.h"

namespace ScoreDesk {

RrsCall::RrsCall(HttpClient *client, const ServiceEndpoint &endpoint, const ServiceCredentials &credentials,
                 const RrsRequest &request, QObject *parent)
    : ServiceCall(client, credentials, buildHttpRequest(endpoint, credentials, request), parent)
{
}

HttpRequest RrsCall::buildHttpRequest(const ServiceEndpoint &endpoint, const ServiceCredentials &credentials,
                                      const RrsRequest &request)
{
    HttpRequest http;
    http.method = "POST";
    http.url = endpoint.executeUrl(request.swaggerFormat);
    credentials.applyTo(&http);
    http.headers.emplaceBack("Content-Type", "application/json");
    http.headers.emplaceBack("Accept", "application/json");
    http.body = encodeRrsRequest(request);
    return http;
}

bool RrsCall::readAnswer(const HttpResponse &response, QString *problem)
{
    if (!m_decode)
        return true;
    if (m_sink)
        return readRrsResponse(response.body, m_sink, problem);
    return decodeRrsResponse(response.body, &m_outputs, problem);
}

} // namespace ScoreDesk
