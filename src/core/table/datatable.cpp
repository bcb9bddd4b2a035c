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
    Column column;
    column.name = name;
    column.type = type;
    // A column added to a table that already has rows starts out all null.
    column.cells.resize(m_rowCount);
    column.nulls.assign(static_cast<size_t>(m_rowCount), true);
    m_columns.append(std::move(column));
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
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        Column &column = m_columns[i];
        const bool present = i < cells.size();
        const bool isNullCell = !present || (static_cast<size_t>(i) < nulls.size() && nulls[static_cast<size_t>(i)]);
        column.cells.append(present && !isNullCell ? cells.at(i) : QString());
        column.nulls.push_back(isNullCell);
    }
    ++m_rowCount;
}

QString DataTable::cell(qsizetype row, qsizetype column) const
{
    return m_columns.at(column).cells.at(row);
}

bool DataTable::isNull(qsizetype row, qsizetype column) const
{
    return m_columns.at(column).isNull(row);
}

void DataTable::setCell(qsizetype row, qsizetype column, const QString &value)
{
    Column &target = m_columns[column];
    target.cells[row] = value;
    target.nulls[static_cast<size_t>(row)] = false;
}

void DataTable::setNull(qsizetype row, qsizetype column)
{
    Column &target = m_columns[column];
    target.cells[row] = QString();
    target.nulls[static_cast<size_t>(row)] = true;
}

QStringList DataTable::row(qsizetype row) const
{
    QStringList cells;
    cells.reserve(m_columns.size());
    for (const Column &column : m_columns)
        cells.append(column.cells.at(row));
    return cells;
}

void DataTable::insertRows(qsizetype at, qsizetype count)
{
    at = std::clamp<qsizetype>(at, 0, m_rowCount);
    if (count <= 0)
        return;
    for (Column &column : m_columns) {
        column.cells.insert(at, count, QString());
        column.nulls.insert(column.nulls.begin() + at, size_t(count), true);
    }
    m_rowCount += count;
}

void DataTable::removeRows(qsizetype at, qsizetype count)
{
    if (at < 0 || at >= m_rowCount || count <= 0)
        return;
    count = std::min(count, m_rowCount - at);
    for (Column &column : m_columns) {
        column.cells.remove(at, count);
        column.nulls.erase(column.nulls.begin() + at, column.nulls.begin() + at + count);
    }
    m_rowCount -= count;
}

void DataTable::moveRow(qsizetype from, qsizetype to)
{
    if (from < 0 || from >= m_rowCount || to < 0 || to >= m_rowCount || from == to)
        return;
    for (Column &column : m_columns) {
        column.cells.move(from, to);
        const bool isNull = column.nulls[size_t(from)];
        column.nulls.erase(column.nulls.begin() + from);
        column.nulls.insert(column.nulls.begin() + to, isNull);
    }
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

void DataTable::reserveRows(qsizetype rows)
{
    for (Column &column : m_columns) {
        column.cells.reserve(rows);
        column.nulls.reserve(static_cast<size_t>(rows));
    }
}

} // namespace ScoreDesk
