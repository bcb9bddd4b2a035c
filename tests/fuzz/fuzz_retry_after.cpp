// Retry-After, as seconds or as an HTTP date: never a negative wait.
#include "fuzzinput.h"

#include "core/http/retryafter.h"

#include <cstdlib>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::optional<int> seconds = ScoreDesk::parseRetryAfter(fuzzBytes(data, size));
    if (seconds && *seconds < 0)
        std::abort();
    return 0;
}
