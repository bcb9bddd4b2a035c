#include "workspacestore.h"

#include "../logging.h"
#include "../savefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

namespace ScoreDesk {

namespace {

bool parseList(const QByteArray &json, QList<Workspace> *workspaces, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull()) {
        *error = QCoreApplication::translate("WorkspaceStore", "not valid JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset);
        return false;
    }
    const QJsonObject root = document.object();
    const int version = root.value(QLatin1String("schemaVersion")).toInt(-1);
    if (version < 1) {
        *error = QCoreApplication::translate("WorkspaceStore", "not a ScoreDesk workspace list (no schemaVersion)");
        return false;
    }
    if (version > WorkspaceStore::SchemaVersion) {
        *error = QCoreApplication::translate("WorkspaceStore", "written by a newer ScoreDesk (schema %1; this one reads up to %2)")
                     .arg(version)
                     .arg(WorkspaceStore::SchemaVersion);
        return false;
    }
    const QJsonValue list = root.value(QLatin1String("workspaces"));
    if (!list.isArray()) {
        *error = QCoreApplication::translate("WorkspaceStore", "the \"workspaces\" list is missing");
        return false;
    }
    for (const QJsonValue &value : list.toArray())
        workspaces->append(Workspace::fromJson(value.toObject()));
    return true;
}

} // namespace

WorkspaceStore::WorkspaceStore(const QString &filePath)
    : m_filePath(filePath)
{
}

QString WorkspaceStore::standardFilePath()
{
    // Not AppConfigLocation: the app and the CLI have different application names but must
    // share one list.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/ScoreDesk/workspaces.json");
}

bool WorkspaceStore::load(QString *error)
{
    m_workspaces.clear();
    m_readOnly = false;
    QFile file(m_filePath);
    if (!file.exists())
        return true; // nothing saved yet
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("WorkspaceStore", "Cannot read %1: %2").arg(m_filePath, file.errorString());
        m_readOnly = true;
        return false;
    }
    QString reason;
    QList<Workspace> loaded;
    if (!parseList(file.readAll(), &loaded, &reason)) {
        *error = QCoreApplication::translate("WorkspaceStore", "The workspace file %1 cannot be used: %2. It was left untouched; "
                                                               "fix or move it away to save workspaces again.")
                     .arg(m_filePath, reason);
        m_readOnly = true;
        qCWarning(lcWorkspace) << "workspace file unreadable:" << reason;
        return false;
    }
    for (Workspace &workspace : loaded) {
        if (workspace.id.isNull())
            workspace.id = QUuid::createUuid();
    }
    m_workspaces = loaded;
    return true;
}

bool WorkspaceStore::save(QString *error)
{
    if (m_readOnly) {
        *error = QCoreApplication::translate("WorkspaceStore", "The workspace file %1 could not be read, so it is not overwritten.").arg(m_filePath);
        return false;
    }
    QString reason;
    if (!writeFileAtomically(m_filePath, exportJson(m_workspaces), &reason)) {
        *error = QCoreApplication::translate("WorkspaceStore", "Cannot save the workspaces: %1").arg(reason);
        return false;
    }
    return true;
}

const Workspace *WorkspaceStore::findById(const QUuid &id) const
{
    for (const Workspace &workspace : m_workspaces) {
        if (workspace.id == id)
            return &workspace;
    }
    return nullptr;
}

const Workspace *WorkspaceStore::findByName(const QString &name) const
{
    for (const Workspace &workspace : m_workspaces) {
        if (workspace.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return &workspace;
    }
    return nullptr;
}

bool WorkspaceStore::put(const Workspace &workspace, QString *error)
{
    const Workspace *sameName = findByName(workspace.name);
    if (sameName && sameName->id != workspace.id) {
        *error = QCoreApplication::translate("WorkspaceStore", "A workspace named '%1' already exists.").arg(workspace.name);
        return false;
    }
    for (Workspace &existing : m_workspaces) {
        if (existing.id == workspace.id) {
            existing = workspace;
            return true;
        }
    }
    Workspace added = workspace;
    if (added.id.isNull())
        added.id = QUuid::createUuid();
    m_workspaces.append(added);
    return true;
}

bool WorkspaceStore::remove(const QUuid &id)
{
    for (qsizetype i = 0; i < m_workspaces.size(); ++i) {
        if (m_workspaces.at(i).id == id) {
            m_workspaces.removeAt(i);
            return true;
        }
    }
    return false;
}

QByteArray WorkspaceStore::exportJson(const QList<Workspace> &workspaces)
{
    QJsonArray list;
    for (const Workspace &workspace : workspaces)
        list.append(workspace.toJson());
    return QJsonDocument(QJsonObject{{QStringLiteral("schemaVersion"), SchemaVersion}, {QStringLiteral("workspaces"), list}})
        .toJson(QJsonDocument::Indented);
}

QString WorkspaceStore::uniqueName(const QString &wanted) const
{
    QString name = wanted;
    for (int n = 2; findByName(name); ++n)
        name = QStringLiteral("%1 (%2)").arg(wanted).arg(n);
    return name;
}

bool WorkspaceStore::importJson(const QByteArray &json, QList<Workspace> *imported, QString *error)
{
    QList<Workspace> incoming;
    if (!parseList(json, &incoming, error))
        return false;
    for (const Workspace &workspace : incoming) {
        const QString problem = workspace.validate();
        if (!problem.isEmpty()) {
            *error = QCoreApplication::translate("WorkspaceStore", "Workspace '%1': %2").arg(workspace.name, problem);
            return false;
        }
    }
    for (Workspace workspace : incoming) {
        workspace.id = QUuid::createUuid();
        workspace.name = uniqueName(workspace.name);
        m_workspaces.append(workspace);
        imported->append(workspace);
    }
    return true;
}

} // namespace ScoreDesk
