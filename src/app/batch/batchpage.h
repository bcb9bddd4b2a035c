#pragma once

#include "core/workspace/workspace.h"

#include <QPointer>
#include <QUuid>
#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QSystemTrayIcon;
class QTableView;

namespace ScoreDesk {
class BatchSubmitJob;
}

namespace ScoreDesk::App {

class AppContext;
class BatchJobForm;
class JobListModel;
class MessageBar;

// Batch jobs: the new-job form (submitting through the core BatchRunner on the chosen
// workspace's service), and a monitor of every job of every workspace that keeps polling,
// survives restarts, downloads outputs and says when a job ends. Start, cancel and download act
// on the selected job with the keys of that job's own workspace, whichever one is chosen.
class BatchPage : public QWidget
{
    Q_OBJECT
public:
    explicit BatchPage(AppContext *context, QWidget *parent = nullptr);

    void setWorkspace(const QUuid &id);
    void submit();
    void startSelected();
    void cancelSelected();
    void deleteSelected();
    void downloadSelected();
    void copySelectedId();
    void openSelectedFolder();
    void selectJob(const QString &jobId);

    BatchJobForm *form() const { return m_form; }
    QTableView *monitor() const { return m_monitor; }
    JobListModel *jobs() const { return m_model; }
    MessageBar *messageBar() const { return m_message; }
    QLineEdit *inputEdit() const;
    QLineEdit *existingBlobEdit() const;
    QLineEdit *outputBlobEdit() const;
    QLineEdit *outputEdit() const;
    QCheckBox *startNowCheck() const;
    QString message() const;
    QString selectedJobId() const;
    QString detailText() const;
    QList<QAction *> jobActions() const { return m_jobActions; }

Q_SIGNALS:
    void submitted(const QString &jobId);
    void notified(const QString &text); // a job ended: the text of the desktop notification
    void actionFinished(bool ok);       // a start or cancel was answered

private:
    void showParameters();
    void showDetails();
    void follow(BatchSubmitJob *job, bool startNow);
    void onJobFinished(const QString &jobId, bool succeeded);
    void act(bool start);

    AppContext *m_context;
    std::optional<Workspace> m_workspace;
    QLabel *m_title;
    BatchJobForm *m_form;
    MessageBar *m_message;
    QTableView *m_monitor;
    JobListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QPlainTextEdit *m_details;
    QPointer<BatchSubmitJob> m_submission;
    QSystemTrayIcon *m_tray = nullptr;
    QList<QAction *> m_jobActions; // made on the first notification, where a tray exists
};

} // namespace ScoreDesk::App
