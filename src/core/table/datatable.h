#pragma once

#include "column.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace ScoreDesk {

// Columnar table: input grids, result tables and CSV files all go through it. Each column keeps
// its text once (see Column), so a 1,000,000-row table costs about its bytes, and a copy shares
// everything until it changes.
class DataTable
{
public:
    DataTable() = default;
    explicit DataTable(const QStringList &columnNames);

    qsizetype columnCount() const { return m_columns.size(); }
    qsizetype rowCount() const { return m_rowCount; }
    bool isEmpty() const { return m_columns.isEmpty(); }

    QStringList columnNames() const;
    qsizetype columnIndex(const QString &name) const;
    const Column &column(qsizetype index) const { return m_columns.at(index); }

    void addColumn(const QString &name, ColumnType type = ColumnType::String);
    // Adds a whole column, shared rather than copied. It must have as many cells as the table
    // has rows (any number when the table has no columns yet); false, and nothing added, if not.
    bool appendColumn(const Column &column);
    void setColumnType(qsizetype column, ColumnType type);

    // Appends one row; missing trailing cells become null, extra cells are dropped.
    void appendRow(const QStringList &cells);
    void appendRow(const QStringList &cells, const std::vector<bool> &nulls);
    // A row built in place by a reader of large inputs, cell by cell from the left, with no
    // QString on the way: the cells it leaves out are null.
    void appendCell(qsizetype column, QByteArrayView utf8) { m_columns[column].append(utf8); }
    void appendNullCell(qsizetype column) { m_columns[column].appendNull(); }
    void finishRow();

    QString cell(qsizetype row, qsizetype column) const { return m_columns.at(column).text(row); }
    bool isNull(qsizetype row, qsizetype column) const { return m_columns.at(column).isNull(row); }
    void setCell(qsizetype row, qsizetype column, const QString &value) { m_columns[column].set(row, value); }
    void setNull(qsizetype row, qsizetype column) { m_columns[column].setNull(row); }

    QStringList row(qsizetype row) const;

    // Structure edits. Rows inserted are all null; indexes are clamped to the table.
    void insertRows(qsizetype at, qsizetype count);
    void removeRows(qsizetype at, qsizetype count);
    void moveRow(qsizetype from, qsizetype to);
    void insertColumn(qsizetype at, const QString &name, ColumnType type = ColumnType::String);
    void removeColumn(qsizetype at);
    void moveColumn(qsizetype from, qsizetype to);
    void renameColumn(qsizetype at, const QString &name);

    // Room for this many more rows of about this many bytes each, in every column.
    void reserveRows(qsizetype rows, qsizetype bytesPerCell = 0);

private:
    QList<Column> m_columns;
    qsizetype m_rowCount = 0;
};

} // namespace ScoreDesk
