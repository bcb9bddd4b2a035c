#include "core/table/csvreader.h"
#include "core/table/csvwriter.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTest>

using namespace ScoreDesk;

// Mutation fuzzing of the CSV reader with a fixed seed (repeatable in CI): whatever the bytes,
// it either reads a rectangular table or reports an error with a message, never crashes or
// hangs; and what the writer writes, the reader reads back unchanged.
class TestFuzzCsv : public QObject
{
    Q_OBJECT

    static QByteArray mutate(QByteArray bytes, QRandomGenerator &random)
    {
        static const char alphabet[] = ",;\t\"\r\n a\xc3\xa9\xff\x00";
        const int edits = 1 + int(random.bounded(8));
        for (int i = 0; i < edits; ++i) {
            const qsizetype at = bytes.isEmpty() ? 0 : qsizetype(random.bounded(quint32(bytes.size())));
            const char c = alphabet[random.bounded(quint32(sizeof(alphabet) - 1))];
            switch (random.bounded(3)) {
            case 0:
                bytes.insert(at, c);
                break;
            case 1:
                if (!bytes.isEmpty())
                    bytes.remove(at, 1 + qsizetype(random.bounded(3)));
                break;
            default:
                if (!bytes.isEmpty())
                    bytes[at] = c;
            }
        }
        return bytes;
    }

private Q_SLOTS:
    void mutatedInputsNeverBreakTheReader()
    {
        const QList<QByteArray> seeds{
            "Col1,Col2\n1,This is a good day\n2,\"quoted, text\"\n",
            "a;b;c\r\n1;2;3\r\n\"x\"\"y\";;\r\n",
            "\xEF\xBB\xBFid\ttext\n7\tcaf\xc3\xa9\n",
            "h\n\"multi\nline\"\n",
        };
        QRandomGenerator random(20261126);
        int accepted = 0, rejected = 0;
        for (int i = 0; i < 20000; ++i) {
            const QByteArray input = mutate(seeds.at(i % seeds.size()), random);
            QBuffer buffer;
            buffer.setData(input);
            buffer.open(QIODevice::ReadOnly);
            DataTable table;
            CsvError error;
            if (readCsvTable(&buffer, &table, &error)) {
                ++accepted;
                for (qsizetype c = 0; c < table.columnCount(); ++c) {
                    QCOMPARE(table.column(c).size(), table.rowCount());
                }
            } else {
                ++rejected;
                QVERIFY2(!error.message.isEmpty(), input.toPercentEncoding().constData());
                QVERIFY(error.line >= 0 && error.column >= 0);
            }
        }
        // Both paths were exercised, not just one.
        QVERIFY(accepted > 1000);
        QVERIFY(rejected > 1000);
    }

    void writerOutputAlwaysReadsBack()
    {
        QRandomGenerator random(7);
        static const QString pieces[] = {QStringLiteral("a"), QStringLiteral(","), QStringLiteral("\""), QStringLiteral("\n"),
                                         QStringLiteral("\r\n"), QStringLiteral(" "), QStringLiteral(";"), QStringLiteral("\t"),
                                         QString::fromUtf8("\xe6\x97\xa5")};
        for (int round = 0; round < 300; ++round) {
            const int columns = 1 + int(random.bounded(4));
            QStringList names;
            for (int c = 0; c < columns; ++c)
                names.append(QStringLiteral("c%1").arg(c));
            DataTable table(names);
            const int rows = int(random.bounded(6));
            for (int r = 0; r < rows; ++r) {
                QStringList cells;
                std::vector<bool> nulls;
                for (int c = 0; c < columns; ++c) {
                    QString cell;
                    const int length = int(random.bounded(5));
                    for (int k = 0; k < length; ++k)
                        cell += pieces[random.bounded(quint32(std::size(pieces)))];
                    const bool isNull = cell.isEmpty() && random.bounded(2) == 0;
                    cells.append(cell);
                    nulls.push_back(isNull);
                }
                // A single-column row that is null would be a blank line, which readers skip.
                if (columns == 1 && nulls[0])
                    nulls[0] = false;
                table.appendRow(cells, nulls);
            }
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            QVERIFY(CsvWriter(&buffer).writeTable(table));
            buffer.close();
            buffer.open(QIODevice::ReadOnly);
            DataTable back;
            CsvError error;
            QVERIFY2(readCsvTable(&buffer, &back, &error), qPrintable(error.toString()));
            QCOMPARE(back.rowCount(), table.rowCount());
            for (qsizetype r = 0; r < table.rowCount(); ++r)
                for (qsizetype c = 0; c < table.columnCount(); ++c) {
                    QCOMPARE(back.cell(r, c), table.cell(r, c));
                    QCOMPARE(back.isNull(r, c), table.isNull(r, c));
                }
        }
    }
};

QTEST_APPLESS_MAIN(TestFuzzCsv)
#include "tst_fuzzcsv.moc"
