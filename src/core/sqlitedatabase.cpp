#include "sqlitedatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace ScoreDesk {

SqliteDatabase::SqliteDatabase(const QString &filePath)
    : m_filePath(filePath)
    , m_connectionName(QStringLiteral("scoredesk-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

SqliteDatabase::~SqliteDatabase()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QSqlDatabase SqliteDatabase::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool SqliteDatabase::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && database().isOpen();
}

int SqliteDatabase::schemaVersion() const
{
    QSqlQuery query(database());
    return query.exec(QStringLiteral("PRAGMA user_version")) && query.next() ? query.value(0).toInt() : -1;
}

bool SqliteDatabase::open(const Migrations &migrations, const QString &what, QString *error)
{
    auto fail = [&](const QString &reason) {
        *error = QCoreApplication::translate("SqliteDatabase", "%1 (%2) cannot be used: %3").arg(what, m_filePath, reason);
        if (QSqlDatabase::contains(m_connectionName))
            database().close();
        return false;
    };
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_filePath);
    if (!db.open())
        return fail(db.lastError().text());
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
        return fail(query.lastError().text());
    // In WAL mode NORMAL keeps every commit through a crash or a kill of the app (only a power
    // cut may lose the last ones) without an fsync per commit, which a monitor saving job
    // states would otherwise pay all day.
    if (!query.exec(QStringLiteral("PRAGMA synchronous=NORMAL")))
        return fail(query.lastError().text());
    const int version = schemaVersion();
    if (version < 0)
        return fail(query.lastError().text());
    if (version > migrations.size())
        return fail(QCoreApplication::translate("SqliteDatabase", "it was written by a newer ScoreDesk (schema %1; this one knows up to %2)")
                        .arg(version)
                        .arg(migrations.size()));
    for (int step = version; step < migrations.size(); ++step) {
        if (!db.transaction())
            return fail(db.lastError().text());
        for (const QString &statement : migrations.at(step)) {
            if (!query.exec(statement)) {
                const QString reason = query.lastError().text();
                db.rollback();
                return fail(reason);
            }
        }
        // PRAGMA takes no bound values; the number is ours.
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(step + 1)) || !db.commit()) {
            const QString reason = query.lastError().text();
            db.rollback();
            return fail(reason);
        }
    }
    return true;
}

} // namespace ScoreDesk
