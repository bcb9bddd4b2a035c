#include "rrstablesink.h"

#include "rrscodec.h"

namespace ScoreDesk {

RrsTableCollector::RrsTableCollector(QList<NamedTable> *tables)
    : m_tables(tables)
{
}

bool RrsTableCollector::beginTable(const QString &name, const QStringList &columns)
{
    m_tables->append(NamedTable{name, DataTable(columns)});
    m_column = 0;
    return true;
}

void RrsTableCollector::setColumnTypes(const QList<ColumnType> &types)
{
    DataTable &table = m_tables->last().table;
    for (qsizetype i = 0; i < types.size() && i < table.columnCount(); ++i)
        table.setColumnType(i, types.at(i));
}

void RrsTableCollector::appendCell(QByteArrayView utf8)
{
    m_tables->last().table.appendCell(m_column++, utf8);
}

void RrsTableCollector::appendNull()
{
    m_tables->last().table.appendNullCell(m_column++);
}

void RrsTableCollector::endRow()
{
    m_tables->last().table.finishRow();
    m_column = 0;
}

} // namespace ScoreDesk
