#pragma once

#include "datatable.h"

#include <atomic>
#include <vector>

namespace ScoreDesk {

// The order of a table's rows sorted by one column: numeric columns by value (a cell that is not
// a number after the numbers, as text), other columns by their text (code point order), nulls
// last either way. Stable: rows that compare equal keep the service's order. Pure and
// thread-safe on a table nobody changes, so that a million rows sort on a worker thread; stops
// early (returning an empty order) when cancelled is set.
std::vector<int> sortedRowOrder(const DataTable &table, qsizetype column, bool descending,
                                const std::atomic_bool *cancelled = nullptr);

} // namespace ScoreDesk
