#include "savefile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace ScoreDesk {

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        // A pipe, a terminal or a device (/dev/stdout): written through, never renamed over.
        QFile target(path);
        if (!target.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || target.write(bytes) != bytes.size()) {
            *error = path + QStringLiteral(": ") + target.errorString();
            return false;
        }
        return true;
    }
    QDir().mkpath(info.absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return false;
    }
    return true;
}

} // namespace ScoreDesk
