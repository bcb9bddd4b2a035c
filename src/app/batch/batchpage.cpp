#include "batchpage.h"

#include "batchjobform.h"
#include "jobdetails.h"
#include "joblistmodel.h"
#include "jobstatedelegate.h"
#include "outputviewer.h"

#include "../appcontext.h"
#include "../messagebar.h"
#include "../richtext.h"
#include "../rrs/parametersform.h"

#include "core/service/inputcheck.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

namespace ScoreDesk::App {

BatchPage::BatchPage(AppContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_title(new QLabel(this))
    , m_form(new BatchJobForm(context, this))
    , m_message(new MessageBar(this))
    , m_monitor(new QTableView(this))
    , m_model(new JobListModel(context->jobs(), this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_details(new QTextBrowser(this))
    , m_rawStatus(new QPlainTextEdit(this))
    , m_rawToggle(new QPushButton(tr("Raw &Status"), this))
    , m_detailViews(new QStackedWidget(this))
{
    m_message->setObjectName(QStringLiteral("batchMessage"));
    m_details->setObjectName(QStringLiteral("jobDetails"));
    m_details->setAccessibleName(tr("Job details"));
    m_details->setOpenLinks(false); // outputs open with the desktop's programs, below
    m_details->setPlaceholderText(tr("Select a job to see its state, its times, its outputs and, when it failed, why."));
    connect(m_details, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (!QFileInfo::exists(url.toLocalFile()))
            m_message->showError(tr("%1 does not exist (any more).").arg(url.toLocalFile()));
        else if (!QDesktopServices::openUrl(url))
            m_message->showError(tr("No program here opens %1.").arg(url.toLocalFile()));
    });
    m_rawStatus->setReadOnly(true);
    m_rawStatus->setObjectName(QStringLiteral("jobRawStatus"));
    m_rawStatus->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_rawToggle->setCheckable(true);
    m_rawToggle->setObjectName(QStringLiteral("jobRawToggle"));
    m_rawToggle->setToolTip(tr("The service's last status document, as it came (signatures masked)"));
    m_detailViews->addWidget(m_details);
    m_detailViews->addWidget(m_rawStatus);
    connect(m_rawToggle, &QPushButton::toggled, this, [this](bool raw) { m_detailViews->setCurrentWidget(raw ? static_cast<QWidget *>(m_rawStatus) : m_details); });

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(JobListModel::RawValueRole);
    m_monitor->setModel(m_proxy);
    m_monitor->setItemDelegateForColumn(JobListModel::StateColumn, new JobStateDelegate(this));
    m_monitor->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_monitor->setSelectionMode(QAbstractItemView::SingleSelection);
    m_monitor->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_monitor->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_monitor->setSortingEnabled(true);
    m_monitor->verticalHeader()->hide();
    m_monitor->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_monitor->horizontalHeader()->setStretchLastSection(true);
    m_monitor->setWordWrap(false); // one line per job, long names elided
    m_monitor->setColumnWidth(JobListModel::JobColumn, 220);
    m_monitor->setColumnWidth(JobListModel::StateColumn, 190);
    m_monitor->setObjectName(QStringLiteral("jobMonitor"));
    m_monitor->setAccessibleName(tr("Batch jobs"));

    auto *actions = new QToolBar(this);
    actions->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto add = [this, actions](const QString &text, const QKeySequence &shortcut, void (BatchPage::*slot)()) {
        QAction *action = actions->addAction(text, this, slot);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    m_startAction = add(tr("Start"), QKeySequence(Qt::CTRL | Qt::Key_R), &BatchPage::startSelected);
    m_cancelAction = add(tr("Cancel Job"), QKeySequence(Qt::CTRL | Qt::Key_Period), &BatchPage::cancelSelected);
    m_removeAction = add(tr("Remove from List"), QKeySequence::Delete, &BatchPage::deleteSelected);
    m_downloadAction = add(tr("Download Outputs"), QKeySequence(Qt::CTRL | Qt::Key_D), &BatchPage::downloadSelected);
    m_openOutputAction = add(tr("Open Output"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), &BatchPage::openSelectedOutput);
    m_openFolderAction = add(tr("Open Folder"), QKeySequence(), &BatchPage::openSelectedFolder);
    m_copyAction = add(tr("Copy Job ID"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), &BatchPage::copySelectedId);
    m_startAction->setObjectName(QStringLiteral("startJobAction"));
    m_cancelAction->setObjectName(QStringLiteral("cancelJobAction"));
    m_openOutputAction->setObjectName(QStringLiteral("openOutputAction"));
    m_jobActions = actions->actions();
    updateActions(nullptr); // nothing selected yet: nothing to act on

    auto *monitorBox = new QWidget(this);
    auto *monitorLayout = new QVBoxLayout(monitorBox);
    monitorLayout->setContentsMargins(0, 0, 0, 0);
    monitorLayout->addWidget(actions);
    monitorLayout->addWidget(m_monitor, 1);
    auto *detailsBox = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(detailsBox);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_rawToggle, 0, Qt::AlignRight);
    detailsLayout->addWidget(m_detailViews, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("monitorSplitter"));
    split->addWidget(monitorBox);
    split->addWidget(detailsBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    // The form above, the monitor below, in a splitter: the monitor's tool bar stays where it
    // is whatever the form holds (a service without parameters made it jump 36 px before).
    auto *formAndMonitor = new QSplitter(Qt::Vertical, this);
    formAndMonitor->setObjectName(QStringLiteral("formSplitter"));
    auto *formBox = new QWidget(this);
    auto *formLayout = new QVBoxLayout(formBox);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(m_form);
    formLayout->addWidget(m_message);
    formLayout->addStretch(1);
    formAndMonitor->addWidget(formBox);
    formAndMonitor->addWidget(split);
    formAndMonitor->setStretchFactor(0, 0);
    formAndMonitor->setStretchFactor(1, 1);
    formAndMonitor->setChildrenCollapsible(false);
    actions->setObjectName(QStringLiteral("jobToolbar"));
    m_splitters = {formAndMonitor, split};
    QSettings settings;
    for (QSplitter *splitter : std::as_const(m_splitters))
        splitter->restoreState(settings.value(QStringLiteral("batchPage/") + splitter->objectName()).toByteArray());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(formAndMonitor, 1);

    connect(m_form, &BatchJobForm::submitRequested, this, &BatchPage::submit);
    connect(m_monitor->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BatchPage::showDetails);
    connect(m_context->poller(), &JobPoller::jobChanged, this, [this](const QString &id) {
        m_model->refreshSoon(id);
        if (id == selectedJobId())
            showDetails();
    });
    connect(m_context->poller(), &JobPoller::jobFinished, this, &BatchPage::onJobFinished);
    // A description read on the request page (Reload Description) gives the form its parameters.
    connect(m_context, &AppContext::descriptionKept, this, [this](const QUuid &id) {
        if (m_workspace && m_workspace->id == id)
            showParameters();
    });
    connect(m_context->poller(), &JobPoller::problem, this, [this](const QString &id, const QString &text) {
        m_message->showError(tr("Job %1: %2").arg(id.left(8), text));
    });
    if (!m_context->jobs())
        m_message->showError(tr("The job list cannot be used: %1").arg(m_context->jobsError()));
    // Everything unfinished when the app last closed goes on where it stopped: jobs are followed
    // again, and submissions cut short during their upload go on from the blocks already sent.
    m_context->poller()->resumeAll();
    if (m_context->jobs()) {
        const QList<BatchSubmitJob *> resumed = m_context->batch()->resumePending();
        for (BatchSubmitJob *job : resumed)
            follow(job, true);
        if (!resumed.isEmpty())
            m_message->showInfo(tr("Going on with %n submission(s) that the last session left unfinished…", nullptr, int(resumed.size())));
    }
    setWorkspace(QUuid());
}

QLineEdit *BatchPage::inputEdit() const { return m_form->inputEdit(); }
QLineEdit *BatchPage::existingBlobEdit() const { return m_form->existingBlobEdit(); }
QLineEdit *BatchPage::outputBlobEdit() const { return m_form->outputBlobEdit(); }
QLineEdit *BatchPage::outputEdit() const { return m_form->outputFolderEdit(); }
QCheckBox *BatchPage::startNowCheck() const { return m_form->startNowCheck(); }

QString BatchPage::message() const
{
    return m_message->text();
}

void BatchPage::setWorkspace(const QUuid &id)
{
    const Workspace *workspace = m_context->workspaces()->store()->findById(id);
    m_workspace = workspace ? std::optional<Workspace>(*workspace) : std::nullopt;
    m_title->setText(m_workspace ? workspaceTitle(this, m_workspace->name, m_workspace->apiLocation)
                                 : tr("<b>No workspace</b> — choose one in the toolbar to submit jobs; the monitor shows every job."));
    m_form->setWorkspace(m_workspace);
    if (!m_submission)
        m_message->clear(); // what was said belonged to the workspace before
    showParameters();
}

void BatchPage::showParameters()
{
    // The same parameters as the service's request/response form, from its description, when
    // reading it costs no gateway call (Reload Description on the request page reads it).
    if (!m_workspace || !m_context->describesWithoutQuota(*m_workspace))
        return;
    m_context->describe(*m_workspace, this, [this, id = m_workspace->id](const std::optional<ServiceSchema> &schema, const QString &) {
        if (schema && m_workspace && m_workspace->id == id)
            m_form->parameters()->setParameters(schema->globalParameters);
    });
}


QString BatchPage::selectedJobId() const
{
    return m_monitor->currentIndex().data(JobListModel::JobIdRole).toString();
}

void BatchPage::selectJob(const QString &jobId)
{
    const int row = m_model->rowOf(jobId);
    if (row >= 0)
        m_monitor->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
}

void BatchPage::saveLayout() const
{
    QSettings settings;
    for (QSplitter *splitter : m_splitters)
        settings.setValue(QStringLiteral("batchPage/") + splitter->objectName(), splitter->saveState());
}

QString BatchPage::detailText() const
{
    return m_details->toPlainText() + QLatin1Char('\n') + m_rawStatus->toPlainText();
}

void BatchPage::showDetails()
{
    const std::optional<JobRecord> record = m_context->jobs() ? m_context->jobs()->job(selectedJobId()) : std::nullopt;
    updateActions(record ? &*record : nullptr);
    if (!record) {
        m_details->clear();
        m_rawStatus->clear();
        return;
    }
    m_details->setHtml(jobSummaryHtml(*record));
    m_rawStatus->setPlainText(jobRawStatusText(*record));
}

void BatchPage::updateActions(const JobRecord *record)
{
    const QString none = tr("Select a job in the list first");
    auto set = [](QAction *action, const QString &whyNot, const QString &what) {
        action->setEnabled(whyNot.isEmpty());
        action->setToolTip(whyNot.isEmpty() ? what : whyNot);
    };
    set(m_startAction, record ? whyNotStart(*record) : none, tr("Start the selected job (Ctrl+R)"));
    set(m_cancelAction, record ? whyNotCancel(*record) : none, tr("Ask the service to cancel the selected job (Ctrl+.)"));
    set(m_downloadAction, record ? whyNotDownload(*record) : none, tr("Download the job's outputs again (Ctrl+D)"));
    const bool downloaded = record && !record->downloads.isEmpty();
    set(m_openOutputAction, record ? (downloaded ? QString() : tr("No output of this job is on disk yet")) : none,
        tr("Open the first output in a results grid (Ctrl+Shift+O)"));
    set(m_openFolderAction, record ? (downloaded ? QString() : tr("No output of this job is on disk yet")) : none, tr("Open the outputs' folder"));
    set(m_removeAction, record ? QString() : none, tr("Remove the job from this list (Delete)"));
    set(m_copyAction, record ? QString() : none, tr("Copy the job's id (Ctrl+Shift+C)"));
}

void BatchPage::openSelectedOutput()
{
    const std::optional<JobRecord> record = m_context->jobs() ? m_context->jobs()->job(selectedJobId()) : std::nullopt;
    if (!record || record->downloads.isEmpty()) {
        m_message->showError(tr("No output of this job is on disk yet: download it first."));
        return;
    }
    const QString path = record->downloads.begin().value().toString();
    if (!QFileInfo::exists(path)) {
        m_message->showError(tr("%1 does not exist any more: download the outputs again.").arg(path));
        return;
    }
    auto *viewer = new OutputViewer(path, this);
    connect(viewer, &OutputViewer::loaded, this, [this](bool ok, const QString &problem) {
        if (!ok)
            m_message->showError(problem);
        Q_EMIT outputOpened(ok);
    });
    viewer->show();
}

void BatchPage::submit()
{
    if (m_submission || !m_context->jobs())
        return;
    QString problem;
    const std::optional<BatchJobPlan> plan = m_form->plan(&problem);
    if (!plan) {
        m_message->showError(problem);
        return;
    }
    // Checked against the service's description before a byte is uploaded: a missing column
    // would otherwise be found only when the job fails, minutes later.
    if (const std::optional<ServiceSchema> schema = m_workspace ? m_context->keptDescription(*m_workspace) : std::nullopt;
        schema && !schema->inputs.isEmpty() && !plan->inputFile.isEmpty()) {
        if (const QString refused = checkBatchInputHeader(plan->inputFile, schema->inputs.first()); !refused.isEmpty()) {
            m_message->showError(tr("Not submitted: %1").arg(refused));
            return;
        }
    }
    m_form->setBusy(true);
    m_message->showInfo(plan->inputFile.isEmpty() ? tr("Submitting the job…") : tr("Uploading %1…").arg(QFileInfo(plan->inputFile).fileName()));
    m_submission = m_context->batch()->submit(*plan);
    follow(m_submission, plan->startNow);
}

void BatchPage::follow(BatchSubmitJob *job, bool startNow)
{
    const bool fromForm = job == m_submission;
    if (fromForm)
        connect(job, &BatchSubmitJob::uploadProgress, m_form, &BatchJobForm::setUploadProgress);
    connect(job, &BatchSubmitJob::retryScheduled, m_message, [this](int, int delayMs, int status) { m_message->showRetryCountdown(delayMs, status); });
    connect(job, &BatchSubmitJob::stageChanged, this, [this](BatchSubmitJob::Stage stage) {
        if (stage == BatchSubmitJob::Stage::Submitting)
            m_message->showInfo(tr("Submitting the job…"));
        else if (stage == BatchSubmitJob::Stage::Starting)
            m_message->showInfo(tr("Starting the job…"));
    });
    connect(job, &BatchSubmitJob::submitted, this, [this, fromForm](const QString &jobId) {
        m_model->refresh(jobId);
        if (fromForm)
            selectJob(jobId); // the new job, wherever the sorted list puts it
        Q_EMIT submitted(jobId);
    });
    connect(job, &BatchSubmitJob::finished, this, [this, job, startNow, fromForm] {
        job->deleteLater();
        if (fromForm) {
            m_submission = nullptr; // ready for the next one now, not once the old one is deleted
            m_form->setBusy(false);
        }
        if (job->succeeded())
            m_message->showSuccess(startNow ? tr("Submitted and started job %1.").arg(job->jobId()) : tr("Submitted job %1.").arg(job->jobId()));
        else if (!job->jobId().isEmpty())
            m_message->showError(tr("Job %1 was submitted but could not be started: %2").arg(job->jobId(), job->error().toOneLine()));
        else
            m_message->showError(tr("The job was not submitted: %1").arg(job->error().toOneLine()));
    });
}

void BatchPage::act(bool start)
{
    const QString jobId = selectedJobId();
    if (jobId.isEmpty() || !m_context->jobs())
        return;
    // The runner takes the keys of the job's own workspace, not of the one chosen here.
    BatchActionJob *job = start ? m_context->batch()->start(jobId) : m_context->batch()->cancel(jobId);
    m_message->showInfo(start ? tr("Starting job %1…").arg(jobId.left(8)) : tr("Cancelling job %1…").arg(jobId.left(8)));
    connect(job, &BatchActionJob::retryScheduled, m_message, [this](int, int delayMs, int status) { m_message->showRetryCountdown(delayMs, status); });
    connect(job, &BatchActionJob::finished, this, [this, job, start] {
        job->deleteLater();
        if (job->succeeded())
            m_message->showSuccess(start ? tr("Started job %1.").arg(job->jobId().left(8)) : tr("Asked the service to cancel job %1.").arg(job->jobId().left(8)));
        else
            m_message->showError((start ? tr("Job %1 was not started: %2") : tr("Job %1 was not cancelled: %2")).arg(job->jobId().left(8), job->error().toOneLine()));
        m_model->refresh(job->jobId());
        Q_EMIT actionFinished(job->succeeded());
    });
}

void BatchPage::startSelected()
{
    act(true);
}

void BatchPage::cancelSelected()
{
    act(false);
}

void BatchPage::deleteSelected()
{
    const QString jobId = selectedJobId();
    if (jobId.isEmpty() || !m_context->jobs())
        return;
    if (!m_context->prompter()->confirm(this, tr("Remove Job"), tr("Remove job %1 from the list? Downloaded outputs stay where they are.").arg(jobId),
                                        tr("Remove")))
        return;
    m_context->jobs()->remove(jobId);
    m_model->refresh(jobId);
}

void BatchPage::downloadSelected()
{
    const std::optional<JobRecord> record = m_context->jobs() ? m_context->jobs()->job(selectedJobId()) : std::nullopt;
    if (!record)
        return;
    QStringList present;
    for (auto it = record->downloads.begin(); it != record->downloads.end(); ++it) {
        if (QFileInfo::exists(it.value().toString()))
            present.append(it.value().toString());
    }
    if (!record->downloadProblem.isEmpty() && present.isEmpty())
        present.append(record->downloadProblem);
    if (!present.isEmpty()
        && !m_context->prompter()->confirm(this, tr("Download Outputs"),
                                           tr("The outputs of job %1 are on disk already:\n%2\n\nDownload them again and replace them?")
                                               .arg(record->jobId, present.join(QLatin1Char('\n'))),
                                           tr("Replace")))
        return;
    QString error;
    if (!m_context->batch()->download(record->jobId, !present.isEmpty(), &error))
        m_message->showError(error);
    else
        m_message->showInfo(tr("Downloading the outputs of job %1…").arg(record->jobId.left(8)));
    m_model->refresh(record->jobId);
}

void BatchPage::copySelectedId()
{
    if (!selectedJobId().isEmpty())
        QApplication::clipboard()->setText(selectedJobId());
}

void BatchPage::openSelectedFolder()
{
    const std::optional<JobRecord> record = m_context->jobs() ? m_context->jobs()->job(selectedJobId()) : std::nullopt;
    if (!record || record->outputDir.isEmpty())
        return;
    if (!QFileInfo::exists(record->outputDir))
        m_message->showError(tr("%1 does not exist (yet): the outputs have not been downloaded.").arg(record->outputDir));
    else if (!QDesktopServices::openUrl(QUrl::fromLocalFile(record->outputDir)))
        m_message->showError(tr("No program here opens folders; the outputs are in %1").arg(record->outputDir));
}

void BatchPage::onJobFinished(const QString &jobId, bool succeeded)
{
    m_model->refresh(jobId);
    const std::optional<JobRecord> record = m_context->jobs() ? m_context->jobs()->job(jobId) : std::nullopt;
    if (!record)
        return;
    const QString text = jobOutcomeText(*record, succeeded);
    const bool good = succeeded && record->downloadProblem.isEmpty();
    if (good || record->cancelRequested)
        m_message->showSuccess(text);
    else
        m_message->showError(text);
    // A desktop notification where the desktop has a tray; the status line otherwise.
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/scoredesk.svg")), this);
            m_tray->show();
        }
        m_tray->showMessage(tr("ScoreDesk"), text, good ? QSystemTrayIcon::Information : QSystemTrayIcon::Warning);
    }
    Q_EMIT notified(text);
}

} // namespace ScoreDesk::App
