#include "gatewaypolicy.h"

#include <QElapsedTimer>

namespace ScoreDesk::Sandbox {

namespace {

qint64 steadyNowMs()
{
    static QElapsedTimer timer;
    if (!timer.isValid())
        timer.start();
    return timer.elapsed();
}

int ceilSeconds(qint64 ms)
{
    return static_cast<int>((ms + 999) / 1000);
}

} // namespace

QString formatQuotaRemaining(qint64 seconds)
{
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    const qint64 secs = seconds % 60;
    return QStringLiteral("%1.%2:%3:%4")
        .arg(days)
        .arg(hours, 2, 10, QLatin1Char('0'))
        .arg(minutes, 2, 10, QLatin1Char('0'))
        .arg(secs, 2, 10, QLatin1Char('0'));
}

GatewayPolicy::GatewayPolicy(const QString &subscriptionKey, const Limits &limits, Clock clock)
    : m_subscriptionKey(subscriptionKey)
    , m_limits(limits)
    , m_clock(clock ? std::move(clock) : Clock(steadyNowMs))
{
}

qint64 GatewayPolicy::now() const
{
    return m_clock();
}

std::optional<SandboxReply> GatewayPolicy::admit(const QByteArray &headerKey, const QString &queryKey, bool queryKeyPresent)
{
    // The query parameter counts only when the header is absent, as in API Management.
    const bool headerPresent = !headerKey.isNull();
    const QString presented = headerPresent ? QString::fromUtf8(headerKey) : queryKey;
    if (!headerPresent && !queryKeyPresent)
        return gatewayError(401, QStringLiteral("Access denied due to missing subscription key. Make sure to include "
                                                "subscription key when making requests to an API."));
    if (presented != m_subscriptionKey)
        return gatewayError(401, QStringLiteral("Access denied due to invalid subscription key. Make sure to provide "
                                                "a valid key for an active subscription."));

    const qint64 t = now();
    if (m_limits.quotaCalls > 0) {
        const qint64 period = qint64(m_limits.quotaPeriodSeconds) * 1000;
        if (m_quotaWindowStart < 0 || t - m_quotaWindowStart >= period) {
            m_quotaWindowStart = t;
            m_quotaUsed = 0;
        }
        if (m_quotaUsed >= m_limits.quotaCalls) {
            const int remaining = ceilSeconds(m_quotaWindowStart + period - t);
            return withRetryAfter(gatewayError(403, QStringLiteral("Out of call volume quota. Quota will be replenished in ")
                                                        + formatQuotaRemaining(remaining) + QLatin1Char('.')),
                                  remaining);
        }
    }
    if (m_limits.rateCalls > 0) {
        const qint64 window = qint64(m_limits.rateWindowSeconds) * 1000;
        while (!m_recentCalls.empty() && t - m_recentCalls.front() >= window)
            m_recentCalls.pop_front();
        if (static_cast<int>(m_recentCalls.size()) >= m_limits.rateCalls) {
            const int wait = qMax(1, ceilSeconds(m_recentCalls.front() + window - t));
            return withRetryAfter(gatewayError(429, QStringLiteral("Rate limit is exceeded. Try again in %1 seconds.").arg(wait)),
                                  wait);
        }
        m_recentCalls.push_back(t);
    }
    if (m_limits.quotaCalls > 0)
        ++m_quotaUsed;
    return std::nullopt;
}

} // namespace ScoreDesk::Sandbox
