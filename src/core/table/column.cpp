#include "column.h"

#include <cstring>

#include <limits>

namespace ScoreDesk {

Column::Column(const QString &columnName, ColumnType columnType)
    : name(columnName)
    , type(columnType)
{
}

QByteArrayView Column::utf8(qsizetype row) const
{
    const Span span = m_spans.at(row);
    return span.length == NullLength ? QByteArrayView() : QByteArrayView(m_text.constData() + span.offset, span.length);
}

quint32 Column::store(QByteArrayView utf8)
{
    // 4 GiB of text in one column is beyond what a grid or a request can hold anyway; refuse it
    // loudly rather than wrap the offsets around.
    if (quint64(m_text.size()) + quint64(utf8.size()) >= std::numeric_limits<quint32>::max())
        qFatal("a column holds more than 4 GiB of text");
    const auto offset = quint32(m_text.size());
    if (utf8.isEmpty())
        return offset;
    // resize() and one copy: QByteArray::append() goes through the general insert(), which
    // showed at the top of a million-row import's profile.
    m_text.resize(m_text.size() + utf8.size());
    std::memcpy(m_text.data() + offset, utf8.data(), size_t(utf8.size()));
    return offset;
}

void Column::append(QByteArrayView utf8)
{
    const quint32 offset = store(utf8);
    m_spans.append(Span{offset, quint32(utf8.size())});
}

void Column::appendNull()
{
    m_spans.append(Span{});
}

void Column::set(qsizetype row, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    const quint32 offset = store(bytes);
    m_spans[row] = Span{offset, quint32(bytes.size())};
}

void Column::setNull(qsizetype row)
{
    m_spans[row] = Span{};
}

void Column::insertNulls(qsizetype at, qsizetype count)
{
    m_spans.insert(at, count, Span{});
}

void Column::remove(qsizetype at, qsizetype count)
{
    m_spans.remove(at, count);
}

void Column::move(qsizetype from, qsizetype to)
{
    m_spans.move(from, to);
}

void Column::reserve(qsizetype rows, qsizetype bytes)
{
    m_spans.reserve(rows);
    m_text.reserve(bytes);
}

QStringList Column::texts() const
{
    QStringList all;
    all.reserve(size());
    for (qsizetype row = 0; row < size(); ++row)
        all.append(text(row));
    return all;
}

} // namespace ScoreDesk
