#include "storageerror.h"

#include "../http/retryafter.h"

#include <QXmlStreamReader>

namespace ScoreDesk {

CallError storageError(const HttpResponse &response)
{
    if (response.transportError.isError())
        return response.transportError;
    CallError error = CallError::fromHttpBody(response.status, response.body, parseRetryAfter(response.header("Retry-After")));
    error.kind = CallError::Kind::Storage;
    QXmlStreamReader xml(response.body);
    QString code, message;
    while (!xml.atEnd() && !xml.hasError()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("Code"))
            code = xml.readElementText();
        else if (xml.name() == QLatin1String("Message"))
            message = xml.readElementText().section(QLatin1Char('\n'), 0, 0);
    }
    // HEAD answers and some proxies say nothing in the body: the header may.
    if (code.isEmpty())
        code = QString::fromLatin1(response.header("x-ms-error-code"));
    if (!code.isEmpty())
        error.code = CallError::clipped(code);
    if (!CallError::clipped(message).isEmpty())
        error.message = CallError::clipped(message);
    return error;
}

} // namespace ScoreDesk
