#include "sandboxprocess.h"

#include "appcontext.h"
#include "batch/batchpage.h"
#include "batch/joblistmodel.h"
#include "mainwindow.h"

#include "core/workspace/memorysecretstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ScoreDesk;
using namespace ScoreDesk::App;

// The Batch Jobs page against the sandbox's batch service and the blob emulator from the test
// harness: submit from the form, watch the states, get the output, come back after a restart.
class TestBatchPage : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox{{QStringLiteral("--job-delay-ms"), QStringLiteral("1500")}};
    QTemporaryDir m_dir;
    MemorySecretStore m_secrets;

    std::unique_ptr<AppContext> makeContext()
    {
        return std::make_unique<AppContext>(m_dir.filePath(QStringLiteral("workspaces.json")), &m_secrets, m_dir.filePath(QStringLiteral("history.sqlite")),
                                            m_dir.filePath(QStringLiteral("jobs.sqlite")));
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write a test file");
        return file.fileName();
    }

    // Submits through the form and collects the states the monitor shows until the job ends.
    QStringList submitAndWatch(MainWindow *window, const QString &input, const QString &outputDir, QString *notification)
    {
        BatchPage *page = window->batchPage();
        page->inputEdit()->setText(input);
        page->outputEdit()->setText(outputDir);
        page->startNowCheck()->setChecked(true);
        QStringList states;
        QString jobId;
        auto record = [&] {
            const int row = page->jobs()->rowOf(jobId);
            const QString state = row < 0 ? QString() : page->jobs()->index(row, JobListModel::StateColumn).data().toString();
            if (!state.isEmpty() && (states.isEmpty() || states.last() != state))
                states.append(state);
        };
        connect(page, &BatchPage::submitted, this, [&](const QString &id) {
            jobId = id;
            record();
        });
        connect(page->jobs(), &QAbstractItemModel::dataChanged, this, record);
        QSignalSpy notified(page, &BatchPage::notified);
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("batchSubmit")), Qt::LeftButton);
        if (!notified.wait(60000))
            return {QStringLiteral("no notification: ") + page->message()};
        *notification = notified.first().first().toString();
        record();
        disconnect(page, nullptr, this, nullptr);
        disconnect(page->jobs(), nullptr, this, nullptr);
        return states;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString endpoint = qEnvironmentVariable("SCOREDESK_TEST_BLOB_ENDPOINT");
        if (endpoint.isEmpty())
            QFAIL("SCOREDESK_TEST_BLOB_ENDPOINT is not set: run the tests through scripts/test.sh, which starts Azurite");
        QString error;
        QVERIFY2(m_sandbox.start(&error), qPrintable(error));
        auto context = makeContext();
        Workspace workspace;
        workspace.name = QStringLiteral("Sandbox");
        workspace.apiLocation = m_sandbox.url().toString();
        workspace.defaultContainer = QStringLiteral("gui-batch");
        bool saved = false;
        const QString storage = QStringLiteral("DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"
                                               "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=")
            + endpoint;
        context->workspaces()->save(workspace, {{SecretKind::ApiKey, m_sandbox.apiKey()}, {SecretKind::StorageConnectionString, storage}},
                                    [&](const WorkspaceOutcome &outcome) { saved = outcome.ok(); });
        QTRY_VERIFY(saved);
    }

    void submitWatchDownloadRestart()
    {
        const QString input = writeFile(QStringLiteral("in.csv"), "Col1,Col2\n1,This is a good day\n2,another day\n");
        const QString outputDir = m_dir.filePath(QStringLiteral("outputs"));
        QString jobId;
        {
            auto context = makeContext();
            MainWindow window(context.get());
            window.resize(1280, 800);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.showPage(MainWindow::Page::BatchJobs);
            QCOMPARE(window.batchPage()->findChild<QLineEdit *>(QStringLiteral("batchContainer"))->text(), QStringLiteral("gui-batch"));
            // The parameters come from the service's description, as on the request page.
            QTRY_VERIFY(window.batchPage()->findChild<QLineEdit *>(QStringLiteral("parameter:Hashing bitsize")));
            QString notification;
            const QStringList states = submitAndWatch(&window, input, outputDir, &notification);
            QCOMPARE(states, (QStringList{QStringLiteral("NotStarted"), QStringLiteral("Running"), QStringLiteral("Finished")}));
            QVERIFY2(notification.contains(QLatin1String("finished")), qPrintable(notification));
            QFile output(outputDir + QStringLiteral("/output1.csv"));
            QVERIFY(output.open(QIODevice::ReadOnly));
            QVERIFY(output.readAll().contains("1,This is a good day,1,1,2,2,0,2,0,1"));
            BatchPage *page = window.batchPage();
            page->monitor()->setCurrentIndex(page->monitor()->model()->index(0, 0));
            jobId = page->selectedJobId();
            QVERIFY(page->detailText().contains(QLatin1String("Downloaded output1")));
            QVERIFY(page->detailText().contains(QLatin1String("sig=***")));
            QVERIFY(!page->detailText().contains(QRegularExpression(QStringLiteral("sig=[^*]"))));
            const QString out = qEnvironmentVariable("SCOREDESK_SCREENSHOT_DIR");
            if (!out.isEmpty()) {
                QTest::qWait(50);
                window.grab().save(out + QStringLiteral("/batch.png"));
            }
        }
        // A new start of the app: the job is still listed, finished, with its output.
        auto context = makeContext();
        MainWindow window(context.get());
        QCOMPARE(window.batchPage()->jobs()->rowCount(), 1);
        const int row = window.batchPage()->jobs()->rowOf(jobId);
        QCOMPARE(window.batchPage()->jobs()->index(row, JobListModel::StateColumn).data().toString(), QStringLiteral("Finished"));
        QVERIFY(window.batchPage()->jobs()->index(row, JobListModel::OutputsColumn).data().toString().contains(QLatin1String("output1")));
    }

    void existingBlobAndOwnOutputLocation()
    {
        auto context = makeContext();
        QString existing;
        for (const JobRecord &record : context->jobs()->all()) {
            if (record.state == BesJobState::Finished)
                existing = record.inputBlob; // uploaded by the first test
        }
        QVERIFY(!existing.isEmpty());
        MainWindow window(context.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        BatchPage *page = window.batchPage();
        page->existingBlobEdit()->setText(existing);
        page->outputBlobEdit()->setText(QStringLiteral("gui-batch/chosen/place.csv"));
        QString notification;
        const QStringList states = submitAndWatch(&window, QString(), m_dir.filePath(QStringLiteral("existing-out")), &notification);
        QCOMPARE(states.last(), QStringLiteral("Finished"));
        QFile output(m_dir.filePath(QStringLiteral("existing-out/output1.csv")));
        QVERIFY(output.open(QIODevice::ReadOnly));
        QVERIFY(output.readAll().contains("This is a good day,1,1,2,2,0,2,0,1"));
        page->monitor()->setCurrentIndex(page->monitor()->model()->index(0, 0));
        QVERIFY2(page->detailText().contains(QLatin1String("chosen/place.csv")), qPrintable(page->detailText()));
    }

    void failedJobSaysWhy()
    {
        auto context = makeContext();
        MainWindow window(context.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString notification;
        const QStringList states = submitAndWatch(&window, writeFile(QStringLiteral("bad.csv"), "Text\nx\n"), m_dir.filePath(QStringLiteral("bad-out")), &notification);
        QCOMPARE(states.last(), QStringLiteral("Failed"));
        QVERIFY2(notification.contains(QLatin1String("Column 'Col2' is required")), qPrintable(notification));
        BatchPage *page = window.batchPage();
        page->monitor()->setCurrentIndex(page->monitor()->model()->index(page->jobs()->rowOf(page->jobs()->index(0, 0).data(JobListModel::JobIdRole).toString()), 0));
        QVERIFY(page->detailText().contains(QLatin1String("Why it failed")));
    }
};

QTEST_MAIN(TestBatchPage)
#include "tst_batchpage.moc"
