#include "historystore.h"

#include "../http/redactor.h"
#include "../logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace ScoreDesk {

namespace {

// Version 1 is the first release's schema (which had no version number).
const SqliteDatabase::Migrations Migrations = {
    {QStringLiteral(R"(
CREATE TABLE IF NOT EXISTS calls (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at TEXT NOT NULL,
    workspace_id TEXT,
    workspace_name TEXT,
    method TEXT NOT NULL,
    url TEXT NOT NULL,
    swagger_format INTEGER NOT NULL DEFAULT 0,
    status INTEGER NOT NULL,
    error TEXT,
    latency_ms INTEGER NOT NULL,
    request_bytes INTEGER NOT NULL,
    response_bytes INTEGER NOT NULL,
    request_body BLOB,
    response_body BLOB,
    request_truncated INTEGER NOT NULL DEFAULT 0,
    response_truncated INTEGER NOT NULL DEFAULT 0
))"),
     QStringLiteral("CREATE INDEX IF NOT EXISTS calls_started ON calls(started_at)")},
    // Version 2: rate limits waited out before the answer, for the usage dashboard, and the
    // answer's headers, for a call opened from the history.
    {QStringLiteral("ALTER TABLE calls ADD COLUMN retries INTEGER NOT NULL DEFAULT 0"),
     QStringLiteral("ALTER TABLE calls ADD COLUMN waited_ms INTEGER NOT NULL DEFAULT 0"),
     QStringLiteral("ALTER TABLE calls ADD COLUMN response_headers TEXT")},
};

const char SummaryColumns[] = "id, started_at, workspace_id, workspace_name, method, url, swagger_format, status, error, "
                              "latency_ms, request_bytes, response_bytes, request_truncated, response_truncated";

HistoryEntry readSummary(const QSqlQuery &query)
{
    HistoryEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.startedAt = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    entry.workspaceId = QUuid::fromString(query.value(2).toString());
    entry.workspaceName = query.value(3).toString();
    entry.method = query.value(4).toByteArray();
    entry.url = query.value(5).toString();
    entry.swaggerFormat = query.value(6).toBool();
    entry.status = query.value(7).toInt();
    entry.error = query.value(8).toString();
    entry.latencyMs = query.value(9).toLongLong();
    entry.requestBytes = query.value(10).toLongLong();
    entry.responseBytes = query.value(11).toLongLong();
    entry.requestTruncated = query.value(12).toBool();
    entry.responseTruncated = query.value(13).toBool();
    return entry;
}

} // namespace

HistoryStore::HistoryStore(const QString &filePath, qint64 maxBodyBytes)
    : m_db(filePath)
    , m_maxBodyBytes(maxBodyBytes)
{
}

QString HistoryStore::standardFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/ScoreDesk/history.sqlite");
}

bool HistoryStore::open(QString *error)
{
    return m_db.open(Migrations, QCoreApplication::translate("HistoryStore", "The history"), error);
}

bool HistoryStore::isOpen() const
{
    return m_db.isOpen();
}

qint64 HistoryStore::record(const HistoryEntry &entry, const Redactor &redactor)
{
    if (!isOpen())
        return -1;
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("INSERT INTO calls (started_at, workspace_id, workspace_name, method, url, swagger_format, status, error, "
                                 "latency_ms, request_bytes, response_bytes, request_body, response_body, request_truncated, response_truncated, retries, waited_ms, response_headers) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QByteArray request = redactor.redact(entry.requestBody.left(m_maxBodyBytes));
    const QByteArray response = redactor.redact(entry.responseBody.left(m_maxBodyBytes));
    query.addBindValue((entry.startedAt.isValid() ? entry.startedAt : QDateTime::currentDateTime()).toString(Qt::ISODateWithMs));
    query.addBindValue(entry.workspaceId.isNull() ? QString() : entry.workspaceId.toString(QUuid::WithoutBraces));
    query.addBindValue(entry.workspaceName);
    query.addBindValue(QString::fromLatin1(entry.method));
    query.addBindValue(redactor.redact(redactor.redactUrl(QUrl(entry.url)).toString()));
    query.addBindValue(entry.swaggerFormat);
    query.addBindValue(entry.status);
    query.addBindValue(redactor.redact(entry.error));
    query.addBindValue(entry.latencyMs);
    query.addBindValue(entry.requestBytes ? entry.requestBytes : entry.requestBody.size());
    query.addBindValue(entry.responseBytes ? entry.responseBytes : entry.responseBody.size());
    query.addBindValue(request);
    query.addBindValue(response);
    query.addBindValue(entry.requestTruncated || entry.requestBody.size() > m_maxBodyBytes);
    query.addBindValue(entry.responseTruncated || entry.responseBody.size() > m_maxBodyBytes);
    query.addBindValue(entry.retries);
    query.addBindValue(entry.waitedMs);
    QJsonArray headers;
    for (const auto &header : entry.responseHeaders)
        headers.append(QJsonArray{QString::fromLatin1(header.first), redactor.redact(QString::fromUtf8(header.second))});
    query.addBindValue(QString::fromUtf8(QJsonDocument(headers).toJson(QJsonDocument::Compact)));
    if (!query.exec()) {
        qCWarning(lcHistory) << "cannot record a call:" << query.lastError().text();
        return -1;
    }
    return query.lastInsertId().toLongLong();
}

QList<HistoryEntry> HistoryStore::search(const QString &text, int limit) const
{
    QList<HistoryEntry> entries;
    if (!isOpen())
        return entries;
    QSqlQuery query(m_db.database());
    QString sql = QStringLiteral("SELECT %1 FROM calls").arg(QString::fromLatin1(SummaryColumns));
    if (!text.trimmed().isEmpty())
        sql += QStringLiteral(" WHERE url LIKE ? ESCAPE '\\' OR workspace_name LIKE ? ESCAPE '\\' OR error LIKE ? ESCAPE '\\'"
                              " OR CAST(request_body AS TEXT) LIKE ? ESCAPE '\\' OR CAST(status AS TEXT) = ?");
    sql += QStringLiteral(" ORDER BY id DESC LIMIT %1").arg(limit);
    query.prepare(sql);
    if (!text.trimmed().isEmpty()) {
        QString pattern = text.trimmed();
        pattern.replace(QLatin1String("\\"), QLatin1String("\\\\")).replace(QLatin1String("%"), QLatin1String("\\%")).replace(QLatin1String("_"), QLatin1String("\\_"));
        // Qt binds placeholders by position, one value each: the pattern goes in four times.
        const QString like = QLatin1Char('%') + pattern + QLatin1Char('%');
        for (int i = 0; i < 4; ++i)
            query.addBindValue(like);
        query.addBindValue(text.trimmed());
    }
    if (!query.exec()) {
        qCWarning(lcHistory) << "history search failed:" << query.lastError().text();
        return entries;
    }
    while (query.next())
        entries.append(readSummary(query));
    return entries;
}

std::optional<HistoryEntry> HistoryStore::entry(qint64 id) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("SELECT %1, request_body, response_body, response_headers FROM calls WHERE id = ?").arg(QString::fromLatin1(SummaryColumns)));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    HistoryEntry entry = readSummary(query);
    entry.requestBody = query.value(14).toByteArray();
    entry.responseBody = query.value(15).toByteArray();
    const QJsonArray headers = QJsonDocument::fromJson(query.value(16).toString().toUtf8()).array();
    for (const QJsonValue &header : headers)
        entry.responseHeaders.append({header[0].toString().toLatin1(), header[1].toString().toUtf8()});
    return entry;
}

bool HistoryStore::remove(qint64 id)
{
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("DELETE FROM calls WHERE id = ?"));
    query.addBindValue(id);
    return query.exec() && query.numRowsAffected() == 1;
}

bool HistoryStore::clear()
{
    QSqlQuery query(m_db.database());
    return query.exec(QStringLiteral("DELETE FROM calls"));
}

} // namespace ScoreDesk
