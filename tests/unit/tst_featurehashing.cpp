#include "featurehashing.h"

#include <QTest>

using namespace ScoreDesk::Sandbox;

class TestFeatureHashing : public QObject
{
    Q_OBJECT

    static int total(const QList<int> &counts)
    {
        int sum = 0;
        for (int c : counts)
            sum += c;
        return sum;
    }

    // How many hashes n tokens produce with n-grams up to N: every run of 1..N tokens.
    static int expectedTotal(int tokens, int ngrams)
    {
        int sum = tokens;
        for (int n = 2; n <= ngrams; ++n)
            sum += qMax(0, tokens - n + 1);
        return sum;
    }

private Q_SLOTS:
    void murmurMatchesPublishedVectors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<quint32>("expected");
        QTest::newRow("empty") << QByteArray() << 0u << 0u;
        QTest::newRow("empty seed 1") << QByteArray() << 1u << 0x514E28B7u;
        QTest::newRow("hello") << QByteArray("hello") << 0u << 0x248BFA47u;
        QTest::newRow("fox") << QByteArray("The quick brown fox jumps over the lazy dog") << 0u << 0x2E4FF723u;
    }
    void murmurMatchesPublishedVectors()
    {
        QFETCH(QByteArray, input);
        QFETCH(quint32, seed);
        QFETCH(quint32, expected);
        QCOMPARE(murmurHash3x86_32(input, seed), expected);
    }

    void guideExampleReproduced()
    {
        const QList<int> counts = hashFeatures(QStringLiteral("This is a good day"), 3, 2);
        QCOMPARE(counts, (QList<int>{1, 1, 2, 2, 0, 2, 0, 1}));
    }

    void guideTokenBuckets()
    {
        // wire-protocols §6: token buckets 7, 5, 2, 1, 5.
        const QStringList tokens = tokenize(QStringLiteral("This is a good day"));
        QList<quint32> buckets;
        for (const QString &token : tokens)
            buckets.append(tokenHash(token) & 7u);
        QCOMPARE(buckets, (QList<quint32>{7, 5, 2, 1, 5}));
    }

    void digitTokensHashToTheirValue()
    {
        QCOMPARE(tokenHash(QStringLiteral("42")), 42u);
        QCOMPARE(tokenHash(QStringLiteral("0")), 0u);
        QCOMPARE(tokenHash(QStringLiteral("4294967295")), 4294967295u);
        QCOMPARE(tokenHash(QStringLiteral("4294967296")), 0u); // mod 2^32
        QCOMPARE(tokenHash(QStringLiteral("4294967297")), 1u);
        // A very long digit run is still its value mod 2^32, computed digit by digit.
        quint32 expected = 0;
        const QString longDigits = QStringLiteral("98765432109876543210987654321");
        for (QChar c : longDigits)
            expected = expected * 10u + static_cast<quint32>(c.unicode() - '0');
        QCOMPARE(tokenHash(longDigits), expected);
        QCOMPARE(hashFeatures(QStringLiteral("42"), 3, 2), (QList<int>{0, 0, 1, 0, 0, 0, 0, 0}));
    }

    void mixedDigitTokensAreHashedAsText()
    {
        QCOMPARE(tokenHash(QStringLiteral("42a")), murmurHash3x86_32("42a"));
        QCOMPARE(tokenHash(QStringLiteral("-42")), murmurHash3x86_32("-42"));
        // Non-ASCII digits are not "ASCII digits": hashed as UTF-8 text.
        const QString arabicIndic = QString::fromUtf8("\xd9\xa4\xd9\xa2");
        QCOMPARE(tokenHash(arabicIndic), murmurHash3x86_32(arabicIndic.toUtf8()));
    }

    void nonAsciiTextHashesItsUtf8Bytes()
    {
        const QString word = QString::fromUtf8("d\xc3\xad" "a");
        QCOMPARE(tokenHash(word), murmurHash3x86_32(QByteArray("d\xc3\xad" "a")));
        const QString emoji = QString::fromUtf8("\xf0\x9f\x98\x80");
        QCOMPARE(tokenHash(emoji), murmurHash3x86_32(QByteArray("\xf0\x9f\x98\x80")));
        const QString mixed = QString::fromUtf8("caf\xc3\xa9 \xe6\x97\xa5\xe6\x9c\xac \xf0\x9f\x98\x80");
        QCOMPARE(total(hashFeatures(mixed, 4, 2)), expectedTotal(3, 2));
    }

    void tabsAndRunsOfSpacesSeparateTokens()
    {
        QCOMPARE(tokenize(QStringLiteral("  a\tb  \t c ")), (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(hashFeatures(QStringLiteral("This\tis  a good\t\tday"), 3, 2), hashFeatures(QStringLiteral("This is a good day"), 3, 2));
        // Newlines and punctuation are part of tokens: the module does not strip them.
        QCOMPARE(tokenize(QStringLiteral("a\nb, c")), (QStringList{QStringLiteral("a\nb,"), QStringLiteral("c")}));
    }

    void caseIsKept()
    {
        QVERIFY(tokenHash(QStringLiteral("Day")) != tokenHash(QStringLiteral("day")));
    }

    void emptyTextGivesZeros()
    {
        QCOMPARE(hashFeatures(QString(), 3, 2), QList<int>(8, 0));
        QCOMPARE(hashFeatures(QStringLiteral(" \t "), 5, 10), QList<int>(32, 0));
    }

    void everyBitsizeFrom1To16_data()
    {
        QTest::addColumn<int>("bits");
        for (int bits = 1; bits <= 16; ++bits)
            QTest::addRow("bits %d", bits) << bits;
    }
    void everyBitsizeFrom1To16()
    {
        QFETCH(int, bits);
        const QString text = QStringLiteral("the cat sat on the mat 2024 and the dog sat too");
        const QList<int> counts = hashFeatures(text, bits, 2);
        QCOMPARE(counts.size(), 1 << bits);
        QCOMPARE(total(counts), expectedTotal(12, 2));
        // Folding to fewer bits merges buckets exactly: the hashes do not depend on the bitsize.
        if (bits > 1) {
            const QList<int> smaller = hashFeatures(text, bits - 1, 2);
            for (int i = 0; i < smaller.size(); ++i)
                QCOMPARE(smaller.at(i), counts.at(i) + counts.at(i + smaller.size()));
        }
    }

    void everyNgramCountFrom0To10_data()
    {
        QTest::addColumn<int>("ngrams");
        for (int n = 0; n <= 10; ++n)
            QTest::addRow("ngrams %d", n) << n;
    }
    void everyNgramCountFrom0To10()
    {
        QFETCH(int, ngrams);
        const QString text = QStringLiteral("one two three four five six seven");
        QCOMPARE(total(hashFeatures(text, 6, ngrams)), expectedTotal(7, ngrams));
    }

    void ngramsChainTokenHashes()
    {
        // The bigram of "42 7" is 42 * 27942141 + 7 (mod 2^32).
        const quint32 bigram = 42u * 27942141u + 7u;
        QList<int> expected(16, 0);
        ++expected[42 & 15];
        ++expected[7];
        ++expected[bigram & 15];
        QCOMPARE(hashFeatures(QStringLiteral("42 7"), 4, 2), expected);
        QCOMPARE(hashFeatures(QStringLiteral("42 7"), 4, 1), hashFeatures(QStringLiteral("42 7"), 4, 0));
    }
};

QTEST_APPLESS_MAIN(TestFeatureHashing)
#include "tst_featurehashing.moc"
