#pragma once

#include "core/table/datatable.h"

#include <QAbstractTableModel>

namespace ScoreDesk::App {

// One output table of a response, read-only. RawValueRole gives numbers as numbers so that a
// QSortFilterProxyModel sorts 10 after 9.
class ResultTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { RawValueRole = Qt::UserRole + 1, RoleCount };

    explicit ResultTableModel(QObject *parent = nullptr);

    void setTable(const DataTable &table);
    const DataTable &table() const { return m_table; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    DataTable m_table;
};

} // namespace ScoreDesk::App
