#pragma once

#include "datatable.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace ScoreDesk {

// The clipboard format spreadsheets use for cell ranges: tab-separated, one line per row,
// cells with tabs, newlines or quotes in double quotes. Built on the CSV reader and writer.
QList<QStringList> parseTsv(const QString &text);
QString toTsv(const QList<QStringList> &rows);
// A whole table with its header, its rows in rowOrder (all of them when empty); nulls and empty
// strings alike as nothing.
QString tableToTsv(const DataTable &table, const std::vector<int> &rowOrder = {});
// The cells of a rectangle (rows top..bottom, columns left..right, inclusive), no header.
QString rangeToTsv(const DataTable &table, qsizetype top, qsizetype left, qsizetype bottom, qsizetype right);

} // namespace ScoreDesk
