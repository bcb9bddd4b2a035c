#include "bescalls.h"

namespace ScoreDesk {

namespace {

HttpRequest serviceRequest(const QByteArray &method, const QUrl &url, const ServiceCredentials &credentials, const QByteArray &body = {})
{
    HttpRequest request;
    request.method = method;
    request.url = url;
    credentials.applyTo(&request);
    if (method == "POST")
        request.headers.emplaceBack("Content-Type", "application/json");
    request.headers.emplaceBack("Accept", "application/json");
    request.body = body;
    return request;
}

} // namespace

BesSubmitCall::BesSubmitCall(HttpClient *client, const ServiceEndpoint &endpoint, const ServiceCredentials &credentials,
                             const BesSubmission &submission, QObject *parent)
    : ServiceCall(client, credentials, buildHttpRequest(endpoint, credentials, submission), parent)
{
}

HttpRequest BesSubmitCall::buildHttpRequest(const ServiceEndpoint &endpoint, const ServiceCredentials &credentials,
                                            const BesSubmission &submission)
{
    return serviceRequest("POST", endpoint.jobsUrl(), credentials, encodeBesSubmission(submission));
}

bool BesSubmitCall::readAnswer(const HttpResponse &response, QString *problem)
{
    return decodeBesJobId(response.body, &m_jobId, problem);
}

BesJobCall::BesJobCall(BesJobOperation operation, HttpClient *client, const ServiceEndpoint &endpoint, const ServiceCredentials &credentials,
                       const QString &jobId, QObject *parent)
    : ServiceCall(client, credentials, buildHttpRequest(operation, endpoint, credentials, jobId), parent)
    , m_operation(operation)
    , m_jobId(jobId)
{
}

HttpRequest BesJobCall::buildHttpRequest(BesJobOperation operation, const ServiceEndpoint &endpoint, const ServiceCredentials &credentials,
                                         const QString &jobId)
{
    switch (operation) {
    case BesJobOperation::Start:
        return serviceRequest("POST", endpoint.jobStartUrl(jobId), credentials);
    case BesJobOperation::Cancel:
        return serviceRequest("DELETE", endpoint.jobUrl(jobId), credentials);
    case BesJobOperation::Status:
        break;
    }
    return serviceRequest("GET", endpoint.jobUrl(jobId), credentials);
}

bool BesJobCall::readAnswer(const HttpResponse &response, QString *problem)
{
    return m_operation != BesJobOperation::Status || decodeBesStatus(response.body, &m_status, problem);
}

} // namespace ScoreDesk
