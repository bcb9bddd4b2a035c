#pragma once

#include <QStyledItemDelegate>

namespace ScoreDesk::App {

// Paints a job's state as a coloured dot and its name, and a running job as a busy progress
// bar: drawn with the style, no widget per row, so a thousand jobs scroll smoothly.
class JobStateDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace ScoreDesk::App
