#pragma once

#include <optional>

namespace ScoreDesk {

// When to try a call again. Only answers that say "not processed, come back later" are
// retried: 429 (gateway rate limit) and 503 (service throttling, containers starting). The
// server's Retry-After is obeyed exactly, never undercut; without one, the wait doubles from
// baseDelayMs with some jitter so that many clients do not return in step.
struct RetryPolicy
{
    int maxRetries = 3;
    int baseDelayMs = 1000;
    int maxDelayMs = 30'000;
    double jitter = 0.25;               // +/- this fraction of the backoff delay
    int maxRetryAfterSeconds = 120;     // a longer Retry-After (a quota) is reported, not waited out

    static bool isRetryableStatus(int status) { return status == 429 || status == 503; }

    // The wait before retry number `retry` (1-based), or nothing to stop. random01 in [0, 1)
    // draws the jitter; tests pass fixed values.
    std::optional<int> delayBeforeRetry(int retry, int status, std::optional<int> retryAfterSeconds, double random01) const;
};

} // namespace ScoreDesk
