#include "core/storage/filemd5.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ScoreDesk;

// The hash a download checks and an upload sends, computed on a thread of its own: whole files,
// files still growing, runs stopped and started again.
class TestFileMd5 : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QByteArray expected(const QByteArray &bytes) { return QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toBase64(); }

    QString write(const QString &name, const QByteArray &bytes, QIODevice::OpenMode mode = QIODevice::WriteOnly)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(mode) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void aWholeFile()
    {
        QByteArray bytes(3 * 1024 * 1024 + 17, Qt::Uninitialized);
        for (qsizetype i = 0; i < bytes.size(); ++i)
            bytes[i] = char(i * 7 + i / 4096);
        const QString path = write(QStringLiteral("whole.bin"), bytes);
        FileMd5 md5;
        QSignalSpy finished(&md5, &FileMd5::finished);
        md5.start(path, bytes.size());
        QVERIFY(finished.wait(10000));
        QCOMPARE(md5.md5Base64(), expected(bytes));
        QVERIFY(md5.error().isEmpty());
        QVERIFY(!md5.isRunning());
    }

    // A download: the hash follows the part as it grows and ends at the size it is told.
    void aGrowingFile()
    {
        const QString path = write(QStringLiteral("growing.part"), "first ");
        FileMd5 md5;
        QSignalSpy finished(&md5, &FileMd5::finished);
        md5.start(path);
        QTest::qWait(100);
        QCOMPARE(finished.count(), 0); // it waits for more, it does not end at the file's end
        write(QStringLiteral("growing.part"), "second ", QIODevice::Append);
        QTest::qWait(50);
        write(QStringLiteral("growing.part"), "third", QIODevice::Append);
        QVERIFY(md5.isRunning());
        md5.setCompleteSize(18);
        QVERIFY(finished.wait(10000));
        QCOMPARE(md5.md5Base64(), expected("first second third"));
    }

    // A part that was emptied and started again is hashed again from its start; the stopped
    // run's result never arrives in its place.
    void stoppedAndStartedAgain()
    {
        const QString path = write(QStringLiteral("again.part"), "old content");
        FileMd5 md5;
        QSignalSpy finished(&md5, &FileMd5::finished);
        md5.start(path, 11);
        QThread::msleep(100); // the first run is done and its result posted, not yet delivered
        write(QStringLiteral("again.part"), "new");
        md5.start(path, 3);
        QVERIFY(finished.wait(10000));
        QTest::qWait(50);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(md5.md5Base64(), expected("new"));
    }

    void aFileLongerThanSaidIsAnError()
    {
        const QString path = write(QStringLiteral("long.bin"), "0123456789");
        FileMd5 md5;
        QSignalSpy finished(&md5, &FileMd5::finished);
        md5.start(path, 4);
        QVERIFY(finished.wait(10000));
        QVERIFY(md5.md5Base64().isEmpty());
        QVERIFY(md5.error().contains(QLatin1String("more bytes")));
    }

    void aMissingFileIsAnError()
    {
        FileMd5 md5;
        QSignalSpy finished(&md5, &FileMd5::finished);
        md5.start(m_dir.filePath(QStringLiteral("absent.bin")), 10);
        QVERIFY(finished.wait(10000));
        QVERIFY(!md5.error().isEmpty());
    }

    // Destroyed while it follows a file that never completes: the thread ends with it.
    void destroyedWhileFollowing()
    {
        const QString path = write(QStringLiteral("never.part"), "x");
        auto *md5 = new FileMd5;
        md5->start(path);
        QTest::qWait(30);
        delete md5;
    }
};

QTEST_GUILESS_MAIN(TestFileMd5)
#include "tst_filemd5.moc"
