#include "workspacedialog.h"
#include "ui_workspacedialog.h"

#include "../messagebar.h"

#include "core/workspace/tokenexpiry.h"
#include "core/workspace/workspacemanager.h"

#include <QAction>
#include <QComboBox>
#include <QLocale>
#include <QPushButton>

namespace ScoreDesk::App {

WorkspaceDialog::WorkspaceDialog(WorkspaceManager *manager, const Workspace *existing, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::WorkspaceDialog>())
    , m_manager(manager)
    , m_editing(existing != nullptr)
{
    m_ui->setupUi(this);
    setWindowTitle(m_editing ? tr("Edit Workspace") : tr("Add Workspace"));
    for (QLineEdit *edit : {m_ui->apiKeyEdit, m_ui->subscriptionKeyEdit, m_ui->storageEdit})
        addRevealToggle(edit);

    if (existing) {
        m_workspace = *existing;
        m_ui->nameEdit->setText(existing->name);
        m_ui->urlEdit->setText(existing->apiLocation);
        m_ui->versionEdit->setText(existing->apiVersion);
        m_ui->gatewayCheck->setChecked(existing->needsSubscriptionKey);
        m_ui->containerEdit->setText(existing->defaultContainer);
        m_ui->notesEdit->setPlainText(existing->notes);
        m_ui->plainHttpCheck->setChecked(existing->allowPlainHttp);
        m_ui->kindCombo->setCurrentIndex(existing->isOnlineEndpoint() ? 1 : 0);
        m_kindChosen = existing->kind != serviceKindOfUrl(existing->apiLocation);
        m_ui->deploymentEdit->setText(existing->deployment);
        m_ui->tokenCheck->setChecked(existing->keyIsToken);
        if (existing->tokenExpiresAt.isValid())
            m_ui->tokenExpiryEdit->setDateTime(existing->tokenExpiresAt.toLocalTime());
        const QString warning = existing->tokenWarning(QDateTime::currentDateTimeUtc());
        if (!warning.isEmpty())
            showMessage(warning, true);
        showStoredSecrets();
    } else {
        m_ui->apiKeyEdit->setPlaceholderText(tr("required"));
    }
    if (!existing || !existing->tokenExpiresAt.isValid())
        m_ui->tokenExpiryEdit->setDateTime(QDateTime::currentDateTime().addSecs(24 * 3600));
    updateGatewayFields();
    updateKindFields();
    connect(m_ui->gatewayCheck, &QCheckBox::toggled, this, &WorkspaceDialog::updateGatewayFields);
    connect(m_ui->urlEdit, &QLineEdit::textEdited, this, [this](const QString &url) {
        if (m_kindChosen)
            return;
        m_ui->kindCombo->setCurrentIndex(serviceKindOfUrl(url) == ServiceKind::OnlineEndpoint ? 1 : 0);
        updateKindFields();
    });
    connect(m_ui->kindCombo, QOverload<int>::of(&QComboBox::activated), this, [this] {
        m_kindChosen = true;
        updateKindFields();
    });
    connect(m_ui->tokenCheck, &QCheckBox::toggled, this, &WorkspaceDialog::updateKindFields);
    connect(m_ui->apiKeyEdit, &QLineEdit::textEdited, this, &WorkspaceDialog::readTokenExpiry);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &WorkspaceDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_manager->secretStore() && m_manager->secretStore()->isSessionOnly())
        m_ui->secretsGroup->setTitle(tr("Keys (kept for this session only: no keychain is available)"));
}

WorkspaceDialog::~WorkspaceDialog() = default;

void WorkspaceDialog::addRevealToggle(QLineEdit *edit)
{
    QAction *reveal = edit->addAction(QIcon(QStringLiteral(":/icons/reveal.svg")), QLineEdit::TrailingPosition);
    reveal->setCheckable(true);
    reveal->setToolTip(tr("Show or hide the key"));
    reveal->setObjectName(edit->objectName() + QStringLiteral("Reveal"));
    connect(reveal, &QAction::toggled, edit, [edit](bool shown) { edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password); });
}

void WorkspaceDialog::showStoredSecrets()
{
    // Values never come back into the dialog: only whether one is stored.
    m_manager->storedSecretKinds(m_workspace.id, this, [this](const QList<SecretKind> &kinds, const WorkspaceOutcome &outcome) {
        if (!outcome.ok()) {
            showMessage(outcome.message, true);
            return;
        }
        auto describe = [&kinds, this](SecretKind kind, QLineEdit *edit) {
            edit->setPlaceholderText(kinds.contains(kind) ? tr("stored in the keychain; type to replace") : tr("not stored"));
        };
        describe(SecretKind::ApiKey, m_ui->apiKeyEdit);
        describe(SecretKind::SubscriptionKey, m_ui->subscriptionKeyEdit);
        describe(SecretKind::StorageConnectionString, m_ui->storageEdit);
    });
}

void WorkspaceDialog::updateGatewayFields()
{
    const bool gateway = m_ui->gatewayCheck->isChecked();
    m_ui->subscriptionKeyEdit->setEnabled(gateway);
    m_ui->subscriptionKeyLabel->setEnabled(gateway);
}

void WorkspaceDialog::updateKindFields()
{
    const bool online = m_ui->kindCombo->currentIndex() == 1;
    // What the other kind has no use for is hidden, not just greyed: fewer questions to read.
    m_ui->serviceForm->setRowVisible(m_ui->deploymentEdit, online);
    m_ui->secretsForm->setRowVisible(m_ui->tokenCheck, online);
    m_ui->secretsForm->setRowVisible(m_ui->tokenExpiryEdit, online);
    m_ui->serviceForm->setRowVisible(m_ui->versionEdit, !online);
    m_ui->serviceForm->setRowVisible(m_ui->containerEdit, !online);
    m_ui->secretsForm->setRowVisible(m_ui->storageEdit, !online); // batch jobs only
    m_ui->tokenExpiryEdit->setEnabled(m_ui->tokenCheck->isChecked());
    m_ui->apiKeyLabel->setText(online ? tr("&Key or token:") : tr("API &key:"));
}

void WorkspaceDialog::readTokenExpiry(const QString &key)
{
    const QDateTime expiry = tokenExpiry(key);
    if (!expiry.isValid())
        return;
    m_ui->tokenCheck->setChecked(true);
    m_ui->tokenExpiryEdit->setDateTime(expiry.toLocalTime());
    showMessage(tr("This key is a token that expires on %1.").arg(QLocale().toString(expiry.toLocalTime(), QLocale::ShortFormat)), false);
}

void WorkspaceDialog::showMessage(const QString &text, bool isError)
{
    if (isError)
        m_ui->messageBar->showError(text);
    else
        m_ui->messageBar->showInfo(text);
}

void WorkspaceDialog::save()
{
    Workspace workspace = m_workspace;
    workspace.name = m_ui->nameEdit->text().trimmed();
    workspace.apiLocation = m_ui->urlEdit->text().trimmed();
    workspace.apiVersion = m_ui->versionEdit->text().trimmed().isEmpty() ? QStringLiteral("2.0") : m_ui->versionEdit->text().trimmed();
    workspace.needsSubscriptionKey = m_ui->gatewayCheck->isChecked();
    workspace.defaultContainer = m_ui->containerEdit->text().trimmed();
    workspace.notes = m_ui->notesEdit->toPlainText();
    workspace.allowPlainHttp = m_ui->plainHttpCheck->isChecked();
    workspace.kind = m_ui->kindCombo->currentIndex() == 1 ? ServiceKind::OnlineEndpoint : ServiceKind::ClassicService;
    const bool online = workspace.isOnlineEndpoint();
    workspace.deployment = online ? m_ui->deploymentEdit->text().trimmed() : QString();
    workspace.keyIsToken = online && m_ui->tokenCheck->isChecked();
    workspace.tokenExpiresAt = workspace.keyIsToken ? m_ui->tokenExpiryEdit->dateTime().toUTC() : QDateTime();

    const QString problem = workspace.validate();
    if (!problem.isEmpty()) {
        showMessage(problem, true);
        return;
    }
    // A field left empty keeps what is stored; unticking the gateway removes its key.
    QMap<SecretKind, QString> secrets;
    const QString apiKey = m_ui->apiKeyEdit->text().trimmed();
    if (!apiKey.isEmpty())
        secrets.insert(SecretKind::ApiKey, apiKey);
    else if (!m_editing) {
        showMessage(online ? tr("Enter the endpoint's key or token.") : tr("Enter the service's API key."), true);
        m_ui->apiKeyEdit->setFocus();
        return;
    }
    const QString subscriptionKey = m_ui->subscriptionKeyEdit->text().trimmed();
    if (!workspace.needsSubscriptionKey)
        secrets.insert(SecretKind::SubscriptionKey, QString());
    else if (!subscriptionKey.isEmpty())
        secrets.insert(SecretKind::SubscriptionKey, subscriptionKey);
    else if (!m_editing || !m_workspace.needsSubscriptionKey) {
        showMessage(tr("Enter the gateway's subscription key, or untick \"Behind an API gateway\"."), true);
        m_ui->subscriptionKeyEdit->setFocus();
        return;
    }
    const QString storage = m_ui->storageEdit->text().trimmed();
    if (!storage.isEmpty())
        secrets.insert(SecretKind::StorageConnectionString, storage);

    m_ui->buttonBox->setEnabled(false);
    showMessage(tr("Saving…"), false);
    // The dialog may be closed while the keychain asks: the save goes on, the answer is dropped.
    m_manager->save(workspace, secrets, this, [this, workspace](const WorkspaceOutcome &outcome) {
        m_ui->buttonBox->setEnabled(true);
        if (!outcome.ok()) {
            showMessage(outcome.message, true);
            return;
        }
        m_workspace = *m_manager->store()->findByName(workspace.name);
        // The typed keys are in the keychain now; do not keep copies in the widgets.
        for (QLineEdit *edit : {m_ui->apiKeyEdit, m_ui->subscriptionKeyEdit, m_ui->storageEdit})
            edit->clear();
        accept();
    });
}

} // namespace ScoreDesk::App
