#pragma once

#include "sandboxreply.h"

#include <QByteArray>
#include <QString>

#include <deque>
#include <functional>
#include <optional>

namespace ScoreDesk::Sandbox {

// The API Management gateway's admission rules for the sandbox's gateway mode
// (wire-protocols §4): a subscription key, a sliding-window rate limit answering 429, and a
// fixed-window call quota answering 403, both with Retry-After. Only admitted calls count.
class GatewayPolicy
{
public:
    using Clock = std::function<qint64()>; // milliseconds, monotonic

    struct Limits
    {
        int rateCalls = 0; // 0: no rate limit
        int rateWindowSeconds = 60;
        int quotaCalls = 0; // 0: no quota
        int quotaPeriodSeconds = 7 * 24 * 3600;
    };

    GatewayPolicy(const QString &subscriptionKey, const Limits &limits, Clock clock = {});

    // The refusal to send, or nothing when the call may pass to the service.
    std::optional<SandboxReply> admit(const QByteArray &headerKey, const QString &queryKey, bool queryKeyPresent);

    const Limits &limits() const { return m_limits; }

private:
    qint64 now() const;

    QString m_subscriptionKey;
    Limits m_limits;
    Clock m_clock;
    std::deque<qint64> m_recentCalls; // admission times inside the rate window
    qint64 m_quotaWindowStart = -1;
    int m_quotaUsed = 0;
};

// "6.23:59:59", the way the gateway words a quota's remaining time.
QString formatQuotaRemaining(qint64 seconds);

} // namespace ScoreDesk::Sandbox
