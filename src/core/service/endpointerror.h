#pragma once

#include "../errors/callerror.h"
#include "../http/httpmessage.h"

namespace ScoreDesk {

// An online endpoint's failure in words (wire-protocols §7): a refused key or token, an unknown
// deployment (named), the endpoint's request timeout, a model that failed (with the status and
// reason the endpoint reports for it), too many requests, a service that is down. The body's own
// message, JSON or plain text, follows.
CallError onlineEndpointErrorOf(const HttpResponse &response, const QString &deployment);

} // namespace ScoreDesk
