#include "cliprocess.h"

#include <QCryptographicHash>
#include <QDir>
#include <QProcess>
#include <QScopeGuard>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

// scoredesk-cli blob upload|download|list against the blob emulator from the test harness.
class TestCliBlob : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcessEnvironment m_env;

    QStringList args(const QString &command, const QStringList &more) const
    {
        return QStringList{QStringLiteral("blob"), command, QStringLiteral("--storage-env"), QStringLiteral("SD_STORAGE"), QStringLiteral("--container"),
                           QStringLiteral("cli-blobs")}
            + more;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString endpoint = qEnvironmentVariable("SCOREDESK_TEST_BLOB_ENDPOINT");
        if (endpoint.isEmpty())
            QFAIL("SCOREDESK_TEST_BLOB_ENDPOINT is not set: run the tests through scripts/test.sh, which starts Azurite");
        m_env = isolatedEnvironment(m_dir.filePath(QStringLiteral("home")));
        m_env.insert(QStringLiteral("SD_STORAGE"),
                     QStringLiteral("AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=")
                         + endpoint);
    }

    void uploadListDownload()
    {
        QByteArray content(9 * 1024 * 1024 + 5, Qt::Uninitialized); // over the single-put limit: blocks
        QRandomGenerator random(5);
        random.fillRange(reinterpret_cast<quint32 *>(content.data()), content.size() / 4);
        QFile file(m_dir.filePath(QStringLiteral("data.bin")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();

        CliRun run = runCli(args(QStringLiteral("upload"), {QStringLiteral("--file"), file.fileName(), QStringLiteral("--name"), QStringLiteral("dir/data.bin")}), m_env);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("uploaded"));
        QVERIFY(run.out.contains(QCryptographicHash::hash(content, QCryptographicHash::Md5).toBase64()));
        QVERIFY(run.err.isEmpty()); // no progress lines when stderr is not a terminal

        run = runCli(args(QStringLiteral("list"), {QStringLiteral("--prefix"), QStringLiteral("dir/")}), m_env);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QByteArray("dir/data.bin\t" + QByteArray::number(content.size()) + "\t")), run.out.constData());
        QVERIFY(run.out.contains(QByteArray("\t" + QByteArray::number(QDate::currentDate().year()) + "-"))); // when it was written

        const QString target = m_dir.filePath(QStringLiteral("back/data.bin"));
        run = runCli(args(QStringLiteral("download"), {QStringLiteral("--name"), QStringLiteral("dir/data.bin"), QStringLiteral("--output"), target}), m_env);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("MD5 verified"));
        QFile back(target);
        QVERIFY(back.open(QIODevice::ReadOnly));
        QCOMPARE(back.readAll(), content);
        back.close();

        // Downloaded once: a second download into the same file asks for --overwrite.
        const QStringList again = args(QStringLiteral("download"), {QStringLiteral("--name"), QStringLiteral("dir/data.bin"), QStringLiteral("--output"), target});
        run = runCli(again, m_env);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("--overwrite") && run.err.contains(target.toUtf8()), run.err.constData());
        run = runCli(again + QStringList{QStringLiteral("--overwrite")}, m_env);
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }

    void errorsHaveTheirExitCodes()
    {
        CliRun run = runCli(args(QStringLiteral("download"), {QStringLiteral("--name"), QStringLiteral("missing.bin"), QStringLiteral("--output"),
                                                               m_dir.filePath(QStringLiteral("missing.bin"))}),
                            m_env);
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.err.contains("HTTP 404"));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing.bin"))));
        QCOMPARE(runCli({QStringLiteral("blob"), QStringLiteral("list"), QStringLiteral("--container"), QStringLiteral("x")}, m_env).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("blob"), QStringLiteral("copy")}, m_env).exitCode, 2);
        QProcessEnvironment wrongKey = m_env;
        wrongKey.insert(QStringLiteral("SD_STORAGE"), m_env.value(QStringLiteral("SD_STORAGE")).replace(QStringLiteral("Eby8"), QStringLiteral("Xby8")));
        run = runCli(args(QStringLiteral("list"), {}), wrongKey);
        QCOMPARE(run.exitCode, 3);
        QVERIFY(!run.err.contains("Xby8")); // the key is never printed
    }

    // A download into a disk that fills up: one line naming the file and the reason, the part
    // kept; once there is room again the same command goes on from it and the file is whole.
    void fullDiskKeepsThePartAndResumes()
    {
        const QString disk = m_dir.filePath(QStringLiteral("small-disk"));
        QVERIFY(QDir().mkpath(disk));
        QProcess mount;
        mount.start(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=4m"), QStringLiteral("tmpfs"), disk});
        if (!mount.waitForFinished(10000) || mount.exitStatus() != QProcess::NormalExit || mount.exitCode() != 0)
            QSKIP("mounting a small tmpfs needs root (CI runs as root)");
        auto unmount = qScopeGuard([disk] { QProcess::execute(QStringLiteral("umount"), {disk}); });

        QByteArray content(3 * 1024 * 1024 + 11, Qt::Uninitialized);
        QRandomGenerator random(9);
        random.fillRange(reinterpret_cast<quint32 *>(content.data()), content.size() / 4);
        QFile file(m_dir.filePath(QStringLiteral("big.bin")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        QCOMPARE(runCli(args(QStringLiteral("upload"), {QStringLiteral("--file"), file.fileName(), QStringLiteral("--name"), QStringLiteral("big.bin")}), m_env).exitCode, 0);

        QFile filler(disk + QStringLiteral("/filler"));
        QVERIFY(filler.open(QIODevice::WriteOnly));
        QVERIFY(filler.write(QByteArray(2 * 1024 * 1024, 'f')) > 0);
        filler.close();
        const QString target = disk + QStringLiteral("/big.bin");
        const QStringList download = args(QStringLiteral("download"), {QStringLiteral("--name"), QStringLiteral("big.bin"), QStringLiteral("--output"), target});
        const CliRun full = runCli(download, m_env);
        QCOMPARE(full.exitCode, 1);
        QCOMPARE(full.err.count('\n'), 1);
        QVERIFY2(full.err.contains("No space left on device") && full.err.contains("big.bin.part"), full.err.constData());
        QVERIFY(!QFile::exists(target));
        const qint64 kept = QFileInfo(target + QStringLiteral(".part")).size();
        QVERIFY2(kept > 0, "the part is kept, to be resumed");

        QVERIFY(QFile::remove(filler.fileName()));
        const CliRun resumed = runCli(download, m_env);
        QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
        QFile back(target);
        QVERIFY(back.open(QIODevice::ReadOnly));
        QVERIFY(back.readAll() == content);
        QVERIFY(!QFile::exists(target + QStringLiteral(".part")));
    }
};

QTEST_GUILESS_MAIN(TestCliBlob)
#include "tst_cliblob.moc"
