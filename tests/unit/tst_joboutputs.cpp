#include "core/jobs/joboutputs.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace ScoreDesk;

// Where a job's outputs go: every name from outside becomes one safe file name in the job's
// folder, and the service's locations become downloads.
class TestJobOutputs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hostileNamesBecomeOneFileName()
    {
        const QStringList hostile{QStringLiteral("../../x"), QStringLiteral("/abs/path"), QStringLiteral("C:\\Windows\\evil"),
                                  QStringLiteral(".."), QStringLiteral("."), QStringLiteral(""), QStringLiteral("a\nb\x1b[31m"),
                                  QStringLiteral("nul"), QStringLiteral("CON.csv"), QString(300, QLatin1Char('x')), QStringLiteral(" .hidden. ")};
        for (const QString &name : hostile) {
            const QString safe = safeFileName(name);
            QVERIFY2(!safe.isEmpty(), qPrintable(name));
            QVERIFY2(!safe.contains(QLatin1Char('/')) && !safe.contains(QLatin1Char('\\')), qPrintable(safe));
            QVERIFY2(safe != QLatin1String(".") && safe != QLatin1String("..") && !safe.startsWith(QLatin1Char('.')), qPrintable(safe));
            QVERIFY2(safe.size() <= 120, qPrintable(safe));
            for (const QChar c : safe)
                QVERIFY2(c.unicode() >= 0x20, qPrintable(safe));
        }
        QCOMPARE(safeFileName(QStringLiteral("output1.csv")), QStringLiteral("output1.csv"));
        QCOMPARE(safeFileName(QStringLiteral("Résultats 1")), QStringLiteral("Résultats 1"));
        QCOMPARE(safeFileName(QStringLiteral("nul")), QStringLiteral("_nul"));
    }

    void targetsStayInTheJobsFolder()
    {
        JobRecord record;
        record.outputDir = QStringLiteral("/tmp/jobs/A 2026-11-26 10-00-00 12345678");
        BesOutput output;
        output.name = QStringLiteral("../../etc/passwd");
        output.relativeLocation = QStringLiteral("c/out/result.TSV");
        const QString target = JobOutputs::targetPath(record, output);
        QCOMPARE(QFileInfo(target).dir().path(), record.outputDir);
        QVERIFY(target.endsWith(QLatin1String(".tsv")));
        output.name = QStringLiteral("output1");
        output.relativeLocation = QStringLiteral("c/out/result.exe");
        QCOMPARE(QFileInfo(JobOutputs::targetPath(record, output)).fileName(), QStringLiteral("output1.csv")); // only the batch output types
    }

    void folderNamesAreReadableAndSortable()
    {
        const QDateTime at(QDate(2026, 11, 26), QTime(20, 15, 3)); // local time
        QCOMPARE(JobOutputs::folderName(QStringLiteral("Prod / EU"), at, QStringLiteral("539d0bc2fde945b6ac986b851d0000f0")),
                 QStringLiteral("Prod _ EU 2026-11-26 20-15-03 539d0bc2"));
        QTemporaryDir dir;
        QCOMPARE(JobOutputs::freeFolder(dir.path(), QStringLiteral("a")), dir.filePath(QStringLiteral("a")));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("a")));
        QCOMPARE(JobOutputs::freeFolder(dir.path(), QStringLiteral("a")), dir.filePath(QStringLiteral("a (2)")));
    }

    void sourcesOfBothForms()
    {
        BesOutput sas;
        sas.name = QStringLiteral("output1");
        sas.url = QUrl(QStringLiteral("https://acct.blob.core.windows.net/c/o.csv?sv=1&sig=abc"));
        JobOutputs::Source source = JobOutputs::sourceOf(sas);
        QVERIFY(source.error.isEmpty());
        QCOMPARE(source.url, sas.url);
        QVERIFY(source.account.key.isEmpty());

        BesOutput keyed;
        keyed.name = QStringLiteral("output1");
        keyed.connectionString = QStringLiteral("UseDevelopmentStorage=true");
        keyed.relativeLocation = QStringLiteral("c/o.csv");
        source = JobOutputs::sourceOf(keyed);
        QVERIFY(source.error.isEmpty());
        QCOMPARE(source.url.toString(), QStringLiteral("http://127.0.0.1:10000/devstoreaccount1/c/o.csv"));
        QVERIFY(!source.account.key.isEmpty()); // signs the download

        keyed.relativeLocation = QStringLiteral("no-blob");
        QVERIFY(!JobOutputs::sourceOf(keyed).error.isEmpty());
        BesOutput strange;
        strange.name = QStringLiteral("output1");
        strange.url = QUrl(QStringLiteral("file:///etc/passwd"));
        QVERIFY(!JobOutputs::sourceOf(strange).error.isEmpty()); // only http(s) downloads
    }
};

QTEST_APPLESS_MAIN(TestJobOutputs)
#include "tst_joboutputs.moc"
