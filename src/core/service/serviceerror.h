#pragma once

#include "../errors/callerror.h"
#include "../http/httpmessage.h"

namespace ScoreDesk {

// Reads a scoring service's error answer: the classic {"error": {"code", "message",
// "details"}} shape, the API gateway's {"statusCode", "message"}, or any other body as text.
CallError decodeServiceError(int status, const QByteArray &body, const QByteArray &retryAfter = {});

// The error of a finished exchange: its transport failure, or its answer decoded as above.
CallError serviceErrorOf(const HttpResponse &response);

} // namespace ScoreDesk
