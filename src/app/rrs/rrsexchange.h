#pragma once

#include "core/service/rrscall.h"
#include "core/workspace/workspace.h"

#include <QJsonDocument>
#include <QObject>
#include <QPointer>

namespace ScoreDesk::App {

class AppContext;

// One Send from the Request / Response page, start to end, as one object instead of nested
// callbacks: it reads the workspace's keys, encodes the request off the GUI thread (or takes a
// stored body as it is, for a re-run from the history), sends it with retries on 429/503, and
// decodes the answer off the GUI thread. cancel() stops it wherever it is; finished() comes
// exactly once.
class RrsExchange : public QObject
{
    Q_OBJECT
public:
    RrsExchange(AppContext *context, const Workspace &workspace, const RrsRequest &request, const QByteArray &presetBody,
                QObject *parent = nullptr);

    void start();
    void cancel();
    // Retry waits are timed by this clock (tests drive it by hand).
    void setScheduler(Scheduler *scheduler) { m_scheduler = scheduler; }

    const Workspace &workspace() const { return m_workspace; }
    const HttpRequest &sent() const { return m_sent; } // with its keys: redact before showing
    const RrsResult &result() const { return m_result; }
    const QString &decodeError() const { return m_decodeError; }
    const QJsonDocument &document() const { return m_document; }

Q_SIGNALS:
    void progress(const QString &what);
    void retryScheduled(int retry, int delayMs, int status);
    void finished();

private:
    void send(const HttpRequest &request, const ServiceCredentials &credentials);
    void decode();
    void end();

    AppContext *m_context;
    Workspace m_workspace;
    RrsRequest m_request;
    QByteArray m_presetBody;
    HttpRequest m_sent;
    RrsResult m_result;
    QString m_decodeError;
    QJsonDocument m_document;
    QPointer<RrsCall> m_call;
    Scheduler *m_scheduler = nullptr;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace ScoreDesk::App
