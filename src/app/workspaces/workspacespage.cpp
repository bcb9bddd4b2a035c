#include "workspacespage.h"

#include "keychainbanner.h"
#include "workspacedetails.h"
#include "workspacedialog.h"
#include "workspacelistmodel.h"

#include "../appcontext.h"
#include "../emptystatepage.h"

#include "core/savefile.h"
#include "core/service/connectiontest.h"

#include <QAction>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace ScoreDesk::App {

namespace {

QString documentsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

WorkspacesPage::WorkspacesPage(AppContext *context, WorkspaceListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(model)
    , m_banner(new KeychainBanner(this))
    , m_list(new QListView(this))
    , m_detailsStack(new QStackedWidget(this))
    , m_details(new WorkspaceDetails(this))
{
    m_list->setModel(model);
    m_list->setObjectName(QStringLiteral("workspaceList"));
    m_list->setAccessibleName(tr("Workspaces"));
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setMinimumWidth(200);

    QAction *add = addAction(tr("&Add…"), QKeySequence::New, &WorkspacesPage::addWorkspace);
    // Ctrl+N belongs to the window's File ▸ New Workspace, which works from every page; the
    // same keys here too would make the shortcut ambiguous, and then neither would act.
    add->setShortcut(QKeySequence());
    QAction *edit = addAction(tr("&Edit…"), QKeySequence(Qt::Key_F2), &WorkspacesPage::editWorkspace);
    QAction *remove = addAction(tr("&Delete"), QKeySequence::Delete, &WorkspacesPage::deleteWorkspace);
    QAction *test = addAction(tr("&Test Connection"), QKeySequence(Qt::CTRL | Qt::Key_T), &WorkspacesPage::testConnection);
    QAction *import = addAction(tr("&Import…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), &WorkspacesPage::importWorkspaces);
    QAction *exportAll = addAction(tr("E&xport…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), &WorkspacesPage::exportWorkspaces);
    m_selectionActions = {edit, remove, test};

    auto *buttons = new QHBoxLayout;
    for (QAction *action : {add, edit, remove}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->addWidget(button);
    }
    buttons->addStretch();
    for (QAction *action : {import, exportAll}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        buttons->addWidget(button);
    }

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_list);

    m_details->setObjectName(QStringLiteral("workspaceDetails"));
    connect(m_details->testButton(), &QPushButton::clicked, this, &WorkspacesPage::testConnection);

    m_detailsStack->addWidget(new EmptyStatePage(QIcon(QStringLiteral(":/icons/workspaces.svg")), tr("No workspace selected"),
                                                 tr("Add a workspace (Ctrl+N) for each service you call: its API location, an "
                                                    "optional API gateway, and keys that stay in your system keychain."),
                                                 this));
    m_detailsStack->addWidget(m_details);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_detailsStack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 600});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &WorkspacesPage::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &WorkspacesPage::showDetails);
    connect(m_list, &QListView::doubleClicked, this, &WorkspacesPage::editWorkspace);
    connect(m_banner, &KeychainBanner::sessionOnlyRequested, this, [this] {
        m_context->useSessionOnlySecrets();
        m_banner->showSessionOnly();
        Q_EMIT statusMessage(tr("Keys will be kept in memory until ScoreDesk quits."));
    });
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
    showDetails();
}

QAction *WorkspacesPage::addAction(const QString &text, const QKeySequence &shortcut, void (WorkspacesPage::*slot)())
{
    auto *action = new QAction(text, this);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")), shortcut.toString(QKeySequence::NativeText)));
    connect(action, &QAction::triggered, this, slot);
    QWidget::addAction(action);
    return action;
}

void WorkspacesPage::checkKeychain()
{
    m_context->probeSecretStore(this, [this](bool available, const QString &reason) {
        if (!available)
            m_banner->showUnavailable(reason);
    });
}

QUuid WorkspacesPage::selectedId() const
{
    return m_list->currentIndex().data(WorkspaceListModel::IdRole).toUuid();
}

void WorkspacesPage::selectWorkspace(const QUuid &id)
{
    const QModelIndex index = m_model->indexOf(id);
    if (index.isValid())
        m_list->setCurrentIndex(index);
}

void WorkspacesPage::showDetails()
{
    const Workspace *workspace = m_model->workspaceAt(m_list->currentIndex());
    for (QAction *action : std::as_const(m_selectionActions))
        action->setEnabled(workspace != nullptr);
    if (!workspace) {
        m_detailsStack->setCurrentIndex(0);
        return;
    }
    m_detailsStack->setCurrentIndex(1);
    m_details->showWorkspace(*workspace);
}

void WorkspacesPage::addWorkspace()
{
    WorkspaceDialog dialog(m_context->workspaces(), nullptr, this);
    if (dialog.exec() == QDialog::Accepted) {
        selectWorkspace(dialog.savedWorkspace().id);
        Q_EMIT statusMessage(tr("Added workspace \"%1\".").arg(dialog.savedWorkspace().name));
    }
}

void WorkspacesPage::editWorkspace()
{
    const Workspace *workspace = m_model->workspaceAt(m_list->currentIndex());
    if (!workspace)
        return;
    WorkspaceDialog dialog(m_context->workspaces(), workspace, this);
    if (dialog.exec() == QDialog::Accepted) {
        selectWorkspace(dialog.savedWorkspace().id);
        Q_EMIT statusMessage(tr("Saved workspace \"%1\".").arg(dialog.savedWorkspace().name));
    }
}

void WorkspacesPage::deleteWorkspace()
{
    const Workspace *workspace = m_model->workspaceAt(m_list->currentIndex());
    if (!workspace)
        return;
    const QString name = workspace->name;
    if (!m_context->prompter()->confirm(this, tr("Delete Workspace"),
                          tr("Delete the workspace \"%1\" and remove its keys from the keychain?").arg(name), tr("Delete")))
        return;
    m_context->workspaces()->remove(workspace->id, this, [this, name](const WorkspaceOutcome &outcome) {
        if (!outcome.ok())
            m_context->prompter()->error(this, tr("Delete Workspace"), outcome.message);
        else
            Q_EMIT statusMessage(tr("Deleted workspace \"%1\" and its keys.").arg(name));
    });
}

void WorkspacesPage::testConnection()
{
    const Workspace *found = m_model->workspaceAt(m_list->currentIndex());
    if (!found || m_test)
        return;
    const Workspace workspace = *found;
    m_details->showTesting(workspace.name);
    m_context->workspaces()->loadSecrets(workspace, this, [this, workspace](const WorkspaceSecrets &secrets, const WorkspaceOutcome &outcome) {
        if (!outcome.ok()) {
            m_details->showFailure(outcome.message);
            Q_EMIT connectionTestFinished(false);
            return;
        }
        m_test = new ConnectionTest(m_context->http(), workspace.endpoint(), secrets.credentials, workspace.needsSubscriptionKey, this);
        connect(m_test, &ConnectionTest::finished, this, [this, workspace] {
            const ConnectionReport report = m_test->report();
            // The description it read is kept: choosing the workspace then costs no call.
            if (report.ok && !m_test->description().isEmpty())
                m_context->keepDescription(workspace, m_test->description());
            m_test->deleteLater();
            m_details->showReport(report);
            Q_EMIT connectionTestFinished(report.ok);
        });
        m_test->start();
    });
}

void WorkspacesPage::importWorkspaces()
{
    const QString path = m_context->prompter()->openFileName(this, tr("Import Workspaces"), documentsFolder(), tr("Workspace definitions (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_context->prompter()->error(this, tr("Import Workspaces"), tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    QList<Workspace> imported;
    const WorkspaceOutcome outcome = m_context->workspaces()->importWorkspaces(file.readAll(), &imported);
    if (!outcome.ok()) {
        m_context->prompter()->error(this, tr("Import Workspaces"), tr("%1 was not imported: %2").arg(path, outcome.message));
        return;
    }
    if (!imported.isEmpty())
        selectWorkspace(imported.first().id);
    Q_EMIT statusMessage(tr("Imported %n workspace(s). Keys are never part of an export: enter them with Edit.", nullptr, int(imported.size())));
}

void WorkspacesPage::exportWorkspaces()
{
    const QString path = m_context->prompter()->saveFileName(this, tr("Export Workspaces"), documentsFolder() + QStringLiteral("/scoredesk-workspaces.json"),
                                                             tr("Workspace definitions (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!writeFileAtomically(path, WorkspaceStore::exportJson(m_context->workspaces()->store()->workspaces()), &error)) {
        m_context->prompter()->error(this, tr("Export Workspaces"), tr("Cannot write %1").arg(error));
        return;
    }
    Q_EMIT statusMessage(tr("Exported the workspace definitions (without keys) to %1.").arg(path));
}

} // namespace ScoreDesk::App
