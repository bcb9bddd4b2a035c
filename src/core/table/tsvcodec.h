#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ScoreDesk {

// The clipboard format spreadsheets use for cell ranges: tab-separated, one line per row,
// cells with tabs, newlines or quotes in double quotes. Built on the CSV reader and writer.
QList<QStringList> parseTsv(const QString &text);
QString toTsv(const QList<QStringList> &rows);

} // namespace ScoreDesk
