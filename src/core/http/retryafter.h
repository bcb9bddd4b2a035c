#pragma once

#include <QByteArray>

#include <optional>

namespace ScoreDesk {

// Reads a Retry-After header: delta seconds or an HTTP date. Nothing when absent or unreadable;
// a date in the past (or a negative number) is 0.
std::optional<int> parseRetryAfter(const QByteArray &value);

} // namespace ScoreDesk
