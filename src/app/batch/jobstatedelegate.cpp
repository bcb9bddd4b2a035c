#include "jobstatedelegate.h"

#include "joblistmodel.h"

#include <QApplication>
#include <QDateTime>
#include <QIcon>
#include <QPainter>

namespace ScoreDesk::App {

namespace {

// Each state has its own shape, drawn in the theme's colours: a dark palette reads as well as
// a light one, and nobody needs to tell red from green.
void paintStateMark(QPainter *painter, const QRect &box, BesJobState state, const QStyleOptionViewItem &option)
{
    const bool selected = option.state & QStyle::State_Selected;
    const QColor ink = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor quiet = selected ? ink : option.palette.color(QPalette::PlaceholderText);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF circle = QRectF(box).adjusted(0.75, 0.75, -0.75, -0.75);
    switch (state) {
    case BesJobState::Running: // a filled dot in the accent colour: at work
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? ink : option.palette.color(QPalette::Highlight));
        painter->drawEllipse(circle);
        break;
    case BesJobState::Finished: { // a tick
        painter->setPen(QPen(ink, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        const QPointF path[] = {{circle.left(), circle.center().y()}, {circle.left() + circle.width() * 0.4, circle.bottom()}, {circle.right(), circle.top()}};
        painter->drawPolyline(path, 3);
        break;
    }
    case BesJobState::Failed: // the app's warning sign
        QIcon(QStringLiteral(":/icons/warning.svg")).paint(painter, box.adjusted(-2, -2, 2, 2));
        break;
    case BesJobState::Cancelled: // a struck-through ring
        painter->setPen(QPen(quiet, 1.5));
        painter->drawEllipse(circle);
        painter->drawLine(circle.bottomLeft() + QPointF(1.5, -1.5), circle.topRight() + QPointF(-1.5, 1.5));
        break;
    case BesJobState::NotStarted: // an empty ring: waiting
        painter->setPen(QPen(quiet, 1.5));
        painter->drawEllipse(circle);
        break;
    case BesJobState::Unknown:
        painter->setPen(QPen(quiet, 1.5, Qt::DotLine));
        painter->drawEllipse(circle);
        break;
    }
    painter->restore();
}

} // namespace

void JobStateDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    const auto state = BesJobState(index.data(JobListModel::StateRole).toInt());
    const QRect area = option.rect.adjusted(6, 0, -6, 0);
    const int size = 10;
    paintStateMark(painter, QRect(area.left(), area.center().y() - size / 2, size, size), state, option);

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
