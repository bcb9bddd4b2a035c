#include "cuttingproxy.h"

#include <QTcpSocket>

CuttingProxy::CuttingProxy(quint16 upstreamPort, qint64 cutAfterBytes, QObject *parent)
    : QObject(parent)
    , m_upstreamPort(upstreamPort)
    , m_cutAfter(cutAfterBytes)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            const bool cutThisOne = m_connections++ == 0;
            auto *upstream = new QTcpSocket(client);
            auto *forwarded = new qint64(0);
            connect(client, &QObject::destroyed, this, [forwarded] { delete forwarded; });
            connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] { upstream->write(client->readAll()); });
            connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream, forwarded, cutThisOne] {
                QByteArray data = upstream->readAll();
                if (cutThisOne && *forwarded + data.size() > m_cutAfter) {
                    client->write(data.left(m_cutAfter - *forwarded));
                    client->flush();
                    m_cut = true;
                    client->abort();
                    upstream->abort();
                    client->deleteLater();
                    return;
                }
                *forwarded += data.size();
                client->write(data);
            });
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            connect(upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
            upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
        }
    });
}

bool CuttingProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}
