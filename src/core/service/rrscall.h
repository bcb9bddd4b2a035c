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
};

// One request/response scoring call: POST .../execute. The request builder is a pure
// function so that a test can check exactly what would go on the wire.
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

    RrsResult result() const { return {m_outputs, error(), response()}; }

protected:
    bool readAnswer(const HttpResponse &response, QString *problem) override;

private:
    QList<NamedTable> m_outputs;
    bool m_decode = true;
    RrsTableSink *m_sink = nullptr;
};

} // namespace ScoreDesk
