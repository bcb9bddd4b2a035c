#include "outputviewer.h"

#include "../rrs/backgroundtask.h"
#include "../rrs/resulttablemodel.h"

#include "core/table/csvreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace ScoreDesk::App {

namespace {

struct OutputLoad
{
    DataTable table;
    QString problem;
};

} // namespace

OutputViewer::OutputViewer(const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_status(new QLabel(tr("Reading %1…").arg(QDir::toNativeSeparators(path)), this))
    , m_view(new QTableView(this))
    , m_model(new ResultTableModel(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("outputViewer"));
    setWindowTitle(tr("%1 — ScoreDesk").arg(QFileInfo(path).fileName()));
    resize(900, 560);
    m_status->setWordWrap(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setModel(m_model);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);

    runInBackground<OutputLoad>(
        this,
        [path] {
            OutputLoad load;
            QFile file(path);
            CsvError error;
            if (!file.open(QIODevice::ReadOnly))
                load.problem = tr("Cannot read %1: %2").arg(path, file.errorString());
            else if (!readCsvTable(&file, &load.table, &error))
                load.problem = tr("%1 is not a CSV table: %2").arg(path, error.toString(QFileInfo(path).fileName()));
            return load;
        },
        [this, path](OutputLoad load) {
            if (!load.problem.isEmpty()) {
                m_status->setText(load.problem);
                Q_EMIT loaded(false, load.problem);
                return;
            }
            m_model->setTable(load.table);
            m_view->horizontalHeader()->setResizeContentsPrecision(50);
            m_view->resizeColumnsToContents();
            m_status->setText(tr("%1 · %2 rows, %3 columns")
                                  .arg(QDir::toNativeSeparators(path), QLocale().toString(load.table.rowCount()), QLocale().toString(load.table.columnCount())));
            Q_EMIT loaded(true, QString());
        });
}

} // namespace ScoreDesk::App
