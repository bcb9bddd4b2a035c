#pragma once

#include <QString>

class QWidget;

namespace ScoreDesk::App {

// A workspace's title line: its name in bold and its address in the palette's secondary text
// colour (never a fixed colour: dark themes must read as well). Both are escaped here.
QString workspaceTitle(const QWidget *widget, const QString &name, const QString &address);

// Text in the palette's secondary colour, escaped, for rich-text labels.
QString secondaryText(const QWidget *widget, const QString &text);

} // namespace ScoreDesk::App
