#include "sandboxprocess.h"

#include "core/service/rrscall.h"
#include "core/snippets/snippetgenerator.h"

#include <QProcess>
#include <QTest>

using namespace ScoreDesk;

// The generated curl and Python snippets, run for real against the sandbox's gateway: a
// snippet that does not work is worse than none.
class TestSnippetsRun : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;

    HttpRequest guideRequest() const
    {
        DataTable table(QStringList{QStringLiteral("Col2")});
        table.appendRow({QStringLiteral("This is a good day")});
        RrsRequest request;
        request.inputs.append({QStringLiteral("input1"), table});
        return RrsCall::buildHttpRequest(ServiceEndpoint::parse(m_sandbox.gatewayUrl().toString()), {m_sandbox.apiKey(), m_sandbox.gatewayKey()}, request);
    }

    QByteArray run(const QString &program, const QStringList &arguments, const QString &code)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("SCOREDESK_API_KEY"), m_sandbox.apiKey());
        environment.insert(QStringLiteral("SCOREDESK_SUBSCRIPTION_KEY"), m_sandbox.gatewayKey());
        process.setProcessEnvironment(environment);
        process.start(program, arguments);
        process.write(code.toUtf8());
        process.closeWriteChannel();
        if (!process.waitForFinished(30000))
            qFatal("snippet did not finish");
        return process.readAllStandardOutput() + process.readAllStandardError();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    }

    void curlSnippetWorks()
    {
        const QByteArray output = run(QStringLiteral("bash"), {QStringLiteral("-s")}, SnippetGenerator::generate(SnippetLanguage::Curl, guideRequest()));
        QVERIFY2(output.contains("\"Col2_HashingFeature.7\""), output.constData());
        QVERIFY(output.contains("[\"This is a good day\",\"1\",\"1\",\"2\",\"2\",\"0\",\"2\",\"0\",\"1\"]"));
    }

    void pythonSnippetWorks()
    {
        const QByteArray output = run(QStringLiteral("python3"), {QStringLiteral("-")}, SnippetGenerator::generate(SnippetLanguage::Python, guideRequest()));
        QVERIFY2(output.contains("\"Col2_HashingFeature.7\""), output.constData());
        QVERIFY(output.contains("\"This is a good day\""));
    }

    void pythonSnippetShowsAnHttpError()
    {
        HttpRequest request = guideRequest();
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("SCOREDESK_API_KEY"), QStringLiteral("wrong"));
        environment.insert(QStringLiteral("SCOREDESK_SUBSCRIPTION_KEY"), m_sandbox.gatewayKey());
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral("python3"), {QStringLiteral("-")});
        process.write(SnippetGenerator::generate(SnippetLanguage::Python, request).toUtf8());
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(30000));
        QVERIFY(process.readAllStandardOutput().startsWith("HTTP 401"));
    }
};

QTEST_GUILESS_MAIN(TestSnippetsRun)
#include "tst_snippetsrun.moc"
