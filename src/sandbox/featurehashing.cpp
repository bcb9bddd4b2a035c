#include "featurehashing.h"

#include <cstring>

namespace ScoreDesk::Sandbox {

namespace {

constexpr quint32 NgramMultiplier = 27942141u;

inline quint32 rotl32(quint32 x, int r)
{
    return (x << r) | (x >> (32 - r));
}

bool isAllAsciiDigits(const QString &token)
{
    for (const QChar c : token) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return !token.isEmpty();
}

} // namespace

quint32 murmurHash3x86_32(const QByteArray &data, quint32 seed)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.constData());
    const qsizetype length = data.size();
    const qsizetype blocks = length / 4;
    constexpr quint32 c1 = 0xcc9e2d51u;
    constexpr quint32 c2 = 0x1b873593u;
    quint32 h1 = seed;

    for (qsizetype i = 0; i < blocks; ++i) {
        quint32 k1 = 0;
        std::memcpy(&k1, bytes + i * 4, 4); // little-endian reads, as the reference on x86
        k1 *= c1;
        k1 = rotl32(k1, 15);
        k1 *= c2;
        h1 ^= k1;
        h1 = rotl32(h1, 13);
        h1 = h1 * 5 + 0xe6546b64u;
    }

    const unsigned char *tail = bytes + blocks * 4;
    quint32 k1 = 0;
    switch (length & 3) {
    case 3:
        k1 ^= static_cast<quint32>(tail[2]) << 16;
        Q_FALLTHROUGH();
    case 2:
        k1 ^= static_cast<quint32>(tail[1]) << 8;
        Q_FALLTHROUGH();
    case 1:
        k1 ^= tail[0];
        k1 *= c1;
        k1 = rotl32(k1, 15);
        k1 *= c2;
        h1 ^= k1;
    }

    h1 ^= static_cast<quint32>(length);
    h1 ^= h1 >> 16;
    h1 *= 0x85ebca6bu;
    h1 ^= h1 >> 13;
    h1 *= 0xc2b2ae35u;
    h1 ^= h1 >> 16;
    return h1;
}

quint32 tokenHash(const QString &token)
{
    if (isAllAsciiDigits(token)) {
        // The value mod 2^32, digit by digit so that tokens longer than any integer type work.
        quint32 value = 0;
        for (const QChar c : token)
            value = value * 10u + static_cast<quint32>(c.unicode() - '0');
        return value;
    }
    return murmurHash3x86_32(token.toUtf8(), 0);
}

QStringList tokenize(const QString &text)
{
    QStringList tokens;
    QString current;
    for (const QChar c : text) {
        if (c == QLatin1Char(' ') || c == QLatin1Char('\t')) {
            if (!current.isEmpty())
                tokens.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.isEmpty())
        tokens.append(current);
    return tokens;
}

QList<int> hashFeatures(const QString &text, int bits, int ngrams)
{
    const quint32 mask = (bits >= 32) ? 0xffffffffu : ((1u << bits) - 1u);
    QList<int> counts(qsizetype(mask) + 1, 0);
    const QStringList tokens = tokenize(text);
    QList<quint32> hashes;
    hashes.reserve(tokens.size());
    for (const QString &token : tokens)
        hashes.append(tokenHash(token));

    for (const quint32 hash : hashes)
        ++counts[hash & mask];
    for (int n = 2; n <= ngrams; ++n) {
        for (qsizetype start = 0; start + n <= hashes.size(); ++start) {
            quint32 gram = hashes.at(start);
            for (int k = 1; k < n; ++k)
                gram = gram * NgramMultiplier + hashes.at(start + k);
            ++counts[gram & mask];
        }
    }
    return counts;
}

} // namespace ScoreDesk::Sandbox
