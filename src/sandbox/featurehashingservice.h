#pragma once

#include "sandboxreply.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace ScoreDesk::Sandbox {

// The guide's example service: text column Col2 through the feature-hashing experiment.
// Pure request-to-reply functions; the server only moves bytes.
class FeatureHashingService
{
public:
    static constexpr int DefaultBits = 3;
    static constexpr int DefaultNgrams = 2;
    static constexpr int MaxBits = 31;         // what the module accepts at all
    static constexpr int MaxTableBits = 16;    // 65,536 columns: the widest table it will produce
    static constexpr int MaxNgrams = 10;

    static QString name() { return QStringLiteral("feature-hashing"); }
    // The same experiment with a second output: per row, how many tokens and hashes it had.
    static QString reportName() { return QStringLiteral("feature-hashing-report"); }
    static QString textColumn() { return QStringLiteral("Col2"); }

    // POST .../execute; details adds ColumnTypes, swaggerFormat switches to lists of row objects.
    static SandboxReply execute(const QByteArray &body, bool details, bool swaggerFormat, bool withReport = false);

    // Reads and checks the two global parameters; the refusal to send otherwise. Shared by
    // request/response calls and batch jobs.
    static std::optional<SandboxReply> readParameters(const QJsonObject &parameters, int *bits, int *ngrams);

    // GET .../swagger.json, with basePath and host of the URL it was asked on.
    static QJsonObject swagger(const QString &host, const QString &basePath, bool withReport = false);
};

} // namespace ScoreDesk::Sandbox
