#pragma once

#include <QDateTime>
#include <QString>

namespace ScoreDesk {

// When an aml_token runs out. Such tokens are JWTs whose payload carries "exp" (seconds since
// 1970, UTC); the expiry is read from there so the user need not type it. Invalid when the
// text is not a JWT with an expiry (a plain key: those do not expire).
QDateTime tokenExpiry(const QString &token);

} // namespace ScoreDesk
