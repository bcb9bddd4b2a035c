#include "guihelpers.h"
#include "sandboxprocess.h"
#include "testdata.h"

#include "appcontext.h"
#include "dialogs.h"
#include "mainwindow.h"
#include "workspaces/workspacedialog.h"
#include "workspaces/workspacespage.h"

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
        QApplication::setActiveWindow(window);
        QVERIFY(QTest::qWaitForWindowActive(window));
        page->list()->setFocus();
    }

    static QString messageOf(QWidget *dialog) { return dialog->findChild<QLabel *>(QStringLiteral("messageLabel"))->text(); }

    static void saveScreenshot(QWidget *widget, const QString &name)
    {
        const QString out = qEnvironmentVariable("SCOREDESK_SCREENSHOT_DIR");
        if (out.isEmpty())
            return;
        QTest::qWait(50); // let pending relayouts run, or the grab shows the previous layout
        widget->grab().save(out + QLatin1Char('/') + name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("no D-Bus session: run the tests through scripts/test.sh");
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    }

    void addTestEditDelete()
    {
        AppContext context(m_dir.filePath(QStringLiteral("workspaces.json")));
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
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("workspaceDetails"))->text().contains(m_sandbox.url().toString()));

        // Test the connection.
        QSignalSpy tested(page, &WorkspacesPage::connectionTestFinished);
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("testConnectionButton")), Qt::LeftButton);
        QVERIFY(tested.wait(20000));
        QCOMPARE(tested.first().first().toBool(), true);
        auto *result = page->findChild<QLabel *>(QStringLiteral("connectionResult"));
        QVERIFY2(result->text().contains(QLatin1String("Connected")), qPrintable(result->text()));
        QVERIFY(result->text().contains(QLatin1String("The service accepted the API key")));
        QVERIFY(result->text().contains(QLatin1String("1 input columns, 2 global parameters")));
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
        QVERIFY2(tested.first().first().toBool(), qPrintable(page->findChild<QLabel *>(QStringLiteral("connectionResult"))->text()));

        // Delete, confirming in the (pre-answered) dialog; its keys leave the keychain too.
        const QUuid id = page->selectedId();
        Dialogs::queueTestAnswers({true});
        activate(&window, page);
        QTest::keyClick(page->list(), Qt::Key_Delete);
        QTRY_COMPARE(page->list()->model()->rowCount(), 0);
        QCOMPARE(Dialogs::pendingTestAnswers(), 0);
        bool gone = false;
        context.workspaces()->storedSecretKinds(id, [&](const QList<SecretKind> &kinds, const WorkspaceOutcome &outcome) {
            gone = outcome.ok() && kinds.isEmpty();
        });
        QTRY_VERIFY(gone);
        QCOMPARE(selector->count(), 0);
    }

    void cancelledDeleteKeepsTheWorkspace()
    {
        AppContext context(m_dir.filePath(QStringLiteral("cancel.json")));
        bool saved = false;
        Workspace workspace;
        workspace.name = QStringLiteral("Keep me");
        workspace.apiLocation = m_sandbox.url().toString();
        context.workspaces()->save(workspace, {{SecretKind::ApiKey, m_sandbox.apiKey()}}, [&](const WorkspaceOutcome &outcome) { saved = outcome.ok(); });
        QTRY_VERIFY(saved);
        MainWindow window(&context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Dialogs::queueTestAnswers({false});
        window.workspacesPage()->deleteWorkspace();
        QTest::qWait(200);
        QCOMPARE(context.workspaces()->store()->workspaces().size(), 1);
        // Clean the keychain up for the next run.
        Dialogs::queueTestAnswers({true});
        window.workspacesPage()->deleteWorkspace();
        QTRY_COMPARE(context.workspaces()->store()->workspaces().size(), 0);
    }

    void importAndExportDefinitions()
    {
        AppContext context(m_dir.filePath(QStringLiteral("io.json")));
        MainWindow window(&context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString source = m_dir.filePath(QStringLiteral("import.json"));
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(importableWorkspacesJson());
        file.close();
        Dialogs::queueTestAnswers({source});
        window.workspacesPage()->importWorkspaces();
        QCOMPARE(context.workspaces()->store()->workspaces().size(), 1);
        QCOMPARE(window.workspacesPage()->list()->currentIndex().data().toString(), QStringLiteral("Imported"));

        const QString target = m_dir.filePath(QStringLiteral("export.json"));
        Dialogs::queueTestAnswers({target});
        window.workspacesPage()->exportWorkspaces();
        QFile exported(target);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QVERIFY(exported.readAll().contains("\"Imported\""));

        const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
        QFile bad(broken);
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{ nope");
        bad.close();
        Dialogs::queueTestAnswers({broken, QVariant()});
        window.workspacesPage()->importWorkspaces();
        QCOMPARE(Dialogs::shownErrors().size(), 1);
        QVERIFY(Dialogs::shownErrors().first().contains(QLatin1String("not imported")));
        QCOMPARE(context.workspaces()->store()->workspaces().size(), 1);
    }
};

QTEST_MAIN(TestWorkspacesPage)
#include "tst_workspacespage.moc"
