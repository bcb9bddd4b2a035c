#include "resulttablemodel.h"

#include "backgroundtask.h"

#include "core/table/rowordering.h"

namespace ScoreDesk::App {

ResultTableModel::ResultTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

ResultTableModel::~ResultTableModel()
{
    cancelSort();
}

void ResultTableModel::setTable(const DataTable &table)
{
    cancelSort();
    beginResetModel();
    m_table = table;
    m_order.clear();
    endResetModel();
}

void ResultTableModel::cancelSort()
{
    if (m_sorting)
        m_sorting->store(true);
    m_sorting.reset();
}

void ResultTableModel::sort(int column, Qt::SortOrder order)
{
    cancelSort();
    if (column < 0 || column >= m_table.columnCount())
        return;
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    m_sorting = cancelled;
    const DataTable table = m_table; // shared with the worker; nobody changes it
    const bool descending = order == Qt::DescendingOrder;
    runInBackground<std::vector<int>>(
        this,
        [table, column, descending, cancelled] { return sortedRowOrder(table, column, descending, cancelled.get()); },
        [this, cancelled](std::vector<int> rows) {
            if (cancelled->load() || m_sorting != cancelled)
                return; // a newer sort or another table came since
            m_sorting.reset();
            applyOrder(std::move(rows));
            Q_EMIT sortFinished();
        });
}

void ResultTableModel::applyOrder(std::vector<int> order)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Selected and current cells stay on their rows: where each table row was, and goes.
    const QModelIndexList before = persistentIndexList();
    QList<int> tableRows;
    tableRows.reserve(before.size());
    for (const QModelIndex &index : before)
        tableRows.append(int(tableRow(index.row())));
    m_order = std::move(order);
    if (!before.isEmpty()) {
        std::vector<int> rowOf(m_order.size());
        for (size_t row = 0; row < m_order.size(); ++row)
            rowOf[size_t(m_order[row])] = int(row);
        QModelIndexList after;
        after.reserve(before.size());
        for (qsizetype i = 0; i < before.size(); ++i)
            after.append(index(rowOf[size_t(tableRows.at(i))], before.at(i).column()));
        changePersistentIndexList(before, after);
    }
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
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
    const qsizetype row = tableRow(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return column.text(row);
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
