#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "appcontext.h"
#include "batch/batchpage.h"
#include "emptystatepage.h"
#include "uilanguage.h"
#include "rrs/rrspage.h"
#include "usage/usagepage.h"
#include "workspaces/workspacelistmodel.h"
#include "workspaces/workspacespage.h"

#include "core/filenames.h"
#include "core/savefile.h"
#include "core/service/openapiexport.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QJsonDocument>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

namespace ScoreDesk::App {

MainWindow::MainWindow(AppContext *context, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_context(context)
    , m_workspaceModel(new WorkspaceListModel(context->workspaces(), this))
    , m_workspacesPage(new WorkspacesPage(context, m_workspaceModel, this))
{
    m_ui->setupUi(this);
    context->trust()->setDialogParent(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/scoredesk.svg")));

    const QIcon workspacesIcon(QStringLiteral(":/icons/workspaces.svg"));
    const QIcon requestIcon(QStringLiteral(":/icons/request-response.svg"));
    const QIcon batchIcon(QStringLiteral(":/icons/batch-jobs.svg"));
    addPage(Page::Workspaces, workspacesIcon, tr("Workspaces"), m_workspacesPage);
    connect(m_workspacesPage, &WorkspacesPage::statusMessage, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    m_rrsPage = new RrsPage(context, this);
    m_rrsPage->setObjectName(QStringLiteral("rrsPage"));
    addPage(Page::RequestResponse, requestIcon, tr("Request / Response"), m_rrsPage);
    m_batchPage = new BatchPage(context, this);
    m_batchPage->setObjectName(QStringLiteral("batchPage"));
    addPage(Page::BatchJobs, batchIcon, tr("Batch Jobs"), m_batchPage);
    m_usagePage = new UsagePage(context, this);
    m_usagePage->setObjectName(QStringLiteral("usagePage"));
    addPage(Page::Usage, QIcon(QStringLiteral(":/icons/usage.svg")), tr("Usage"), m_usagePage);
    auto *showUsage = new QAction(tr("&Usage"), this);
    showUsage->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    connect(showUsage, &QAction::triggered, this, [this] { showPage(Page::Usage); });
    m_ui->menuView->addAction(showUsage);
    addLanguageMenu();
    connect(m_batchPage, &BatchPage::notified, this, [this](const QString &text) { statusBar()->showMessage(text, 15000); });

    connect(m_ui->navigationList, &QListWidget::currentRowChanged, m_ui->pages, &QStackedWidget::setCurrentIndex);
    connect(m_ui->actionShowWorkspaces, &QAction::triggered, this, [this] { showPage(Page::Workspaces); });
    connect(m_ui->actionShowRequestResponse, &QAction::triggered, this, [this] { showPage(Page::RequestResponse); });
    connect(m_ui->actionShowBatchJobs, &QAction::triggered, this, [this] { showPage(Page::BatchJobs); });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionExportApiDefinition, &QAction::triggered, this, &MainWindow::exportApiDefinition);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);

    setUpWorkspaceSelector();
    setUpMenus();
    // Status bar words belong to the page they were said on.
    connect(m_ui->pages, &QStackedWidget::currentChanged, this, [this] {
        statusBar()->clearMessage();
        fillMenus();
    });
    showPage(Page::Workspaces);
    statusBar()->showMessage(tr("Ready"));
    restoreWindowState();
}

void MainWindow::setUpWorkspaceSelector()
{
    QToolBar *toolbar = addToolBar(tr("Workspace"));
    toolbar->setObjectName(QStringLiteral("workspaceToolbar"));
    toolbar->setMovable(false);
    auto *label = new QLabel(tr("&Workspace:"), toolbar);
    m_workspaceSelector = new QComboBox(toolbar);
    m_workspaceSelector->setObjectName(QStringLiteral("workspaceSelector"));
    m_workspaceSelector->setModel(m_workspaceModel);
    m_workspaceSelector->setMinimumContentsLength(24);
    m_workspaceSelector->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_workspaceSelector->setPlaceholderText(tr("no workspace yet"));
    label->setBuddy(m_workspaceSelector);
    toolbar->addWidget(label);
    toolbar->addWidget(m_workspaceSelector);

    // Keep the selection across model resets (workspaces added, renamed, removed).
    auto remembered = std::make_shared<QUuid>();
    connect(m_workspaceModel, &QAbstractItemModel::modelAboutToBeReset, this, [this, remembered] { *remembered = currentWorkspace(); });
    connect(m_workspaceModel, &QAbstractItemModel::modelReset, this, [this, remembered] {
        const QModelIndex index = m_workspaceModel->indexOf(*remembered);
        m_workspaceSelector->setCurrentIndex(index.isValid() ? index.row() : (m_workspaceModel->rowCount() > 0 ? 0 : -1));
    });
    connect(m_workspaceSelector, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT currentWorkspaceChanged(currentWorkspace()); });
    connect(this, &MainWindow::currentWorkspaceChanged, m_rrsPage, &RrsPage::setWorkspace);
    connect(this, &MainWindow::currentWorkspaceChanged, m_batchPage, &BatchPage::setWorkspace);
    QSettings settings;
    const QModelIndex last = m_workspaceModel->indexOf(settings.value(QStringLiteral("mainWindow/workspace")).toUuid());
    m_workspaceSelector->setCurrentIndex(last.isValid() ? last.row() : (m_workspaceModel->rowCount() > 0 ? 0 : -1));
    m_rrsPage->setWorkspace(currentWorkspace());
    m_batchPage->setWorkspace(currentWorkspace());
    // Tab starts at the top (the workspace), goes to the page list on the left, then into the
    // page, which orders its own controls.
    QWidget::setTabOrder(m_workspaceSelector, m_ui->navigationList);
    QWidget::setTabOrder(m_ui->navigationList, m_rrsPage->firstInTabOrder());
}

void MainWindow::addLanguageMenu()
{
    m_ui->menuView->addSeparator();
    QMenu *menu = m_ui->menuView->addMenu(tr("&Language"));
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(menu);
    const QString chosen = chosenUiLanguage();
    for (const UiLanguage &language : uiLanguages()) {
        QAction *action = menu->addAction(language.name);
        action->setCheckable(true);
        action->setChecked(language.code == chosen);
        action->setData(language.code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = language.code] {
            chooseUiLanguage(code);
            // Every window would have to be rebuilt to change its words now; at the next start
            // they are made in the new language from the beginning.
            statusBar()->showMessage(effectiveUiLanguage() == installedUiLanguage() ? tr("ScoreDesk speaks this language already.")
                                                                   : tr("The language changes when ScoreDesk starts again."),
                                     15000);
        });
    }
}

void MainWindow::setUpMenus()
{
    m_newWorkspaceAction = new QAction(tr("&New Workspace…"), this);
    m_newWorkspaceAction->setShortcut(QKeySequence::New);
    m_newWorkspaceAction->setObjectName(QStringLiteral("newWorkspaceAction"));
    connect(m_newWorkspaceAction, &QAction::triggered, this, [this] {
        showPage(Page::Workspaces);
        m_workspacesPage->addWorkspace();
    });
    addAction(m_newWorkspaceAction);
    m_editMenu = new QMenu(tr("&Edit"), this);
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    m_pageMenu = new QMenu(this);
    m_pageMenu->setObjectName(QStringLiteral("pageMenu"));
    menuBar()->insertMenu(m_ui->menuView->menuAction(), m_editMenu);
    menuBar()->insertMenu(m_ui->menuView->menuAction(), m_pageMenu);
    fillMenus();
}

void MainWindow::fillMenus()
{
    auto fill = [](QMenu *menu, const QList<QAction *> &actions) {
        for (QAction *action : actions) {
            if (action)
                menu->addAction(action);
            else
                menu->addSeparator();
        }
    };
    const bool onRequests = currentPage() == Page::RequestResponse;
    const bool onJobs = currentPage() == Page::BatchJobs;
    QMenu *file = m_ui->menuFile;
    file->clear();
    file->addAction(m_newWorkspaceAction);
    file->addSeparator();
    if (onRequests) {
        fill(file, m_rrsPage->fileActions());
        file->addSeparator();
    }
    file->addAction(m_ui->actionExportApiDefinition);
    file->addSeparator();
    file->addAction(m_ui->actionQuit);
    m_editMenu->clear();
    fill(m_editMenu, onRequests ? m_rrsPage->editActions() : QList<QAction *>());
    m_editMenu->menuAction()->setVisible(onRequests);
    m_pageMenu->clear();
    m_pageMenu->setTitle(onJobs ? tr("&Jobs") : tr("&Request"));
    fill(m_pageMenu, onRequests ? m_rrsPage->requestActions() : (onJobs ? m_batchPage->jobActions() : QList<QAction *>()));
    m_pageMenu->menuAction()->setVisible(onRequests || onJobs);
}

void MainWindow::exportApiDefinition()
{
    const Workspace *chosen = m_context->workspaces()->store()->findById(currentWorkspace());
    if (!chosen) {
        m_context->prompter()->error(this, tr("Export API Definition"), tr("Choose a workspace in the toolbar first."));
        return;
    }
    const Workspace workspace = *chosen;
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(safeFileName(workspace.name) + QStringLiteral(".openapi.json"));
    const QString path = m_context->prompter()->saveFileName(this, tr("Export API Definition"), suggested, tr("OpenAPI documents (*.json)"));
    if (path.isEmpty())
        return;
    statusBar()->showMessage(tr("Reading the description of %1…").arg(workspace.name));
    m_context->describe(workspace, this, [this, workspace, path](const std::optional<ServiceSchema> &schema, const QString &describeError) {
        const QJsonObject document = ScoreDesk::exportApiDefinition({workspace.name, workspace.endpoint(), workspace.needsSubscriptionKey, schema});
        QString error;
        if (!writeFileAtomically(path, QJsonDocument(document).toJson(QJsonDocument::Indented), &error)) {
            statusBar()->clearMessage();
            m_context->prompter()->error(this, tr("Export API Definition"), error);
            Q_EMIT apiDefinitionExported(false, path);
            return;
        }
        statusBar()->showMessage(schema ? tr("Wrote the API definition of %1 to %2.").arg(workspace.name, QDir::toNativeSeparators(path))
                                        : tr("Wrote the API definition of %1 to %2, with generic schemas: %3")
                                              .arg(workspace.name, QDir::toNativeSeparators(path), describeError));
        Q_EMIT apiDefinitionExported(true, path);
    });
}

QUuid MainWindow::currentWorkspace() const
{
    return m_workspaceSelector->currentData(WorkspaceListModel::IdRole).toUuid();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_startupChecksDone)
        return;
    m_startupChecksDone = true;
    // After the window is up, so that a slow keychain never delays the first paint.
    QTimer::singleShot(0, this, [this] {
        m_workspacesPage->checkKeychain();
        if (!m_context->workspaceLoadError().isEmpty())
            m_context->prompter()->error(this, tr("Workspaces"), m_context->workspaceLoadError());
    });
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(Page page, const QIcon &icon, const QString &name, QWidget *widget)
{
    Q_ASSERT(m_ui->pages->count() == int(page));
    auto *item = new QListWidgetItem(icon, name, m_ui->navigationList);
    item->setSizeHint(QSize(0, 40));
    if (widget->objectName().isEmpty())
        widget->setObjectName(QStringLiteral("page%1").arg(int(page)));
    m_ui->pages->addWidget(widget);
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_ui->pages->currentIndex());
}

void MainWindow::showPage(Page page)
{
    m_ui->navigationList->setCurrentRow(int(page));
    m_ui->pages->setCurrentIndex(int(page));
}

QWidget *MainWindow::pageWidget(Page page) const
{
    return m_ui->pages->widget(int(page));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About ScoreDesk"),
                       tr("<h3>ScoreDesk %1</h3><p>Call, test and run machine-learning scoring web services "
                          "(Azure ML Studio classic, directly or through an API gateway).</p>")
                           .arg(QStringLiteral(SCOREDESK_VERSION)));
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_rrsPage->saveWork();
    m_batchPage->saveLayout();
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/workspace"), currentWorkspace());
    QMainWindow::closeEvent(event);
}

} // namespace ScoreDesk::App
