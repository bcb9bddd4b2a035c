#pragma once

#include <QAbstractItemModel>
#include <QJsonDocument>
#include <QJsonValue>

#include <memory>
#include <vector>

namespace ScoreDesk::App {

// A JSON document as a foldable tree (key, value). Children are built when a node is first
// opened, so a response of 100,000 rows costs nothing until someone unfolds it.
class JsonTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { KeyColumn, ValueColumn, ColumnCount };

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    // False when the bytes are not JSON; the tree is then empty.
    bool setJson(const QByteArray &json);
    // For documents parsed elsewhere (a worker thread): large responses are never parsed on
    // the GUI thread.
    void setDocument(const QJsonDocument &document);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        QString key;
        QJsonValue value;
        Node *parent = nullptr;
        int row = 0;
        bool populated = false;
        std::vector<std::unique_ptr<Node>> children;
    };
    Node *nodeOf(const QModelIndex &index) const;
    void populate(Node *node) const;

    std::unique_ptr<Node> m_root;
};

} // namespace ScoreDesk::App
