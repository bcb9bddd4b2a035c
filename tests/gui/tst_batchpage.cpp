#include "sandboxprocess.h"
#include "scriptedprompter.h"
#include "synchttp.h"

#include "appcontext.h"
#include "batch/batchjobform.h"
#include "batch/batchpage.h"
#include "batch/outputviewer.h"
#include <QAction>
#include "rrs/resulttablemodel.h"
#include "batch/joblistmodel.h"
#include "mainwindow.h"
#include "messagebar.h"

#include "core/http/httpclient.h"
#include "core/storage/blobupload.h"
#include "core/workspace/memorysecretstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ScoreDesk;
using namespace ScoreDesk::App;

// The Batch Jobs page against real sandboxes' batch services and the blob emulator from the
// test harness: submit from the form, watch the states, get the outputs, come back after a
// restart; and the ways users multiply it: two workspaces, two jobs into one folder, a list
// sorted another way, a rate-limited gateway. Each test builds its own desk in its own folder.
class TestBatchPage : public QObject
{
    Q_OBJECT

    SandboxProcess m_serviceA{{QStringLiteral("--job-delay-ms"), QStringLiteral("1500")}};
    SandboxProcess m_serviceB{{QStringLiteral("--job-delay-ms"), QStringLiteral("1500")}};
    QTemporaryDir m_dir;
    MemorySecretStore m_secrets;
    QString m_storage;

    // One start of the app: its files, its window, and a prompter that answers from the test.
    struct Desk
    {
        ScriptedPrompter prompter;
        std::unique_ptr<AppContext> context;
        std::unique_ptr<MainWindow> window;
        BatchPage *page() const { return window->batchPage(); }
    };

    std::unique_ptr<Desk> openDesk(const QString &folder)
    {
        auto desk = std::make_unique<Desk>();
        desk->context = std::make_unique<AppContext>(AppFiles::in(m_dir.filePath(folder)), &m_secrets);
        desk->context->setPrompter(&desk->prompter);
        desk->window = std::make_unique<MainWindow>(desk->context.get());
        desk->window->resize(1280, 800);
        desk->window->show();
        if (!QTest::qWaitForWindowExposed(desk->window.get()))
            qFatal("the window did not show");
        desk->window->showPage(MainWindow::Page::BatchJobs);
        return desk;
    }

    // Saves a workspace (its keys in the session store) and returns it.
    Workspace addWorkspace(AppContext *context, const QString &name, const QUrl &url, const QString &apiKey, const QString &gatewayKey = {})
    {
        Workspace workspace;
        workspace.name = name;
        workspace.apiLocation = url.toString();
        workspace.defaultContainer = QStringLiteral("gui-batch");
        workspace.needsSubscriptionKey = !gatewayKey.isEmpty();
        QMap<SecretKind, QString> secrets{{SecretKind::ApiKey, apiKey}, {SecretKind::StorageConnectionString, m_storage}};
        if (!gatewayKey.isEmpty())
            secrets.insert(SecretKind::SubscriptionKey, gatewayKey);
        bool saved = false;
        context->workspaces()->save(workspace, secrets, this, [&](const WorkspaceOutcome &outcome) { saved = outcome.ok(); });
        if (!QTest::qWaitFor([&] { return saved; }, 10000))
            qFatal("the workspace was not saved");
        return *context->workspaces()->store()->findByName(name);
    }

    static void choose(Desk *desk, const QString &workspaceName)
    {
        auto *selector = desk->window->findChild<QComboBox *>(QStringLiteral("workspaceSelector"));
        selector->setCurrentIndex(selector->findText(workspaceName));
        QCOMPARE(selector->currentText(), workspaceName);
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write a test file");
        return file.fileName();
    }

    QString guideInput()
    {
        return writeFile(QStringLiteral("in.csv"), "Col1,Col2\n1,This is a good day\n2,another day\n");
    }

    // Fills the form, presses Upload and Submit, and returns the new job's id once the
    // submission has ended (started too, when asked).
    static QString submit(Desk *desk, const QString &input, const QString &outputFolder, bool startNow)
    {
        BatchPage *page = desk->page();
        page->inputEdit()->setText(input);
        page->outputEdit()->setText(outputFolder);
        page->startNowCheck()->setChecked(startNow);
        QSignalSpy submitted(page, &BatchPage::submitted);
        QTest::mouseClick(page->form()->submitButton(), Qt::LeftButton);
        if (!submitted.wait(30000))
            return QString();
        // The form is usable again once the submission (and the start) has ended.
        if (!QTest::qWaitFor([page] { return page->form()->submitButton()->isEnabled(); }, 60000))
            return QString();
        return submitted.first().first().toString();
    }

    static std::optional<JobRecord> record(Desk *desk, const QString &jobId) { return desk->context->jobs()->job(jobId); }

    static bool waitForState(Desk *desk, const QString &jobId, BesJobState state, int timeoutMs = 60000)
    {
        return QTest::qWaitFor([&] { return record(desk, jobId) && record(desk, jobId)->state == state; }, timeoutMs);
    }

    static bool waitForDownload(Desk *desk, const QString &jobId)
    {
        return QTest::qWaitFor([&] { return record(desk, jobId) && !record(desk, jobId)->downloads.isEmpty(); }, 60000);
    }

    static QByteArray readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // The sandbox's log lines about one job.
    static QList<QByteArray> jobLines(SandboxProcess *service, const QString &jobId)
    {
        QList<QByteArray> lines;
        for (const QByteArray &line : service->standardError().split('\n')) {
            if (line.contains(QByteArray(QByteArray("/jobs/") + jobId.toUtf8())))
                lines.append(line);
        }
        return lines;
    }

    static bool anyContains(const QList<QByteArray> &lines, const QByteArray &needle)
    {
        return std::any_of(lines.cbegin(), lines.cend(), [&](const QByteArray &line) { return line.contains(needle); });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString endpoint = qEnvironmentVariable("SCOREDESK_TEST_BLOB_ENDPOINT");
        if (endpoint.isEmpty())
            QFAIL("SCOREDESK_TEST_BLOB_ENDPOINT is not set: run the tests through scripts/test.sh, which starts Azurite");
        m_storage = QStringLiteral("DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"
                                   "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=")
            + endpoint;
        QString error;
        QVERIFY2(m_serviceA.start(&error), qPrintable(error));
        QVERIFY2(m_serviceB.start(&error), qPrintable(error));
    }

    void submitWatchDownloadRestart()
    {
        const QString outputFolder = m_dir.filePath(QStringLiteral("outputs"));
        QString jobId;
        QString outputFile;
        {
            auto desk = openDesk(QStringLiteral("restart"));
            addWorkspace(desk->context.get(), QStringLiteral("Sandbox"), m_serviceA.url(), m_serviceA.apiKey());
            choose(desk.get(), QStringLiteral("Sandbox"));
            BatchPage *page = desk->page();
            QCOMPARE(page->form()->containerEdit()->text(), QStringLiteral("gui-batch"));
            // The parameters come from the service's description, as on the request page.
            QTRY_VERIFY(page->findChild<QLineEdit *>(QStringLiteral("parameter:Hashing bitsize")));
            QStringList states;
            connect(page->jobs(), &QAbstractItemModel::dataChanged, this, [&] {
                const int row = page->jobs()->rowOf(jobId);
                const QString state = row < 0 ? QString() : page->jobs()->index(row, JobListModel::StateColumn).data().toString();
                if (!state.isEmpty() && (states.isEmpty() || states.last() != state))
                    states.append(state);
            });
            QSignalSpy notified(page, &BatchPage::notified);
            jobId = submit(desk.get(), guideInput(), outputFolder, true);
            QVERIFY2(!jobId.isEmpty(), qPrintable(page->message()));
            QVERIFY(notified.wait(60000));
            QVERIFY2(notified.first().first().toString().contains(QLatin1String("finished")), qPrintable(notified.first().first().toString()));
            QCOMPARE(states.last(), QStringLiteral("Finished"));
            QVERIFY(states.contains(QStringLiteral("Running")));
            disconnect(page->jobs(), nullptr, this, nullptr);

            // The output is in a folder of the job's own, named after workspace, time and job.
            outputFile = record(desk.get(), jobId)->downloads.value(QStringLiteral("output1")).toString();
            const QFileInfo output(outputFile);
            QCOMPARE(output.dir().dirName(), QFileInfo(record(desk.get(), jobId)->outputDir).fileName());
            QVERIFY2(output.dir().dirName().startsWith(QLatin1String("Sandbox ")), qPrintable(outputFile));
            QVERIFY(output.dir().dirName().endsWith(jobId.left(8)));
            QCOMPARE(QFileInfo(output.dir().path()).dir().path(), outputFolder);
            QVERIFY(readFile(outputFile).contains("1,This is a good day,1,1,2,2,0,2,0,1"));
            page->selectJob(jobId);
            QVERIFY(page->detailText().contains(QLatin1String("Downloaded output1: ") + outputFile));
            QVERIFY(page->detailText().contains(QLatin1String("sig=***")));
            QVERIFY(!page->detailText().contains(QRegularExpression(QStringLiteral("sig=[^*]"))));
            // A finished job: the summary says so in words; Start and Cancel say why they cannot act.
            QVERIFY2(page->detailText().startsWith(QStringLiteral("Finished · Sandbox")), qPrintable(page->detailText().left(200)));
            auto *startAction = page->findChild<QAction *>(QStringLiteral("startJobAction"));
            auto *cancelAction = page->findChild<QAction *>(QStringLiteral("cancelJobAction"));
            QVERIFY(!startAction->isEnabled());
            QVERIFY2(startAction->toolTip().contains(QLatin1String("only a job not started")), qPrintable(startAction->toolTip()));
            QVERIFY(!cancelAction->isEnabled());
            QVERIFY(cancelAction->toolTip().contains(QLatin1String("nothing to cancel")));
            // Its output opens in a results grid of its own.
            QSignalSpy opened(page, &BatchPage::outputOpened);
            page->openSelectedOutput();
            QVERIFY(opened.wait(10000));
            QVERIFY(opened.first().first().toBool());
            auto *viewer = page->findChild<OutputViewer *>();
            QVERIFY(viewer && viewer->isVisible());
            // The same rows as the file: the guide's row among them.
            QCOMPARE(viewer->model()->rowCount(), int(readFile(outputFile).trimmed().count('\n')));
            QVERIFY(!viewer->model()->match(viewer->model()->index(0, 1), Qt::DisplayRole, QStringLiteral("This is a good day")).isEmpty());
            viewer->close();
            const QString out = qEnvironmentVariable("SCOREDESK_SCREENSHOT_DIR");
            if (!out.isEmpty()) {
                QTest::qWait(50);
                desk->window->grab().save(out + QStringLiteral("/batch.png"));
            }
        }
        // A new start of the app: the job is still listed, finished, with its output.
        auto desk = openDesk(QStringLiteral("restart"));
        QCOMPARE(desk->page()->jobs()->rowCount(), 1);
        const int row = desk->page()->jobs()->rowOf(jobId);
        QCOMPARE(desk->page()->jobs()->index(row, JobListModel::StateColumn).data().toString(), QStringLiteral("Finished"));
        QVERIFY(desk->page()->jobs()->index(row, JobListModel::OutputsColumn).data().toString().contains(QLatin1String("output1")));

        // Download Outputs again: the file is there, so the user is asked before it is replaced.
        desk->page()->selectJob(jobId);
        desk->prompter.answer({false});
        desk->page()->downloadSelected();
        QCOMPARE(desk->prompter.asked().size(), 1);
        QVERIFY(desk->prompter.asked().first().contains(outputFile));
        QVERIFY(!desk->context->poller()->isTracking(jobId)); // said no: nothing happens
        desk->prompter.answer({true});
        const QDateTime before = QFileInfo(outputFile).lastModified();
        QTest::qWait(20); // a replaced file gets a later time stamp
        desk->page()->downloadSelected();
        QVERIFY(waitForDownload(desk.get(), jobId));
        QVERIFY(QFileInfo(outputFile).lastModified() > before);
        QCOMPARE(desk->prompter.unexpected(), 0);
    }

    void existingBlobAndOwnOutputLocation()
    {
        // The input is already in storage: put it there the way any tool would.
        const QString input = guideInput();
        QNetworkAccessManager network;
        HttpClient client(&network);
        BlobUpload upload(&client, StorageAccount::fromConnectionString(m_storage), QStringLiteral("gui-batch"), QStringLiteral("given/input.csv"), input);
        QSignalSpy uploaded(&upload, &BlobUpload::finished);
        upload.start();
        QVERIFY(uploaded.wait(20000));
        QVERIFY2(upload.succeeded(), qPrintable(upload.error().toOneLine()));

        auto desk = openDesk(QStringLiteral("existing"));
        addWorkspace(desk->context.get(), QStringLiteral("Sandbox"), m_serviceA.url(), m_serviceA.apiKey());
        choose(desk.get(), QStringLiteral("Sandbox"));
        desk->page()->existingBlobEdit()->setText(QStringLiteral("gui-batch/given/input.csv"));
        desk->page()->outputBlobEdit()->setText(QStringLiteral("gui-batch/chosen/place.csv"));
        const QString jobId = submit(desk.get(), QString(), m_dir.filePath(QStringLiteral("existing-out")), true);
        QVERIFY2(!jobId.isEmpty(), qPrintable(desk->page()->message()));
        QVERIFY(waitForDownload(desk.get(), jobId));
        QVERIFY(readFile(record(desk.get(), jobId)->downloads.value(QStringLiteral("output1")).toString()).contains("This is a good day,1,1,2,2,0,2,0,1"));
        desk->page()->selectJob(jobId);
        QVERIFY2(desk->page()->detailText().contains(QLatin1String("chosen/place.csv")), qPrintable(desk->page()->detailText()));
        QCOMPARE(record(desk.get(), jobId)->inputBlob, QStringLiteral("gui-batch/given/input.csv"));
    }

    void failedJobSaysWhy()
    {
        auto desk = openDesk(QStringLiteral("failed"));
        addWorkspace(desk->context.get(), QStringLiteral("Sandbox"), m_serviceA.url(), m_serviceA.apiKey());
        choose(desk.get(), QStringLiteral("Sandbox"));
        QTRY_VERIFY(desk->page()->findChild<QLineEdit *>(QStringLiteral("parameter:Hashing bitsize"))); // the description is here
        // A file without the column the description requires is refused before any upload.
        const QString noColumn = writeFile(QStringLiteral("no-col2.csv"), "Text\nx\n");
        desk->page()->inputEdit()->setText(noColumn);
        desk->page()->outputEdit()->setText(m_dir.filePath(QStringLiteral("bad-out")));
        desk->page()->submit();
        QVERIFY2(desk->page()->message().contains(QLatin1String("Not submitted: no-col2.csv has no column Col2, which the service requires (its columns: Text)")),
                 qPrintable(desk->page()->message()));
        QCOMPARE(desk->page()->jobs()->rowCount(), 0);
        // A header the description accepts, a row the service cannot read: the job fails there.
        QSignalSpy notified(desk->page(), &BatchPage::notified);
        const QString jobId = submit(desk.get(), writeFile(QStringLiteral("bad.csv"), "Col2\na,b\n"), m_dir.filePath(QStringLiteral("bad-out")), true);
        QVERIFY(!jobId.isEmpty());
        QVERIFY(notified.wait(60000));
        QVERIFY2(notified.first().first().toString().contains(QLatin1String("Input line 2 has 2 fields but the header has 1")), qPrintable(notified.first().first().toString()));
        QCOMPARE(record(desk.get(), jobId)->state, BesJobState::Failed);
        desk->page()->selectJob(jobId);
        QVERIFY(desk->page()->detailText().contains(QLatin1String("Why it failed")));
        QCOMPARE(desk->page()->messageBar()->kind(), MessageBar::Kind::Error);
    }

    // Start and Cancel act on the selected job with its own workspace's keys, whichever
    // workspace is chosen in the toolbar: B's keys never travel to A's service.
    void keysStayWithTheirJobsWorkspace()
    {
        SandboxProcess serviceA({QStringLiteral("--job-delay-ms"), QStringLiteral("20000")});
        QString error;
        QVERIFY2(serviceA.start(&error), qPrintable(error));
        auto desk = openDesk(QStringLiteral("two-workspaces"));
        addWorkspace(desk->context.get(), QStringLiteral("A"), serviceA.url(), serviceA.apiKey());
        addWorkspace(desk->context.get(), QStringLiteral("B"), m_serviceB.url(), m_serviceB.apiKey());
        choose(desk.get(), QStringLiteral("A"));
        const QString jobId = submit(desk.get(), guideInput(), m_dir.filePath(QStringLiteral("two-out")), false);
        QVERIFY2(!jobId.isEmpty(), qPrintable(desk->page()->message()));
        QCOMPARE(record(desk.get(), jobId)->state, BesJobState::NotStarted);

        choose(desk.get(), QStringLiteral("B"));
        desk->page()->selectJob(jobId);
        QSignalSpy acted(desk->page(), &BatchPage::actionFinished);
        desk->page()->startSelected();
        QVERIFY(acted.wait(20000));
        QVERIFY2(acted.first().first().toBool(), qPrintable(desk->page()->message()));
        QVERIFY(waitForState(desk.get(), jobId, BesJobState::Running));

        desk->page()->selectJob(jobId);
        desk->page()->cancelSelected();
        QVERIFY(acted.wait(20000));
        QVERIFY2(acted.last().first().toBool(), qPrintable(desk->page()->message()));
        QVERIFY(waitForState(desk.get(), jobId, BesJobState::Cancelled));
        QTRY_VERIFY(desk->page()->message().contains(QLatin1String("cancelled, as you asked")));
        desk->page()->selectJob(jobId);
        QVERIFY(desk->page()->detailText().contains(QLatin1String("Cancelled by you")));
        QVERIFY(!desk->page()->detailText().contains(QLatin1String("Why it failed")));

        // A's service saw the start and the cancel, each with A's key; B's service saw nothing
        // of the job, and B's key never reached A.
        const QList<QByteArray> lines = jobLines(&serviceA, jobId);
        const auto carriesKeyA = [&](const QByteArray &prefix) {
            return std::any_of(lines.cbegin(), lines.cend(), [&](const QByteArray &line) {
                return line.contains(prefix) && line.contains(SandboxProcess::keyFingerprint(serviceA.apiKey()));
            });
        };
        QVERIFY2(carriesKeyA("POST /workspaces/sandbox/services/"), serviceA.standardError().constData());
        QVERIFY(carriesKeyA("DELETE /workspaces/sandbox/services/"));
        QVERIFY(!serviceA.standardError().contains(SandboxProcess::keyFingerprint(m_serviceB.apiKey())));
        QVERIFY(jobLines(&m_serviceB, jobId).isEmpty());
        QVERIFY(!m_serviceB.standardError().contains("/jobs"));
    }

    // Two jobs with the default "Download to" folder: two folders, two files, both listed.
    void twoJobsIntoTheDefaultFolderKeepBoth()
    {
        auto desk = openDesk(QStringLiteral("same-folder"));
        addWorkspace(desk->context.get(), QStringLiteral("Sandbox"), m_serviceA.url(), m_serviceA.apiKey());
        choose(desk.get(), QStringLiteral("Sandbox"));
        const QString folder = desk->page()->outputEdit()->text(); // the default, under the test's documents
        const QString first = submit(desk.get(), writeFile(QStringLiteral("first.csv"), "Col1,Col2\n1,first day\n"), folder, true);
        const QString second = submit(desk.get(), writeFile(QStringLiteral("second.csv"), "Col1,Col2\n2,second night\n"), folder, true);
        QVERIFY(!first.isEmpty() && !second.isEmpty() && first != second);
        QVERIFY(waitForDownload(desk.get(), first));
        QVERIFY(waitForDownload(desk.get(), second));
        const QString firstFile = record(desk.get(), first)->downloads.value(QStringLiteral("output1")).toString();
        const QString secondFile = record(desk.get(), second)->downloads.value(QStringLiteral("output1")).toString();
        QVERIFY(firstFile != secondFile);
        QVERIFY(readFile(firstFile).contains("first day"));
        QVERIFY(readFile(secondFile).contains("second night"));
        QVERIFY(!readFile(firstFile).contains("second night"));
        desk->page()->selectJob(first);
        QVERIFY(desk->page()->detailText().contains(QLatin1String("Downloaded output1: ") + firstFile));
        desk->page()->selectJob(second);
        QVERIFY(desk->page()->detailText().contains(QLatin1String("Downloaded output1: ") + secondFile));
    }

    // "Start the job at once" starts the job just submitted, however the list is sorted.
    void startAtOnceStartsTheNewJobWhateverTheSort()
    {
        SandboxProcess service({QStringLiteral("--job-delay-ms"), QStringLiteral("200")});
        QString error;
        QVERIFY2(service.start(&error), qPrintable(error));
        auto desk = openDesk(QStringLiteral("sorted"));
        addWorkspace(desk->context.get(), QStringLiteral("Sorted"), service.url(), service.apiKey());
        choose(desk.get(), QStringLiteral("Sorted"));
        const QString input = guideInput();
        const QString waiting = submit(desk.get(), input, m_dir.filePath(QStringLiteral("sorted-out")), false);
        QVERIFY(!waiting.isEmpty());
        for (int column = 0; column < JobListModel::ColumnCount; ++column) {
            const Qt::SortOrder order = column % 2 ? Qt::DescendingOrder : Qt::AscendingOrder;
            desk->page()->monitor()->sortByColumn(column, order);
            desk->page()->selectJob(waiting); // the selection sits on another job, as a user's might
            const QString started = submit(desk.get(), input, m_dir.filePath(QStringLiteral("sorted-out")), true);
            QVERIFY2(!started.isEmpty(), qPrintable(desk->page()->message()));
            QCOMPARE(desk->page()->selectedJobId(), started);
            QVERIFY2(anyContains(jobLines(&service, started), "/start"), qPrintable(QStringLiteral("column %1").arg(column)));
        }
        QVERIFY(!anyContains(jobLines(&service, waiting), "/start"));
        QCOMPARE(record(desk.get(), waiting)->state, BesJobState::NotStarted);
        // The waiting job: its state in words, no clock running, Start and Cancel ready.
        const int row = desk->page()->jobs()->rowOf(waiting);
        QCOMPARE(desk->page()->jobs()->index(row, JobListModel::StateColumn).data().toString(), QStringLiteral("Not started"));
        QCOMPARE(desk->page()->jobs()->index(row, JobListModel::ElapsedColumn).data().toString(), QStringLiteral("waiting"));
        desk->page()->selectJob(waiting);
        QVERIFY(desk->page()->findChild<QAction *>(QStringLiteral("startJobAction"))->isEnabled());
        QVERIFY(desk->page()->findChild<QAction *>(QStringLiteral("cancelJobAction"))->isEnabled());
    }

    // Behind a gateway at its rate limit, a submit waits the 429 out with a countdown (as Send
    // does) and then goes through.
    void submitWaitsOutTheGatewayRateLimit()
    {
        SandboxProcess gateway({QStringLiteral("--rate-limit"), QStringLiteral("3/5"), QStringLiteral("--job-delay-ms"), QStringLiteral("200")});
        QString error;
        QVERIFY2(gateway.start(&error), qPrintable(error));
        auto desk = openDesk(QStringLiteral("gateway"));
        const Workspace workspace = addWorkspace(desk->context.get(), QStringLiteral("Gateway"), gateway.gatewayUrl(), gateway.apiKey(), gateway.gatewayKey());
        // Choosing a gateway workspace spends no call; the description is read once on request
        // (Reload Description), and the batch form takes its parameters from it.
        bool described = false;
        desk->context->describe(workspace, this, [&](const std::optional<ServiceSchema> &schema, const QString &) { described = schema.has_value(); }, true);
        QTRY_VERIFY(described); // one call spent on the description
        choose(desk.get(), QStringLiteral("Gateway"));
        QTRY_VERIFY(desk->page()->findChild<QLineEdit *>(QStringLiteral("parameter:Hashing bitsize")));
        // Spend the rest of the window, as other clients of the same subscription would.
        SyncHttp http;
        const HeaderList keys{{"Authorization", "Bearer " + gateway.apiKey().toUtf8()}, {"Ocp-Apim-Subscription-Key", gateway.gatewayKey().toUtf8()}};
        QUrl swagger = gateway.gatewayUrl();
        swagger.setPath(swagger.path() + QStringLiteral("/swagger.json"));
        while (http.get(swagger, keys).status != 429) {
        }
        bool sawCountdown = false;
        QTimer watch;
        connect(&watch, &QTimer::timeout, this, [&] {
            if (desk->page()->messageBar()->kind() == MessageBar::Kind::Waiting && desk->page()->message().contains(QLatin1String("Trying again in")))
                sawCountdown = true;
        });
        watch.start(20);
        const QString jobId = submit(desk.get(), guideInput(), m_dir.filePath(QStringLiteral("gateway-out")), true);
        watch.stop();
        QVERIFY2(!jobId.isEmpty(), qPrintable(desk->page()->message()));
        QVERIFY(sawCountdown);
        QVERIFY2(desk->page()->messageBar()->kind() == MessageBar::Kind::Success, qPrintable(desk->page()->message()));
        QVERIFY(gateway.standardError().contains(" 429 "));
        QVERIFY(waitForDownload(desk.get(), jobId));
    }
};

QTEST_MAIN(TestBatchPage)
#include "tst_batchpage.moc"
