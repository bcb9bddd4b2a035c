#include "sandboxprocess.h"
#include "scriptedprompter.h"

#include "appcontext.h"
#include "mainwindow.h"
#include "rrs/inputgridview.h"
#include "rrs/inputtablemodel.h"
#include "rrs/rawbodyeditor.h"
#include "rrs/responsepanel.h"
#include "rrs/resulttablemodel.h"
#include "rrs/rrspage.h"
#include "workspaces/workspacedialog.h"

#include "core/workspace/memorysecretstore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenuBar>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace ScoreDesk;
using namespace ScoreDesk::App;

// The Request / Response page with Azure ML online endpoints: the sandbox's, directly and
// through its rate-limited gateway, and the workspace dialog that sets them up.
class TestOnlinePage : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox{{QStringLiteral("--rate-limit"), QStringLiteral("2/2")}};
    MemorySecretStore m_secrets;
    std::unique_ptr<QTemporaryDir> m_files;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;

    RrsPage *page() const { return m_window->rrsPage(); }

    QUuid saveWorkspace(Workspace workspace, const QMap<SecretKind, QString> &secrets)
    {
        if (const Workspace *existing = m_context->workspaces()->store()->findByName(workspace.name))
            workspace.id = existing->id;
        bool done = false;
        m_context->workspaces()->save(workspace, secrets, this, [&](const WorkspaceOutcome &outcome) {
            QVERIFY2(outcome.ok(), qPrintable(outcome.message));
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 5000))
            qFatal("workspace not saved");
        return m_context->workspaces()->store()->findByName(workspace.name)->id;
    }

    Workspace endpoint(const QString &name, const QUrl &url, const QString &deployment = QString()) const
    {
        Workspace workspace;
        workspace.name = name;
        workspace.apiLocation = url.toString();
        workspace.kind = ServiceKind::OnlineEndpoint;
        workspace.deployment = deployment;
        return workspace;
    }

    void select(const QUuid &id)
    {
        auto *selector = m_window->findChild<QComboBox *>(QStringLiteral("workspaceSelector"));
        for (int i = 0; i < selector->count(); ++i) {
            if (selector->itemData(i, Qt::UserRole + 1).toUuid() == id)
                selector->setCurrentIndex(i);
        }
    }

    bool selectAndDescribe(const QUuid &id)
    {
        QSignalSpy loaded(page(), &RrsPage::schemaLoaded);
        select(id);
        return loaded.wait(15000) && loaded.first().first().toBool();
    }

    bool sendAndWait(bool expectOk)
    {
        QSignalSpy finished(page(), &RrsPage::callFinished);
        page()->send();
        if (!finished.wait(30000))
            return false;
        return finished.first().first().toBool() == expectOk;
    }

    void fillGrid(const QStringList &texts)
    {
        DataTable table({QStringLiteral("Col2")});
        for (const QString &text : texts)
            table.appendRow({text});
        page()->inputModel(0)->replaceTable(table, QStringLiteral("test rows"));
    }

    QStringList outputRow(int row) const
    {
        const ResultTableModel *output = page()->response()->outputModel(0);
        QStringList cells;
        for (int c = 0; c < output->columnCount(); ++c)
            cells.append(output->index(row, c).data().toString());
        return cells;
    }

    static void saveScreenshot(QWidget *widget, const QString &name)
    {
        const QString out = qEnvironmentVariable("SCOREDESK_SCREENSHOT_DIR");
        if (out.isEmpty())
            return;
        QTest::qWait(50);
        widget->grab().save(out + QLatin1Char('/') + name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    }

    void init()
    {
        m_files = std::make_unique<QTemporaryDir>();
        m_context = std::make_unique<AppContext>(AppFiles::in(m_files->path()), &m_secrets);
        m_window = std::make_unique<MainWindow>(m_context.get());
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->showPage(MainWindow::Page::RequestResponse);
    }

    void cleanup()
    {
        m_window.reset();
        m_context.reset();
        m_files.reset();
    }

    void describedEndpointBuildsTheGridAndScoresRowByRow()
    {
        QVERIFY2(selectAndDescribe(saveWorkspace(endpoint(QStringLiteral("Endpoint"), m_sandbox.scoreUrl()), {{SecretKind::ApiKey, m_sandbox.apiKey()}})),
                 qPrintable(page()->message()));
        InputTableModel *model = page()->inputModel(0);
        QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Col2 *"));
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("This is a good day"));
        // Classic-only controls are out of the way.
        QVERIFY(!page()->findChild<QCheckBox *>()->isVisible());

        fillGrid({QStringLiteral("This is a good day"), QStringLiteral("rainy")});
        QVERIFY(sendAndWait(true));
        const ResultTableModel *output = page()->response()->outputModel(0);
        QCOMPARE(output->columnCount(), 1 + 8);
        QCOMPARE(output->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Col2"));
        QCOMPARE(outputRow(0).join(QLatin1Char(' ')), QStringLiteral("This is a good day 1 1 2 2 0 2 0 1"));
        QCOMPARE(outputRow(1).first(), QStringLiteral("rainy"));
        QVERIFY2(page()->response()->statusText().contains(QLatin1String("answered by deployment <b>blue</b>")), qPrintable(page()->response()->statusText()));
        QVERIFY(page()->response()->tabs()->tabText(0).startsWith(QLatin1String("predictions (2 row")));
        saveScreenshot(m_window.get(), QStringLiteral("online-endpoint.png"));
    }

    void greenThroughTheRateLimitedGatewayTwiceInARow()
    {
        Workspace workspace = endpoint(QStringLiteral("Endpoint via gateway"), m_sandbox.gatewayScoreUrl(), QStringLiteral("green"));
        workspace.needsSubscriptionKey = true;
        // Behind a gateway the description is read on request only (F5): it costs a call.
        select(saveWorkspace(workspace, {{SecretKind::ApiKey, m_sandbox.apiKey()}, {SecretKind::SubscriptionKey, m_sandbox.gatewayKey()}}));
        QSignalSpy loaded(page(), &RrsPage::schemaLoaded);
        page()->reloadDescription();
        QVERIFY2(loaded.wait(15000) && loaded.first().first().toBool(), qPrintable(page()->message()));
        fillGrid({QStringLiteral("one two three")});
        // Two calls a two-second window, and the description took one: the second send waits.
        for (int i = 0; i < 2; ++i) {
            QVERIFY2(sendAndWait(true), qPrintable(page()->response()->errorText()));
            QCOMPARE(page()->response()->outputModel(0)->columnCount(), 1 + 16);
            QVERIFY(page()->response()->statusText().contains(QLatin1String("deployment <b>green</b>")));
        }
    }

    void errorsAreWordedAndNothingIsLost()
    {
        QVERIFY(selectAndDescribe(saveWorkspace(endpoint(QStringLiteral("Purple"), m_sandbox.scoreUrl(), QStringLiteral("purple")),
                                                {{SecretKind::ApiKey, m_sandbox.apiKey()}})));
        fillGrid({QStringLiteral("kept")});
        QVERIFY(sendAndWait(false));
        QVERIFY2(page()->response()->errorText().contains(QLatin1String("no deployment named \"purple\"")), qPrintable(page()->response()->errorText()));
        QCOMPARE(page()->inputModel(0)->index(0, 0).data().toString(), QStringLiteral("kept"));
    }

    void rawJsonBodyForCustomScripts()
    {
        QVERIFY(selectAndDescribe(saveWorkspace(endpoint(QStringLiteral("Endpoint"), m_sandbox.scoreUrl()), {{SecretKind::ApiKey, m_sandbox.apiKey()}})));
        page()->setRawBodyMode(true);
        // It starts from what the grid would send, formatted.
        QVERIFY(page()->rawBody()->body().contains("\"input_data\": {"));
        QVERIFY(page()->rawBody()->problem().isEmpty());

        page()->rawBody()->setBody(R"({"input_data": {"columns": ["Col2"], "index": [0], "data": [["a b", )");
        page()->send();
        QVERIFY(!page()->isBusy()); // nothing was sent
        QVERIFY2(page()->message().startsWith(QLatin1String("Not sent: Not valid JSON at line 1")), qPrintable(page()->message()));

        page()->rawBody()->setBody(R"({"input_data":{"columns":["Col2"],"index":[0],"data":[["a b"]]}})");
        QVERIFY(page()->rawBody()->format());
        QVERIFY(page()->rawBody()->body().startsWith("{\n  \"input_data\": {\n    \"columns\": [\n      \"Col2\"\n    ],"));
        saveScreenshot(m_window.get(), QStringLiteral("online-raw-body.png"));
        QVERIFY(sendAndWait(true));
        QCOMPARE(page()->response()->outputModel(0)->rowCount(), 1);
        page()->setRawBodyMode(false);
        QVERIFY(page()->grid(0)->isVisible());
    }

    void aTokenAboutToRunOutIsWarnedAbout()
    {
        Workspace workspace = endpoint(QStringLiteral("Token"), m_sandbox.scoreUrl());
        workspace.keyIsToken = true;
        workspace.tokenExpiresAt = QDateTime::currentDateTimeUtc().addSecs(10 * 60);
        QVERIFY(selectAndDescribe(saveWorkspace(workspace, {{SecretKind::ApiKey, m_sandbox.apiKey()}})));
        QVERIFY2(page()->message().contains(QLatin1String("expires in 10 minute")), qPrintable(page()->message()));
    }

    void fileMenuExportsTheApiDefinitionTwiceIntoTheSameFile()
    {
        QVERIFY(selectAndDescribe(saveWorkspace(endpoint(QStringLiteral("Endpoint"), m_sandbox.scoreUrl(), QStringLiteral("green")),
                                                {{SecretKind::ApiKey, m_sandbox.apiKey()}})));
        ScriptedPrompter prompter;
        m_context->setPrompter(&prompter);
        const QString path = m_files->filePath(QStringLiteral("endpoint.openapi.json"));
        QAction *action = nullptr;
        for (QAction *candidate : m_window->menuBar()->actions().first()->menu()->actions()) {
            if (candidate->text().startsWith(QLatin1String("Export &API")))
                action = candidate;
        }
        QVERIFY(action);
        for (int i = 0; i < 2; ++i) {
            prompter.answer({path});
            QSignalSpy exported(m_window.get(), &MainWindow::apiDefinitionExported);
            action->trigger();
            QVERIFY(exported.count() == 1 || exported.wait(10000));
            QVERIFY(exported.first().first().toBool());
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const QJsonObject document = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(document.value(QStringLiteral("openapi")).toString(), QStringLiteral("3.0.1"));
        QVERIFY(document.value(QStringLiteral("paths")).toObject().contains(QStringLiteral("/score")));
        QVERIFY(bytes.contains("\"default\": \"green\""));
        QVERIFY(!bytes.contains(m_sandbox.apiKey().toUtf8())); // keys never go into the document
        QCOMPARE(prompter.unexpected(), 0);
        m_context->setPrompter(nullptr);
    }

    void dialogRecognisesEndpointsAndTokens()
    {
        WorkspaceDialog dialog(m_context->workspaces(), nullptr, m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("urlEdit"));
        auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("kindCombo"));
        auto *deployment = dialog.findChild<QLineEdit *>(QStringLiteral("deploymentEdit"));
        QCOMPARE(kind->currentIndex(), 0);
        QVERIFY(!deployment->isVisible());
        QTest::keyClicks(url, m_sandbox.scoreUrl().toString());
        QCOMPARE(kind->currentIndex(), 1);
        QVERIFY(deployment->isVisible());
        QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("versionEdit"))->isVisible());

        dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("From the dialog"));
        QTest::keyClicks(deployment, QStringLiteral("green"));
        // A pasted aml_token says when it runs out.
        const QByteArray payload = QByteArray(R"({"exp":4102444800})").toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        const QString token = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.") + QString::fromLatin1(payload) + QStringLiteral(".c2ln");
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("apiKeyEdit")), token);
        QVERIFY(dialog.findChild<QCheckBox *>(QStringLiteral("tokenCheck"))->isChecked());
        QCOMPARE(dialog.findChild<QDateTimeEdit *>(QStringLiteral("tokenExpiryEdit"))->dateTime().toUTC(),
                 QDateTime::fromSecsSinceEpoch(4102444800LL, QTimeZone::utc()));
        saveScreenshot(&dialog, QStringLiteral("online-workspace-dialog.png"));

        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save), Qt::LeftButton);
        QVERIFY(accepted.wait(5000));
        const Workspace saved = dialog.savedWorkspace();
        QVERIFY(saved.isOnlineEndpoint());
        QCOMPARE(saved.deployment, QStringLiteral("green"));
        QVERIFY(saved.keyIsToken);
        QCOMPARE(saved.tokenExpiresAt, QDateTime::fromSecsSinceEpoch(4102444800LL, QTimeZone::utc()));

        // Changed by hand, the kind stays what the user said whatever the URL.
        WorkspaceDialog edit(m_context->workspaces(), &saved, m_window.get());
        edit.show();
        auto *editKind = edit.findChild<QComboBox *>(QStringLiteral("kindCombo"));
        QCOMPARE(editKind->currentIndex(), 1);
        editKind->setCurrentIndex(0);
        Q_EMIT editKind->activated(0);
        QTest::keyClick(edit.findChild<QLineEdit *>(QStringLiteral("urlEdit")), Qt::Key_Slash);
        QCOMPARE(editKind->currentIndex(), 0);
    }
};

QTEST_MAIN(TestOnlinePage)
#include "tst_onlinepage.moc"
