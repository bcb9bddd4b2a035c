#include "core/history/historystore.h"
#include "core/jobs/jobstore.h"
#include "core/sqlitedatabase.h"

#include <QSqlError>
#include <QSqlRecord>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ScoreDesk;

// The SQLite stores carry a schema version and bring older files up to date.
class TestSqliteDatabase : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void migratesStepByStepAndKeepsData()
    {
        const QString path = m_dir.filePath(QStringLiteral("m.sqlite"));
        {
            SqliteDatabase db(path);
            QString error;
            QVERIFY2(db.open({{QStringLiteral("CREATE TABLE t (a TEXT)")}}, QStringLiteral("the test file"), &error), qPrintable(error));
            QCOMPARE(db.schemaVersion(), 1);
            QSqlQuery query(db.database());
            QVERIFY(query.exec(QStringLiteral("INSERT INTO t VALUES ('kept')")));
        }
        SqliteDatabase db(path);
        QString error;
        QVERIFY2(db.open({{QStringLiteral("CREATE TABLE t (a TEXT)")}, {QStringLiteral("ALTER TABLE t ADD COLUMN b INTEGER DEFAULT 7")}},
                         QStringLiteral("the test file"), &error),
                 qPrintable(error));
        QCOMPARE(db.schemaVersion(), 2);
        QSqlQuery query(db.database());
        QVERIFY(query.exec(QStringLiteral("SELECT a, b FROM t")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("kept"));
        QCOMPARE(query.value(1).toInt(), 7);
    }

    void aFailedStepLeavesTheFileAsItWas()
    {
        const QString path = m_dir.filePath(QStringLiteral("f.sqlite"));
        {
            SqliteDatabase db(path);
            QString error;
            QVERIFY(db.open({{QStringLiteral("CREATE TABLE t (a TEXT)")}}, QStringLiteral("the test file"), &error));
        }
        SqliteDatabase db(path);
        QString error;
        QVERIFY(!db.open({{QStringLiteral("CREATE TABLE t (a TEXT)")}, {QStringLiteral("ALTER TABLE t ADD COLUMN b"), QStringLiteral("nonsense")}},
                         QStringLiteral("the test file"), &error));
        QVERIFY2(error.contains(QLatin1String("the test file")), qPrintable(error));
        SqliteDatabase again(path);
        QVERIFY(again.open({{QStringLiteral("CREATE TABLE t (a TEXT)")}}, QStringLiteral("the test file"), &error));
        QCOMPARE(again.schemaVersion(), 1);
        QSqlQuery query(again.database());
        QVERIFY(query.exec(QStringLiteral("SELECT * FROM t")));
        QCOMPARE(query.record().count(), 1); // the half step was rolled back
    }

    void aNewerFileIsRefusedNotMisread()
    {
        const QString path = m_dir.filePath(QStringLiteral("n.sqlite"));
        {
            SqliteDatabase db(path);
            QString error;
            QVERIFY(db.open({{QStringLiteral("CREATE TABLE t (a)")}, {QStringLiteral("CREATE TABLE u (b)")}, {QStringLiteral("CREATE TABLE v (c)")}},
                            QStringLiteral("x"), &error));
        }
        SqliteDatabase db(path);
        QString error;
        QVERIFY(!db.open({{QStringLiteral("CREATE TABLE t (a)")}}, QStringLiteral("the job list"), &error));
        QVERIFY2(error.contains(QLatin1String("newer ScoreDesk")), qPrintable(error));
    }

    // A job list from the first release (no version, fewer columns) opens with its jobs.
    void firstReleaseJobListIsMigrated()
    {
        const QString path = m_dir.filePath(QStringLiteral("jobs-v0.sqlite"));
        {
            SqliteDatabase db(path);
            QString error;
            QVERIFY(db.open({}, QStringLiteral("x"), &error));
            QSqlQuery query(db.database());
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE jobs (job_id TEXT PRIMARY KEY, workspace_id TEXT, workspace_name TEXT, "
                                              "service_url TEXT, input_file TEXT, input_blob TEXT, parameters TEXT, state INTEGER, details TEXT, "
                                              "submitted_at TEXT, started_at TEXT, finished_at TEXT, output_dir TEXT, downloads TEXT, last_status BLOB)")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO jobs (job_id, state, service_url, downloads) VALUES ('old', 4, 'https://h/workspaces/w/services/s', '{}')")));
            QCOMPARE(db.schemaVersion(), 0);
        }
        JobStore store(path);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QCOMPARE(store.schemaVersion(), 3);
        const std::optional<JobRecord> old = store.job(QStringLiteral("old"));
        QVERIFY(old);
        QCOMPARE(old->state, BesJobState::Finished);
        QVERIFY(!old->replaceOutputs);
        QVERIFY(old->downloadProblem.isEmpty());
        JobRecord changed = *old;
        changed.replaceOutputs = true;
        changed.cancelRequested = true;
        changed.downloadProblem = QStringLiteral("x exists");
        QVERIFY(store.save(changed));
        QVERIFY(store.job(QStringLiteral("old"))->replaceOutputs);
        QVERIFY(store.job(QStringLiteral("old"))->cancelRequested);
        QCOMPARE(store.job(QStringLiteral("old"))->downloadProblem, QStringLiteral("x exists"));

        HistoryStore history(m_dir.filePath(QStringLiteral("history.sqlite")));
        QVERIFY2(history.open(&error), qPrintable(error));
        QCOMPARE(history.schemaVersion(), 2); // retries and time waited, added for the usage page
    }
};

QTEST_GUILESS_MAIN(TestSqliteDatabase)
#include "tst_sqlitedatabase.moc"
