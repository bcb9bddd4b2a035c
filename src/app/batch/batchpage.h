#pragma once

#include "core/jobs/jobrecord.h"
#include "core/workspace/workspace.h"

#include <QPointer>
#include <QUuid>
#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTextBrowser;
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
    // The selected job's first downloaded output in a results grid of its own window.
    void openSelectedOutput();
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
    // The splitters' positions, restored at the next start (called at closing).
    void saveLayout() const;

Q_SIGNALS:
    void submitted(const QString &jobId);
    void notified(const QString &text); // a job ended: the text of the desktop notification
    void actionFinished(bool ok);       // a start or cancel was answered
    void outputOpened(bool ok);         // an output read into its results grid, or not

private:
    void showParameters();
    void showDetails();
    // Each action is enabled when it can act on the selected job, with the reason when not.
    void updateActions(const JobRecord *record);
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
    QTextBrowser *m_details;
    QPlainTextEdit *m_rawStatus;
    QPushButton *m_rawToggle;
    QStackedWidget *m_detailViews;
    QAction *m_startAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_downloadAction = nullptr;
    QAction *m_openFolderAction = nullptr;
    QAction *m_openOutputAction = nullptr;
    QAction *m_copyAction = nullptr;
    QPointer<BatchSubmitJob> m_submission;
    QSystemTrayIcon *m_tray = nullptr;
    QList<QAction *> m_jobActions;
    QList<QSplitter *> m_splitters; // made on the first notification, where a tray exists
};

} // namespace ScoreDesk::App
