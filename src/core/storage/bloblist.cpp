#include "bloblist.h"

#include "blobxml.h"
#include "storageerror.h"
#include "storagerequest.h"

#include "../http/httpclient.h"

#include <QUrlQuery>

namespace ScoreDesk {

BlobList::BlobList(HttpClient *client, const StorageAccount &account, const QString &container, const QString &prefix, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_account(account)
    , m_container(container)
    , m_prefix(prefix)
{
}

void BlobList::start()
{
    fetch(QString());
}

void BlobList::fetch(const QString &marker)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("restype"), QStringLiteral("container"));
    query.addQueryItem(QStringLiteral("comp"), QStringLiteral("list"));
    if (!m_prefix.isEmpty())
        query.addQueryItem(QStringLiteral("prefix"), m_prefix);
    if (!marker.isEmpty())
        query.addQueryItem(QStringLiteral("marker"), marker);
    HttpRequest request = storageRequest(m_account, "GET", m_container, QString(), query.toString(QUrl::FullyEncoded));
    authorizeStorageRequest(&request, m_account);
    HttpCall *call = m_client->send(request);
    connect(call, &HttpCall::finished, this, [this, call, marker] {
        call->deleteLater();
        const HttpResponse &response = call->response();
        if (!response.isSuccess()) {
            m_error = storageError(response);
            m_done = true;
            Q_EMIT finished();
            return;
        }
        QString next;
        parseBlobListPage(response.body, &m_items, &next);
        if (!next.isEmpty() && (next == marker || ++m_pages > MaxPages)) {
            // A listing that sends the same page again (or never ends) is not followed for ever.
            m_error = CallError::transport(CallError::Kind::Parse, tr("the blob listing does not come to an end"));
            m_done = true;
            Q_EMIT finished();
            return;
        }
        if (!next.isEmpty()) {
            fetch(next);
            return;
        }
        m_done = true;
        Q_EMIT finished();
    });
}

} // namespace ScoreDesk
