#pragma once

#include <QAbstractListModel>
#include <QUuid>

namespace ScoreDesk {
class WorkspaceManager;
struct Workspace;
}

namespace ScoreDesk::App {

// The saved workspaces, for the workspace page's list and the toolbar's selector.
class WorkspaceListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        ApiLocationRole,
        GatewayRole,
        RoleCount // sentinel
    };

    explicit WorkspaceListModel(WorkspaceManager *manager, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QModelIndex indexOf(const QUuid &id) const;
    const Workspace *workspaceAt(const QModelIndex &index) const;

private:
    WorkspaceManager *m_manager;
};

} // namespace ScoreDesk::App
