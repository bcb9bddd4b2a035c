#pragma once

#include <QStyledItemDelegate>

namespace ScoreDesk::App {

// Editors for input cells: a drop-down for enum columns, a validating line edit for numbers.
// Painting stays the default (no widget per cell).
class CellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace ScoreDesk::App
