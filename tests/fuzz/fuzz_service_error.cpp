// Error answers from a service, a gateway, blob storage or anything in between (HTML, text).
// The first byte picks the status.
#include "fuzzinput.h"

#include "core/service/serviceerror.h"
#include "core/storage/storageerror.h"

#include <cstdlib>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    uint8_t choice = 0;
    const QByteArray body = afterChoice(data, size, &choice);
    const int status = 400 + choice % 200;
    const ScoreDesk::CallError service = ScoreDesk::decodeServiceError(status, body, body.left(12));
    ScoreDesk::HttpResponse response;
    response.status = status;
    response.body = body;
    const ScoreDesk::CallError storage = ScoreDesk::storageError(response);
    // Always something to say, and never more than a line of it.
    for (const ScoreDesk::CallError &error : {service, storage}) {
        if (error.message.isEmpty() || error.message.size() > 400 || error.message.contains(QLatin1Char('\n')) || error.toOneLine().isEmpty())
            std::abort();
    }
    return 0;
}
