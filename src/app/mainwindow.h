#pragma once

#include <QMainWindow>
#include <QUuid>

#include <memory>

class QComboBox;
class QMenu;

namespace Ui {
class MainWindow;
}

namespace ScoreDesk::App {

class AppContext;
class BatchPage;
class RrsPage;
class UsagePage;
class WorkspaceListModel;
class WorkspacesPage;

// The application window: a page list on the left (workspaces, request/response, batch jobs)
// and the current page beside it. Each page is its own widget in its own folder.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Page { Workspaces, RequestResponse, BatchJobs, Usage, Count };
    Q_ENUM(Page)

    explicit MainWindow(AppContext *context, QWidget *parent = nullptr);
    ~MainWindow() override;

    Page currentPage() const;
    void showPage(Page page);
    QWidget *pageWidget(Page page) const;
    WorkspacesPage *workspacesPage() const { return m_workspacesPage; }
    RrsPage *rrsPage() const { return m_rrsPage; }
    BatchPage *batchPage() const { return m_batchPage; }
    UsagePage *usagePage() const { return m_usagePage; }

    // The workspace chosen in the toolbar, which the request and batch pages work with.
    QUuid currentWorkspace() const;

    // File ▸ Export API Definition… for the chosen workspace: asks where, reads the service's
    // description (generic schemas without one) and writes the document.
    void exportApiDefinition();

Q_SIGNALS:
    void currentWorkspaceChanged(const QUuid &id);
    void apiDefinitionExported(bool ok, const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void addPage(Page page, const QIcon &icon, const QString &name, QWidget *widget);
    void showAbout();
    void restoreWindowState();
    void setUpWorkspaceSelector();
    void setUpMenus();
    void addLanguageMenu();
    // File, Edit and the page's own menu hold the current page's actions.
    void fillMenus();

    std::unique_ptr<Ui::MainWindow> m_ui;
    AppContext *m_context;
    WorkspaceListModel *m_workspaceModel;
    WorkspacesPage *m_workspacesPage;
    RrsPage *m_rrsPage = nullptr;
    BatchPage *m_batchPage = nullptr;
    UsagePage *m_usagePage = nullptr;
    QComboBox *m_workspaceSelector = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_pageMenu = nullptr;
    QAction *m_newWorkspaceAction = nullptr;
    bool m_startupChecksDone = false;
};

} // namespace ScoreDesk::App
