#pragma once

#include <QByteArray>
#include <QStringList>

namespace ScoreDesk {

// QJsonObject sorts its keys, but services send columns in an order that matters to people.
// This puts names in the order they first appear as JSON keys ("name":) in the raw text,
// searching from byte `from`; names not found go last, in their given order.
QStringList orderByAppearance(QStringList names, const QByteArray &raw, qsizetype from = 0);

} // namespace ScoreDesk
