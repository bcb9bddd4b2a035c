#include "jobstatedelegate.h"

#include "joblistmodel.h"

#include <QApplication>
#include <QDateTime>
#include <QPainter>

namespace ScoreDesk::App {

void JobStateDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    const auto state = BesJobState(index.data(JobListModel::StateRole).toInt());
    QColor dot;
    switch (state) {
    case BesJobState::NotStarted: dot = QColor(0x8c, 0x95, 0x9f); break;
    case BesJobState::Running: dot = QColor(0x1f, 0x6f, 0xeb); break;
    case BesJobState::Finished: dot = QColor(0x1a, 0x7f, 0x37); break;
    case BesJobState::Failed: dot = QColor(0xcf, 0x22, 0x2e); break;
    case BesJobState::Cancelled: dot = QColor(0x9a, 0x67, 0x00); break;
    case BesJobState::Unknown: dot = Qt::gray; break;
    }
    const QRect area = option.rect.adjusted(6, 0, -6, 0);
    const int size = 10;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(dot);
    painter->drawEllipse(QRect(area.left(), area.center().y() - size / 2, size, size));
    painter->restore();

    QRect textRect = area.adjusted(size + 6, 0, 0, 0);
    if (state == BesJobState::Running) {
        // A moving bar: the service gives no percentage, so the bar says "working" only.
        QStyleOptionProgressBar bar;
        bar.rect = QRect(textRect.right() - 70, area.center().y() - 6, 70, 12);
        bar.minimum = 0;
        bar.maximum = 100;
        bar.progress = int((QDateTime::currentMSecsSinceEpoch() / 40) % 100);
        bar.state = QStyle::State_Enabled;
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, option.widget);
        textRect.setRight(bar.rect.left() - 6);
    }
    painter->setPen(option.state & QStyle::State_Selected ? option.palette.color(QPalette::HighlightedText) : option.palette.color(QPalette::Text));
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, index.data().toString());
}

} // namespace ScoreDesk::App
