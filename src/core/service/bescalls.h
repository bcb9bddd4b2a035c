#pragma once

#include "bescodec.h"
#include "servicecall.h"
#include "serviceendpoint.h"

namespace ScoreDesk {

// The batch execution operations (wire-protocols §2). Each is a ServiceCall: 429/503 are
// waited out as for request/response, errors come back decoded. Job ids come from outside and
// are escaped into the URL by ServiceEndpoint.

// POST .../jobs: answers the new job's id.
class BesSubmitCall : public ServiceCall
{
    Q_OBJECT
public:
    BesSubmitCall(HttpClient *client, const ServiceEndpoint &endpoint, const ServiceCredentials &credentials,
                  const BesSubmission &submission, QObject *parent = nullptr);
    static HttpRequest buildHttpRequest(const ServiceEndpoint &endpoint, const ServiceCredentials &credentials,
                                        const BesSubmission &submission);
    const QString &jobId() const { return m_jobId; }

protected:
    bool readAnswer(const HttpResponse &response, QString *problem) override;

private:
    QString m_jobId;
};

enum class BesJobOperation {
    Start,  // POST .../jobs/{id}/start
    Status, // GET .../jobs/{id}: the state, the failure text and, once finished, the outputs
    Cancel, // DELETE .../jobs/{id}
};

// An operation on a job the service has already: they differ only in method and path.
class BesJobCall : public ServiceCall
{
    Q_OBJECT
public:
    BesJobCall(BesJobOperation operation, HttpClient *client, const ServiceEndpoint &endpoint, const ServiceCredentials &credentials,
               const QString &jobId, QObject *parent = nullptr);
    static HttpRequest buildHttpRequest(BesJobOperation operation, const ServiceEndpoint &endpoint, const ServiceCredentials &credentials,
                                        const QString &jobId);

    BesJobOperation operation() const { return m_operation; }
    const QString &jobId() const { return m_jobId; }
    const BesStatus &status() const { return m_status; } // what a Status call read

protected:
    bool readAnswer(const HttpResponse &response, QString *problem) override;

private:
    BesJobOperation m_operation;
    QString m_jobId;
    BesStatus m_status;
};

} // namespace ScoreDesk
