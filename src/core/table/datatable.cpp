#include "datatable.h"

#include <algorithm>

namespace ScoreDesk {

DataTable::DataTable(const QStringList &columnNames)
{
    for (const QString &name : columnNames)
        addColumn(name);
}

QStringList DataTable::columnNames() const
{
    QStringList names;
    names.reserve(m_columns.size());
    for (const Column &column : m_columns)
        names.append(column.name);
    return names;
}

qsizetype DataTable::columnIndex(const QString &name) const
{
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).name == name)
            return i;
    }
    return -1;
}

void DataTable::addColumn(const QString &name, ColumnType type)
{
    Column column(name, type);
    // A column added to a table that already has rows starts out all null.
    column.insertNulls(0, m_rowCount);
    m_columns.append(std::move(column));
}

bool DataTable::appendColumn(const Column &column)
{
    if (!m_columns.isEmpty() && column.size() != m_rowCount)
        return false;
    if (m_columns.isEmpty())
        m_rowCount = column.size();
    m_columns.append(column);
    return true;
}

void DataTable::setColumnType(qsizetype column, ColumnType type)
{
    m_columns[column].type = type;
}

void DataTable::appendRow(const QStringList &cells)
{
    appendRow(cells, {});
}

void DataTable::appendRow(const QStringList &cells, const std::vector<bool> &nulls)
{
    for (qsizetype i = 0; i < m_columns.size() && i < cells.size(); ++i) {
        if (static_cast<size_t>(i) < nulls.size() && nulls[static_cast<size_t>(i)])
            m_columns[i].appendNull();
        else
            m_columns[i].append(cells.at(i));
    }
    finishRow();
}

void DataTable::finishRow()
{
    ++m_rowCount;
    for (Column &column : m_columns) {
        while (column.size() < m_rowCount)
            column.appendNull();
    }
}

QStringList DataTable::row(qsizetype row) const
{
    QStringList cells;
    cells.reserve(m_columns.size());
    for (const Column &column : m_columns)
        cells.append(column.text(row));
    return cells;
}

void DataTable::insertRows(qsizetype at, qsizetype count)
{
    at = std::clamp<qsizetype>(at, 0, m_rowCount);
    if (count <= 0)
        return;
    for (Column &column : m_columns)
        column.insertNulls(at, count);
    m_rowCount += count;
}

void DataTable::removeRows(qsizetype at, qsizetype count)
{
    if (at < 0 || at >= m_rowCount || count <= 0)
        return;
    count = std::min(count, m_rowCount - at);
    for (Column &column : m_columns)
        column.remove(at, count);
    m_rowCount -= count;
}

void DataTable::moveRow(qsizetype from, qsizetype to)
{
    if (from < 0 || from >= m_rowCount || to < 0 || to >= m_rowCount || from == to)
        return;
    for (Column &column : m_columns)
        column.move(from, to);
}

void DataTable::insertColumn(qsizetype at, const QString &name, ColumnType type)
{
    at = std::clamp<qsizetype>(at, 0, m_columns.size());
    addColumn(name, type);
    m_columns.move(m_columns.size() - 1, at);
}

void DataTable::removeColumn(qsizetype at)
{
    if (at >= 0 && at < m_columns.size())
        m_columns.removeAt(at);
}

void DataTable::moveColumn(qsizetype from, qsizetype to)
{
    if (from >= 0 && from < m_columns.size() && to >= 0 && to < m_columns.size())
        m_columns.move(from, to);
}

void DataTable::renameColumn(qsizetype at, const QString &name)
{
    if (at >= 0 && at < m_columns.size())
        m_columns[at].name = name;
}

void DataTable::reserveRows(qsizetype rows, qsizetype bytesPerCell)
{
    for (Column &column : m_columns)
        column.reserve(column.size() + rows, column.textBytes() + rows * bytesPerCell);
}

} // namespace ScoreDesk
