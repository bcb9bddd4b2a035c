#include "batchjobform.h"
#include "ui_batchjobform.h"

#include "../appcontext.h"
#include "../rrs/parametersform.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace ScoreDesk::App {

BatchJobForm::BatchJobForm(AppContext *context, QWidget *parent)
    : QGroupBox(parent)
    , m_ui(std::make_unique<Ui::BatchJobForm>())
    , m_context(context)
{
    m_ui->setupUi(this);
    m_ui->uploadProgress->hide();
    m_ui->outputFolderEdit->setText(
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(QStringLiteral("ScoreDesk jobs")));
    connect(m_ui->browseInputButton, &QPushButton::clicked, this, [this] {
        // The folder of the file named already, else the user's documents (not the folder the
        // app happened to be started from).
        const QString typed = m_ui->inputEdit->text().trimmed();
        const QString folder = typed.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : QFileInfo(typed).absolutePath();
        const QString path = m_context->prompter()->openFileName(this, tr("Input File"), folder, tr("CSV files (*.csv *.tsv);;All files (*)"));
        if (!path.isEmpty())
            m_ui->inputEdit->setText(path);
    });
    connect(m_ui->browseOutputButton, &QPushButton::clicked, this, [this] {
        const QString path = m_context->prompter()->existingFolder(this, tr("Download Folder"), m_ui->outputFolderEdit->text());
        if (!path.isEmpty())
            m_ui->outputFolderEdit->setText(path);
    });
    connect(m_ui->submitButton, &QPushButton::clicked, this, &BatchJobForm::submitRequested);
    setWorkspace(std::nullopt);
}

BatchJobForm::~BatchJobForm() = default;

ParametersForm *BatchJobForm::parameters() const { return m_ui->parametersForm; }
QLineEdit *BatchJobForm::inputEdit() const { return m_ui->inputEdit; }
QLineEdit *BatchJobForm::existingBlobEdit() const { return m_ui->existingBlobEdit; }
QLineEdit *BatchJobForm::containerEdit() const { return m_ui->containerEdit; }
QLineEdit *BatchJobForm::outputBlobEdit() const { return m_ui->outputBlobEdit; }
QLineEdit *BatchJobForm::outputFolderEdit() const { return m_ui->outputFolderEdit; }
QCheckBox *BatchJobForm::startNowCheck() const { return m_ui->startNowCheck; }
QPushButton *BatchJobForm::submitButton() const { return m_ui->submitButton; }

void BatchJobForm::setWorkspace(const std::optional<Workspace> &workspace)
{
    m_workspace = workspace;
    m_ui->parametersForm->setParameters({});
    m_ui->submitButton->setEnabled(workspace.has_value());
    m_ui->submitButton->setToolTip(workspace ? tr("Upload the input, submit the job to %1 and follow it").arg(workspace->name)
                                             : tr("Choose a workspace in the toolbar first"));
    if (workspace && !workspace->defaultContainer.isEmpty())
        m_ui->containerEdit->setText(workspace->defaultContainer);
}

void BatchJobForm::setBusy(bool busy)
{
    m_ui->submitButton->setEnabled(!busy && m_workspace.has_value());
    m_ui->uploadProgress->setVisible(busy);
    if (busy)
        m_ui->uploadProgress->setValue(0);
}

void BatchJobForm::setUploadProgress(qint64 sent, qint64 total)
{
    m_ui->uploadProgress->setValue(total > 0 ? int(1000 * sent / total) : 1000);
}

std::optional<BatchJobPlan> BatchJobForm::plan(QString *problem) const
{
    auto refuse = [problem](const QString &text) {
        *problem = text;
        return std::nullopt;
    };
    if (!m_workspace)
        return refuse(tr("Choose a workspace in the toolbar first."));
    if (m_workspace->isOnlineEndpoint())
        return refuse(tr("%1 is an online endpoint: it scores on the Request / Response page; batch jobs are for classic web services.")
                          .arg(m_workspace->name));
    const QString input = m_ui->inputEdit->text().trimmed();
    QString existing = m_ui->existingBlobEdit->text().trimmed();
    while (existing.startsWith(QLatin1Char('/')))
        existing.remove(0, 1);
    if (input.isEmpty() && existing.isEmpty())
        return refuse(tr("Choose an input file, or name a blob already in storage."));
    if (!input.isEmpty() && !QFileInfo(input).isReadable())
        return refuse(tr("The input file %1 cannot be read.").arg(input));
    if (input.isEmpty() && existing.section(QLatin1Char('/'), 1).isEmpty())
        return refuse(tr("Name the existing blob as container/path."));
    const QString container = m_ui->containerEdit->text().trimmed();
    const QString outputBlob = m_ui->outputBlobEdit->text().trimmed();
    if (container.isEmpty() && (outputBlob.isEmpty() || !input.isEmpty()))
        return refuse(tr("Name the blob container for the input and the outputs."));
    const QString folder = m_ui->outputFolderEdit->text().trimmed();
    if (folder.isEmpty())
        return refuse(tr("Choose where the outputs are downloaded."));
    const QStringList parameterProblems = m_ui->parametersForm->problems();
    if (!parameterProblems.isEmpty())
        return refuse(parameterProblems.join(QLatin1Char('\n')));

    BatchJobPlan plan;
    plan.workspaceId = m_workspace->id;
    plan.workspaceName = m_workspace->name;
    plan.endpoint = m_workspace->endpoint();
    plan.inputFile = input;
    plan.inputBlob = input.isEmpty() ? existing : QString();
    plan.container = container;
    plan.outputBlob = outputBlob;
    plan.outputFolder = QFileInfo(folder).absoluteFilePath();
    plan.folderPerJob = true;
    plan.parameters = m_ui->parametersForm->values();
    plan.startNow = m_ui->startNowCheck->isChecked();
    plan.remember = true; // a quit or a crash during the upload loses nothing
    return plan;
}

} // namespace ScoreDesk::App
