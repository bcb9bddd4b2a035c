#pragma once

#include <QByteArray>
#include <QString>

namespace ScoreDesk {

// Appends text as a JSON string: quoted, with quotes, backslashes and control characters
// escaped and everything else as UTF-8.
void appendJsonString(QByteArray *out, const QString &text);
void appendJsonString(QByteArray *out, QByteArrayView utf8);

} // namespace ScoreDesk
