#include "bloblist.h"

#include "storageerror.h"
#include "storagerequest.h"

#include "../http/httpclient.h"

#include <QLocale>
#include <QTimeZone>
#include <QUrlQuery>
#include <QXmlStreamReader>

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
    connect(call, &HttpCall::finished, this, [this, call] {
        call->deleteLater();
        const HttpResponse &response = call->response();
        if (!response.isSuccess()) {
            m_error = storageError(response);
            m_done = true;
            Q_EMIT finished();
            return;
        }
        QXmlStreamReader xml(response.body);
        BlobItem item;
        QString next;
        while (!xml.atEnd() && !xml.hasError()) {
            xml.readNext();
            if (xml.isEndElement() && xml.name() == QLatin1String("Blob")) {
                m_items.append(item); // properties come in any order: the item is whole only here
                continue;
            }
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("Blob")) {
                item = BlobItem();
            } else if (xml.name() == QLatin1String("Name")) {
                item.name = xml.readElementText();
            } else if (xml.name() == QLatin1String("Content-Length")) {
                item.size = xml.readElementText().toLongLong();
            } else if (xml.name() == QLatin1String("Last-Modified")) {
                // RFC 1123: "Thu, 26 Nov 2026 12:18:00 GMT"
                item.lastModified = QLocale::c().toDateTime(xml.readElementText().remove(QStringLiteral(" GMT")), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
                item.lastModified.setTimeZone(QTimeZone::utc());
            } else if (xml.name() == QLatin1String("NextMarker")) {
                next = xml.readElementText();
            }
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
