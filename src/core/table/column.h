#pragma once

#include "columntype.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace ScoreDesk {

// One named, typed column of a table. Its cells' text is stored once, as UTF-8 in one buffer,
// each cell a span of that buffer: a million cells cost their bytes plus eight each, not a
// QString (and its allocation) apiece. A null cell (no value at all, JSON null) is kept apart
// from an empty string, because services treat the two differently. Copies share the storage
// until one of them changes (copy on write), so tables pass between threads and undo steps
// cheaply. A column holds at most 4 GiB of text.
class Column
{
public:
    QString name;
    ColumnType type = ColumnType::String;

    Column() = default;
    Column(const QString &columnName, ColumnType columnType = ColumnType::String);

    qsizetype size() const { return m_spans.size(); }
    bool isNull(qsizetype row) const { return m_spans.at(row).length == NullLength; }
    QByteArrayView utf8(qsizetype row) const;
    QString text(qsizetype row) const { return QString::fromUtf8(utf8(row)); }
    qsizetype textBytes() const { return m_text.size(); } // the buffer, edits' leftovers included

    void append(QByteArrayView utf8);
    void append(const QString &text) { append(QByteArrayView(text.toUtf8())); }
    void appendNull();
    void set(qsizetype row, const QString &text);
    void setNull(qsizetype row);
    void insertNulls(qsizetype at, qsizetype count);
    void remove(qsizetype at, qsizetype count);
    void move(qsizetype from, qsizetype to);
    void reserve(qsizetype rows, qsizetype bytes);

    // For tests and slow paths: every cell as text (nulls as empty strings).
    QStringList texts() const;

private:
    static constexpr quint32 NullLength = 0xFFFFFFFF;
    struct Span
    {
        quint32 offset = 0;
        quint32 length = NullLength;
    };
    quint32 store(QByteArrayView utf8);

    QByteArray m_text;   // every cell's UTF-8, back to back (an edit appends, leaving the old bytes)
    QList<Span> m_spans; // one per row
};

} // namespace ScoreDesk
