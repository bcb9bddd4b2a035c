#pragma once

#include "columntype.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace ScoreDesk {

// A named, typed column. Cells are text; a null cell (no value at all, JSON null) is kept
// apart from an empty string because services treat the two differently.
struct Column
{
    QString name;
    ColumnType type = ColumnType::String;
    QStringList cells;
    std::vector<bool> nulls; // same length as cells

    bool isNull(qsizetype row) const { return nulls[static_cast<size_t>(row)]; }
};

// Columnar table: input grids, result tables and CSV files all go through it. Columnar so
// that a 100k-row result keeps one list per column rather than one allocation per row.
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
    void setColumnType(qsizetype column, ColumnType type);

    // Appends one row; missing trailing cells become null, extra cells are dropped.
    void appendRow(const QStringList &cells);
    void appendRow(const QStringList &cells, const std::vector<bool> &nulls);

    QString cell(qsizetype row, qsizetype column) const;
    bool isNull(qsizetype row, qsizetype column) const;
    void setCell(qsizetype row, qsizetype column, const QString &value);
    void setNull(qsizetype row, qsizetype column);

    QStringList row(qsizetype row) const;

    // Structure edits. Rows inserted are all null; indexes are clamped to the table.
    void insertRows(qsizetype at, qsizetype count);
    void removeRows(qsizetype at, qsizetype count);
    void moveRow(qsizetype from, qsizetype to);
    void insertColumn(qsizetype at, const QString &name, ColumnType type = ColumnType::String);
    void removeColumn(qsizetype at);
    void moveColumn(qsizetype from, qsizetype to);
    void renameColumn(qsizetype at, const QString &name);

    void reserveRows(qsizetype rows);

private:
    QList<Column> m_columns;
    qsizetype m_rowCount = 0;
};

} // namespace ScoreDesk
