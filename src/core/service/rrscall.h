#pragma once

#include "rrscodec.h"
#include "rrstablesink.h"
#include "servicecall.h"
#include "serviceendpoint.h"

namespace ScoreDesk {

struct RrsResult
{
    QList<NamedTable> outputs;
    CallError error;
    HttpResponse response;
    // Online endpoints: the answer was valid JSON of no table shape, shown as it is.
    bool customAnswer = false;
    QString deployment; // the deployment that answered, from its header
    QString note;       // something the user should know about the answer
};

// An answer's body read the way its endpoint writes it: the classic service's tables, or an
// online endpoint's predictions joined to the inputs they answer (wire-protocols §7).
struct DecodedAnswer
{
    QList<NamedTable> outputs;
    bool customAnswer = false;
    QString note;
};
bool decodeAnswer(const ServiceEndpoint &endpoint, const RrsRequest &request, const QByteArray &body, DecodedAnswer *answer,
                  QString *error);

// The header an online endpoint reads the chosen deployment from, and names the answering one in.
inline constexpr char DeploymentHeader[] = "azureml-model-deployment";

// One request/response scoring call: POST .../execute to a classic service, or POST .../score
// to an online endpoint with the table as a split body. The request builder is a pure function
// so that a test can check exactly what would go on the wire.
class RrsCall : public ServiceCall
{
    Q_OBJECT
public:
    RrsCall(HttpClient *client, const ServiceEndpoint &endpoint, const ServiceCredentials &credentials,
            const RrsRequest &request, QObject *parent = nullptr);

    static HttpRequest buildHttpRequest(const ServiceEndpoint &endpoint, const ServiceCredentials &credentials,
                                        const RrsRequest &request);

    // Off: the caller decodes the body itself (the GUI does it on a worker thread).
    void setDecodeResponse(bool decode) { m_decode = decode; }
    // The answer's tables go here as they are read instead of into result().outputs (the CLI
    // writes them straight to CSV). The sink must outlive the call.
    void setOutputSink(RrsTableSink *sink) { m_sink = sink; }

    RrsResult result() const;

protected:
    bool readAnswer(const HttpResponse &response, QString *problem) override;
    CallError errorOf(const HttpResponse &response) const override;

private:
    ServiceEndpoint m_endpoint;
    RrsRequest m_request; // online endpoints: the inputs the predictions are joined to
    DecodedAnswer m_answer;
    bool m_decode = true;
    RrsTableSink *m_sink = nullptr;
};

} // namespace ScoreDesk
