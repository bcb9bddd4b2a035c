#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

class QIODevice;
class QFile;
class QSaveFile;

namespace ScoreDesk {

// A file written whole or not at all, streamed: through QSaveFile, so a full disk, an error
// half-way or a crash never leaves a half-written file where a good one was (the old one stays
// until commit()). Creates the folder when missing. A path that is not a regular file (a FIFO, a
// device such as /dev/stdout) is written through instead, never replaced. Destroyed without
// commit(), the new content is thrown away. Errors say which file and why.
class AtomicFile
{
public:
    explicit AtomicFile(const QString &path);
    ~AtomicFile();
    AtomicFile(const AtomicFile &) = delete;
    AtomicFile &operator=(const AtomicFile &) = delete;

    bool open(QString *error);
    QIODevice *device() const;
    bool commit(QString *error);
    QString path() const { return m_path; }

private:
    QString failure() const;

    QString m_path;
    std::unique_ptr<QSaveFile> m_saveFile;
    std::unique_ptr<QFile> m_passThrough;
};

// The whole of bytes in one AtomicFile.
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error);

} // namespace ScoreDesk
