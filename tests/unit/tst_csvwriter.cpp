#include "core/table/csvreader.h"
#include "core/table/csvwriter.h"

#include <QBuffer>
#include <QTest>

using namespace ScoreDesk;

class TestCsvWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void quotesOnlyWhenNeeded_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("abc");
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"x\"") << QStringLiteral("\"say \"\"x\"\"\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("leading space") << QStringLiteral(" a") << QStringLiteral("\" a\"");
        QTest::newRow("empty string") << QStringLiteral("") << QStringLiteral("\"\"");
    }
    void quotesOnlyWhenNeeded()
    {
        QFETCH(QString, field);
        QFETCH(QString, written);
        QCOMPARE(CsvWriter::quoteField(field, QLatin1Char(','), false), written);
    }

    void nullIsWrittenAsNothing()
    {
        QCOMPARE(CsvWriter::quoteField(QString(), QLatin1Char(','), true), QString());
    }

    void roundTripKeepsEveryCell()
    {
        DataTable table(QStringList{QStringLiteral("a"), QStringLiteral("b, c"), QStringLiteral("d")});
        table.appendRow({QStringLiteral("1"), QStringLiteral("x\r\ny"), QString()}, {false, false, true});
        table.appendRow({QStringLiteral(""), QStringLiteral("\"q\""), QString::fromUtf8("\xe6\x97\xa5")}, {false, false, false});

        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer, QLatin1Char(','), QStringLiteral("\r\n"));
        QVERIFY(writer.writeTable(table));
        buffer.close();
        buffer.open(QIODevice::ReadOnly);

        DataTable back;
        CsvError error;
        QVERIFY2(readCsvTable(&buffer, &back, &error), qPrintable(error.toString()));
        QCOMPARE(back.columnNames(), table.columnNames());
        QCOMPARE(back.rowCount(), table.rowCount());
        for (qsizetype r = 0; r < table.rowCount(); ++r) {
            for (qsizetype c = 0; c < table.columnCount(); ++c) {
                QCOMPARE(back.cell(r, c), table.cell(r, c));
                QCOMPARE(back.isNull(r, c), table.isNull(r, c));
            }
        }
    }
};

QTEST_APPLESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
