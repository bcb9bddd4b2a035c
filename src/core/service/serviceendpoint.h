#pragma once

#include <QString>
#include <QUrl>

namespace ScoreDesk {

// A service's API location, {base}/workspaces/{ws}/services/{svc}, where {base} is a regional
// host or an API gateway URL with its path suffix. Builds every URL the protocol uses.
class ServiceEndpoint
{
public:
    ServiceEndpoint() = default;

    // Accepts the location with or without a trailing slash, and also a pasted request URL
    // (".../execute?api-version=2.0", ".../swagger.json", ".../jobs") which is cut back.
    static ServiceEndpoint parse(const QString &text, QString *error = nullptr);

    bool isValid() const { return m_location.isValid(); }
    QUrl location() const { return m_location; }
    QString workspace() const { return m_workspace; }
    QString service() const { return m_service; }
    QString apiVersion() const { return m_apiVersion; }
    void setApiVersion(const QString &version) { m_apiVersion = version; }

    QUrl executeUrl(bool swaggerFormat = false) const;
    QUrl swaggerUrl() const;
    QUrl jobsUrl() const;
    QUrl jobUrl(const QString &jobId) const;
    QUrl jobStartUrl(const QString &jobId) const;

    // One path segment from outside (a job id), percent-encoded so that it stays one segment.
    // ("." and ".." cannot be made safe this way: isValidJobId() refuses them.)
    static QString encodedSegment(const QString &text);

private:
    QUrl withPath(const QString &suffix, bool details = false, bool swaggerFormat = false) const;

    QUrl m_location;
    QString m_workspace;
    QString m_service;
    QString m_apiVersion = QStringLiteral("2.0");
};

} // namespace ScoreDesk
