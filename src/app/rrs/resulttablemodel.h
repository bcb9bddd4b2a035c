#pragma once

#include "core/table/datatable.h"

#include <QAbstractTableModel>

#include <atomic>
#include <memory>
#include <vector>

namespace ScoreDesk::App {

// One output table of a response, read-only and sortable. Sorting a million rows takes longer
// than a frame, so sort() works out the new order on a worker thread and the rows move when it
// is ready (sortFinished()); the table is shared with the worker, never copied. A newer sort or
// a new table makes an unfinished one moot.
class ResultTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit ResultTableModel(QObject *parent = nullptr);
    ~ResultTableModel() override;

    void setTable(const DataTable &table);
    const DataTable &table() const { return m_table; }
    // The table's row shown at a row of the model (they differ once sorted).
    qsizetype tableRow(int row) const { return m_order.empty() ? row : m_order[size_t(row)]; }
    const std::vector<int> &rowOrder() const { return m_order; }
    bool isSorting() const { return m_sorting != nullptr; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void sortFinished();

private:
    void applyOrder(std::vector<int> order);
    void cancelSort();

    DataTable m_table;
    std::vector<int> m_order; // model row -> table row; empty: the service's order
    std::shared_ptr<std::atomic_bool> m_sorting; // the running sort's cancel flag
};

} // namespace ScoreDesk::App
