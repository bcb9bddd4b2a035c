#pragma once

#include "../table/columntype.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace ScoreDesk {

struct NamedTable;

// Where the tables of a scoring body go as they are read: into tables for the GUI, or straight
// into CSV files for the CLI, so that a 130 MB answer never becomes a table in memory. The
// reader calls, per table: beginTable(), then for each row exactly one cell per column (a text
// or a null) and endRow(); setColumnTypes() at any point; endTable() at the end.
class RrsTableSink
{
public:
    virtual ~RrsTableSink() = default;

    // False stops the reading, with the reason in error().
    virtual bool beginTable(const QString &name, const QStringList &columns) = 0;
    virtual void setColumnTypes(const QList<ColumnType> &types) = 0;
    virtual void appendCell(QByteArrayView utf8) = 0;
    virtual void appendNull() = 0;
    virtual void endRow() = 0;
    virtual bool endTable() = 0;

    virtual QString error() const { return {}; }
};

// Collects the tables as DataTables.
class RrsTableCollector : public RrsTableSink
{
public:
    explicit RrsTableCollector(QList<NamedTable> *tables);

    bool beginTable(const QString &name, const QStringList &columns) override;
    void setColumnTypes(const QList<ColumnType> &types) override;
    void appendCell(QByteArrayView utf8) override;
    void appendNull() override;
    void endRow() override;
    bool endTable() override { return true; }

private:
    QList<NamedTable> *m_tables;
    qsizetype m_column = 0;
};

} // namespace ScoreDesk
