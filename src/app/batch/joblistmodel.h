#pragma once

#include "core/jobs/jobstore.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QTimer>

namespace ScoreDesk::App {

// The job monitor's rows: every batch job in the JobStore, newest first, kept current as
// the poller reports changes; elapsed times tick once a second for running jobs.
class JobListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { JobColumn, StateColumn, ElapsedColumn, SubmittedColumn, StartedColumn, FinishedColumn, OutputsColumn, ColumnCount };
    enum Role {
        RawValueRole = Qt::UserRole + 1, // sortable values: times and numbers as such
        StateRole,                       // BesJobState as int
        JobIdRole,
        RoleCount
    };

    explicit JobListModel(JobStore *store, QObject *parent = nullptr);

    void reload();                      // everything, from the store
    void refresh(const QString &jobId); // one job changed (or appeared)
    // The same, gathered: many jobs changing at once (a monitor of hundreds) make one update
    // a quarter of a second later instead of one each.
    void refreshSoon(const QString &jobId);
    const JobRecord *recordAt(int row) const;
    int rowOf(const QString &jobId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    qint64 elapsedSeconds(const JobRecord &record) const;

    JobStore *m_store;
    QList<JobRecord> m_records;
    QTimer m_ticker;
    QTimer m_refreshTimer;
    QSet<QString> m_pendingRefresh;
};

} // namespace ScoreDesk::App
