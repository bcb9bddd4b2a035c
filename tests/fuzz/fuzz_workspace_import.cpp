// A file of workspace definitions someone sends (Import…): definitions only, checked.
#include "fuzzinput.h"

#include "core/workspace/workspacestore.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ScoreDesk::WorkspaceStore store(QStringLiteral("/nonexistent/scoredesk-fuzz/workspaces.json")); // never saved
    QList<ScoreDesk::Workspace> imported;
    QString error;
    if (store.importJson(fuzzBytes(data, size), &imported, &error)) {
        for (const ScoreDesk::Workspace &workspace : imported)
            (void)workspace.endpoint();
    }
    return 0;
}
