#include "featurehashingservice.h"
#include "testdata.h"

#include "core/service/serviceschema.h"

#include <QJsonDocument>
#include <QTest>

using namespace ScoreDesk;

class TestServiceSchema : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classicDescription()
    {
        ServiceSchema schema;
        QString error;
        QVERIFY2(ServiceSchema::parse(classicSwaggerJson(), &schema, &error), qPrintable(error));
        QCOMPARE(schema.title, QStringLiteral("Income prediction"));
        QCOMPARE(schema.inputs.size(), 2);
        QCOMPARE(schema.inputs.at(0).name, QStringLiteral("input1"));
        QCOMPARE(schema.inputs.at(1).name, QStringLiteral("lookup"));

        const QList<SchemaColumn> &columns = schema.inputs.first().columns;
        QStringList names;
        for (const SchemaColumn &column : columns)
            names.append(column.name);
        QCOMPARE(names, (QStringList{QStringLiteral("age"), QStringLiteral("workclass"), QStringLiteral("fnlwgt"), QStringLiteral("birthday"), QStringLiteral("employed")}));
        QCOMPARE(columns.at(0).type, ColumnType::Integer);
        QVERIFY(columns.at(0).required);
        QCOMPARE(columns.at(1).enumValues, (QStringList{QStringLiteral("Private"), QStringLiteral("Self-emp"), QStringLiteral("Gov")}));
        QCOMPARE(columns.at(2).type, ColumnType::Double);
        QVERIFY(!columns.at(2).required);
        QCOMPARE(columns.at(3).type, ColumnType::DateTime);
        QCOMPARE(columns.at(4).type, ColumnType::Boolean);

        QCOMPARE(schema.outputs.size(), 1);
        QCOMPARE(schema.outputs.first().columns.first().name, QStringLiteral("Scored Labels"));

        QCOMPARE(schema.globalParameters.size(), 3);
        const SchemaParameter &threshold = schema.globalParameters.at(0);
        QCOMPARE(threshold.name, QStringLiteral("Threshold"));
        QCOMPARE(threshold.defaultValue.toDouble(), 0.5);
        QCOMPARE(threshold.maximum, std::optional<double>(1.0));
        QVERIFY(threshold.check(QStringLiteral("0.7")).isEmpty());
        QVERIFY(threshold.check(QStringLiteral("1.5")).contains(QLatin1String("at most 1")));
        QVERIFY(threshold.check(QStringLiteral("half")).contains(QLatin1String("double")));
        QVERIFY(schema.globalParameters.at(1).check(QStringLiteral("slow")).contains(QLatin1String("one of")));
        QCOMPARE(schema.globalParameters.at(2).type, ColumnType::Integer);

        const DataTable example = schema.exampleTable(schema.inputs.first());
        QCOMPARE(example.rowCount(), 1);
        QCOMPARE(example.cell(0, 1), QStringLiteral("Private"));
        QVERIFY(example.isNull(0, 3));
        const DataTable empty = schema.emptyTable(schema.inputs.at(1));
        QCOMPARE(empty.columnNames(), (QStringList{QStringLiteral("zip"), QStringLiteral("area")}));
        QCOMPARE(empty.rowCount(), 0);
    }

    void sandboxDescription()
    {
        const QByteArray json = QJsonDocument(Sandbox::FeatureHashingService::swagger(QStringLiteral("h:1"), QStringLiteral("/x"), true)).toJson();
        ServiceSchema schema;
        QString error;
        QVERIFY2(ServiceSchema::parse(json, &schema, &error), qPrintable(error));
        QCOMPARE(schema.inputs.size(), 1);
        QCOMPARE(schema.inputs.first().columns.size(), 1);
        QVERIFY(schema.inputs.first().columns.first().required);
        QCOMPARE(schema.outputs.size(), 2);
        QCOMPARE(schema.globalParameters.size(), 2);
        QCOMPARE(schema.globalParameters.first().name, QStringLiteral("Hashing bitsize"));
        QCOMPARE(schema.globalParameters.first().defaultValue.toInt(), 3);
        QCOMPARE(schema.exampleTable(schema.inputs.first()).cell(0, 0), QStringLiteral("This is a good day"));
    }

    void unusableDescriptions_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("html") << QByteArray("<html></html>");
        QTest::newRow("no definitions") << QByteArray("{\"swagger\":\"2.0\"}");
        QTest::newRow("no inputs") << QByteArray("{\"definitions\":{\"GlobalParameters\":{}}}");
    }
    void unusableDescriptions()
    {
        QFETCH(QByteArray, json);
        ServiceSchema schema;
        QString error;
        QVERIFY(!ServiceSchema::parse(json, &schema, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestServiceSchema)
#include "tst_serviceschema.moc"
