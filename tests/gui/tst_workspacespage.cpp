#include "core/englishplurals.h"
#include "guihelpers.h"
#include "sandboxprocess.h"
#include "testdata.h"

#include "scriptedprompter.h"

#include "appcontext.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "workspaces/workspacedetails.h"
#include "workspaces/workspacedialog.h"
#include "workspaces/workspacespage.h"

#include "core/workspace/memorysecretstore.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ScoreDesk;
using namespace ScoreDesk::App;

// The Workspaces page as a user drives it, offscreen, with the real keychain (from the test
// harness) and the real sandbox: add through the dialog, see it listed, test the connection,
// edit it, delete it.
class TestWorkspacesPage : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;

    static void fillAndSave(QWidget *dialog, const QMap<QString, QString> &fields, bool gateway)
    {
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            auto *edit = dialog->findChild<QLineEdit *>(it.key());
            QVERIFY2(edit, qPrintable(it.key()));
            edit->setText(it.value());
        }
        dialog->findChild<QCheckBox *>(QStringLiteral("gatewayCheck"))->setChecked(gateway);
        auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    }

    // Shortcuts only reach an active window; offscreen, closing a dialog does not give the
    // activation back by itself.
    static void activate(QWidget *window, WorkspacesPage *page)
    {
        ::activate(window);
        QVERIFY(QTest::qWaitForWindowActive(window));
        page->list()->setFocus();
    }

    static QString messageOf(QWidget *dialog) { return dialog->findChild<MessageBar *>(QStringLiteral("messageBar"))->text(); }

    static void saveScreenshot(QWidget *widget, const QString &name)
    {
        const QString out = qEnvironmentVariable("SCOREDESK_SCREENSHOT_DIR");
        if (out.isEmpty())
            return;
        QTest::qWait(50); // let pending relayouts run, or the grab shows the previous layout
        widget->grab().save(out + QLatin1Char('/') + name);
    }

    // A session store that answers writes only after a while, like a keychain that asks first.
    class SlowSecretStore : public MemorySecretStore
    {
    public:
        void write(const QUuid &workspace, SecretKind kind, const QString &value, QObject *context, Callback done) override
        {
            ++m_pending;
            QTimer::singleShot(400, this, [=] {
                --m_pending;
                MemorySecretStore::write(workspace, kind, value, context, done);
            });
        }
        int pendingWrites() const { return m_pending; }

    private:
        int m_pending = 0;
    };

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installEnglishPlurals(QCoreApplication::instance()); // as main() does
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("no D-Bus session: run the tests through scripts/test.sh");
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    }

    void addTestEditDelete()
    {
        AppContext context(AppFiles::in(m_dir.filePath(QStringLiteral("main"))), nullptr);
        ScriptedPrompter prompter;
        context.setPrompter(&prompter);
        MainWindow window(&context);
        window.resize(1100, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        WorkspacesPage *page = window.workspacesPage();
        auto *selector = window.findChild<QComboBox *>(QStringLiteral("workspaceSelector"));
        QCOMPARE(selector->count(), 0);

        // Add, with Ctrl+N from the list. A first Save without a key is refused in words.
        bool sawMissingKey = false;
        whenModalAppears([&](QWidget *dialog) {
            auto *apiKey = dialog->findChild<QLineEdit *>(QStringLiteral("apiKeyEdit"));
            QCOMPARE(apiKey->echoMode(), QLineEdit::Password);
            fillAndSave(dialog, {{QStringLiteral("nameEdit"), QStringLiteral("Sandbox")}, {QStringLiteral("urlEdit"), m_sandbox.url().toString()}}, false);
            sawMissingKey = messageOf(dialog).contains(QLatin1String("API key"));
            apiKey->setText(m_sandbox.apiKey());
            dialog->findChild<QAction *>(QStringLiteral("apiKeyEditReveal"))->trigger();
            QCOMPARE(apiKey->echoMode(), QLineEdit::Normal);
            saveScreenshot(dialog, QStringLiteral("workspace-dialog.png"));
            fillAndSave(dialog, {}, false);
        });
        activate(&window, page);
        QTest::keyClick(page->list(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY(sawMissingKey);
        QCOMPARE(page->list()->model()->rowCount(), 1);
        QCOMPARE(page->list()->currentIndex().data().toString(), QStringLiteral("Sandbox"));
        QTRY_COMPARE(selector->currentText(), QStringLiteral("Sandbox"));
        QVERIFY(page->details()->text().contains(m_sandbox.url().toString()));

        // Test the connection.
        QSignalSpy tested(page, &WorkspacesPage::connectionTestFinished);
        QTest::mouseClick(page->details()->testButton(), Qt::LeftButton);
        QVERIFY(tested.wait(20000));
        QCOMPARE(tested.first().first().toBool(), true);
        const QString result = page->details()->resultText();
        QVERIFY2(result.contains(QLatin1String("Connected")), qPrintable(result));
        QVERIFY(result.contains(QLatin1String("The service accepted the API key")));
        QVERIFY(result.contains(QLatin1String("1 input column, 2 global parameters")));
        saveScreenshot(&window, QStringLiteral("workspaces.png"));

        // Edit: move it behind the gateway. The dialog says the API key is stored, without showing it.
        bool keyShownAsStored = false;
        whenModalAppears([&](QWidget *dialog) {
            auto *apiKey = dialog->findChild<QLineEdit *>(QStringLiteral("apiKeyEdit"));
            keyShownAsStored = QTest::qWaitFor([&] { return apiKey->placeholderText().contains(QLatin1String("stored in the keychain")); }, 10000);
            QVERIFY(apiKey->text().isEmpty());
            fillAndSave(dialog, {{QStringLiteral("nameEdit"), QStringLiteral("Sandbox gateway")}, {QStringLiteral("urlEdit"), m_sandbox.gatewayUrl().toString()}}, true);
            QVERIFY(messageOf(dialog).contains(QLatin1String("subscription key"))); // required once the gateway is ticked
            fillAndSave(dialog, {{QStringLiteral("subscriptionKeyEdit"), m_sandbox.gatewayKey()}}, true);
        });
        activate(&window, page);
        QTest::keyClick(page->list(), Qt::Key_F2);
        QVERIFY(keyShownAsStored);
        QCOMPARE(page->list()->currentIndex().data().toString(), QStringLiteral("Sandbox gateway"));
        QTRY_COMPARE(selector->currentText(), QStringLiteral("Sandbox gateway"));
        tested.clear();
        page->testConnection();
        QVERIFY(tested.wait(20000));
        QVERIFY2(tested.first().first().toBool(), qPrintable(page->details()->resultText()));

        // Delete, confirming in the (pre-answered) dialog; its keys leave the keychain too.
        const QUuid id = page->selectedId();
        prompter.answer({true});
        activate(&window, page);
        QTest::keyClick(page->list(), Qt::Key_Delete);
        QTRY_COMPARE(page->list()->model()->rowCount(), 0);
        QCOMPARE(prompter.pending(), 0);
        QCOMPARE(prompter.unexpected(), 0);
        bool gone = false;
        context.workspaces()->storedSecretKinds(id, this, [&](const QList<SecretKind> &kinds, const WorkspaceOutcome &outcome) {
            gone = outcome.ok() && kinds.isEmpty();
        });
        QTRY_VERIFY(gone);
        QCOMPARE(selector->count(), 0);
    }

    void cancelledDeleteKeepsTheWorkspace()
    {
        AppContext context(AppFiles::in(m_dir.filePath(QStringLiteral("cancel"))), nullptr);
        ScriptedPrompter prompter;
        context.setPrompter(&prompter);
        bool saved = false;
        Workspace workspace;
        workspace.name = QStringLiteral("Keep me");
        workspace.apiLocation = m_sandbox.url().toString();
        context.workspaces()->save(workspace, {{SecretKind::ApiKey, m_sandbox.apiKey()}}, this, [&](const WorkspaceOutcome &outcome) { saved = outcome.ok(); });
        QTRY_VERIFY(saved);
        MainWindow window(&context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        prompter.answer({false});
        window.workspacesPage()->deleteWorkspace();
        // The refusal is synchronous: nothing is under way that could still remove it.
        QCOMPARE(prompter.asked().size(), 1);
        QVERIFY(prompter.asked().first().contains(QLatin1String("Keep me")));
        QCOMPARE(context.workspaces()->store()->workspaces().size(), 1);
        // Clean the keychain up for the next run.
        prompter.answer({true});
        window.workspacesPage()->deleteWorkspace();
        QTRY_COMPARE(context.workspaces()->store()->workspaces().size(), 0);
    }

    void importAndExportDefinitions()
    {
        AppContext context(AppFiles::in(m_dir.filePath(QStringLiteral("io"))), nullptr);
        ScriptedPrompter prompter;
        context.setPrompter(&prompter);
        MainWindow window(&context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString source = m_dir.filePath(QStringLiteral("import.json"));
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(importableWorkspacesJson());
        file.close();
        prompter.answer({source});
        window.workspacesPage()->importWorkspaces();
        QCOMPARE(context.workspaces()->store()->workspaces().size(), 1);
        QCOMPARE(window.workspacesPage()->list()->currentIndex().data().toString(), QStringLiteral("Imported"));

        const QString target = m_dir.filePath(QStringLiteral("export.json"));
        prompter.answer({target});
        window.workspacesPage()->exportWorkspaces();
        QFile exported(target);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QVERIFY(exported.readAll().contains("\"Imported\""));

        const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
        QFile bad(broken);
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{ nope");
        bad.close();
        prompter.answer({broken, QVariant()});
        window.workspacesPage()->importWorkspaces();
        QCOMPARE(prompter.errors().size(), 1);
        QVERIFY(prompter.errors().first().contains(QLatin1String("not imported")));
        QCOMPARE(prompter.unexpected(), 0);
        QCOMPARE(context.workspaces()->store()->workspaces().size(), 1);
    }

    // The keychain may take its time (it can even ask the user for a password); closing the
    // dialog meanwhile must be safe: the save goes on and nothing calls the dialog back.
    void closingTheDialogWhileTheKeychainAsks()
    {
        SlowSecretStore slow;
        AppContext context(AppFiles::in(m_dir.filePath(QStringLiteral("slow"))), &slow);
        MainWindow window(&context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        bool closedWhileSaving = false;
        whenModalAppears([&](QWidget *dialog) {
            fillAndSave(dialog, {{QStringLiteral("nameEdit"), QStringLiteral("Slow")}, {QStringLiteral("urlEdit"), m_sandbox.url().toString()},
                                 {QStringLiteral("apiKeyEdit"), QStringLiteral("slow-key")}},
                        false);
            closedWhileSaving = slow.pendingWrites() > 0;
            qobject_cast<QDialog *>(dialog)->reject(); // the dialog goes away while the keychain is still asking
        });
        window.workspacesPage()->addWorkspace();
        QVERIFY(closedWhileSaving);
        QTRY_COMPARE_WITH_TIMEOUT(context.workspaces()->store()->workspaces().size(), 1, 10000);
        QTRY_COMPARE(slow.pendingWrites(), 0);
        QCOMPARE(context.workspaces()->store()->workspaces().first().name, QStringLiteral("Slow"));
    }
};

QTEST_MAIN(TestWorkspacesPage)
#include "tst_workspacespage.moc"
