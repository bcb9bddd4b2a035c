#pragma once

#include "core/workspace/workdraft.h"
#include "core/workspace/workspacefiles.h"

#include <QHash>
#include <QUuid>

#include <optional>

namespace ScoreDesk::App {

// The unsent work of each workspace: in memory while the app runs (switching back is instant)
// and on disk for the next start. A draft that cannot be read back is dropped, not shown half.
class DraftKeeper
{
public:
    explicit DraftKeeper(const WorkspaceFiles *files);

    std::optional<WorkDraft> find(const QUuid &workspace);
    void keep(const QUuid &workspace, const WorkDraft &draft);
    // Writes what is kept in memory to disk; false with the reason when a file cannot be written.
    bool save(const QUuid &workspace, QString *error);

private:
    const WorkspaceFiles *m_files;
    QHash<QUuid, WorkDraft> m_drafts;
};

} // namespace ScoreDesk::App
