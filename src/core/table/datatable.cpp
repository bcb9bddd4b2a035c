#include "datatable.h"

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

void DataTable::reserveRows(qsizetype rows)
{
    for (Column &column : m_columns) {
        column.cells.reserve(rows);
        column.nulls.reserve(static_cast<size_t>(rows));
    }
}

} // namespace ScoreDesk
