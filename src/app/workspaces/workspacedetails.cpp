#include "workspacedetails.h"
#include "ui_workspacedetails.h"

#include "../messagebar.h"

#include "core/service/connectiontest.h"
#include "core/workspace/workspace.h"

namespace ScoreDesk::App {

WorkspaceDetails::WorkspaceDetails(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::WorkspaceDetails>())
{
    m_ui->setupUi(this);
    QFont heading = m_ui->nameLabel->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.4);
    heading.setBold(true);
    m_ui->nameLabel->setFont(heading);
    m_ui->connectionSteps->hide();
}

WorkspaceDetails::~WorkspaceDetails() = default;

QPushButton *WorkspaceDetails::testButton() const
{
    return m_ui->testConnectionButton;
}

void WorkspaceDetails::showWorkspace(const Workspace &workspace)
{
    m_ui->nameLabel->setText(workspace.name);
    m_ui->locationValue->setText(workspace.apiLocation);
    m_ui->versionValue->setText(workspace.apiVersion);
    m_ui->gatewayValue->setText(workspace.needsSubscriptionKey ? tr("yes, with a subscription key") : tr("no"));
    m_ui->containerValue->setText(workspace.defaultContainer.isEmpty() ? tr("none") : workspace.defaultContainer);
    m_ui->notesValue->setText(workspace.notes);
    m_ui->notesCaption->setVisible(!workspace.notes.isEmpty());
    m_ui->notesValue->setVisible(!workspace.notes.isEmpty());
    m_ui->connectionSummary->clear();
    m_ui->connectionSteps->clear();
    m_ui->connectionSteps->hide();
}

void WorkspaceDetails::showTesting(const QString &name)
{
    m_ui->testConnectionButton->setEnabled(false);
    m_ui->connectionSummary->showInfo(tr("Testing the connection to %1…").arg(name));
    m_ui->connectionSteps->hide();
}

void WorkspaceDetails::showReport(const ConnectionReport &report)
{
    m_ui->testConnectionButton->setEnabled(true);
    if (report.ok)
        m_ui->connectionSummary->showSuccess(report.summary);
    else
        m_ui->connectionSummary->showError(report.summary);
    m_ui->connectionSteps->setText(report.steps.join(QLatin1Char('\n')));
    m_ui->connectionSteps->setVisible(!report.steps.isEmpty());
}

void WorkspaceDetails::showFailure(const QString &message)
{
    m_ui->testConnectionButton->setEnabled(true);
    m_ui->connectionSummary->showError(message);
    m_ui->connectionSteps->hide();
}

QString WorkspaceDetails::text() const
{
    return QStringList{m_ui->nameLabel->text(), m_ui->locationValue->text(), m_ui->versionValue->text(), m_ui->gatewayValue->text(),
                       m_ui->containerValue->text(), m_ui->notesValue->text()}
        .join(QLatin1Char('\n'));
}

QString WorkspaceDetails::resultText() const
{
    return m_ui->connectionSummary->text() + QLatin1Char('\n') + m_ui->connectionSteps->text();
}

} // namespace ScoreDesk::App
