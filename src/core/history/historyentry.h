#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUuid>

namespace ScoreDesk {

// One call as history keeps it: enough to show it again and to send it again. Everything
// here has been through the Redactor before it reaches the database.
struct HistoryEntry
{
    qint64 id = 0;
    QDateTime startedAt;
    QUuid workspaceId;
    QString workspaceName;
    QByteArray method = "POST";
    QString url;
    bool swaggerFormat = false;
    int status = 0;    // 0 when no HTTP answer came
    QString error;     // one line, empty on success
    qint64 latencyMs = 0;
    qint64 requestBytes = 0;
    qint64 responseBytes = 0;
    QByteArray requestBody;
    QByteArray responseBody;
    bool requestTruncated = false;
    bool responseTruncated = false;
    QList<QPair<QByteArray, QByteArray>> responseHeaders; // redacted like the rest
    int retries = 0;      // 429/503 answers waited out before this one
    qint64 waitedMs = 0;  // and the time spent waiting

    bool succeeded() const { return error.isEmpty() && status >= 200 && status < 300; }
};

} // namespace ScoreDesk
