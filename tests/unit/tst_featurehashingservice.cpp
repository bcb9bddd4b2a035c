#include "featurehashingservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ScoreDesk::Sandbox;

namespace {

QByteArray tableRequest(const QJsonArray &columns, const QJsonArray &rows, const QJsonObject &parameters = {})
{
    const QJsonObject input{{QStringLiteral("ColumnNames"), columns}, {QStringLiteral("Values"), rows}};
    return QJsonDocument(QJsonObject{{QStringLiteral("Inputs"), QJsonObject{{QStringLiteral("input1"), input}}},
                                     {QStringLiteral("GlobalParameters"), parameters}})
        .toJson();
}

QByteArray guideRequest(const QJsonObject &parameters = {})
{
    return tableRequest(QJsonArray{QStringLiteral("Col2")}, QJsonArray{QJsonArray{QStringLiteral("This is a good day")}}, parameters);
}

QJsonObject errorOf(const SandboxReply &reply)
{
    return QJsonDocument::fromJson(reply.body).object().value(QLatin1String("error")).toObject();
}

QString detailCodeOf(const SandboxReply &reply)
{
    return errorOf(reply).value(QLatin1String("details")).toArray().first().toObject().value(QLatin1String("code")).toString();
}

QJsonObject output1(const SandboxReply &reply)
{
    return QJsonDocument::fromJson(reply.body).object()[QLatin1String("Results")].toObject()[QLatin1String("output1")].toObject();
}

} // namespace

class TestFeatureHashingService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void guideRowInTableForm()
    {
        const SandboxReply reply = FeatureHashingService::execute(guideRequest(), true, false);
        QCOMPARE(reply.status, 200);
        const QJsonObject out = output1(reply);
        QCOMPARE(out.value(QLatin1String("type")).toString(), QStringLiteral("table"));
        const QJsonObject value = out.value(QLatin1String("value")).toObject();
        const QJsonArray names = value.value(QLatin1String("ColumnNames")).toArray();
        QCOMPARE(names.size(), 9);
        QCOMPARE(names.at(0).toString(), QStringLiteral("Col2"));
        QCOMPARE(names.at(8).toString(), QStringLiteral("Col2_HashingFeature.7"));
        QCOMPARE(value.value(QLatin1String("ColumnTypes")).toArray().at(1).toString(), QStringLiteral("Int32"));
        QStringList row;
        for (const QJsonValue &cell : value.value(QLatin1String("Values")).toArray().first().toArray())
            row.append(cell.toString());
        QCOMPARE(row.mid(1).join(QLatin1Char(' ')), QStringLiteral("1 1 2 2 0 2 0 1"));
        QCOMPARE(row.first(), QStringLiteral("This is a good day"));
    }

    void columnTypesOnlyWithDetails()
    {
        const QJsonObject value = output1(FeatureHashingService::execute(guideRequest(), false, false)).value(QLatin1String("value")).toObject();
        QVERIFY(!value.contains(QLatin1String("ColumnTypes")));
    }

    void swaggerFormatKeepsColumnOrder()
    {
        const QByteArray request = QJsonDocument(QJsonObject{
            {QStringLiteral("Inputs"), QJsonObject{{QStringLiteral("input1"), QJsonArray{QJsonObject{{QStringLiteral("Col2"), QStringLiteral("This is a good day")}}}}}},
            {QStringLiteral("GlobalParameters"), QJsonObject{{QStringLiteral("Hashing bitsize"), 4}}}}).toJson();
        const SandboxReply reply = FeatureHashingService::execute(request, false, true);
        QCOMPARE(reply.status, 200);
        // Column order as written on the wire: .2 before .10.
        QVERIFY(reply.body.indexOf("HashingFeature.2\"") < reply.body.indexOf("HashingFeature.10\""));
        const QJsonArray rows = QJsonDocument::fromJson(reply.body).object()[QLatin1String("Results")].toObject()[QLatin1String("output1")].toArray();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().toObject().size(), 1 + 16);
    }

    void extraColumnsPassThroughAndNullsStayNull()
    {
        const QByteArray request = tableRequest(QJsonArray{QStringLiteral("Col1"), QStringLiteral("Col2")},
                                                QJsonArray{QJsonArray{QStringLiteral("id-1"), QJsonValue()}, QJsonArray{7, QStringLiteral("a b")}});
        const SandboxReply reply = FeatureHashingService::execute(request, true, false);
        QCOMPARE(reply.status, 200);
        const QJsonArray values = output1(reply)[QLatin1String("value")].toObject()[QLatin1String("Values")].toArray();
        QCOMPARE(values.at(0).toArray().at(0).toString(), QStringLiteral("id-1"));
        QVERIFY(values.at(0).toArray().at(1).isNull());
        QCOMPARE(values.at(1).toArray().at(0).toString(), QStringLiteral("7"));
        int sum = 0;
        for (int i = 2; i < 10; ++i)
            sum += values.at(0).toArray().at(i).toString().toInt();
        QCOMPARE(sum, 0); // null text hashes nothing
    }

    void parametersAsStringsOrNumbers_data()
    {
        QTest::addColumn<QJsonValue>("bits");
        QTest::addColumn<int>("columns");
        QTest::newRow("number") << QJsonValue(2) << 1 + 4;
        QTest::newRow("string") << QJsonValue(QStringLiteral("2")) << 1 + 4;
        QTest::newRow("float integral") << QJsonValue(5.0) << 1 + 32;
        QTest::newRow("absent") << QJsonValue(QJsonValue::Undefined) << 1 + 8;
    }
    void parametersAsStringsOrNumbers()
    {
        QFETCH(QJsonValue, bits);
        QFETCH(int, columns);
        QJsonObject parameters;
        if (!bits.isUndefined())
            parameters.insert(QStringLiteral("Hashing bitsize"), bits);
        const SandboxReply reply = FeatureHashingService::execute(guideRequest(parameters), false, false);
        QCOMPARE(reply.status, 200);
        QCOMPARE(output1(reply)[QLatin1String("value")].toObject()[QLatin1String("ColumnNames")].toArray().size(), columns);
    }

    void badParameters_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("bits too wide for a table") << QStringLiteral("Hashing bitsize") << QJsonValue(20);
        QTest::newRow("bits 31") << QStringLiteral("Hashing bitsize") << QJsonValue(QStringLiteral("31"));
        QTest::newRow("bits 0") << QStringLiteral("Hashing bitsize") << QJsonValue(0);
        QTest::newRow("bits 32") << QStringLiteral("Hashing bitsize") << QJsonValue(32);
        QTest::newRow("bits text") << QStringLiteral("Hashing bitsize") << QJsonValue(QStringLiteral("many"));
        QTest::newRow("bits fraction") << QStringLiteral("Hashing bitsize") << QJsonValue(2.5);
        QTest::newRow("ngrams 11") << QStringLiteral("N-grams") << QJsonValue(11);
        QTest::newRow("ngrams negative") << QStringLiteral("N-grams") << QJsonValue(QStringLiteral("-1"));
    }
    void badParameters()
    {
        QFETCH(QString, name);
        QFETCH(QJsonValue, value);
        const SandboxReply reply = FeatureHashingService::execute(guideRequest(QJsonObject{{name, value}}), false, false);
        QCOMPARE(reply.status, 400);
        QCOMPARE(errorOf(reply).value(QLatin1String("code")).toString(), QStringLiteral("BadArgument"));
        QCOMPARE(detailCodeOf(reply), QStringLiteral("BadParameterValue"));
        QVERIFY(errorOf(reply).value(QLatin1String("message")).toString().contains(name));
    }

    void badBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("detail");
        QTest::newRow("not json") << QByteArray("{\"Inputs\": ") << QStringLiteral("BadArgument") << QStringLiteral("RequestBodyInvalid");
        QTest::newRow("json array") << QByteArray("[1,2]") << QStringLiteral("BadArgument") << QStringLiteral("RequestBodyInvalid");
        QTest::newRow("no input1") << QByteArray("{\"Inputs\": {}}") << QStringLiteral("BadArgument") << QStringLiteral("MissingInputPort");
        QTest::newRow("missing Col2") << tableRequest(QJsonArray{QStringLiteral("Col1")}, QJsonArray{QJsonArray{QStringLiteral("x")}})
                                      << QStringLiteral("BadUserArgument") << QStringLiteral("InputParseError");
        QTest::newRow("ragged row") << tableRequest(QJsonArray{QStringLiteral("Col2")}, QJsonArray{QJsonArray{QStringLiteral("x"), QStringLiteral("y")}})
                                    << QStringLiteral("BadUserArgument") << QStringLiteral("InputParseError");
        QTest::newRow("no Values") << QByteArray("{\"Inputs\": {\"input1\": {\"ColumnNames\": [\"Col2\"]}}}")
                                   << QStringLiteral("BadUserArgument") << QStringLiteral("InputParseError");
    }
    void badBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QFETCH(QString, detail);
        const SandboxReply reply = FeatureHashingService::execute(body, false, false);
        QCOMPARE(reply.status, 400);
        QCOMPARE(errorOf(reply).value(QLatin1String("code")).toString(), code);
        QCOMPARE(detailCodeOf(reply), detail);
    }

    void swaggerDescribesColumnsAndParameters()
    {
        const QJsonObject swagger = FeatureHashingService::swagger(QStringLiteral("127.0.0.1:1"), QStringLiteral("/workspaces/sandbox/services/feature-hashing"));
        QCOMPARE(swagger.value(QLatin1String("basePath")).toString(), QStringLiteral("/workspaces/sandbox/services/feature-hashing"));
        const QJsonObject definitions = swagger.value(QLatin1String("definitions")).toObject();
        const QJsonObject item = definitions.value(QLatin1String("input1Item")).toObject();
        QCOMPARE(item.value(QLatin1String("required")).toArray().first().toString(), QStringLiteral("Col2"));
        const QJsonObject bits = definitions[QLatin1String("GlobalParameters")].toObject()[QLatin1String("properties")].toObject()[QLatin1String("Hashing bitsize")].toObject();
        QCOMPARE(bits.value(QLatin1String("default")).toInt(), 3);
        QCOMPARE(bits.value(QLatin1String("maximum")).toInt(), 16);
        QVERIFY(definitions[QLatin1String("ExecutionRequest")].toObject().contains(QLatin1String("example")));
    }

    void textWithQuotesAndControlCharactersIsValidJson()
    {
        const QString text = QStringLiteral("say \"hi\"\\ \x01 tab\there");
        const SandboxReply reply = FeatureHashingService::execute(tableRequest(QJsonArray{QStringLiteral("Col2")}, QJsonArray{QJsonArray{text}}), false, false);
        QCOMPARE(reply.status, 200);
        const QJsonArray row = output1(reply)[QLatin1String("value")].toObject()[QLatin1String("Values")].toArray().first().toArray();
        QCOMPARE(row.first().toString(), text);
    }
};

QTEST_APPLESS_MAIN(TestFeatureHashingService)
#include "tst_featurehashingservice.moc"
