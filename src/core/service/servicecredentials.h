#pragma once

#include "../http/httpmessage.h"

#include <QString>

namespace ScoreDesk {

// The secrets one call needs. Lives in memory only, for as long as the call.
struct ServiceCredentials
{
    QString apiKey;          // Authorization: Bearer, for the service itself
    QString subscriptionKey; // Ocp-Apim-Subscription-Key, only when a gateway is in front
    // The user said these keys may travel over plain http:// to a host that is not this
    // machine (a workspace's choice, or the CLI's --allow-http). Off, such calls are refused.
    bool allowCleartext = false;

    // Puts the headers and the cleartext choice on a request.
    void applyTo(HttpRequest *request) const
    {
        request->headers.append(authHeaders());
        request->allowCleartextCredentials = allowCleartext;
    }

    HeaderList authHeaders() const
    {
        HeaderList headers;
        if (!apiKey.isEmpty())
            headers.emplaceBack("Authorization", "Bearer " + apiKey.toUtf8());
        if (!subscriptionKey.isEmpty())
            headers.emplaceBack("Ocp-Apim-Subscription-Key", subscriptionKey.toUtf8());
        return headers;
    }
};

} // namespace ScoreDesk
