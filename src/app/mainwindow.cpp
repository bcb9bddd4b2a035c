#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "emptystatepage.h"

#include <QCloseEvent>
#include <QMessageBox>
#include <QSettings>

namespace ScoreDesk::App {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/scoredesk.svg")));

    const QIcon workspacesIcon(QStringLiteral(":/icons/workspaces.svg"));
    const QIcon requestIcon(QStringLiteral(":/icons/request-response.svg"));
    const QIcon batchIcon(QStringLiteral(":/icons/batch-jobs.svg"));
    addPage(WorkspacesPage, workspacesIcon, tr("Workspaces"),
            new EmptyStatePage(workspacesIcon, tr("Workspaces"),
                               tr("A workspace is one scoring service: its API location, an optional gateway, and keys "
                                  "that stay in your system keychain.")));
    addPage(RequestResponsePage, requestIcon, tr("Request / Response"),
            new EmptyStatePage(requestIcon, tr("Request / Response"),
                               tr("Fill an input table, press Send (Ctrl+Enter) and read the results as tables, beside the "
                                  "status, headers, timing and raw JSON.")));
    addPage(BatchJobsPage, batchIcon, tr("Batch Jobs"),
            new EmptyStatePage(batchIcon, tr("Batch Jobs"),
                               tr("Upload an input file, submit a batch job and watch it here until its outputs are "
                                  "downloaded, even across restarts.")));

    connect(m_ui->navigationList, &QListWidget::currentRowChanged, m_ui->pages, &QStackedWidget::setCurrentIndex);
    connect(m_ui->actionShowWorkspaces, &QAction::triggered, this, [this] { showPage(WorkspacesPage); });
    connect(m_ui->actionShowRequestResponse, &QAction::triggered, this, [this] { showPage(RequestResponsePage); });
    connect(m_ui->actionShowBatchJobs, &QAction::triggered, this, [this] { showPage(BatchJobsPage); });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);

    showPage(WorkspacesPage);
    statusBar()->showMessage(tr("Ready"));
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(Page page, const QIcon &icon, const QString &name, QWidget *widget)
{
    Q_ASSERT(m_ui->pages->count() == page);
    auto *item = new QListWidgetItem(icon, name, m_ui->navigationList);
    item->setSizeHint(QSize(0, 40));
    widget->setObjectName(QStringLiteral("page%1").arg(int(page)));
    m_ui->pages->addWidget(widget);
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_ui->pages->currentIndex());
}

void MainWindow::showPage(Page page)
{
    m_ui->navigationList->setCurrentRow(page);
    m_ui->pages->setCurrentIndex(page);
}

QWidget *MainWindow::pageWidget(Page page) const
{
    return m_ui->pages->widget(page);
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
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    QMainWindow::closeEvent(event);
}

} // namespace ScoreDesk::App
