#pragma once

#include "core/table/datatable.h"

#include <QString>

#include <functional>
#include <vector>

class QObject;

namespace ScoreDesk::App {

// Writes a table as CSV on a worker thread (a million rows take seconds), whole or not at all
// (AtomicFile), its rows in rowOrder (all, in order, when empty). done(error) comes on the GUI
// thread unless context is gone; error is empty on success, else "path: reason".
void exportCsvInBackground(QObject *context, const DataTable &table, const std::vector<int> &rowOrder, const QString &path,
                           std::function<void(QString)> done);

} // namespace ScoreDesk::App
