#include <qt6keychain/keychain.h>

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

// The real Secret Service that scripts/test.sh starts (gnome-keyring, unlocked, in a private
// D-Bus session), reached through QtKeychain with the insecure fallback off.
class TestKeychain : public QObject
{
    Q_OBJECT

    const QString m_service = QStringLiteral("ScoreDesk-harness-test");
    QString m_key;

    template<typename Job>
    static void runJob(Job *job)
    {
        job->setAutoDelete(false);
        job->setInsecureFallback(false);
        QSignalSpy finished(job, &QKeychain::Job::finished);
        job->start();
        if (!finished.wait(20000))
            qFatal("keychain job never finished");
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("no D-Bus session: run the tests through scripts/test.sh, which starts one with gnome-keyring");
        m_key = QStringLiteral("entry-%1").arg(QRandomGenerator::global()->generate());
    }

    void writeReadDelete()
    {
        const QString secret = QStringLiteral("s3cr\u00e9t-%1").arg(QRandomGenerator::global()->generate());
        QKeychain::WritePasswordJob write(m_service);
        write.setKey(m_key);
        write.setTextData(secret);
        runJob(&write);
        QVERIFY2(write.error() == QKeychain::NoError, qPrintable(write.errorString()));

        QKeychain::ReadPasswordJob read(m_service);
        read.setKey(m_key);
        runJob(&read);
        QVERIFY2(read.error() == QKeychain::NoError, qPrintable(read.errorString()));
        QCOMPARE(read.textData(), secret);

        QKeychain::DeletePasswordJob remove(m_service);
        remove.setKey(m_key);
        runJob(&remove);
        QCOMPARE(remove.error(), QKeychain::NoError);

        QKeychain::ReadPasswordJob again(m_service);
        again.setKey(m_key);
        runJob(&again);
        QCOMPARE(again.error(), QKeychain::EntryNotFound);
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
