#include "draftkeeper.h"

namespace ScoreDesk::App {

namespace {
const QString DraftFile = QStringLiteral("draft");
}

DraftKeeper::DraftKeeper(const WorkspaceFiles *files)
    : m_files(files)
{
}

std::optional<WorkDraft> DraftKeeper::find(const QUuid &workspace)
{
    if (const auto kept = m_drafts.constFind(workspace); kept != m_drafts.constEnd())
        return *kept;
    const QByteArray bytes = m_files->read(workspace, DraftFile);
    WorkDraft draft;
    QString error;
    if (bytes.isEmpty() || !decodeWorkDraft(bytes, &draft, &error))
        return std::nullopt;
    m_drafts.insert(workspace, draft);
    return draft;
}

void DraftKeeper::keep(const QUuid &workspace, const WorkDraft &draft)
{
    if (!workspace.isNull())
        m_drafts.insert(workspace, draft);
}

bool DraftKeeper::save(const QUuid &workspace, QString *error)
{
    const auto kept = m_drafts.constFind(workspace);
    if (kept == m_drafts.constEnd())
        return true;
    return m_files->write(workspace, DraftFile, encodeWorkDraft(*kept), error);
}

} // namespace ScoreDesk::App
