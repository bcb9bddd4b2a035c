#include "core/table/datatable.h"
#include "core/table/rowordering.h"

#include <QTest>

using namespace ScoreDesk;

class TestDataTable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // A results grid's sort: numbers by value, text after numbers, nulls last both ways, equal
    // rows in the service's order; text by code point.
    void sortedRowOrder()
    {
        DataTable table;
        table.addColumn(QStringLiteral("score"), ColumnType::Double);
        table.addColumn(QStringLiteral("name"), ColumnType::String);
        const QList<std::pair<const char *, const char *>> rows{{"9", "b"}, {"10.5", "a"}, {nullptr, "z"}, {"n/a", "Ä"}, {"-1e3", "a"}, {"9", "c"}};
        for (const auto &[score, name] : rows) {
            if (score)
                table.appendCell(0, QByteArrayView(score));
            else
                table.appendNullCell(0);
            table.appendCell(1, QByteArrayView(name));
            table.finishRow();
        }
        QCOMPARE(ScoreDesk::sortedRowOrder(table, 0, false), (std::vector<int>{4, 0, 5, 1, 3, 2}));
        QCOMPARE(ScoreDesk::sortedRowOrder(table, 0, true), (std::vector<int>{3, 1, 0, 5, 4, 2}));
        QCOMPARE(ScoreDesk::sortedRowOrder(table, 1, false), (std::vector<int>{1, 4, 0, 5, 2, 3}));
        std::atomic_bool cancelled{true};
        QVERIFY(ScoreDesk::sortedRowOrder(table, 0, false, &cancelled).empty());
    }

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

    void structureEdits()
    {
        DataTable table(QStringList{QStringLiteral("a"), QStringLiteral("b")});
        for (int i = 0; i < 4; ++i)
            table.appendRow({QString::number(i), QStringLiteral("x%1").arg(i)});
        table.insertRows(1, 2);
        QCOMPARE(table.rowCount(), 6);
        QVERIFY(table.isNull(1, 0) && table.isNull(2, 1));
        QCOMPARE(table.cell(3, 0), QStringLiteral("1"));
        table.removeRows(1, 2);
        QCOMPARE(table.column(0).texts(), (QStringList{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
        table.moveRow(0, 3);
        QCOMPARE(table.column(0).texts(), (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("0")}));
        QCOMPARE(table.cell(3, 1), QStringLiteral("x0"));
        table.setNull(1, 1);
        table.moveRow(1, 0);
        QVERIFY(table.isNull(0, 1)); // the null mark moves with its row
        table.insertColumn(1, QStringLiteral("mid"), ColumnType::Double);
        QCOMPARE(table.columnNames(), (QStringList{QStringLiteral("a"), QStringLiteral("mid"), QStringLiteral("b")}));
        QCOMPARE(table.column(1).size(), 4);
        table.moveColumn(1, 2);
        table.renameColumn(2, QStringLiteral("last"));
        QCOMPARE(table.columnNames(), (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("last")}));
        table.removeColumn(0);
        QCOMPARE(table.columnNames(), (QStringList{QStringLiteral("b"), QStringLiteral("last")}));
        table.removeRows(2, 100); // clamped
        QCOMPARE(table.rowCount(), 2);
        QCOMPARE(table.column(0).size(), 2);
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
