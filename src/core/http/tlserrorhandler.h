#pragma once

#include <QList>
#include <QSslError>
#include <QUrl>

namespace ScoreDesk {

// The one place that decides about certificates that do not verify. HttpClient asks it, once
// per connection that fails verification; without a handler, or when it says no, the call
// fails with the reasons. Nothing in ScoreDesk ignores TLS errors any other way.
class TlsErrorHandler
{
public:
    virtual ~TlsErrorHandler() = default;
    // True to go on with exactly these errors accepted, for this connection.
    virtual bool acceptTlsErrors(const QUrl &url, const QList<QSslError> &errors) = 0;
};

} // namespace ScoreDesk
