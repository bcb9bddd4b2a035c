#include "blobdelete.h"

#include "storageerror.h"
#include "storagerequest.h"

#include "../http/httpclient.h"

namespace ScoreDesk {

BlobDelete::BlobDelete(HttpClient *client, const StorageAccount &account, const QString &container, const QString &blob, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_account(account)
    , m_container(container)
    , m_blob(blob)
{
}

void BlobDelete::start()
{
    HttpRequest request = storageRequest(m_account, "DELETE", m_container, m_blob);
    request.inactivityTimeoutMs = 30'000;
    authorizeStorageRequest(&request, m_account);
    HttpCall *call = m_client->send(request);
    connect(call, &HttpCall::finished, this, [this, call] {
        call->deleteLater();
        const HttpResponse &response = call->response();
        if (!response.isSuccess() && response.status != 404)
            m_error = storageError(response);
        m_done = true;
        Q_EMIT finished();
    });
}

} // namespace ScoreDesk
