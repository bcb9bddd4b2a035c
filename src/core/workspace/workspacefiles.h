#pragma once

#include <QByteArray>
#include <QString>
#include <QUuid>

#include <functional>

namespace ScoreDesk {

// A folder of small files kept per workspace under one name each ("<id>.<kind>.json"): the
// service descriptions read before, and the unsent work of each workspace. None of it is secret
// (keys live in the keychain only); all of it can be thrown away and made again.
class WorkspaceFiles
{
public:
    explicit WorkspaceFiles(const QString &folder);

    QString folder() const { return m_folder; }
    // Empty when nothing is kept (or it cannot be read).
    QByteArray read(const QUuid &workspace, const QString &kind) const;
    bool write(const QUuid &workspace, const QString &kind, const QByteArray &bytes, QString *error) const;
    void remove(const QUuid &workspace, const QString &kind) const;
    bool contains(const QUuid &workspace, const QString &kind) const;
    // Removes the files of every workspace that `keep` says no to (workspaces deleted).
    void removeAllBut(const std::function<bool(const QUuid &workspace)> &keep) const;

private:
    QString pathOf(const QUuid &workspace, const QString &kind) const;

    QString m_folder;
};

} // namespace ScoreDesk
