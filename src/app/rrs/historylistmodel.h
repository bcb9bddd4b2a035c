#pragma once

#include "core/history/historyentry.h"

#include <QAbstractListModel>

namespace ScoreDesk::App {

// History entries (without bodies) for the history panel's list.
class HistoryListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, SucceededRole, RoleCount };

    using QAbstractListModel::QAbstractListModel;

    void setEntries(const QList<HistoryEntry> &entries);
    const HistoryEntry *entryAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<HistoryEntry> m_entries;
};

} // namespace ScoreDesk::App
