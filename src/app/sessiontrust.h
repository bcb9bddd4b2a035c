#pragma once

#include "core/http/tlserrorhandler.h"

#include <QSet>

class QWidget;

namespace ScoreDesk::App {

class Prompter;

// The app's answer to certificates that do not verify: it asks the user, showing the host,
// the reasons and the certificate's SHA-256 fingerprint, and trusts that certificate for
// this session only if told to. Nothing is remembered across runs.
class SessionTrust : public TlsErrorHandler
{
public:
    explicit SessionTrust(Prompter *prompter);
    void setPrompter(Prompter *prompter) { m_prompter = prompter; }
    void setDialogParent(QWidget *parent) { m_parent = parent; }

    bool acceptTlsErrors(const QUrl &url, const QList<QSslError> &errors) override;
    bool trusts(const QByteArray &fingerprint) const { return m_trusted.contains(fingerprint); }

private:
    Prompter *m_prompter;
    QWidget *m_parent = nullptr;
    QSet<QByteArray> m_trusted; // SHA-256 of certificates the user accepted
};

} // namespace ScoreDesk::App
