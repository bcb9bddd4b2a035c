#include "celldelegate.h"

#include "inputtablemodel.h"

#include <QComboBox>
#include <QRegularExpressionValidator>
#include <QLineEdit>

namespace ScoreDesk::App {

QWidget *CellDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QStringList values = index.data(InputTableModel::EnumValuesRole).toStringList();
    if (!values.isEmpty()) {
        auto *combo = new QComboBox(parent);
        combo->addItem(QString());
        combo->addItems(values);
        return combo;
    }
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        const auto *model = qobject_cast<const InputTableModel *>(index.model());
        const ColumnType type = model ? model->table().column(index.column()).type : ColumnType::String;
        if (type == ColumnType::Integer)
            line->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("-?\\d*")), line));
        else if (type == ColumnType::Double)
            line->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("-?\\d*([.,]\\d*)?([eE][-+]?\\d*)?")), line));
    }
    return editor;
}

void CellDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentText(index.data(Qt::EditRole).toString());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void CellDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentText());
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace ScoreDesk::App
