#include "batchpage.h"

#include "joblistmodel.h"
#include "jobstatedelegate.h"

#include "../appcontext.h"
#include "../dialogs.h"
#include "../rrs/parametersform.h"

#include "core/service/bescodec.h"
#include "core/service/serviceendpoint.h"
#include "core/storage/blobupload.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QRegularExpression>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QToolBar>
#include <QUrl>
#include <QUuid>
#include <QVBoxLayout>

namespace ScoreDesk::App {

BatchPage::BatchPage(AppContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_title(new QLabel(this))
    , m_input(new QLineEdit(this))
    , m_existingBlob(new QLineEdit(this))
    , m_container(new QLineEdit(this))
    , m_outputBlob(new QLineEdit(this))
    , m_outputDir(new QLineEdit(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(QStringLiteral("ScoreDesk jobs")), this))
    , m_startNow(new QCheckBox(tr("Start the job at once"), this))
    , m_parameters(new ParametersForm(this))
    , m_submit(new QPushButton(tr("&Upload and Submit"), this))
    , m_progress(new QProgressBar(this))
    , m_message(new QLabel(this))
    , m_monitor(new QTableView(this))
    , m_model(new JobListModel(context->jobs(), this))
    , m_details(new QPlainTextEdit(this))
{
    m_input->setPlaceholderText(tr("CSV file with the service's input columns"));
    m_input->setObjectName(QStringLiteral("batchInput"));
    m_existingBlob->setPlaceholderText(tr("or a blob already in storage: container/path/input.csv"));
    m_existingBlob->setObjectName(QStringLiteral("batchExistingBlob"));
    m_container->setPlaceholderText(tr("blob container for the input and the outputs"));
    m_outputBlob->setPlaceholderText(tr("container/scoredesk/<time>/output1.csv (the default)"));
    m_outputBlob->setObjectName(QStringLiteral("batchOutputBlob"));
    m_container->setObjectName(QStringLiteral("batchContainer"));
    m_outputDir->setObjectName(QStringLiteral("batchOutputDir"));
    m_startNow->setChecked(true);
    m_submit->setObjectName(QStringLiteral("batchSubmit"));
    m_progress->hide();
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("batchMessage"));
    m_details->setReadOnly(true);
    m_details->setObjectName(QStringLiteral("jobDetails"));
    m_details->setPlaceholderText(tr("Select a job to see its last status and, when it failed, why."));

    auto *browseInput = new QPushButton(tr("Browse…"), this);
    connect(browseInput, &QPushButton::clicked, this, [this] {
        const QString path = Dialogs::openFileName(this, tr("Input File"), tr("CSV files (*.csv *.tsv);;All files (*)"));
        if (!path.isEmpty())
            m_input->setText(path);
    });
    auto *browseOutput = new QPushButton(tr("Browse…"), this);
    connect(browseOutput, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getExistingDirectory(this, tr("Output Folder"), m_outputDir->text());
        if (!path.isEmpty())
            m_outputDir->setText(path);
    });
    auto row = [this](QWidget *field, QWidget *button) {
        auto *widget = new QWidget(this);
        auto *layout = new QHBoxLayout(widget);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(field, 1);
        layout->addWidget(button);
        return widget;
    };
    auto *formBox = new QGroupBox(tr("New batch job"), this);
    auto *form = new QFormLayout(formBox);
    form->addRow(tr("&Input file:"), row(m_input, browseInput));
    form->addRow(QString(), m_existingBlob);
    form->addRow(tr("&Container:"), m_container);
    form->addRow(tr("Output &blob:"), m_outputBlob);
    form->addRow(tr("&Download to:"), row(m_outputDir, browseOutput));
    form->addRow(tr("Parameters:"), m_parameters);
    auto *submitRow = new QHBoxLayout;
    submitRow->addWidget(m_startNow);
    submitRow->addStretch();
    submitRow->addWidget(m_submit);
    form->addRow(submitRow);
    form->addRow(m_progress);

    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(JobListModel::RawValueRole);
    m_monitor->setModel(proxy);
    m_monitor->setItemDelegateForColumn(JobListModel::StateColumn, new JobStateDelegate(this));
    m_monitor->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_monitor->setSelectionMode(QAbstractItemView::SingleSelection);
    m_monitor->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_monitor->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_monitor->setSortingEnabled(true);
    m_monitor->verticalHeader()->hide();
    m_monitor->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_monitor->horizontalHeader()->setStretchLastSection(true);
    m_monitor->setColumnWidth(JobListModel::JobColumn, 220);
    m_monitor->setColumnWidth(JobListModel::StateColumn, 190);
    m_monitor->setObjectName(QStringLiteral("jobMonitor"));

    auto *actions = new QToolBar(this);
    actions->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto add = [this, actions](const QString &text, const QKeySequence &shortcut, void (BatchPage::*slot)()) {
        QAction *action = actions->addAction(text, this, slot);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    add(tr("Start"), QKeySequence(Qt::CTRL | Qt::Key_R), &BatchPage::startSelected);
    add(tr("Cancel Job"), QKeySequence(Qt::CTRL | Qt::Key_Period), &BatchPage::cancelSelected);
    add(tr("Remove from List"), QKeySequence::Delete, &BatchPage::deleteSelected);
    add(tr("Download Outputs"), QKeySequence(Qt::CTRL | Qt::Key_D), &BatchPage::downloadSelected);
    add(tr("Open Folder"), QKeySequence(), &BatchPage::openSelectedFolder);
    add(tr("Copy Job ID"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), &BatchPage::copySelectedId);

    auto *monitorBox = new QWidget(this);
    auto *monitorLayout = new QVBoxLayout(monitorBox);
    monitorLayout->setContentsMargins(0, 0, 0, 0);
    monitorLayout->addWidget(actions);
    monitorLayout->addWidget(m_monitor, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(monitorBox);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(formBox);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);

    connect(m_submit, &QPushButton::clicked, this, &BatchPage::submit);
    connect(m_monitor->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BatchPage::showDetails);
    connect(m_context->poller(), &JobPoller::jobChanged, this, [this](const QString &id) {
        m_model->refresh(id);
        if (id == selectedJobId())
            showDetails();
    });
    connect(m_context->poller(), &JobPoller::jobFinished, this, &BatchPage::onJobFinished);
    connect(m_context->poller(), &JobPoller::problem, this, [this](const QString &id, const QString &text) {
        showMessage(tr("Job %1: %2").arg(id.left(8), text), true);
    });
    if (!m_context->jobs())
        showMessage(tr("The job list cannot be used: %1").arg(m_context->jobsError()), true);
    // Everything unfinished when the app last closed goes on where it stopped.
    m_context->poller()->resumeAll();
    setWorkspace(QUuid());
}

QString BatchPage::message() const
{
    return m_message->text();
}

void BatchPage::showMessage(const QString &text, bool isError)
{
    m_message->setText(text);
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, isError ? QColor(0xb3, 0x1d, 0x28) : palette.color(QPalette::Text));
    m_message->setPalette(palette);
}

void BatchPage::setWorkspace(const QUuid &id)
{
    const Workspace *workspace = m_context->workspaces()->store()->findById(id);
    m_workspace = workspace ? std::optional<Workspace>(*workspace) : std::nullopt;
    m_title->setText(m_workspace ? tr("<b>%1</b> &nbsp; <span style='color:#57606a'>%2</span>").arg(m_workspace->name.toHtmlEscaped(), m_workspace->apiLocation.toHtmlEscaped())
                                 : tr("<b>No workspace</b> — choose one in the toolbar to submit jobs; the monitor shows every job."));
    m_submit->setEnabled(m_workspace.has_value());
    m_parameters->setParameters({});
    if (!m_workspace)
        return;
    if (!m_workspace->defaultContainer.isEmpty())
        m_container->setText(m_workspace->defaultContainer);
    // The same parameters as the service's request/response form, from its description.
    m_context->describe(*m_workspace, this, [this, id](const std::optional<ServiceSchema> &schema, const QString &) {
        if (schema && m_workspace && m_workspace->id == id)
            m_parameters->setParameters(schema->globalParameters);
    });
}

QString BatchPage::selectedJobId() const
{
    return m_monitor->currentIndex().data(JobListModel::JobIdRole).toString();
}

QString BatchPage::detailText() const
{
    return m_details->toPlainText();
}

void BatchPage::showDetails()
{
    const std::optional<JobRecord> record = m_context->jobs() ? m_context->jobs()->job(selectedJobId()) : std::nullopt;
    if (!record) {
        m_details->clear();
        return;
    }
    QString text = tr("Job %1\nState: %2\nInput: %3 (%4)\nOutputs to: %5\n").arg(record->jobId, besJobStateName(record->state), record->inputFile, record->inputBlob, record->outputDir);
    if (!record->details.isEmpty())
        text += tr("\nWhy it failed: %1\n").arg(record->details);
    for (auto it = record->downloads.begin(); it != record->downloads.end(); ++it)
        text += tr("Downloaded %1: %2\n").arg(it.key(), it.value().toString());
    if (!record->lastStatus.isEmpty()) {
        // The SAS in result links is a credential: shown as a mask, never in full.
        QString status = QString::fromUtf8(QJsonDocument::fromJson(record->lastStatus).toJson(QJsonDocument::Indented));
        status.replace(QRegularExpression(QStringLiteral("sig=[^&\"]+")), QStringLiteral("sig=***"));
        text += tr("\nLast status:\n") + status;
    }
    m_details->setPlainText(text);
}

void BatchPage::serviceCall(const QByteArray &method, const QUrl &url, const QByteArray &body, std::function<void(int, const QByteArray &)> done)
{
    m_context->workspaces()->loadSecrets(*m_workspace, [this, method, url, body, done](const WorkspaceSecrets &secrets, const WorkspaceOutcome &outcome) {
        if (!outcome.ok()) {
            showMessage(outcome.message, true);
            done(0, {});
            return;
        }
        HttpRequest request;
        request.method = method;
        request.url = url;
        request.headers = secrets.credentials.authHeaders();
        if (method == "POST")
            request.headers.emplaceBack("Content-Type", "application/json");
        request.body = body;
        HttpCall *call = m_context->http()->send(request);
        connect(call, &HttpCall::finished, this, [this, call, done] {
            call->deleteLater();
            const HttpResponse &response = call->response();
            if (response.transportError.isError())
                showMessage(response.transportError.toOneLine(), true);
            else if (!response.isSuccess())
                showMessage(ServiceError::fromHttp(response.status, response.body).toOneLine(), true);
            done(response.transportError.isError() ? 0 : response.status, response.body);
        });
    });
}

void BatchPage::submitFailed(const QString &text)
{
    showMessage(text, true);
    m_progress->hide();
    m_submit->setEnabled(m_workspace.has_value());
}

void BatchPage::submit()
{
    if (!m_workspace || m_upload)
        return;
    const QString input = m_input->text().trimmed();
    QString existing = m_existingBlob->text().trimmed();
    while (existing.startsWith(QLatin1Char('/')))
        existing.remove(0, 1);
    if (input.isEmpty() && existing.isEmpty()) {
        showMessage(tr("Choose an input file, or name a blob already in storage."), true);
        return;
    }
    if (!input.isEmpty() && !QFileInfo(input).isReadable()) {
        showMessage(tr("The input file %1 cannot be read.").arg(input), true);
        return;
    }
    if (input.isEmpty() && existing.section(QLatin1Char('/'), 1).isEmpty()) {
        showMessage(tr("Name the existing blob as container/path."), true);
        return;
    }
    const QString container = m_container->text().trimmed();
    if (container.isEmpty() && (m_outputBlob->text().trimmed().isEmpty() || !input.isEmpty())) {
        showMessage(tr("Name the blob container for the input and the outputs."), true);
        return;
    }
    const Workspace workspace = *m_workspace;
    const QString outputDir = QFileInfo(m_outputDir->text().trimmed()).absoluteFilePath();
    const QJsonObject parameters = m_parameters->values();
    const bool startNow = m_startNow->isChecked();
    const QString tag = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")) + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::Id128).left(6);
    QString outputLocation = m_outputBlob->text().trimmed();
    if (outputLocation.isEmpty())
        outputLocation = QStringLiteral("%1/scoredesk/%2/output1.csv").arg(container, tag);
    m_submit->setEnabled(false);
    m_context->workspaces()->loadSecrets(workspace, [=](const WorkspaceSecrets &secrets, const WorkspaceOutcome &outcome) {
        if (!outcome.ok())
            return submitFailed(outcome.message);
        QString error;
        const StorageAccount account = StorageAccount::fromConnectionString(secrets.storageConnectionString, &error);
        if (secrets.storageConnectionString.isEmpty() || !account.isValid())
            return submitFailed(tr("Workspace \"%1\" has no usable storage connection string: add one with Edit on the Workspaces page.").arg(workspace.name));
        if (input.isEmpty()) {
            submitJob(workspace, secrets.storageConnectionString, QString(), existing, outputLocation, outputDir, parameters, startNow);
            return;
        }
        const QString inputBlob = QStringLiteral("scoredesk/%1/%2").arg(tag, QFileInfo(input).fileName());
        m_upload = new BlobUpload(m_context->http(), account, container, inputBlob, input, this);
        m_progress->setRange(0, 1000);
        m_progress->setValue(0);
        m_progress->show();
        showMessage(tr("Uploading %1…").arg(QFileInfo(input).fileName()), false);
        connect(m_upload, &BlobUpload::progress, m_progress, [this](qint64 sent, qint64 total) {
            m_progress->setValue(total > 0 ? int(1000 * sent / total) : 1000);
        });
        connect(m_upload, &BlobUpload::finished, this, [=] {
            BlobUpload *upload = m_upload;
            upload->deleteLater();
            if (!upload->succeeded())
                return submitFailed(tr("Upload failed: %1").arg(upload->error().toOneLine()));
            submitJob(workspace, secrets.storageConnectionString, input, container + QLatin1Char('/') + inputBlob, outputLocation, outputDir, parameters, startNow);
        });
        m_upload->start();
    });
}

void BatchPage::submitJob(const Workspace &workspace, const QString &storage, const QString &inputFile, const QString &inputLocation,
                          const QString &outputLocation, const QString &outputDir, const QJsonObject &parameters, bool startNow)
{
    BesSubmission submission;
    submission.input = {storage, inputLocation};
    submission.outputs.insert(QStringLiteral("output1"), {storage, outputLocation});
    submission.globalParameters = parameters;
    const ServiceEndpoint endpoint = workspace.endpoint();
    serviceCall("POST", endpoint.jobsUrl(), encodeBesSubmission(submission), [=](int status, const QByteArray &body) {
        QString jobId, problem;
        if (status != 200 || !decodeBesJobId(body, &jobId, &problem))
            return submitFailed(problem.isEmpty() ? message() : problem);
        JobRecord record;
        record.jobId = jobId;
        record.workspaceId = workspace.id;
        record.workspaceName = workspace.name;
        record.serviceUrl = endpoint.location().toString();
        record.inputFile = inputFile;
        record.inputBlob = inputLocation;
        record.parameters = parameters;
        record.submittedAt = QDateTime::currentDateTimeUtc();
        record.outputDir = outputDir;
        m_context->jobs()->save(record); // written before it is shown
        m_model->refresh(jobId);
        m_progress->hide();
        m_submit->setEnabled(true);
        showMessage(tr("Submitted job %1.").arg(jobId), false);
        Q_EMIT submitted(jobId);
        if (startNow) {
            m_monitor->setCurrentIndex(m_monitor->model()->index(0, 0));
            startSelected();
        }
    });
}

void BatchPage::startSelected()
{
    const std::optional<JobRecord> record = m_context->jobs() ? m_context->jobs()->job(selectedJobId()) : std::nullopt;
    if (!record || record->state != BesJobState::NotStarted || !m_workspace)
        return;
    const QString jobId = record->jobId;
    serviceCall("POST", ServiceEndpoint::parse(record->serviceUrl).jobStartUrl(jobId), {}, [this, jobId](int status, const QByteArray &) {
        if (status >= 200 && status < 300)
            m_context->poller()->track(jobId);
    });
}

void BatchPage::cancelSelected()
{
    const std::optional<JobRecord> record = m_context->jobs() ? m_context->jobs()->job(selectedJobId()) : std::nullopt;
    if (!record || record->isFinal() || !m_workspace)
        return;
    const QString jobId = record->jobId;
    serviceCall("DELETE", ServiceEndpoint::parse(record->serviceUrl).jobUrl(jobId), {}, [this, jobId](int, const QByteArray &) {
        m_context->poller()->track(jobId); // the next status says Cancelled
    });
}

void BatchPage::deleteSelected()
{
    const QString jobId = selectedJobId();
    if (jobId.isEmpty() || !m_context->jobs())
        return;
    if (!Dialogs::confirm(this, tr("Remove Job"), tr("Remove job %1 from the list? Downloaded outputs stay where they are.").arg(jobId), tr("Remove")))
        return;
    m_context->jobs()->remove(jobId);
    m_model->refresh(jobId);
}

void BatchPage::downloadSelected()
{
    std::optional<JobRecord> record = m_context->jobs() ? m_context->jobs()->job(selectedJobId()) : std::nullopt;
    if (!record || record->state != BesJobState::Finished)
        return;
    record->downloads = QJsonObject();
    m_context->jobs()->save(*record);
    m_context->poller()->track(record->jobId);
}

void BatchPage::copySelectedId()
{
    if (!selectedJobId().isEmpty())
        QApplication::clipboard()->setText(selectedJobId());
}

void BatchPage::openSelectedFolder()
{
    const std::optional<JobRecord> record = m_context->jobs() ? m_context->jobs()->job(selectedJobId()) : std::nullopt;
    if (record && !record->outputDir.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(record->outputDir));
}

void BatchPage::onJobFinished(const QString &jobId, bool succeeded)
{
    m_model->refresh(jobId);
    const std::optional<JobRecord> record = m_context->jobs() ? m_context->jobs()->job(jobId) : std::nullopt;
    const QString text = succeeded ? tr("Batch job %1 finished; its outputs are in %2.").arg(jobId.left(8), record ? record->outputDir : QString())
                                   : tr("Batch job %1 %2: %3").arg(jobId.left(8), record ? besJobStateName(record->state).toLower() : tr("failed"),
                                                                   record ? record->details : QString());
    showMessage(text, !succeeded);
    // A desktop notification where the desktop has a tray; the status line otherwise.
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/scoredesk.svg")), this);
            m_tray->show();
        }
        m_tray->showMessage(tr("ScoreDesk"), text, succeeded ? QSystemTrayIcon::Information : QSystemTrayIcon::Warning);
    }
    Q_EMIT notified(text);
}

} // namespace ScoreDesk::App
