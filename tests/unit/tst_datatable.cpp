#include "core/table/datatable.h"

#include <QTest>

using namespace ScoreDesk;

class TestDataTable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void appendAndRead()
    {
        DataTable table(QStringList{QStringLiteral("a"), QStringLiteral("b")});
        table.appendRow({QStringLiteral("1"), QStringLiteral("2")});
        table.appendRow({QStringLiteral("3")}); // short row: the rest is null
        QCOMPARE(table.rowCount(), 2);
        QCOMPARE(table.row(0), (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
        QVERIFY(table.isNull(1, 1));
        QCOMPARE(table.columnIndex(QStringLiteral("b")), 1);
        QCOMPARE(table.columnIndex(QStringLiteral("zz")), -1);
    }

    void addColumnToFilledTableStartsNull()
    {
        DataTable table(QStringList{QStringLiteral("a")});
        table.appendRow({QStringLiteral("1")});
        table.addColumn(QStringLiteral("n"), ColumnType::Integer);
        QCOMPARE(table.columnCount(), 2);
        QVERIFY(table.isNull(0, 1));
        QCOMPARE(table.column(1).type, ColumnType::Integer);
        table.setCell(0, 1, QStringLiteral("5"));
        QVERIFY(!table.isNull(0, 1));
        table.setNull(0, 1);
        QVERIFY(table.isNull(0, 1));
    }

    void typeNames_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<int>("type");
        QTest::newRow("Int32") << QStringLiteral("Int32") << int(ColumnType::Integer);
        QTest::newRow("Int64") << QStringLiteral("Int64") << int(ColumnType::Integer);
        QTest::newRow("Double") << QStringLiteral("Double") << int(ColumnType::Double);
        QTest::newRow("Single") << QStringLiteral("Single") << int(ColumnType::Double);
        QTest::newRow("Boolean") << QStringLiteral("Boolean") << int(ColumnType::Boolean);
        QTest::newRow("DateTime") << QStringLiteral("DateTime") << int(ColumnType::DateTime);
        QTest::newRow("String") << QStringLiteral("String") << int(ColumnType::String);
        QTest::newRow("unknown") << QStringLiteral("Blob") << int(ColumnType::String);
    }
    void typeNames()
    {
        QFETCH(QString, service);
        QFETCH(int, type);
        QCOMPARE(int(columnTypeFromServiceName(service)), type);
    }

    void swaggerTypes()
    {
        QCOMPARE(columnTypeFromSwagger(QStringLiteral("integer"), QStringLiteral("int32")), ColumnType::Integer);
        QCOMPARE(columnTypeFromSwagger(QStringLiteral("number"), QStringLiteral("double")), ColumnType::Double);
        QCOMPARE(columnTypeFromSwagger(QStringLiteral("string"), QStringLiteral("date-time")), ColumnType::DateTime);
        QCOMPARE(columnTypeFromSwagger(QStringLiteral("string"), QString()), ColumnType::String);
    }

    void validation()
    {
        QVERIFY(isValidValue(ColumnType::Integer, QStringLiteral("42")));
        QVERIFY(!isValidValue(ColumnType::Integer, QStringLiteral("4.2")));
        QVERIFY(isValidValue(ColumnType::Double, QStringLiteral("4.2e3")));
        QVERIFY(!isValidValue(ColumnType::Double, QStringLiteral("four")));
        QVERIFY(isValidValue(ColumnType::Boolean, QStringLiteral("TRUE")));
        QVERIFY(!isValidValue(ColumnType::Boolean, QStringLiteral("yes please")));
        QVERIFY(isValidValue(ColumnType::DateTime, QStringLiteral("2026-11-26T10:00:00Z")));
        QVERIFY(!isValidValue(ColumnType::DateTime, QStringLiteral("yesterday")));
        QVERIFY(isValidValue(ColumnType::Integer, QString())); // empty means no value
    }
};

QTEST_APPLESS_MAIN(TestDataTable)
#include "tst_datatable.moc"
