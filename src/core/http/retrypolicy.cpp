#include "retrypolicy.h"

#include <algorithm>
#include <cmath>

namespace ScoreDesk {

std::optional<int> RetryPolicy::delayBeforeRetry(int retry, int status, std::optional<int> retryAfterSeconds, double random01) const
{
    if (retry < 1 || retry > maxRetries || !isRetryableStatus(status))
        return std::nullopt;
    if (retryAfterSeconds) {
        if (*retryAfterSeconds > maxRetryAfterSeconds)
            return std::nullopt;
        return std::max(0, *retryAfterSeconds) * 1000;
    }
    const double backoff = std::min<double>(maxDelayMs, baseDelayMs * std::pow(2.0, retry - 1));
    const double spread = backoff * jitter * (2.0 * random01 - 1.0);
    return int(std::clamp(backoff + spread, 0.0, double(maxDelayMs)));
}

} // namespace ScoreDesk
