#include "faultproxy.h"
#include "featurehashing.h"
#include "sandboxprocess.h"
#include "testdata.h"

#include "appcontext.h"

#include "core/jobs/jobstore.h"
#include "core/table/csvwriter.h"

#include <QBuffer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace ScoreDesk;
using namespace ScoreDesk::App;

// The app killed for real (SIGKILL) in the middle of its work, and started again: a batch
// job's input upload and its output download both go on from where they stopped, and the
// output is byte for byte what the experiment makes of the input. The app is the desk driver:
// ScoreDesk's own window and code in a process of its own, keys in the real keychain, the
// sandbox and Azurite for real, a proxy in between to slow the transfers down enough to kill
// them half-way.
class TestKilled : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox{{QStringLiteral("--job-delay-ms"), QStringLiteral("300")}};
    QTemporaryDir m_dir;

    struct Desk
    {
        QProcess process;
        ~Desk()
        {
            if (process.state() != QProcess::NotRunning) {
                process.kill();
                process.waitForFinished(5000);
            }
        }
    };

    std::unique_ptr<Desk> startDesk(const QStringList &extra = {})
    {
        auto desk = std::make_unique<Desk>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        desk->process.setProcessEnvironment(env);
        desk->process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        desk->process.start(QStringLiteral(SCOREDESK_DESK_DRIVER_BIN), QStringList{m_dir.filePath(QStringLiteral("desk"))} + extra);
        if (!desk->process.waitForStarted(10000))
            qFatal("the desk did not start");
        return desk;
    }

    static void kill(Desk *desk)
    {
        ::kill(pid_t(desk->process.processId()), SIGKILL); // no chance to tidy up
        desk->process.waitForFinished(5000);
    }

    std::optional<JobRecord> theJob() const
    {
        JobStore store(m_dir.filePath(QStringLiteral("desk/jobs.sqlite")));
        QString error;
        if (!store.open(&error) || store.all().isEmpty())
            return std::nullopt;
        return store.all().first();
    }

    int pendingSubmissions() const
    {
        JobStore store(m_dir.filePath(QStringLiteral("desk/jobs.sqlite")));
        QString error;
        return store.open(&error) ? int(store.pendingSubmissions().size()) : -1;
    }

    static int requests(const FaultProxy &proxy, const QString &pattern)
    {
        int count = 0;
        for (const FaultProxy::Exchange &exchange : proxy.exchanges())
            count += QRegularExpression(pattern).match(QString::fromLatin1(exchange.requestHead.left(exchange.requestHead.indexOf("\r\n")))).hasMatch();
        return count;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (qEnvironmentVariableIsEmpty("SCOREDESK_TEST_BLOB_ENDPOINT") || qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("run the tests through scripts/test.sh: this one needs Azurite and the keychain");
        QString error;
        QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    }

    void killedMidUploadAndMidDownloadResumes()
    {
        // Storage for the job, through the proxy.
        const QUrl azurite(qEnvironmentVariable("SCOREDESK_TEST_BLOB_ENDPOINT"));
        FaultProxy storage(quint16(azurite.port()));
        QVERIFY(storage.start());
        const QString connection = QStringLiteral("DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"
                                                  "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=")
            + storage.through(azurite).toString();
        {
            // The workspace, its keys in the real keychain, as the user saved it once.
            AppContext context(AppFiles::in(m_dir.filePath(QStringLiteral("desk"))), nullptr);
            Workspace workspace;
            workspace.name = QStringLiteral("Killed %1").arg(QCoreApplication::applicationPid());
            workspace.apiLocation = m_sandbox.url().toString();
            workspace.defaultContainer = QStringLiteral("killed");
            bool saved = false;
            context.workspaces()->save(workspace, {{SecretKind::ApiKey, m_sandbox.apiKey()}, {SecretKind::StorageConnectionString, connection}}, this,
                                       [&](const WorkspaceOutcome &outcome) {
                                           QVERIFY2(outcome.ok(), qPrintable(outcome.message));
                                           saved = true;
                                       });
            QTRY_VERIFY_WITH_TIMEOUT(saved, 20000);
        }

        // An input of four 4 MiB blocks (three under the sanitizers), and what the experiment
        // must make of it.
        const qint64 size = (SCOREDESK_SANITIZED ? 9 : 13) * 1024 * 1024;
        const QString input = m_dir.filePath(QStringLiteral("input.csv"));
        QByteArray expected;
        {
            QFile in(input);
            QVERIFY(in.open(QIODevice::WriteOnly));
            QBuffer out(&expected);
            out.open(QIODevice::WriteOnly);
            CsvWriter inWriter(&in), outWriter(&out);
            inWriter.writeRecord({QStringLiteral("Id"), QStringLiteral("Col2")});
            QStringList header{QStringLiteral("Id"), QStringLiteral("Col2")};
            for (int i = 0; i < 8; ++i)
                header.append(QStringLiteral("Col2_HashingFeature.%1").arg(i));
            outWriter.writeRecord(header);
            static const char *words[] = {"This", "is", "a", "good", "day", "rain", "model", "42"};
            for (int row = 0; in.size() < size; ++row) {
                QString text;
                for (int w = 0; w < 6; ++w)
                    text += (w ? QStringLiteral(" ") : QString()) + QString::fromLatin1(words[(row * 7 + w * 3) % 8]);
                const QStringList cells{QString::number(row), text};
                inWriter.writeRecord(cells);
                QStringList result = cells;
                for (int count : Sandbox::hashFeatures(text, 3, 2))
                    result.append(QString::number(count));
                outWriter.writeRecord(result);
            }
        }
        const QString outputs = m_dir.filePath(QStringLiteral("outputs"));

        // 1. Killed during the upload, once at least one block has been stored.
        FaultProxy::Plan slowUpload;
        slowUpload.fault = FaultProxy::Fault::SlowRequest;
        slowUpload.connections = 40;
        slowUpload.bytes = 256 * 1024;
        slowUpload.intervalMs = 100;
        slowUpload.match = QStringLiteral("^PUT .*comp=block&");
        storage.plan({slowUpload});
        {
            auto desk = startDesk({QStringLiteral("--submit"), input, outputs});
            QTRY_VERIFY_WITH_TIMEOUT(storage.answered(QStringLiteral("^PUT .*comp=block&"), 201) >= 1, 60000);
            kill(desk.get());
        }
        QCOMPARE(pendingSubmissions(), 1); // remembered, not lost
        QVERIFY(!theJob());
        const QString inputBlock = QStringLiteral("^PUT .*/scoredesk/inputs/.*comp=block&");
        const int blocksBefore = requests(storage, inputBlock);

        // 2. Started again: the upload goes on, the job runs; killed during the download.
        storage.clearPlan();
        FaultProxy::Plan slowDownload;
        slowDownload.fault = FaultProxy::Fault::Trickle;
        slowDownload.connections = 10;
        slowDownload.bytes = 64 * 1024;
        slowDownload.intervalMs = 50;
        slowDownload.match = QStringLiteral("^GET .*/output1\\.csv");
        storage.plan({slowDownload});
        QString part;
        {
            auto desk = startDesk();
            QTRY_VERIFY_WITH_TIMEOUT(theJob() && theJob()->state == BesJobState::Finished, 180000);
            part = QDir(theJob()->outputDir).filePath(QStringLiteral("output1.csv.part"));
            QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(part).size() > 1024 * 1024, 60000);
            kill(desk.get());
        }
        // The sandbox writes its output in blocks too: only the input's count, by its name.
        const int blocks = int((size + 4 * 1024 * 1024 - 1) / (4 * 1024 * 1024));
        const int sentAgain = requests(storage, inputBlock) - blocksBefore;
        QVERIFY2(sentAgain < blocks, qPrintable(QStringLiteral("%1 of %2 blocks sent again").arg(sentAgain).arg(blocks)));
        QCOMPARE(pendingSubmissions(), 0);
        QVERIFY(theJob()->downloads.isEmpty());
        const qint64 partSize = QFileInfo(part).size();
        QVERIFY(partSize > 0);

        // 3. Started again: the download goes on from the part, and the file is whole.
        storage.clearPlan();
        int earlierGets = requests(storage, QStringLiteral("^GET .*/output1\\.csv"));
        {
            auto desk = startDesk();
            QTRY_VERIFY_WITH_TIMEOUT(!theJob()->downloads.isEmpty(), 120000);
        }
        const QList<FaultProxy::Exchange> exchanges = storage.exchanges();
        QByteArray resumed;
        for (const FaultProxy::Exchange &exchange : exchanges) {
            if (exchange.requestHead.startsWith("GET ") && exchange.requestHead.contains("/output1.csv") && --earlierGets < 0) {
                resumed = exchange.requestHead;
                break;
            }
        }
        // Header names in any case: Qt 6.8 sends them in lower case.
        QVERIFY2(resumed.toLower().contains(QByteArray("range: bytes=" + QByteArray::number(partSize) + "-")), resumed.constData());
        QVERIFY(resumed.toLower().contains("if-match: "));
        const QString output = theJob()->downloads.value(QStringLiteral("output1")).toString();
        QFile file(output);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.size(), qint64(expected.size()));
        QVERIFY(file.readAll() == expected);
        QVERIFY(!QFile::exists(part));
    }
};

QTEST_GUILESS_MAIN(TestKilled)
#include "tst_killed.moc"
