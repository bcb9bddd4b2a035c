#include "bescodec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace ScoreDesk {

namespace {

QJsonObject locationJson(const BesBlobLocation &location)
{
    return QJsonObject{{QStringLiteral("ConnectionString"), location.connectionString},
                       {QStringLiteral("RelativeLocation"), location.relativeLocation}};
}

} // namespace

QString besJobStateName(BesJobState state)
{
    switch (state) {
    case BesJobState::NotStarted:
        return QStringLiteral("NotStarted");
    case BesJobState::Running:
        return QStringLiteral("Running");
    case BesJobState::Failed:
        return QStringLiteral("Failed");
    case BesJobState::Cancelled:
        return QStringLiteral("Cancelled");
    case BesJobState::Finished:
        return QStringLiteral("Finished");
    case BesJobState::Unknown:
        break;
    }
    return QStringLiteral("Unknown");
}

bool isFinalState(BesJobState state)
{
    return state == BesJobState::Failed || state == BesJobState::Cancelled || state == BesJobState::Finished;
}

QByteArray encodeBesSubmission(const BesSubmission &submission)
{
    QJsonObject outputs;
    for (auto it = submission.outputs.begin(); it != submission.outputs.end(); ++it)
        outputs.insert(it.key(), locationJson(it.value()));
    return QJsonDocument(QJsonObject{{QStringLiteral("Input"), locationJson(submission.input)},
                                     {QStringLiteral("Outputs"), outputs},
                                     {QStringLiteral("GlobalParameters"), submission.globalParameters}})
        .toJson(QJsonDocument::Compact);
}

bool isValidJobId(const QString &id)
{
    if (id.isEmpty() || id.size() > 200 || id == QLatin1String(".") || id == QLatin1String(".."))
        return false;
    return std::all_of(id.cbegin(), id.cend(), [](QChar c) {
        return c.unicode() > 0x20 && c.unicode() < 0x7f && !QStringLiteral("/\\?#%").contains(c);
    });
}

bool decodeBesJobId(const QByteArray &body, QString *id, QString *error)
{
    // QJsonDocument reads only objects and arrays: read the string as an array's one element.
    const QJsonDocument document = QJsonDocument::fromJson('[' + body.trimmed() + ']');
    const QJsonValue value = document.array().size() == 1 ? document.array().first() : QJsonValue();
    if (!value.isString() || value.toString().isEmpty()) {
        *error = QCoreApplication::translate("BesCodec", "the service did not answer with a job id");
        return false;
    }
    if (!isValidJobId(value.toString())) {
        *error = QCoreApplication::translate("BesCodec", "the service answered with a job id that cannot be used: %1")
                     .arg(value.toString().left(60).toHtmlEscaped());
        return false;
    }
    *id = value.toString();
    return true;
}

bool decodeBesStatus(const QByteArray &body, BesStatus *status, QString *error)
{
    *status = BesStatus();
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject()) {
        *error = QCoreApplication::translate("BesCodec", "the job status is not a JSON object");
        return false;
    }
    const QJsonObject root = document.object();
    const QJsonValue code = root.value(QLatin1String("StatusCode"));
    if (code.isDouble()) {
        const int number = code.toInt(-1);
        status->state = number >= 0 && number <= 4 ? BesJobState(number) : BesJobState::Unknown;
    } else {
        const QString name = code.toString();
        for (int s = 0; s <= 4; ++s) {
            if (name.compare(besJobStateName(BesJobState(s)), Qt::CaseInsensitive) == 0)
                status->state = BesJobState(s);
        }
    }
    if (status->state == BesJobState::Unknown) {
        *error = QCoreApplication::translate("BesCodec", "unknown job status '%1'").arg(code.isDouble() ? QString::number(code.toDouble()) : code.toString());
        return false;
    }
    status->details = root.value(QLatin1String("Details")).toString();
    status->createdAt = root.value(QLatin1String("CreatedAt")).toString();
    status->startTime = root.value(QLatin1String("StartTime")).toString();
    status->endTime = root.value(QLatin1String("EndTime")).toString();
    const QJsonObject results = root.value(QLatin1String("Results")).toObject();
    for (auto it = results.begin(); it != results.end(); ++it) {
        const QJsonObject result = it.value().toObject();
        BesOutput output;
        output.name = it.key();
        QString relative = result.value(QLatin1String("RelativeLocation")).toString();
        while (relative.startsWith(QLatin1Char('/')))
            relative.remove(0, 1);
        output.relativeLocation = relative;
        output.connectionString = result.value(QLatin1String("ConnectionString")).toString();
        if (output.connectionString.isEmpty()) {
            QString base = result.value(QLatin1String("BaseLocation")).toString();
            if (!base.endsWith(QLatin1Char('/')))
                base += QLatin1Char('/');
            output.url = QUrl(base + relative + result.value(QLatin1String("SasBlobToken")).toString());
        }
        status->outputs.append(output);
    }
    return true;
}

} // namespace ScoreDesk
