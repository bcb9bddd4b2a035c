#include "scriptedprompter.h"
#include "sessiontrust.h"

#include "synchttp.h"

#include <QProcess>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace ScoreDesk;
using namespace ScoreDesk::App;

namespace {

// Records what it was asked and answers as told.
class ScriptedTrust : public TlsErrorHandler
{
public:
    bool answer = false;
    int asked = 0;
    QList<QSslError> lastErrors;
    bool acceptTlsErrors(const QUrl &, const QList<QSslError> &errors) override
    {
        ++asked;
        lastErrors = errors;
        return answer;
    }
};

} // namespace

// Certificates that do not verify, over real TLS on loopback (a self-signed certificate made
// for the test): refused unless the one handler accepts, and the app's handler asks first.
class TestTls : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QSslServer m_server;
    QByteArray m_fingerprint;

    QUrl url() const { return QUrl(QStringLiteral("https://127.0.0.1:%1/workspaces/w/services/s/swagger.json").arg(m_server.serverPort())); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QSslSocket::supportsSsl());
        const QString key = m_dir.filePath(QStringLiteral("key.pem"));
        const QString certificate = m_dir.filePath(QStringLiteral("cert.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                                                  QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), certificate,
                                                  QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")});
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);

        QFile keyFile(key), certificateFile(certificate);
        QVERIFY(keyFile.open(QIODevice::ReadOnly) && certificateFile.open(QIODevice::ReadOnly));
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        const QSslCertificate cert(certificateFile.readAll(), QSsl::Pem);
        configuration.setLocalCertificate(cert);
        configuration.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));
        m_fingerprint = cert.digest(QCryptographicHash::Sha256);
        m_server.setSslConfiguration(configuration);
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    if (!socket->readAll().contains("\r\n\r\n"))
                        return;
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
    }

    void refusedWithoutAHandler()
    {
        SyncHttp http;
        const HttpResponse response = http.get(url());
        QCOMPARE(response.transportError.kind, CallError::Kind::Tls);
        QVERIFY2(response.transportError.message.contains(QLatin1String("self signed"), Qt::CaseInsensitive)
                     || response.transportError.message.contains(QLatin1String("self-signed"), Qt::CaseInsensitive),
                 qPrintable(response.transportError.message));
    }

    void theHandlerDecides()
    {
        SyncHttp http;
        ScriptedTrust trust;
        http.client()->setTlsErrorHandler(&trust);
        HttpResponse response = http.get(url());
        QCOMPARE(trust.asked, 1);
        QVERIFY(!trust.lastErrors.isEmpty());
        QCOMPARE(response.transportError.kind, CallError::Kind::Tls);

        trust.answer = true;
        response = http.get(url());
        QVERIFY2(!response.transportError.isError(), qPrintable(response.transportError.message));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body, QByteArray("{}"));
    }

    void theAppAsksAndTrustsForTheSession()
    {
        SyncHttp http;
        ScriptedPrompter prompter;
        SessionTrust trust(&prompter);
        http.client()->setTlsErrorHandler(&trust);
        prompter.answer({false});
        QCOMPARE(http.get(url()).transportError.kind, CallError::Kind::Tls);
        QVERIFY(!trust.trusts(m_fingerprint));

        prompter.answer({true});
        QCOMPARE(http.get(url()).status, 200);
        QVERIFY(trust.trusts(m_fingerprint));
        QCOMPARE(prompter.pending(), 0);
        QVERIFY(prompter.asked().last().contains(QString::fromLatin1(m_fingerprint.toHex(':'))));
        // Trusted now: no second question. A "no" is queued; had it been asked, the call would fail.
        prompter.answer({false});
        QCOMPARE(http.get(url()).status, 200);
        QCOMPARE(prompter.pending(), 1);
    }
};

QTEST_MAIN(TestTls)
#include "tst_tls.moc"
