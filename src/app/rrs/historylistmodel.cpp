#include "historylistmodel.h"

#include <QBrush>
#include <QIcon>

namespace ScoreDesk::App {

void HistoryListModel::setEntries(const QList<HistoryEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

const HistoryEntry *HistoryListModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int HistoryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant HistoryListModel::data(const QModelIndex &index, int role) const
{
    const HistoryEntry *entry = entryAt(index.row());
    if (!entry || index.column() != 0)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1  %2  %3  %4 ms")
            .arg(entry->startedAt.toLocalTime().toString(QStringLiteral("MM-dd HH:mm:ss")),
                 entry->status > 0 ? QString::number(entry->status) : tr("—"), entry->workspaceName)
            .arg(entry->latencyMs);
    case Qt::ToolTipRole:
        return entry->error.isEmpty() ? entry->url : entry->url + QLatin1Char('\n') + entry->error;
    case Qt::DecorationRole:
        // A sign, not a colour: it reads the same in a dark theme and to the colour-blind.
        return entry->succeeded() ? QVariant() : QVariant(QIcon(QStringLiteral(":/icons/warning.svg")));
    case Qt::AccessibleDescriptionRole:
        return entry->succeeded() ? tr("Succeeded") : tr("Failed: %1").arg(entry->error.isEmpty() ? QString::number(entry->status) : entry->error);
    case IdRole:
        return entry->id;
    case SucceededRole:
        return entry->succeeded();
    default:
        return {};
    }
}

} // namespace ScoreDesk::App
