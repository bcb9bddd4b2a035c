#include "joboutputs.h"

#include "../filenames.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace ScoreDesk::JobOutputs {

QString folderName(const QString &workspaceName, const QDateTime &submittedAt, const QString &jobId)
{
    const QString when = submittedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH-mm-ss"));
    return safeFileName(QStringLiteral("%1 %2 %3").arg(workspaceName.isEmpty() ? QStringLiteral("job") : workspaceName, when, jobId.left(8)));
}

QString freeFolder(const QString &parent, const QString &name)
{
    const QDir dir(parent);
    QString candidate = dir.filePath(name);
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = dir.filePath(QStringLiteral("%1 (%2)").arg(name).arg(n));
    return candidate;
}

QString targetPath(const JobRecord &record, const BesOutput &output)
{
    static const QStringList outputTypes{QStringLiteral("csv"), QStringLiteral("tsv"), QStringLiteral("arff"), QStringLiteral("ilearner")};
    QString suffix = QFileInfo(output.relativeLocation.isEmpty() ? output.url.path() : output.relativeLocation).suffix().toLower();
    if (!outputTypes.contains(suffix))
        suffix = QStringLiteral("csv");
    return QDir(record.outputDir).filePath(safeFileName(output.name + QLatin1Char('.') + suffix));
}

Source sourceOf(const BesOutput &output)
{
    Source source;
    if (output.connectionString.isEmpty()) {
        source.url = output.url;
        if (!source.url.isValid() || (source.url.scheme() != QLatin1String("https") && source.url.scheme() != QLatin1String("http")))
            source.error = QCoreApplication::translate("JobOutputs", "the service gave no usable location for %1").arg(output.name);
        return source;
    }
    QString problem;
    source.account = StorageAccount::fromConnectionString(output.connectionString, &problem);
    const QString container = output.relativeLocation.section(QLatin1Char('/'), 0, 0);
    const QString blob = output.relativeLocation.section(QLatin1Char('/'), 1);
    if (!source.account.isValid() || container.isEmpty() || blob.isEmpty()) {
        source.error = QCoreApplication::translate("JobOutputs", "the service's location for %1 is not usable: %2")
                           .arg(output.name, problem.isEmpty() ? output.relativeLocation : problem);
        return source;
    }
    source.url = source.account.blobUrl(container, blob);
    if (source.account.key.isEmpty())
        source.url.setQuery(source.account.sasToken, QUrl::TolerantMode);
    return source;
}

} // namespace ScoreDesk::JobOutputs
