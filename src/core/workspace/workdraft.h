#pragma once

#include "../service/rrscodec.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace ScoreDesk {

// What a user typed for a workspace and has not sent yet: the input grids, the global
// parameters and the raw JSON body. Kept per workspace so that switching workspaces or
// restarting loses nothing.
struct WorkDraft
{
    QList<NamedTable> inputs;
    QJsonObject parameters;
    QString rawBody;
    bool rawMode = false;
};

// As a JSON document: the tables as an RRS request body with every cell a string (so that
// "1.50" comes back as "1.50"), their column types beside them.
QByteArray encodeWorkDraft(const WorkDraft &draft);
bool decodeWorkDraft(const QByteArray &bytes, WorkDraft *draft, QString *error);

} // namespace ScoreDesk
