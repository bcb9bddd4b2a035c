#include "sessiontrust.h"

#include "prompter.h"

#include <QCoreApplication>
#include <QSslCertificate>

namespace ScoreDesk::App {

SessionTrust::SessionTrust(Prompter *prompter)
    : m_prompter(prompter)
{
}

bool SessionTrust::acceptTlsErrors(const QUrl &url, const QList<QSslError> &errors)
{
    QSslCertificate certificate;
    QStringList reasons;
    for (const QSslError &error : errors) {
        reasons.append(error.errorString());
        if (certificate.isNull() && !error.certificate().isNull())
            certificate = error.certificate();
    }
    if (certificate.isNull())
        return false; // nothing to trust: not a certificate problem the user can vouch for
    const QByteArray fingerprint = certificate.digest(QCryptographicHash::Sha256);
    if (m_trusted.contains(fingerprint))
        return true;
    const QString text = QCoreApplication::translate("SessionTrust",
                                                     "The certificate of %1 could not be verified:\n• %2\n\nIssued to: %3\nIssued by: %4\n"
                                                     "SHA-256: %5\n\nTrust this certificate until ScoreDesk quits? Only do so for a "
                                                     "service you know, such as one on your own network.")
                             .arg(url.host(), reasons.join(QStringLiteral("\n• ")),
                                  certificate.subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", ")),
                                  certificate.issuerInfo(QSslCertificate::CommonName).join(QStringLiteral(", ")),
                                  QString::fromLatin1(fingerprint.toHex(':')));
    if (!m_prompter->confirm(m_parent, QCoreApplication::translate("SessionTrust", "Untrusted Certificate"), text,
                                QCoreApplication::translate("SessionTrust", "Trust for This Session")))
        return false;
    m_trusted.insert(fingerprint);
    return true;
}

} // namespace ScoreDesk::App
