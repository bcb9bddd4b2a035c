#pragma once

#include "core/workspace/workspace.h"

#include <QJsonObject>
#include <QPointer>
#include <QUuid>
#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QSystemTrayIcon;

namespace ScoreDesk {
class BlobUpload;
}

namespace ScoreDesk::App {

class AppContext;
class JobListModel;
class ParametersForm;

// Batch jobs: a form that uploads an input file and submits (and starts) a job on the current
// workspace's service, and a monitor of every job that keeps polling, survives restarts,
// downloads outputs and says when a job ends.
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

    QTableView *monitor() const { return m_monitor; }
    JobListModel *jobs() const { return m_model; }
    QLineEdit *inputEdit() const { return m_input; }
    QLineEdit *existingBlobEdit() const { return m_existingBlob; }
    QLineEdit *outputBlobEdit() const { return m_outputBlob; }
    QLineEdit *outputEdit() const { return m_outputDir; }
    QCheckBox *startNowCheck() const { return m_startNow; }
    QString message() const;
    QString selectedJobId() const;
    QString detailText() const;

Q_SIGNALS:
    void submitted(const QString &jobId);
    void notified(const QString &text); // a job ended: the text of the desktop notification

private:
    void showMessage(const QString &text, bool isError);
    void showDetails();
    void onJobFinished(const QString &jobId, bool succeeded);
    void serviceCall(const QByteArray &method, const QUrl &url, const QByteArray &body, std::function<void(int status, const QByteArray &body)> done);
    // Submits (and perhaps starts) a job whose input is already in blob storage.
    void submitJob(const Workspace &workspace, const QString &storage, const QString &inputFile, const QString &inputLocation,
                   const QString &outputLocation, const QString &outputDir, const QJsonObject &parameters, bool startNow);
    void submitFailed(const QString &text);

    AppContext *m_context;
    std::optional<Workspace> m_workspace;
    QLabel *m_title;
    QLineEdit *m_input;
    QLineEdit *m_existingBlob;
    QLineEdit *m_container;
    QLineEdit *m_outputBlob;
    QLineEdit *m_outputDir;
    QCheckBox *m_startNow;
    ParametersForm *m_parameters;
    QPushButton *m_submit;
    QProgressBar *m_progress;
    QLabel *m_message;
    QTableView *m_monitor;
    JobListModel *m_model;
    QPlainTextEdit *m_details;
    QPointer<BlobUpload> m_upload;
    QSystemTrayIcon *m_tray = nullptr; // made on the first notification, where a tray exists
};

} // namespace ScoreDesk::App
