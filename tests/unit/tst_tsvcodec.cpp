#include "core/table/tsvcodec.h"

#include <QTest>

using namespace ScoreDesk;

class TestTsvCodec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void spreadsheetCopy()
    {
        // What a spreadsheet puts on the clipboard for a 2x3 range, with a final line break.
        const QList<QStringList> rows = parseTsv(QStringLiteral("a\tb\tc\r\n1\t\t3\r\n"));
        QCOMPARE(rows, (QList<QStringList>{{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
                                           {QStringLiteral("1"), QString(), QStringLiteral("3")}}));
    }

    void quotedCellsWithNewlinesAndTabs()
    {
        const QList<QStringList> rows = parseTsv(QStringLiteral("\"two\nlines\"\t\"tab\there\"\nx\t\"say \"\"hi\"\"\""));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).at(0), QStringLiteral("two\nlines"));
        QCOMPARE(rows.at(0).at(1), QStringLiteral("tab\there"));
        QCOMPARE(rows.at(1).at(1), QStringLiteral("say \"hi\""));
    }

    void looseTextFallsBackToLines()
    {
        // A stray quote is no reason to refuse a paste.
        const QList<QStringList> rows = parseTsv(QStringLiteral("5\" screen\t10\nok\t2"));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).at(0), QStringLiteral("5\" screen"));
    }

    void roundTrip()
    {
        const QList<QStringList> rows{{QStringLiteral("x"), QString(), QStringLiteral("a\tb")},
                                      {QStringLiteral("line\nbreak"), QStringLiteral("\"q\""), QStringLiteral("caf\u00e9")}};
        const QString text = toTsv(rows);
        QVERIFY(text.startsWith(QLatin1String("x\t\t\"a\tb\"\n")));
        QCOMPARE(parseTsv(text), rows);
    }
};

QTEST_APPLESS_MAIN(TestTsvCodec)
#include "tst_tsvcodec.moc"
