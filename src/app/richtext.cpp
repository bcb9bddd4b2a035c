#include "richtext.h"

#include <QPalette>
#include <QWidget>

namespace ScoreDesk::App {

QString secondaryText(const QWidget *widget, const QString &text)
{
    return QStringLiteral("<span style='color:%1'>%2</span>")
        .arg(widget->palette().color(QPalette::PlaceholderText).name(), text.toHtmlEscaped());
}

QString workspaceTitle(const QWidget *widget, const QString &name, const QString &address)
{
    return QStringLiteral("<b>%1</b> &nbsp; %2").arg(name.toHtmlEscaped(), secondaryText(widget, address));
}

} // namespace ScoreDesk::App
