#include "workspacefiles.h"

#include "../savefile.h"

#include <QDir>
#include <QFile>

namespace ScoreDesk {

WorkspaceFiles::WorkspaceFiles(const QString &folder)
    : m_folder(folder)
{
}

QString WorkspaceFiles::pathOf(const QUuid &workspace, const QString &kind) const
{
    return QDir(m_folder).filePath(workspace.toString(QUuid::WithoutBraces) + QLatin1Char('.') + kind + QStringLiteral(".json"));
}

QByteArray WorkspaceFiles::read(const QUuid &workspace, const QString &kind) const
{
    QFile file(pathOf(workspace, kind));
    return !workspace.isNull() && file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool WorkspaceFiles::write(const QUuid &workspace, const QString &kind, const QByteArray &bytes, QString *error) const
{
    if (workspace.isNull() || !QDir().mkpath(m_folder)) {
        if (error)
            *error = QStringLiteral("cannot create %1").arg(QDir::toNativeSeparators(m_folder));
        return false;
    }
    return writeFileAtomically(pathOf(workspace, kind), bytes, error);
}

void WorkspaceFiles::remove(const QUuid &workspace, const QString &kind) const
{
    QFile::remove(pathOf(workspace, kind));
}

void WorkspaceFiles::removeAllBut(const std::function<bool(const QUuid &)> &keep) const
{
    QDir dir(m_folder);
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString &name : names) {
        const QUuid id = QUuid::fromString(name.section(QLatin1Char('.'), 0, 0));
        if (!id.isNull() && !keep(id))
            dir.remove(name);
    }
}

bool WorkspaceFiles::contains(const QUuid &workspace, const QString &kind) const
{
    return !workspace.isNull() && QFile::exists(pathOf(workspace, kind));
}

} // namespace ScoreDesk
