#include "core/history/historystore.h"
#include "core/http/redactor.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ScoreDesk;

// The request history in a real SQLite file.
class TestHistoryStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static HistoryEntry call(const QString &workspace, int status, const QByteArray &request, const QString &error = {})
    {
        HistoryEntry entry;
        entry.workspaceId = QUuid::createUuid();
        entry.workspaceName = workspace;
        entry.url = QStringLiteral("https://h.example/workspaces/w/services/s/execute?api-version=2.0&details=true");
        entry.status = status;
        entry.error = error;
        entry.latencyMs = 120;
        entry.requestBody = request;
        entry.responseBody = "{\"Results\":{}}";
        return entry;
    }

private Q_SLOTS:
    void recordSearchAndReopen()
    {
        const QString path = m_dir.filePath(QStringLiteral("history/a.sqlite"));
        Redactor redactor;
        {
            HistoryStore store(path);
            QString error;
            QVERIFY2(store.open(&error), qPrintable(error));
            QVERIFY(store.record(call(QStringLiteral("Prod"), 200, "{\"Col2\":\"sunny day\"}"), redactor) > 0);
            QVERIFY(store.record(call(QStringLiteral("Staging"), 401, "{}", QStringLiteral("HTTP 401 Unauthorized: bad key")), redactor) > 0);
            QVERIFY(store.record(call(QStringLiteral("Prod"), 200, "{\"Col2\":\"rain 100%\"}"), redactor) > 0);
        }
        HistoryStore store(path);
        QString error;
        QVERIFY(store.open(&error));
        const QList<HistoryEntry> all = store.search();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.first().workspaceName, QStringLiteral("Prod")); // newest first
        QVERIFY(all.first().requestBody.isEmpty());                  // lists leave bodies out
        QCOMPARE(store.search(QStringLiteral("Staging")).size(), 1);
        QCOMPARE(store.search(QStringLiteral("Unauthorized")).size(), 1);
        QCOMPARE(store.search(QStringLiteral("401")).size(), 1);
        QCOMPARE(store.search(QStringLiteral("sunny")).size(), 1);
        QCOMPARE(store.search(QStringLiteral("100%")).size(), 1); // LIKE wildcards are taken literally
        QCOMPARE(store.search(QStringLiteral("_")).size(), 0);

        const std::optional<HistoryEntry> full = store.entry(all.last().id);
        QVERIFY(full);
        QCOMPARE(full->requestBody, QByteArray("{\"Col2\":\"sunny day\"}"));
        QCOMPARE(full->latencyMs, qint64(120));
        QVERIFY(full->succeeded());
        QVERIFY(!store.entry(all.at(1).id)->succeeded());

        QVERIFY(store.remove(all.first().id));
        QCOMPARE(store.search().size(), 2);
        QVERIFY(store.clear());
        QVERIFY(store.search().isEmpty());
    }

    void secretsAreMaskedOnTheWayIn()
    {
        HistoryStore store(m_dir.filePath(QStringLiteral("b.sqlite")));
        QString error;
        QVERIFY(store.open(&error));
        Redactor redactor;
        redactor.addSecret(QStringLiteral("key-123456"));
        HistoryEntry entry = call(QStringLiteral("Prod"), 500, "{\"echo\":\"key-123456\",\"cs\":\"AccountKey=abc==;\"}", QStringLiteral("bad key-123456"));
        entry.url += QStringLiteral("&subscription-key=sub-98765");
        entry.responseBody = "Authorization: Bearer key-123456";
        const qint64 id = store.record(entry, redactor);
        const HistoryEntry stored = *store.entry(id);
        for (const QString &text : {QString::fromUtf8(stored.requestBody), QString::fromUtf8(stored.responseBody), stored.error, stored.url}) {
            QVERIFY2(!text.contains(QLatin1String("key-123456")), qPrintable(text));
            QVERIFY2(!text.contains(QLatin1String("sub-98765")), qPrintable(text));
            QVERIFY2(!text.contains(QLatin1String("abc==")), qPrintable(text));
        }
        // And the file itself, bytes and all.
        QFile file(m_dir.filePath(QStringLiteral("b.sqlite")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("key-123456"));
        QFile wal(m_dir.filePath(QStringLiteral("b.sqlite-wal")));
        if (wal.open(QIODevice::ReadOnly))
            QVERIFY(!wal.readAll().contains("key-123456"));
    }

    void bodiesAreBounded()
    {
        HistoryStore store(m_dir.filePath(QStringLiteral("c.sqlite")), 1024);
        QString error;
        QVERIFY(store.open(&error));
        HistoryEntry entry = call(QStringLiteral("Big"), 200, QByteArray(5000, 'x'));
        const qint64 id = store.record(entry, Redactor());
        const HistoryEntry stored = *store.entry(id);
        QCOMPARE(stored.requestBody.size(), 1024);
        QVERIFY(stored.requestTruncated);
        QCOMPARE(stored.requestBytes, qint64(5000));
        QVERIFY(!stored.responseTruncated);
    }

    // The answer's headers come back with a call, a secret in them masked like everywhere else.
    void responseHeadersAreKeptRedacted()
    {
        HistoryStore store(m_dir.filePath(QStringLiteral("headers.sqlite")));
        QString error;
        QVERIFY(store.open(&error));
        Redactor redactor;
        redactor.addSecret(QStringLiteral("s3cr3t-value-123"));
        HistoryEntry entry = call(QStringLiteral("Prod"), 200, "{}");
        entry.responseHeaders = {{"Content-Type", "application/json"}, {"x-echo", "token s3cr3t-value-123"}};
        entry.retries = 2;
        entry.waitedMs = 3000;
        const qint64 id = store.record(entry, redactor);
        const std::optional<HistoryEntry> back = store.entry(id);
        QVERIFY(back);
        QCOMPARE(back->responseHeaders.size(), 2);
        QCOMPARE(back->responseHeaders.first(), (QPair<QByteArray, QByteArray>("Content-Type", "application/json")));
        QVERIFY(!back->responseHeaders.last().second.contains("s3cr3t"));
    }

    void unusableFileIsAClearError()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'z'));
        file.close();
        HistoryStore store(path);
        QString error;
        QVERIFY(!store.open(&error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QCOMPARE(store.record(call(QStringLiteral("x"), 200, "{}"), Redactor()), qint64(-1));
    }
};

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
