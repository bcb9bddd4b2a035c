#pragma once

#include "httpmessage.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace ScoreDesk {

// The one place that hides secrets from anything written out: logs, history, snippets and
// error messages. It masks the values it was told about wherever they appear, and by pattern
// the credentials it can recognise without being told: Authorization and subscription-key
// headers, AccountKey= in connection strings, sig= in SAS tokens, subscription-key= in URLs.
class Redactor
{
public:
    static constexpr const char *Mask = "***";

    // Values shorter than four characters are ignored: masking them would shred ordinary text.
    void addSecret(const QString &value);
    void addSecrets(const QStringList &values);

    QString redact(const QString &text) const;
    QByteArray redact(const QByteArray &text) const;
    HeaderList redactHeaders(const HeaderList &headers) const;
    QUrl redactUrl(const QUrl &url) const;

private:
    QStringList m_secrets;
};

} // namespace ScoreDesk
