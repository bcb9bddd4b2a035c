#include "core/table/csvreader.h"

#include <QBuffer>
#include <QTest>

using namespace ScoreDesk;

namespace {

bool readTable(const QByteArray &bytes, DataTable *table, CsvError *error)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return readCsvTable(&buffer, table, error);
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plainFileWithLf()
    {
        DataTable table;
        CsvError error;
        QVERIFY2(readTable("Col1,Col2\na,b\nc,d\n", &table, &error), qPrintable(error.message));
        QCOMPARE(table.columnNames(), (QStringList{QStringLiteral("Col1"), QStringLiteral("Col2")}));
        QCOMPARE(table.rowCount(), 2);
        QCOMPARE(table.cell(1, 1), QStringLiteral("d"));
    }

    void crlfBomAndNoFinalNewline()
    {
        DataTable table;
        CsvError error;
        QVERIFY(readTable("\xEF\xBB\xBFName,Text\r\n1,hello\r\n2,world", &table, &error));
        QCOMPARE(table.columnNames().first(), QStringLiteral("Name")); // BOM not part of the name
        QCOMPARE(table.rowCount(), 2);
        QCOMPARE(table.cell(1, 1), QStringLiteral("world"));
    }

    void quotedFieldsWithDelimitersQuotesAndNewlines()
    {
        DataTable table;
        CsvError error;
        QVERIFY(readTable("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"line1\nline2\",\"crlf\r\ninside\"\n", &table, &error));
        QCOMPARE(table.rowCount(), 2);
        QCOMPARE(table.cell(0, 0), QStringLiteral("x, y"));
        QCOMPARE(table.cell(0, 1), QStringLiteral("say \"hi\""));
        QCOMPARE(table.cell(1, 0), QStringLiteral("line1\nline2"));
        QCOMPARE(table.cell(1, 1), QStringLiteral("crlf\r\ninside"));
    }

    void nullIsNotEmpty()
    {
        DataTable table;
        CsvError error;
        QVERIFY(readTable("a,b,c\n,\"\",x\n", &table, &error));
        QVERIFY(table.isNull(0, 0));
        QVERIFY(!table.isNull(0, 1));
        QCOMPARE(table.cell(0, 1), QString());
        QVERIFY(!table.isNull(0, 2));
    }

    void delimiterDetection_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QChar>("delimiter");
        QTest::addColumn<int>("fields");
        QTest::newRow("comma") << QByteArray("a,b\n1,2\n") << QChar(QLatin1Char(',')) << 2;
        QTest::newRow("semicolon") << QByteArray("a;b;c\n1,5;2;3\n") << QChar(QLatin1Char(';')) << 3;
        QTest::newRow("tab") << QByteArray("a\tb\n1\t2\n") << QChar(QLatin1Char('\t')) << 2;
        QTest::newRow("quoted commas do not count") << QByteArray("\"a,b,c\";d\n1;2\n") << QChar(QLatin1Char(';')) << 2;
        QTest::newRow("single column") << QByteArray("Col2\nThis is a good day\n") << QChar(QLatin1Char(',')) << 1;
    }
    void delimiterDetection()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QChar, delimiter);
        QFETCH(int, fields);
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        CsvRecord record;
        QVERIFY(reader.readRecord(&record));
        QCOMPARE(reader.delimiter(), delimiter);
        QVERIFY(reader.readRecord(&record));
        QCOMPARE(record.fields.size(), fields);
    }

    void errorsNameLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<qint64>("column");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("unclosed quote") << QByteArray("a,b\n1,\"open\n2,3\n") << qint64(2) << qint64(3) << QStringLiteral("never closed");
        QTest::newRow("text after closing quote") << QByteArray("a,b\n1,\"x\"y\n") << qint64(2) << qint64(6) << QStringLiteral("after the closing quote");
        QTest::newRow("quote inside field") << QByteArray("a,b\n1,x\"y\n") << qint64(2) << qint64(4) << QStringLiteral("quote inside");
        QTest::newRow("ragged row") << QByteArray("a,b\n1,2\n3\n") << qint64(3) << qint64(0) << QStringLiteral("1 fields but the header has 2");
        QTest::newRow("duplicate header") << QByteArray("a,a\n1,2\n") << qint64(1) << qint64(0) << QStringLiteral("appears twice");
        QTest::newRow("empty header name") << QByteArray("a,\n1,2\n") << qint64(1) << qint64(0) << QStringLiteral("has no name");
        QTest::newRow("empty file") << QByteArray() << qint64(0) << qint64(0) << QStringLiteral("empty");
        QTest::newRow("not utf-8") << QByteArray("a\n\xff\xfe\n") << qint64(2) << qint64(1) << QStringLiteral("UTF-8");
    }
    void errorsNameLineAndColumn()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(qint64, line);
        QFETCH(qint64, column);
        QFETCH(QString, fragment);
        DataTable table;
        CsvError error;
        QVERIFY(!readTable(bytes, &table, &error));
        QVERIFY2(error.message.contains(fragment), qPrintable(error.message));
        QCOMPARE(error.line, line);
        if (column > 0)
            QCOMPARE(error.column, column);
        if (line > 0)
            QVERIFY(error.toString(QStringLiteral("in.csv")).startsWith(QStringLiteral("in.csv:%1:").arg(line)));
    }

    void blankLinesAreSkipped()
    {
        DataTable table;
        CsvError error;
        QVERIFY(readTable("a\n1\n\n2\n\n", &table, &error));
        QCOMPARE(table.rowCount(), 2);
    }

    void largeInputStreamsAcrossChunks()
    {
        // Fields straddle the 64 KiB chunk boundary, including a multi-byte character.
        QByteArray bytes("id,text\n");
        for (int i = 0; i < 20000; ++i)
            bytes += QByteArray::number(i) + ",\"caf\xc3\xa9, \"\"row\"\" " + QByteArray::number(i) + "\"\n";
        DataTable table;
        CsvError error;
        QVERIFY2(readTable(bytes, &table, &error), qPrintable(error.toString()));
        QCOMPARE(table.rowCount(), 20000);
        QCOMPARE(table.cell(19999, 1), QString::fromUtf8("caf\xc3\xa9, \"row\" 19999"));
        QCOMPARE(table.cell(12345, 0), QStringLiteral("12345"));
    }

    // A NUL byte is no text: an error at its place, whether in a field, quoted or first.
    void nulBytesAreAnErrorAtTheirPlace_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<qint64>("column");
        QTest::newRow("in a field") << QByteArray("a,b\nx,y\0z\n", 11) << qint64(2) << qint64(4);
        QTest::newRow("quoted") << QByteArray("a,b\n1,\"p\0q\"\n", 13) << qint64(2) << qint64(5);
        QTest::newRow("first byte") << QByteArray("\0a,b\n", 6) << qint64(1) << qint64(1);
        QTest::newRow("last byte") << QByteArray("a,b\n1,2\0", 9) << qint64(2) << qint64(4);
    }

    void nulBytesAreAnErrorAtTheirPlace()
    {
        QFETCH(QByteArray, input);
        QFETCH(qint64, line);
        QFETCH(qint64, column);
        QBuffer buffer(&input);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        DataTable table;
        CsvError error;
        QVERIFY(!readCsvTable(&buffer, &table, &error));
        QVERIFY2(error.message.contains(QLatin1String("NUL")), qPrintable(error.message));
        QCOMPARE(error.line, line);
        QCOMPARE(error.column, column);
    }
};

QTEST_APPLESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
