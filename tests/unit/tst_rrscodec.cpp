#include "core/service/rrscodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ScoreDesk;

class TestRrsCodec : public QObject
{
    Q_OBJECT

    static RrsRequest sampleRequest(bool swagger)
    {
        DataTable table;
        table.addColumn(QStringLiteral("Col1"), ColumnType::Integer);
        table.addColumn(QStringLiteral("Col2"), ColumnType::String);
        table.addColumn(QStringLiteral("Score"), ColumnType::Double);
        table.appendRow({QStringLiteral("7"), QStringLiteral("This is a good day"), QStringLiteral("0.5")});
        table.appendRow({QStringLiteral("n/a"), QString(), QString()}, {false, true, false});
        RrsRequest request;
        request.inputs.append({QStringLiteral("input1"), table});
        request.globalParameters.insert(QStringLiteral("Hashing bitsize"), QStringLiteral("3"));
        request.swaggerFormat = swagger;
        return request;
    }

private Q_SLOTS:
    void tableFormRequest()
    {
        const QJsonObject root = QJsonDocument::fromJson(encodeRrsRequest(sampleRequest(false))).object();
        const QJsonObject input = root[QLatin1String("Inputs")].toObject()[QLatin1String("input1")].toObject();
        QCOMPARE(input[QLatin1String("ColumnNames")].toArray().size(), 3);
        const QJsonArray rows = input[QLatin1String("Values")].toArray();
        QCOMPARE(rows.at(0).toArray().at(0), QJsonValue(7));                       // numeric column: a number
        QCOMPARE(rows.at(0).toArray().at(1), QJsonValue(QStringLiteral("This is a good day")));
        QCOMPARE(rows.at(0).toArray().at(2), QJsonValue(0.5));
        QCOMPARE(rows.at(1).toArray().at(0), QJsonValue(QStringLiteral("n/a")));   // not a number: kept as text
        QVERIFY(rows.at(1).toArray().at(1).isNull());                              // null stays null
        QCOMPARE(rows.at(1).toArray().at(2), QJsonValue(QString()));                // empty stays empty
        QCOMPARE(root[QLatin1String("GlobalParameters")].toObject()[QLatin1String("Hashing bitsize")], QJsonValue(QStringLiteral("3")));
    }

    void swaggerFormRequest()
    {
        const QJsonObject root = QJsonDocument::fromJson(encodeRrsRequest(sampleRequest(true))).object();
        const QJsonArray rows = root[QLatin1String("Inputs")].toObject()[QLatin1String("input1")].toArray();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).toObject()[QLatin1String("Col2")], QJsonValue(QStringLiteral("This is a good day")));
        QCOMPARE(rows.at(0).toObject()[QLatin1String("Col1")], QJsonValue(7));
    }

    // The table's column order goes on the wire in both forms, so that the answer comes back
    // in it (a JSON object that sorts its keys would send Zeta after Alpha).
    void requestKeepsTheTablesColumnOrder()
    {
        DataTable table(QStringList{QStringLiteral("Zeta"), QStringLiteral("Alpha"), QStringLiteral("Mid")});
        table.appendRow({QStringLiteral("z"), QStringLiteral("a"), QStringLiteral("m")});
        RrsRequest request{{{QStringLiteral("input1"), table}}, {}, true};
        const QByteArray swagger = encodeRrsRequest(request);
        QVERIFY2(swagger.contains("{\"Zeta\":\"z\",\"Alpha\":\"a\",\"Mid\":\"m\"}"), swagger.constData());
        request.swaggerFormat = false;
        QVERIFY(encodeRrsRequest(request).contains("\"ColumnNames\":[\"Zeta\",\"Alpha\",\"Mid\"]"));
    }

    // Whatever the cells hold, the body is valid JSON that reads back to the same table.
    void awkwardTextRoundTrips()
    {
        DataTable table(QStringList{QStringLiteral("a \"quoted\" \\ name"), QStringLiteral("n")});
        table.setColumnType(1, ColumnType::Double);
        const QString awkward = QStringLiteral("line\nbreak\ttab \u0001 \u00e9 \U0001F600 \"q\" \\ end");
        table.appendRow({awkward, QStringLiteral("nan")});
        table.appendRow({QString(), QStringLiteral("2.5")}, {true, false});
        for (const bool swagger : {false, true}) {
            const QByteArray body = encodeRrsRequest({{{QStringLiteral("in"), table}}, {{QStringLiteral("p"), QStringLiteral("1")}}, swagger});
            QJsonParseError error;
            QVERIFY2(!QJsonDocument::fromJson(body, &error).isNull(), qPrintable(error.errorString()));
            RrsRequest back;
            QString problem;
            QVERIFY2(decodeRrsRequest(body, &back, &problem), qPrintable(problem));
            const DataTable &read = back.inputs.first().table;
            QCOMPARE(read.column(0).name, table.column(0).name);
            QCOMPARE(read.cell(0, 0), awkward);
            QCOMPARE(read.cell(0, 1), QStringLiteral("nan")); // not a JSON number: sent as text
            QVERIFY(read.isNull(1, 0));
            QCOMPARE(read.cell(1, 1), QStringLiteral("2.5"));
            QCOMPARE(back.globalParameters.value(QStringLiteral("p")).toString(), QStringLiteral("1"));
        }
    }

    void tableResponseWithTypes()
    {
        const QByteArray body = R"({"Results":{"output1":{"type":"table","value":{"ColumnNames":["Col2","Col2_HashingFeature.0"],"ColumnTypes":["String","Int32"],"Values":[["This is a good day","1"]]}}}})";
        QList<NamedTable> outputs;
        QString error;
        QVERIFY2(decodeRrsResponse(body, &outputs, &error), qPrintable(error));
        QCOMPARE(outputs.size(), 1);
        QCOMPARE(outputs.first().name, QStringLiteral("output1"));
        QCOMPARE(outputs.first().table.column(1).type, ColumnType::Integer);
        QCOMPARE(outputs.first().table.cell(0, 1), QStringLiteral("1"));
    }

    void olderDataTableTypeWithoutColumnTypesAndNumberCells()
    {
        const QByteArray body = R"({"Results":{"output1":{"type":"DataTable","value":{"ColumnNames":["a","b","c","d"],"Values":[[1,2.5,null,true]]}}}})";
        QList<NamedTable> outputs;
        QString error;
        QVERIFY(decodeRrsResponse(body, &outputs, &error));
        const DataTable &table = outputs.first().table;
        QCOMPARE(table.row(0), (QStringList{QStringLiteral("1"), QStringLiteral("2.5"), QString(), QStringLiteral("true")}));
        QVERIFY(table.isNull(0, 2));
        QCOMPARE(table.column(0).type, ColumnType::String);
    }

    void severalOutputs()
    {
        const QByteArray body = R"({"Results":{"output1":{"type":"table","value":{"ColumnNames":["x"],"Values":[["1"]]}},"output2":{"type":"table","value":{"ColumnNames":["y","z"],"Values":[["2","3"],["4","5"]]}}}})";
        QList<NamedTable> outputs;
        QString error;
        QVERIFY(decodeRrsResponse(body, &outputs, &error));
        QCOMPARE(outputs.size(), 2);
        QCOMPARE(outputs.at(1).name, QStringLiteral("output2"));
        QCOMPARE(outputs.at(1).table.rowCount(), 2);
    }

    void swaggerListOfObjects()
    {
        const QByteArray body = R"({"Results":{"output1":[{"Col2":"a","Col2_HashingFeature.0":1},{"Col2":"b","extra":"e"}]}})";
        QList<NamedTable> outputs;
        QString error;
        QVERIFY(decodeRrsResponse(body, &outputs, &error));
        const DataTable &table = outputs.first().table;
        QCOMPARE(table.rowCount(), 2);
        QCOMPARE(table.columnCount(), 3);
        QVERIFY(table.isNull(1, table.columnIndex(QStringLiteral("Col2_HashingFeature.0"))));
        QCOMPARE(table.cell(1, table.columnIndex(QStringLiteral("extra"))), QStringLiteral("e"));
    }

    void swaggerFormKeepsTheServicesColumnOrder()
    {
        QList<NamedTable> outputs;
        QString error;
        QVERIFY(decodeRrsResponse("{\"Results\":{\"output1\":[{\"Zeta\":1,\"Alpha\":\"Zeta\",\"Mid\":null}]}}", &outputs, &error));
        QCOMPARE(outputs.first().table.columnNames(), (QStringList{QStringLiteral("Zeta"), QStringLiteral("Alpha"), QStringLiteral("Mid")}));
        QCOMPARE(outputs.first().table.column(0).type, ColumnType::Double);
        QCOMPARE(outputs.first().table.column(1).type, ColumnType::String);
    }

    void malformedResponses_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("html") << QByteArray("<html>oops</html>");
        QTest::newRow("no Results") << QByteArray(R"({"Outputs":{}})");
        QTest::newRow("output is a string") << QByteArray(R"({"Results":{"output1":"nope"}})");
        QTest::newRow("row is not a list") << QByteArray(R"({"Results":{"output1":{"value":{"ColumnNames":["a"],"Values":["x"]}}}})");
        QTest::newRow("no table inside") << QByteArray(R"({"Results":{"output1":{"type":"table"}}})");
        QTest::newRow("truncated") << QByteArray("{\"Results\":{\"output1\":{\"type\":\"tab");
    }
    void malformedResponses()
    {
        QFETCH(QByteArray, body);
        QList<NamedTable> outputs;
        QString error;
        QVERIFY(!decodeRrsResponse(body, &outputs, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestRrsCodec)
#include "tst_rrscodec.moc"
