#include "rowordering.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <numeric>
#include <string_view>

namespace ScoreDesk {

namespace {

// A cell's place in a sort: its class first (number, text, null), then its value.
struct SortKey
{
    enum Class : quint8 { Number, Text, Null };
    Class kind = Null;
    double number = 0;
};

bool parseNumber(QByteArrayView text, double *number)
{
    const char *first = text.data();
    const char *last = first + text.size();
    while (first < last && *first == ' ')
        ++first;
    if (first < last && *first == '+')
        ++first;
    const auto [end, error] = std::from_chars(first, last, *number);
    return error == std::errc() && end == last && !std::isnan(*number);
}

} // namespace

std::vector<int> sortedRowOrder(const DataTable &table, qsizetype columnIndex, bool descending, const std::atomic_bool *cancelled)
{
    const Column &column = table.column(columnIndex);
    const int rows = int(table.rowCount());
    std::vector<int> order(static_cast<size_t>(rows), 0);
    std::iota(order.begin(), order.end(), 0);
    std::vector<SortKey> keys(static_cast<size_t>(rows));
    const bool numeric = isNumeric(column.type);
    for (int row = 0; row < rows; ++row) {
        SortKey &key = keys[size_t(row)];
        if (column.isNull(row))
            continue;
        key.kind = numeric && parseNumber(column.utf8(row), &key.number) ? SortKey::Number : SortKey::Text;
    }
    auto less = [&](int a, int b) {
        const SortKey &x = keys[size_t(a)];
        const SortKey &y = keys[size_t(b)];
        if (x.kind != y.kind)
            return x.kind < y.kind;
        if (x.kind == SortKey::Number)
            return x.number < y.number;
        if (x.kind == SortKey::Null)
            return false;
        const QByteArrayView u = column.utf8(a);
        const QByteArrayView v = column.utf8(b);
        // As bytes (char_traits compares them unsigned): UTF-8 in code point order.
        return std::string_view(u.data(), size_t(u.size())) < std::string_view(v.data(), size_t(v.size()));
    };
    if (cancelled && cancelled->load())
        return {};
    if (!descending) {
        std::stable_sort(order.begin(), order.end(), less);
    } else {
        // Reversed values, but nulls still last and equal rows still in the service's order.
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            const SortKey &x = keys[size_t(a)];
            const SortKey &y = keys[size_t(b)];
            if (x.kind == SortKey::Null || y.kind == SortKey::Null)
                return x.kind != SortKey::Null && y.kind == SortKey::Null;
            return less(b, a);
        });
    }
    if (cancelled && cancelled->load())
        return {};
    return order;
}

} // namespace ScoreDesk
