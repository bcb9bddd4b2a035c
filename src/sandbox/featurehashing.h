#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace ScoreDesk::Sandbox {

// The classic "Feature Hashing" module as reconstructed in wire-protocols §6: tokens split on
// spaces and tabs; digit-only tokens hash to their value mod 2^32, others to MurmurHash3
// x86_32 (seed 0) of their UTF-8; n-grams chain token hashes; each hash counts into bucket
// hash & (2^bits - 1).
quint32 murmurHash3x86_32(const QByteArray &data, quint32 seed = 0);
quint32 tokenHash(const QString &token);
QStringList tokenize(const QString &text);

// Counts per bucket (2^bits of them). ngrams 0 and 1 both mean unigrams only.
QList<int> hashFeatures(const QString &text, int bits, int ngrams);

} // namespace ScoreDesk::Sandbox
