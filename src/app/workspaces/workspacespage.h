#pragma once

#include <QPointer>
#include <QWidget>

class QAction;
class QListView;
class QStackedWidget;

namespace ScoreDesk {
class ConnectionTest;
}

namespace ScoreDesk::App {

class AppContext;
class KeychainBanner;
class WorkspaceDetails;
class WorkspaceListModel;

// The Workspaces page: the saved workspaces, one's details, and what can be done with them
// (add, edit, delete, test the connection, import and export definitions).
class WorkspacesPage : public QWidget
{
    Q_OBJECT
public:
    WorkspacesPage(AppContext *context, WorkspaceListModel *model, QWidget *parent = nullptr);

    QListView *list() const { return m_list; }
    WorkspaceDetails *details() const { return m_details; }
    void selectWorkspace(const QUuid &id);
    QUuid selectedId() const;

    void addWorkspace();
    void editWorkspace();
    void deleteWorkspace();
    void testConnection();
    void importWorkspaces();
    void exportWorkspaces();

    // Asks the keychain whether it answers and shows the banner when it does not.
    void checkKeychain();

Q_SIGNALS:
    void statusMessage(const QString &text);
    void connectionTestFinished(bool ok);

private:
    QAction *addAction(const QString &text, const QKeySequence &shortcut, void (WorkspacesPage::*slot)());
    void showDetails();

    AppContext *m_context;
    WorkspaceListModel *m_model;
    KeychainBanner *m_banner;
    QListView *m_list;
    QStackedWidget *m_detailsStack;
    WorkspaceDetails *m_details;
    QList<QAction *> m_selectionActions;
    QPointer<ConnectionTest> m_test;
};

} // namespace ScoreDesk::App
