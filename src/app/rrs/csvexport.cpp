#include "csvexport.h"

#include "backgroundtask.h"

#include "core/savefile.h"
#include "core/table/csvwriter.h"

#include <QIODevice>

namespace ScoreDesk::App {

void exportCsvInBackground(QObject *context, const DataTable &table, const std::vector<int> &rowOrder, const QString &path,
                           std::function<void(QString)> done)
{
    // The table is shared with the worker, not copied; an edit meanwhile detaches the grid's.
    runInBackground<QString>(
        context,
        [table, rowOrder, path]() -> QString {
            AtomicFile file(path);
            QString error;
            if (!file.open(&error))
                return error;
            CsvWriter writer(file.device());
            if (!writer.writeTable(table, rowOrder))
                return path + QStringLiteral(": ") + file.device()->errorString();
            file.commit(&error);
            return error;
        },
        std::move(done));
}

} // namespace ScoreDesk::App
