#include "joblistmodel.h"

#include "jobdetails.h"

#include "core/service/serviceendpoint.h"

#include <algorithm>
#include <utility>

namespace ScoreDesk::App {

JobListModel::JobListModel(JobStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, [this] {
        // Only while some job runs (finished ones keep their time), one signal for the column.
        const bool anyRunning = std::any_of(m_records.cbegin(), m_records.cend(), [](const JobRecord &record) { return !record.isFinal(); });
        if (anyRunning)
            Q_EMIT dataChanged(index(0, ElapsedColumn), index(int(m_records.size()) - 1, ElapsedColumn), {Qt::DisplayRole, RawValueRole});
    });
    m_ticker.start();
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(250);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        const QSet<QString> ids = std::exchange(m_pendingRefresh, {});
        for (const QString &id : ids)
            refresh(id);
    });
    reload();
}

void JobListModel::refreshSoon(const QString &jobId)
{
    m_pendingRefresh.insert(jobId);
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void JobListModel::reload()
{
    beginResetModel();
    m_records = m_store ? m_store->all() : QList<JobRecord>();
    endResetModel();
}

void JobListModel::refresh(const QString &jobId)
{
    const std::optional<JobRecord> record = m_store ? m_store->job(jobId) : std::nullopt;
    const int row = rowOf(jobId);
    if (!record) {
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_records.removeAt(row);
            endRemoveRows();
        }
        return;
    }
    if (row < 0) {
        beginInsertRows({}, 0, 0); // newest first
        m_records.prepend(*record);
        endInsertRows();
        return;
    }
    m_records[row] = *record;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const JobRecord *JobListModel::recordAt(int row) const
{
    return row >= 0 && row < m_records.size() ? &m_records.at(row) : nullptr;
}

int JobListModel::rowOf(const QString &jobId) const
{
    for (int row = 0; row < m_records.size(); ++row) {
        if (m_records.at(row).jobId == jobId)
            return row;
    }
    return -1;
}

int JobListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int JobListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 JobListModel::elapsedSeconds(const JobRecord &record) const
{
    const QDateTime from = record.startedAt.isValid() ? record.startedAt : record.submittedAt;
    const QDateTime to = record.finishedAt.isValid() ? record.finishedAt : QDateTime::currentDateTimeUtc();
    return from.isValid() ? std::max<qint64>(0, from.secsTo(to)) : 0;
}

QVariant JobListModel::data(const QModelIndex &index, int role) const
{
    const JobRecord *record = recordAt(index.row());
    if (!record)
        return {};
    auto time = [](const QDateTime &when) { return when.isValid() ? when.toLocalTime().toString(QStringLiteral("MM-dd HH:mm:ss")) : QString(); };
    if (role == StateRole)
        return int(record->state);
    if (role == JobIdRole)
        return record->jobId;
    if (role == Qt::ToolTipRole)
        return record->details.isEmpty() ? record->inputFile : record->details;
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    const bool raw = role == RawValueRole;
    switch (Column(index.column())) {
    case JobColumn:
        // Jobs started from the command line with --url have no workspace: name their service.
        return QString((record->workspaceName.isEmpty() ? ServiceEndpoint::parse(record->serviceUrl).service() : record->workspaceName)
                       + QStringLiteral(" · ") + record->jobId.left(8));
    case StateColumn:
        return raw ? QVariant(int(record->state)) : QVariant(jobStateText(record->state));
    case ElapsedColumn: {
        // A job waiting for its start has taken no time yet: no clock ticks for it.
        if (record->state == BesJobState::NotStarted && !record->cancelRequested)
            return raw ? QVariant(qint64(-1)) : QVariant(tr("waiting"));
        const qint64 seconds = elapsedSeconds(*record);
        return raw ? QVariant(seconds) : QVariant(QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0')));
    }
    case SubmittedColumn:
        return raw ? QVariant(record->submittedAt) : QVariant(time(record->submittedAt));
    case StartedColumn:
        return raw ? QVariant(record->startedAt) : QVariant(time(record->startedAt));
    case FinishedColumn:
        return raw ? QVariant(record->finishedAt) : QVariant(time(record->finishedAt));
    case OutputsColumn:
        return record->downloads.keys().join(QStringLiteral(", "));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant JobListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case JobColumn:
        return tr("Job");
    case StateColumn:
        return tr("State");
    case ElapsedColumn:
        return tr("Elapsed");
    case SubmittedColumn:
        return tr("Submitted");
    case StartedColumn:
        return tr("Started");
    case FinishedColumn:
        return tr("Finished");
    case OutputsColumn:
        return tr("Downloaded");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace ScoreDesk::App
