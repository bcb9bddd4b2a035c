#include "core/service/rrscall.h"
#include "core/snippets/snippetgenerator.h"

#include <QTest>

using namespace ScoreDesk;

class TestSnippets : public QObject
{
    Q_OBJECT

    static HttpRequest gatewayRequest()
    {
        DataTable table(QStringList{QStringLiteral("Col2")});
        table.appendRow({QStringLiteral("It's a \"good\" day")});
        RrsRequest request;
        request.inputs.append({QStringLiteral("input1"), table});
        return RrsCall::buildHttpRequest(ServiceEndpoint::parse(QStringLiteral("https://x.azure-api.net/ml/workspaces/w/services/s")),
                                         {QStringLiteral("the-api-key-value"), QStringLiteral("the-sub-key-value")}, request);
    }

private Q_SLOTS:
    void everyLanguageReadsKeysFromTheEnvironment_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<QString>("readsKey");
        QTest::newRow("curl") << int(SnippetLanguage::Curl) << QStringLiteral("${SCOREDESK_API_KEY}");
        QTest::newRow("python") << int(SnippetLanguage::Python) << QStringLiteral("os.environ[\"SCOREDESK_API_KEY\"]");
        QTest::newRow("csharp") << int(SnippetLanguage::CSharp) << QStringLiteral("Environment.GetEnvironmentVariable(\"SCOREDESK_API_KEY\")");
        QTest::newRow("r") << int(SnippetLanguage::R) << QStringLiteral("Sys.getenv(\"SCOREDESK_API_KEY\")");
    }
    void everyLanguageReadsKeysFromTheEnvironment()
    {
        QFETCH(int, language);
        QFETCH(QString, readsKey);
        const QString code = SnippetGenerator::generate(SnippetLanguage(language), gatewayRequest());
        QVERIFY2(code.contains(readsKey), qPrintable(code));
        QVERIFY(code.contains(QLatin1String("SCOREDESK_SUBSCRIPTION_KEY")));
        QVERIFY(code.contains(QLatin1String("https://x.azure-api.net/ml/workspaces/w/services/s/execute?api-version=2.0&details=true")));
        QVERIFY(code.contains(QLatin1String("Col2")));
        QVERIFY(!code.contains(QLatin1String("the-api-key-value")));
        QVERIFY(!code.contains(QLatin1String("the-sub-key-value")));
    }

    void revealingIsExplicit()
    {
        for (int language = 0; language < int(SnippetLanguage::Count); ++language) {
            const QString code = SnippetGenerator::generate(SnippetLanguage(language), gatewayRequest(), true);
            QVERIFY2(code.contains(QLatin1String("the-api-key-value")), qPrintable(snippetLanguageName(SnippetLanguage(language))));
            QVERIFY(code.contains(QLatin1String("the-sub-key-value")));
            QVERIFY(!code.contains(QLatin1String("SCOREDESK_API_KEY")));
        }
    }

    void quotesInDataAreEscaped()
    {
        const QString python = SnippetGenerator::generate(SnippetLanguage::Python, gatewayRequest());
        // The body is a JSON string literal inside a Python string literal: quotes escaped twice.
        QVERIFY2(python.contains(QLatin1String("It's a \\\\\\\"good\\\\\\\" day")), qPrintable(python));
        const QString curl = SnippetGenerator::generate(SnippetLanguage::Curl, gatewayRequest());
        QVERIFY(curl.contains(QLatin1String("<<'SCOREDESK_BODY'")));
    }

    void unknownCredentialHeadersAreLeftOut()
    {
        HttpRequest request;
        request.url = QUrl(QStringLiteral("https://h/x"));
        request.headers = {{"Proxy-Authorization", "Basic c2VjcmV0"}, {"Accept", "application/json"}};
        const QString code = SnippetGenerator::generate(SnippetLanguage::Curl, request);
        QVERIFY(!code.contains(QLatin1String("c2VjcmV0")));
        QVERIFY(code.contains(QLatin1String("Accept: application/json")));
    }
};

QTEST_APPLESS_MAIN(TestSnippets)
#include "tst_snippets.moc"
