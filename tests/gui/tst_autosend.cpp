#include "scriptedserver.h"

#include "appcontext.h"
#include "mainwindow.h"
#include "rrs/autosender.h"
#include "rrs/inputtablemodel.h"
#include "rrs/responsepanel.h"
#include "rrs/resulttablemodel.h"
#include "rrs/rrspage.h"

#include "core/http/scheduler.h"
#include "core/workspace/memorysecretstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace ScoreDesk;
using namespace ScoreDesk::App;

// Auto-send with a clock moved by hand: the debounce, the cancel of a stale call, the pause
// while a rate limit is waited out, and never a grid with invalid cells. First the rules alone,
// then the Request / Response page against a scripted endpoint over real sockets.
class TestAutoSend : public QObject
{
    Q_OBJECT

    ManualScheduler m_clock;
    MemorySecretStore m_secrets;
    std::unique_ptr<QTemporaryDir> m_files;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ScriptedServer> m_endpoint;
    // What the scripted endpoint does with the next /score calls: "ok", "hold", "429".
    QStringList m_script;
    QList<QPointer<QTcpSocket>> m_held;

    RrsPage *page() const { return m_window->rrsPage(); }

    int scoreCalls() const
    {
        int calls = 0;
        for (const ScriptedServer::Request &request : m_endpoint->requests())
            calls += request.path.endsWith("/score") ? 1 : 0;
        return calls;
    }

    void edit(const QString &text)
    {
        InputTableModel *model = page()->inputModel(0);
        QVERIFY(model->setData(model->index(0, 0), text));
    }

private Q_SLOTS:
    // --- the rules, with nothing but the clock ---

    void debounceSendsOnceAfterTheLastEdit()
    {
        ManualScheduler clock;
        AutoSender sender(&clock);
        QSignalSpy sends(&sender, &AutoSender::sendRequested);
        sender.edited();
        clock.advance(1000);
        QCOMPARE(sends.count(), 0); // off by default
        sender.setEnabled(true);    // on: the grid as it is gets sent
        clock.advance(600);
        QCOMPARE(sends.count(), 1);
        sender.callStarted();
        sender.callFinished();
        sender.edited();
        clock.advance(400);
        sender.edited(); // typing on: the wait starts again
        clock.advance(599);
        QCOMPARE(sends.count(), 1);
        clock.advance(1);
        QCOMPARE(sends.count(), 2);
        clock.advance(5000);
        QCOMPARE(sends.count(), 2);
    }

    void anEditCancelsTheCallInFlight()
    {
        ManualScheduler clock;
        AutoSender sender(&clock);
        sender.setEnabled(true);
        clock.advance(600);
        QSignalSpy sends(&sender, &AutoSender::sendRequested);
        QSignalSpy cancels(&sender, &AutoSender::cancelRequested);
        sender.callStarted();
        sender.edited();
        QCOMPARE(cancels.count(), 1);
        clock.advance(600);
        QCOMPARE(sends.count(), 0); // the cancelled call has not come back yet
        sender.callFinished();
        QCOMPARE(sends.count(), 0);
        clock.advance(600);
        QCOMPARE(sends.count(), 1);
    }

    void aRateLimitPausesInsteadOfCancelling()
    {
        ManualScheduler clock;
        AutoSender sender(&clock);
        sender.setEnabled(true);
        clock.advance(600);
        QSignalSpy sends(&sender, &AutoSender::sendRequested);
        QSignalSpy cancels(&sender, &AutoSender::cancelRequested);
        QSignalSpy pauses(&sender, &AutoSender::pauseChanged);
        sender.callStarted();
        sender.rateLimited(5000);
        QVERIFY(sender.isPaused());
        QCOMPARE(pauses.count(), 1);
        sender.edited();
        sender.edited();
        QCOMPARE(cancels.count(), 0); // the call waiting out the limit is left alone
        clock.advance(10000);
        QCOMPARE(sends.count(), 0);
        QVERIFY(sender.hasPendingEdit());
        sender.callFinished();
        QVERIFY(!sender.isPaused());
        QCOMPARE(pauses.count(), 2);
        QCOMPARE(pauses.last().first().toBool(), false);
        clock.advance(600);
        QCOMPARE(sends.count(), 1);
    }

    void switchedOffNothingIsSent()
    {
        ManualScheduler clock;
        AutoSender sender(&clock);
        QSignalSpy sends(&sender, &AutoSender::sendRequested);
        sender.setEnabled(true);
        sender.edited();
        sender.setEnabled(false);
        clock.advance(5000);
        QCOMPARE(sends.count(), 0);
    }

    // --- the page ---

    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_script.clear();
        m_held.clear();
        m_endpoint = std::make_unique<ScriptedServer>([this](const ScriptedServer::Request &request, QTcpSocket *socket) {
            if (!request.path.endsWith("/score"))
                return ScriptedServer::reply(socket, 404, "no swagger.json here");
            const QString what = m_script.isEmpty() ? QStringLiteral("ok") : m_script.takeFirst();
            if (what == QLatin1String("hold"))
                return m_held.append(socket); // answered never: the call stays in flight
            if (what == QLatin1String("429"))
                return ScriptedServer::reply(socket, 429, R"({"message": "Too many requests"})", {{"Retry-After", "5"}});
            ScriptedServer::reply(socket, 200, "[0.75]", {{"azureml-model-deployment", "blue"}});
        });
        QVERIFY(m_endpoint->listen());
        m_files = std::make_unique<QTemporaryDir>();
        m_context = std::make_unique<AppContext>(AppFiles::in(m_files->path()), &m_secrets);
        m_window = std::make_unique<MainWindow>(m_context.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->showPage(MainWindow::Page::RequestResponse);
        page()->setScheduler(&m_clock);

        Workspace workspace;
        workspace.name = QStringLiteral("Scripted endpoint");
        workspace.apiLocation = m_endpoint->url(QStringLiteral("/score")).toString();
        workspace.kind = ServiceKind::OnlineEndpoint;
        bool saved = false;
        m_context->workspaces()->save(workspace, {{SecretKind::ApiKey, QStringLiteral("k")}}, this, [&](const WorkspaceOutcome &) { saved = true; });
        QVERIFY(QTest::qWaitFor([&] { return saved; }, 5000));
        QSignalSpy described(page(), &RrsPage::schemaLoaded);
        auto *selector = m_window->findChild<QComboBox *>(QStringLiteral("workspaceSelector"));
        selector->setCurrentIndex(selector->findText(workspace.name));
        QVERIFY(described.wait(10000));
        // No description: a one-column grid of our own, its cell required.
        DataTable table({QStringLiteral("text")});
        table.appendRow({QStringLiteral("first")});
        page()->inputModel(0)->reset(table, {ColumnRules{true, {}}});
    }

    void cleanup()
    {
        m_window.reset();
        m_context.reset();
        m_files.reset();
        m_endpoint.reset();
    }

    void pageSendsOnlyAfterTheDebounce()
    {
        QSignalSpy finished(page(), &RrsPage::callFinished);
        page()->autoSendCheck()->setChecked(true);
        edit(QStringLiteral("second"));
        m_clock.advance(599);
        QTest::qWait(100);
        QCOMPARE(scoreCalls(), 0);
        m_clock.advance(1);
        QVERIFY(finished.wait(10000));
        QCOMPARE(scoreCalls(), 1);
        QCOMPARE(page()->response()->outputModel(0)->index(0, 1).data().toString(), QStringLiteral("0.75"));
        // Twice in a row: the next edit, the next call.
        edit(QStringLiteral("third"));
        m_clock.advance(600);
        QVERIFY(finished.wait(10000));
        QCOMPARE(scoreCalls(), 2);
        QVERIFY(m_endpoint->requests().last().body.contains("\"third\""));
    }

    void aGridWithInvalidCellsIsNotSent()
    {
        page()->autoSendCheck()->setChecked(true);
        edit(QString()); // required
        m_clock.advance(600);
        QTest::qWait(200);
        QCOMPARE(scoreCalls(), 0);
        QVERIFY2(page()->message().startsWith(QLatin1String("Auto-send waits until this is fixed: row 1: text is required")), qPrintable(page()->message()));
        QSignalSpy finished(page(), &RrsPage::callFinished);
        edit(QStringLiteral("fixed"));
        m_clock.advance(600);
        QVERIFY(finished.wait(10000));
        QCOMPARE(scoreCalls(), 1);
    }

    void anEditCancelsTheStaleCallOnThePage()
    {
        m_script = {QStringLiteral("hold")};
        QSignalSpy superseded(page(), &RrsPage::callSuperseded);
        QSignalSpy finished(page(), &RrsPage::callFinished);
        page()->autoSendCheck()->setChecked(true);
        m_clock.advance(600);
        QVERIFY(QTest::qWaitFor([this] { return scoreCalls() == 1; }, 10000));
        QVERIFY(page()->isBusy());
        edit(QStringLiteral("newer"));
        QVERIFY(superseded.count() == 1 || superseded.wait(10000));
        QCOMPARE(finished.count(), 0); // nothing shown of the stale call
        m_clock.advance(600);
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.first().first().toBool());
        QCOMPARE(scoreCalls(), 2);
        QVERIFY(m_endpoint->requests().last().body.contains("\"newer\""));
    }

    void aRateLimitPausesWithANotice()
    {
        m_script = {QStringLiteral("429")};
        QSignalSpy superseded(page(), &RrsPage::callSuperseded);
        QSignalSpy finished(page(), &RrsPage::callFinished);
        page()->autoSendCheck()->setChecked(true);
        m_clock.advance(600);
        QVERIFY(QTest::qWaitFor([this] { return page()->autoSender()->isPaused(); }, 10000));
        QVERIFY2(page()->message().contains(QLatin1String("Auto-send is paused while the rate limit is waited out (5 s)")), qPrintable(page()->message()));
        edit(QStringLiteral("typed while waiting"));
        m_clock.advance(600);
        QTest::qWait(100);
        QCOMPARE(superseded.count(), 0);
        QCOMPARE(scoreCalls(), 1);
        m_clock.advance(5000); // the Retry-After is over: the call goes again and succeeds
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.first().first().toBool());
        QVERIFY(!page()->autoSender()->isPaused());
        QVERIFY(!page()->message().contains(QLatin1String("paused")));
        m_clock.advance(600); // then the edit made meanwhile
        QVERIFY(finished.wait(10000));
        QCOMPARE(scoreCalls(), 3);
        QVERIFY(m_endpoint->requests().last().body.contains("typed while waiting"));
    }
};

QTEST_MAIN(TestAutoSend)
#include "tst_autosend.moc"
