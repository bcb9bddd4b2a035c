#include "rrscall.h"

#include "endpointerror.h"
#include "rrsjsonreader.h"
#include "scorecodec.h"
#include "serviceerror.h"

namespace ScoreDesk {

namespace {

// Hands a table to a sink, as the classic reader does while it reads.
bool writeToSink(const NamedTable &named, RrsTableSink *sink, QString *problem)
{
    const DataTable &table = named.table;
    if (!sink->beginTable(named.name, table.columnNames())) {
        *problem = sink->error();
        return false;
    }
    QList<ColumnType> types;
    for (qsizetype c = 0; c < table.columnCount(); ++c)
        types.append(table.column(c).type);
    sink->setColumnTypes(types);
    for (qsizetype row = 0; row < table.rowCount(); ++row) {
        for (qsizetype c = 0; c < table.columnCount(); ++c) {
            if (table.isNull(row, c))
                sink->appendNull();
            else
                sink->appendCell(table.column(c).utf8(row));
        }
        sink->endRow();
    }
    if (!sink->endTable()) {
        *problem = sink->error();
        return false;
    }
    return true;
}

} // namespace

bool decodeAnswer(const ServiceEndpoint &endpoint, const RrsRequest &request, const QByteArray &body, DecodedAnswer *answer,
                  QString *error)
{
    *answer = DecodedAnswer();
    if (!endpoint.isOnlineEndpoint())
        return decodeRrsResponse(body, &answer->outputs, error);
    ScoreAnswer scored;
    if (!decodeScoreAnswer(body, &scored, error))
        return false;
    if (scored.shape == ScoreAnswerShape::Custom) {
        answer->customAnswer = true;
        return true;
    }
    const DataTable inputs = request.inputs.isEmpty() ? DataTable() : request.inputs.first().table;
    const QString name = scored.arrayName.isEmpty() ? QStringLiteral("predictions") : scored.arrayName;
    answer->outputs.append({name, joinInputsAndPredictions(inputs, scored.predictions, &answer->note)});
    return true;
}

RrsCall::RrsCall(HttpClient *client, const ServiceEndpoint &endpoint, const ServiceCredentials &credentials,
                 const RrsRequest &request, QObject *parent)
    : ServiceCall(client, credentials, buildHttpRequest(endpoint, credentials, request), parent)
    , m_endpoint(endpoint)
    , m_request(request)
{
}

HttpRequest RrsCall::buildHttpRequest(const ServiceEndpoint &endpoint, const ServiceCredentials &credentials,
                                      const RrsRequest &request)
{
    HttpRequest http;
    http.method = "POST";
    credentials.applyTo(&http);
    http.headers.emplaceBack("Content-Type", "application/json");
    http.headers.emplaceBack("Accept", "application/json");
    if (endpoint.isOnlineEndpoint()) {
        http.url = endpoint.scoreUrl();
        if (!endpoint.deployment().isEmpty())
            http.headers.emplaceBack(DeploymentHeader, endpoint.deployment().toUtf8());
        http.body = encodeSplitBody(request.inputs.isEmpty() ? DataTable() : request.inputs.first().table, !request.typedBySchema);
        return http;
    }
    http.url = endpoint.executeUrl(request.swaggerFormat);
    http.body = encodeRrsRequest(request);
    return http;
}

RrsResult RrsCall::result() const
{
    RrsResult result;
    result.outputs = m_answer.outputs;
    result.error = error();
    result.response = response();
    result.customAnswer = m_answer.customAnswer;
    result.note = m_answer.note;
    if (m_endpoint.isOnlineEndpoint())
        result.deployment = QString::fromUtf8(response().header(DeploymentHeader));
    return result;
}

bool RrsCall::readAnswer(const HttpResponse &response, QString *problem)
{
    if (!m_decode)
        return true;
    if (m_sink && !m_endpoint.isOnlineEndpoint())
        return readRrsResponse(response.body, m_sink, problem);
    if (!decodeAnswer(m_endpoint, m_request, response.body, &m_answer, problem))
        return false;
    if (m_sink) {
        // An endpoint's answer is a few MB at most: read whole, then written out.
        for (const NamedTable &table : std::as_const(m_answer.outputs)) {
            if (!writeToSink(table, m_sink, problem))
                return false;
        }
        m_answer.outputs.clear();
    }
    return true;
}

CallError RrsCall::errorOf(const HttpResponse &response) const
{
    if (m_endpoint.isOnlineEndpoint())
        return onlineEndpointErrorOf(response, m_endpoint.deployment());
    return serviceErrorOf(response);
}

} // namespace ScoreDesk
