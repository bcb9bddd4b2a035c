#include "snippetgenerator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace ScoreDesk {

namespace {

// A header's value in a snippet: a literal, or an expression that reads the secret from the
// environment in the target language.
struct HeaderValue
{
    QString literal;     // used when no variable is involved
    QString variable;    // environment variable holding the secret part
    QString prefix;      // text before the secret, e.g. "Bearer "
};

QList<QPair<QString, HeaderValue>> headersOf(const HttpRequest &request, bool reveal)
{
    QList<QPair<QString, HeaderValue>> headers;
    for (const auto &header : request.headers) {
        const QString name = QString::fromLatin1(header.first);
        HeaderValue value;
        const QString raw = QString::fromUtf8(header.second);
        if (!reveal && header.first.compare("Authorization", Qt::CaseInsensitive) == 0 && raw.startsWith(QLatin1String("Bearer "))) {
            value.prefix = QStringLiteral("Bearer ");
            value.variable = QString::fromLatin1(SnippetGenerator::ApiKeyVariable);
        } else if (!reveal && header.first.compare("Ocp-Apim-Subscription-Key", Qt::CaseInsensitive) == 0) {
            value.variable = QString::fromLatin1(SnippetGenerator::SubscriptionKeyVariable);
        } else if (!reveal && isCredentialHeader(header.first)) {
            continue; // a credential we have no variable for is left out rather than shown
        } else {
            value.literal = raw;
        }
        headers.append({name, value});
    }
    return headers;
}

// Pretty JSON when the body is JSON, so the snippet is readable; otherwise as it is.
QString bodyText(const HttpRequest &request)
{
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    return document.isNull() ? QString::fromUtf8(request.body) : QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed();
}

// A double-quoted literal with JSON escaping, which Python, R and C-like languages all read.
QString quoted(const QString &text)
{
    const QByteArray json = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QString shellQuoted(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1String("'"), QLatin1String("'\\''")) + QLatin1Char('\'');
}

QString curl(const HttpRequest &request, bool reveal)
{
    QString out;
    const auto headers = headersOf(request, reveal);
    bool needsKey = false, needsSubscription = false;
    for (const auto &header : headers) {
        needsKey |= header.second.variable == QLatin1String(SnippetGenerator::ApiKeyVariable);
        needsSubscription |= header.second.variable == QLatin1String(SnippetGenerator::SubscriptionKeyVariable);
    }
    if (needsKey)
        out += QStringLiteral("# export %1=...   (the service's API key)\n").arg(QLatin1String(SnippetGenerator::ApiKeyVariable));
    if (needsSubscription)
        out += QStringLiteral("# export %1=...   (the gateway subscription key)\n").arg(QLatin1String(SnippetGenerator::SubscriptionKeyVariable));
    out += QStringLiteral("curl -sS -X %1 %2").arg(QString::fromLatin1(request.method), shellQuoted(request.url.toString()));
    for (const auto &header : headers) {
        const QString value = header.second.variable.isEmpty()
            ? shellQuoted(header.first + QStringLiteral(": ") + header.second.literal)
            : QStringLiteral("\"%1: %2${%3}\"").arg(header.first, header.second.prefix, header.second.variable);
        out += QStringLiteral(" \\\n  -H ") + value;
    }
    if (!request.body.isEmpty())
        out += QStringLiteral(" \\\n  --data-binary @- <<'SCOREDESK_BODY'\n") + bodyText(request) + QStringLiteral("\nSCOREDESK_BODY\n");
    else
        out += QLatin1Char('\n');
    return out;
}

QString python(const HttpRequest &request, bool reveal)
{
    QString out = QStringLiteral("import json\nimport os\nimport urllib.error\nimport urllib.request\n\n");
    out += QStringLiteral("url = %1\n").arg(quoted(request.url.toString()));
    out += QStringLiteral("headers = {\n");
    for (const auto &header : headersOf(request, reveal)) {
        const QString value = header.second.variable.isEmpty()
            ? quoted(header.second.literal)
            : (header.second.prefix.isEmpty() ? QString() : quoted(header.second.prefix) + QStringLiteral(" + "))
                + QStringLiteral("os.environ[\"%1\"]").arg(header.second.variable);
        out += QStringLiteral("    %1: %2,\n").arg(quoted(header.first), value);
    }
    out += QStringLiteral("}\n");
    if (!request.body.isEmpty())
        out += QStringLiteral("body = %1.encode(\"utf-8\")\n").arg(quoted(bodyText(request)));
    else
        out += QStringLiteral("body = None\n");
    out += QStringLiteral("request = urllib.request.Request(url, data=body, headers=headers, method=%1)\n").arg(quoted(QString::fromLatin1(request.method)));
    out += QStringLiteral("try:\n"
                          "    with urllib.request.urlopen(request) as response:\n"
                          "        print(json.dumps(json.loads(response.read()), indent=2))\n"
                          "except urllib.error.HTTPError as error:\n"
                          "    print(\"HTTP\", error.code, error.read().decode(\"utf-8\", \"replace\"))\n");
    return out;
}

QString csharp(const HttpRequest &request, bool reveal)
{
    QString out = QStringLiteral("using System;\nusing System.Net.Http;\nusing System.Text;\nusing System.Threading.Tasks;\n\n"
                                 "class ScoreRequest\n{\n    static async Task Main()\n    {\n"
                                 "        using var client = new HttpClient();\n");
    out += QStringLiteral("        var request = new HttpRequestMessage(new HttpMethod(%1), %2);\n")
               .arg(quoted(QString::fromLatin1(request.method)), quoted(request.url.toString()));
    QString contentType = QStringLiteral("application/json");
    for (const auto &header : headersOf(request, reveal)) {
        if (header.first.compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) == 0) {
            contentType = header.second.literal; // set on the content, not the request
            continue;
        }
        const QString value = header.second.variable.isEmpty()
            ? quoted(header.second.literal)
            : quoted(header.second.prefix) + QStringLiteral(" + Environment.GetEnvironmentVariable(\"%1\")").arg(header.second.variable);
        out += QStringLiteral("        request.Headers.TryAddWithoutValidation(%1, %2);\n").arg(quoted(header.first), value);
    }
    if (!request.body.isEmpty())
        out += QStringLiteral("        request.Content = new StringContent(%1, Encoding.UTF8, %2);\n").arg(quoted(bodyText(request)), quoted(contentType.section(QLatin1Char(';'), 0, 0)));
    out += QStringLiteral("        var response = await client.SendAsync(request);\n"
                          "        Console.WriteLine($\"HTTP {(int)response.StatusCode}\");\n"
                          "        Console.WriteLine(await response.Content.ReadAsStringAsync());\n"
                          "    }\n}\n");
    return out;
}

QString r(const HttpRequest &request, bool reveal)
{
    QString out = QStringLiteral("library(httr)\n\n");
    QStringList headerArgs;
    for (const auto &header : headersOf(request, reveal)) {
        const QString value = header.second.variable.isEmpty()
            ? quoted(header.second.literal)
            : (header.second.prefix.isEmpty() ? QStringLiteral("Sys.getenv(\"%1\")").arg(header.second.variable)
                                              : QStringLiteral("paste0(%1, Sys.getenv(\"%2\"))").arg(quoted(header.second.prefix), header.second.variable));
        headerArgs.append(QStringLiteral("  %1 = %2").arg(quoted(header.first), value));
    }
    out += QStringLiteral("headers <- add_headers(.headers = c(\n%1\n))\n").arg(headerArgs.join(QStringLiteral(",\n")));
    if (!request.body.isEmpty())
        out += QStringLiteral("body <- %1\n").arg(quoted(bodyText(request)));
    const QString verb = QString::fromLatin1(request.method).toUpper();
    out += QStringLiteral("response <- VERB(%1, %2, headers%3)\n")
               .arg(quoted(verb), quoted(request.url.toString()), request.body.isEmpty() ? QString() : QStringLiteral(", body = body, encode = \"raw\""));
    out += QStringLiteral("cat(\"HTTP\", status_code(response), \"\\n\")\ncat(content(response, as = \"text\", encoding = \"UTF-8\"))\n");
    return out;
}

} // namespace

QString snippetLanguageName(SnippetLanguage language)
{
    switch (language) {
    case SnippetLanguage::Curl:
        return QStringLiteral("curl");
    case SnippetLanguage::Python:
        return QStringLiteral("Python 3");
    case SnippetLanguage::CSharp:
        return QStringLiteral("C#");
    case SnippetLanguage::R:
        return QStringLiteral("R");
    case SnippetLanguage::Count:
        break;
    }
    return QString();
}

QString SnippetGenerator::generate(SnippetLanguage language, const HttpRequest &request, bool revealSecrets)
{
    switch (language) {
    case SnippetLanguage::Curl:
        return curl(request, revealSecrets);
    case SnippetLanguage::Python:
        return python(request, revealSecrets);
    case SnippetLanguage::CSharp:
        return csharp(request, revealSecrets);
    case SnippetLanguage::R:
        return r(request, revealSecrets);
    case SnippetLanguage::Count:
        break;
    }
    return QString();
}

} // namespace ScoreDesk
