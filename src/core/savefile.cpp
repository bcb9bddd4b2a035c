#include "savefile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace ScoreDesk {

AtomicFile::AtomicFile(const QString &path)
    : m_path(path)
{
}

AtomicFile::~AtomicFile() = default; // QSaveFile's destructor discards what was not committed

bool AtomicFile::open(QString *error)
{
    const QFileInfo info(m_path);
    if (info.exists() && !info.isFile()) {
        // A pipe, a terminal or a device (/dev/stdout): written through, never renamed over.
        m_passThrough = std::make_unique<QFile>(m_path);
        if (!m_passThrough->open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
            *error = failure();
            return false;
        }
        return true;
    }
    QDir().mkpath(info.absolutePath());
    m_saveFile = std::make_unique<QSaveFile>(m_path);
    if (!m_saveFile->open(QIODevice::WriteOnly)) {
        *error = failure();
        return false;
    }
    return true;
}

QIODevice *AtomicFile::device() const
{
    if (m_saveFile)
        return m_saveFile.get();
    return m_passThrough.get();
}

bool AtomicFile::commit(QString *error)
{
    if (m_saveFile && !m_saveFile->commit()) {
        *error = failure();
        return false;
    }
    return true;
}

QString AtomicFile::failure() const
{
    return m_path + QStringLiteral(": ") + device()->errorString();
}

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    AtomicFile file(path);
    if (!file.open(error))
        return false;
    if (file.device()->write(bytes) != bytes.size()) {
        *error = path + QStringLiteral(": ") + file.device()->errorString();
        return false;
    }
    return file.commit(error);
}

} // namespace ScoreDesk
