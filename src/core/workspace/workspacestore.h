#pragma once

#include "workspace.h"

#include <QList>
#include <QString>

namespace ScoreDesk {

// The list of workspaces, saved as JSON (with a schema version) in the app's config folder.
// Writes go through QSaveFile, so a crash or a full disk never leaves half a file. A file
// that cannot be read is reported and left alone: the store then refuses to save over it.
class WorkspaceStore
{
public:
    static constexpr int SchemaVersion = 1;

    // The caller names the file: the app and the CLI pass standardFilePath(), tests their own.
    explicit WorkspaceStore(const QString &filePath);

    static QString standardFilePath();

    // False with an error when the file exists but is not a workspace list we can read.
    bool load(QString *error);
    bool save(QString *error);
    bool isReadOnly() const { return m_readOnly; }
    QString filePath() const { return m_filePath; }

    const QList<Workspace> &workspaces() const { return m_workspaces; }
    const Workspace *findById(const QUuid &id) const;
    const Workspace *findByName(const QString &name) const;

    // Adds (new id) or replaces (same id). False when another workspace has the same name.
    bool put(const Workspace &workspace, QString *error);
    bool remove(const QUuid &id);

    // Definitions only: the format is the same as the file's, and never holds a secret.
    static QByteArray exportJson(const QList<Workspace> &workspaces);
    // Reads an export; each imported workspace gets a fresh id and, if needed, a unique name.
    bool importJson(const QByteArray &json, QList<Workspace> *imported, QString *error);

private:
    QString uniqueName(const QString &wanted) const;

    QString m_filePath;
    QList<Workspace> m_workspaces;
    bool m_readOnly = false;
};

} // namespace ScoreDesk
