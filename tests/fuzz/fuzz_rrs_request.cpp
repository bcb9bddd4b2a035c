// A request body from the history or from the user's file (--body), read back into tables,
// and what the encoder makes of those tables again.
#include "fuzzinput.h"

#include "core/service/rrscodec.h"

#include <QJsonDocument>

#include <cstdlib>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ScoreDesk::RrsRequest request;
    QString error;
    if (!ScoreDesk::decodeRrsRequest(fuzzBytes(data, size), &request, &error))
        return 0;
    // What the encoder writes must always be JSON.
    if (QJsonDocument::fromJson(ScoreDesk::encodeRrsRequest(request)).isNull())
        std::abort();
    return 0;
}
