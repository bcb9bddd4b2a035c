#pragma once

#include "core/workspace/workspace.h"

#include <QDialog>

#include <memory>

class QLineEdit;

namespace Ui {
class WorkspaceDialog;
}

namespace ScoreDesk {
class WorkspaceManager;
}

namespace ScoreDesk::App {

// Add or edit a workspace. Saving goes through the WorkspaceManager from here, so that when
// the keychain refuses, the dialog stays open with everything the user typed.
class WorkspaceDialog : public QDialog
{
    Q_OBJECT
public:
    // existing == nullptr adds a new workspace.
    WorkspaceDialog(WorkspaceManager *manager, const Workspace *existing, QWidget *parent = nullptr);
    ~WorkspaceDialog() override;

    const Workspace &savedWorkspace() const { return m_workspace; }

private:
    void save();
    void showMessage(const QString &text, bool isError);
    void addRevealToggle(QLineEdit *edit);
    void showStoredSecrets();
    void updateGatewayFields();
    void updateKindFields();
    // A pasted aml_token tells its own expiry.
    void readTokenExpiry(const QString &key);

    std::unique_ptr<Ui::WorkspaceDialog> m_ui;
    WorkspaceManager *m_manager;
    Workspace m_workspace;
    bool m_editing;
    bool m_kindChosen = false; // the user picked the kind: the URL no longer decides it
};

} // namespace ScoreDesk::App
