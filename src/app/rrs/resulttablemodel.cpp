#include "resulttablemodel.h"

namespace ScoreDesk::App {

ResultTableModel::ResultTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ResultTableModel::setTable(const DataTable &table)
{
    beginResetModel();
    m_table = table;
    endResetModel();
}

int ResultTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rowCount());
}

int ResultTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.columnCount());
}

QVariant ResultTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Column &column = m_table.column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return column.text(index.row());
    case RawValueRole: {
        if (column.isNull(index.row()))
            return {};
        const QString text = column.text(index.row());
        bool ok = false;
        const double number = text.toDouble(&ok);
        // Numeric columns sort as numbers; a cell that does not parse sorts as text.
        return ok && isNumeric(column.type) ? QVariant(number) : QVariant(text);
    }
    case Qt::TextAlignmentRole:
        return isNumeric(column.type) ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    default:
        return {};
    }
}

QVariant ResultTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (section < 0 || section >= m_table.columnCount())
        return {};
    if (role == Qt::DisplayRole)
        return m_table.column(section).name;
    if (role == Qt::ToolTipRole)
        return columnTypeName(m_table.column(section).type);
    return {};
}

} // namespace ScoreDesk::App
