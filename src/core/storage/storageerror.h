#pragma once

#include "../errors/callerror.h"
#include "../http/httpmessage.h"

namespace ScoreDesk {

// The one place that reads blob storage's error answers: <Error><Code>…</Code><Message>…
// </Message></Error> (the message's first line), or, from a proxy in between, any body as text.
// A transport failure is returned as it is.
CallError storageError(const HttpResponse &response);

} // namespace ScoreDesk
