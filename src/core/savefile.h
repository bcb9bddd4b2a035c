#pragma once

#include <QByteArray>
#include <QString>

namespace ScoreDesk {

// Writes a whole file or nothing: through QSaveFile, so a full disk or a crash never leaves a
// half-written file where a good one was. Creates the folder when missing. A path that is not a
// regular file (a FIFO, a device such as /dev/stdout) is written through instead, never
// replaced. On failure, error says which file and why.
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error);

} // namespace ScoreDesk
