#include "workspacelistmodel.h"

#include "core/workspace/workspacemanager.h"

namespace ScoreDesk::App {

WorkspaceListModel::WorkspaceListModel(WorkspaceManager *manager, QObject *parent)
    : QAbstractListModel(parent)
    , m_manager(manager)
{
    // Workspaces change rarely and a few at a time: a reset is simplest and cheap.
    connect(manager, &WorkspaceManager::workspacesChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

int WorkspaceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_manager->store()->workspaces().size());
}

const Workspace *WorkspaceListModel::workspaceAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return nullptr;
    return &m_manager->store()->workspaces().at(index.row());
}

QVariant WorkspaceListModel::data(const QModelIndex &index, int role) const
{
    const Workspace *workspace = workspaceAt(index);
    if (!workspace)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return workspace->name;
    case Qt::ToolTipRole:
        return workspace->apiLocation;
    case IdRole:
        return workspace->id;
    case ApiLocationRole:
        return workspace->apiLocation;
    case GatewayRole:
        return workspace->needsSubscriptionKey;
    default:
        return {};
    }
}

QHash<int, QByteArray> WorkspaceListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "workspaceId");
    names.insert(ApiLocationRole, "apiLocation");
    names.insert(GatewayRole, "gateway");
    return names;
}

QModelIndex WorkspaceListModel::indexOf(const QUuid &id) const
{
    const auto &list = m_manager->store()->workspaces();
    for (int row = 0; row < list.size(); ++row) {
        if (list.at(row).id == id)
            return index(row);
    }
    return {};
}

} // namespace ScoreDesk::App
