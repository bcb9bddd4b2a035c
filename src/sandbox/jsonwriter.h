#pragma once

#include <QByteArray>
#include <QString>

namespace ScoreDesk::Sandbox {

// QJsonObject sorts its keys, which would scramble result columns in the swagger form
// (".10" before ".2"); responses are written by hand so that columns keep their order.
void appendJsonString(QByteArray *out, const QString &text);

} // namespace ScoreDesk::Sandbox
