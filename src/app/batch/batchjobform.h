#pragma once

#include "core/jobs/batchrunner.h"
#include "core/workspace/workspace.h"

#include <QGroupBox>

#include <memory>
#include <optional>

class QCheckBox;
class QLineEdit;
class QPushButton;

namespace Ui {
class BatchJobForm;
}

namespace ScoreDesk::App {

class AppContext;
class ParametersForm;

// The "New batch job" form (ui/batchjobform.ui): an input file or a blob already in storage,
// the container, an output blob, where the outputs are downloaded (each job in a folder of its
// own there) and the service's parameters. It turns what is typed into a BatchJobPlan, or says
// what is missing.
class BatchJobForm : public QGroupBox
{
    Q_OBJECT
public:
    explicit BatchJobForm(AppContext *context, QWidget *parent = nullptr);
    ~BatchJobForm() override;

    void setWorkspace(const std::optional<Workspace> &workspace);
    // The plan for the chosen workspace, or nothing with the reason in `problem`.
    std::optional<BatchJobPlan> plan(QString *problem) const;

    void setBusy(bool busy);
    void setUploadProgress(qint64 sent, qint64 total);

    ParametersForm *parameters() const;
    QLineEdit *inputEdit() const;
    QLineEdit *existingBlobEdit() const;
    QLineEdit *containerEdit() const;
    QLineEdit *outputBlobEdit() const;
    QLineEdit *outputFolderEdit() const;
    QCheckBox *startNowCheck() const;
    QPushButton *submitButton() const;

Q_SIGNALS:
    void submitRequested();

private:
    std::unique_ptr<Ui::BatchJobForm> m_ui;
    AppContext *m_context;
    std::optional<Workspace> m_workspace;
};

} // namespace ScoreDesk::App
