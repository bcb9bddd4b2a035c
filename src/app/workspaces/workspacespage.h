#pragma once

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;

namespace ScoreDesk {
class ConnectionTest;
}

namespace ScoreDesk::App {

class AppContext;
class KeychainBanner;
class WorkspaceListModel;

// The Workspaces page: the saved workspaces, one's details, and what can be done with them
// (add, edit, delete, test the connection, import and export definitions).
class WorkspacesPage : public QWidget
{
    Q_OBJECT
public:
    WorkspacesPage(AppContext *context, WorkspaceListModel *model, QWidget *parent = nullptr);

    QListView *list() const { return m_list; }
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
    void showTestResult(const QString &html);

    AppContext *m_context;
    WorkspaceListModel *m_model;
    KeychainBanner *m_banner;
    QListView *m_list;
    QStackedWidget *m_detailsStack;
    QLabel *m_details;
    QLabel *m_testResult;
    QPushButton *m_testButton;
    QList<QAction *> m_selectionActions;
    QPointer<ConnectionTest> m_test;
};

} // namespace ScoreDesk::App
