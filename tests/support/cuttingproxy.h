#pragma once

#include <QTcpServer>

// A loopback TCP proxy to an upstream port that cuts its first connection after a given
// number of bytes have gone back to the client: a connection dropped half-way, on demand.
class CuttingProxy : public QObject
{
    Q_OBJECT
public:
    CuttingProxy(quint16 upstreamPort, qint64 cutAfterBytes, QObject *parent = nullptr);

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    int connections() const { return m_connections; }
    bool cut() const { return m_cut; }

private:
    QTcpServer m_server;
    quint16 m_upstreamPort;
    qint64 m_cutAfter;
    int m_connections = 0;
    bool m_cut = false;
};
