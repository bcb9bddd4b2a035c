#pragma once

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

namespace ScoreDesk::Sandbox {

// The sandbox's public door. It reads each request's head (at most 64 KiB) and refuses a body
// that is too large by its Content-Length (413), or that comes without one (411), before
// reading a byte of it; what it accepts it streams to the HTTP server behind it, exactly
// Content-Length bytes and no more, one request per connection. So the server never holds more
// than the limit, whatever a client announces or sends.
class RequestFront : public QObject
{
    Q_OBJECT
public:
    explicit RequestFront(qint64 maxBodyBytes, QObject *parent = nullptr);

    bool listen(const QHostAddress &address, quint16 port, quint16 backendPort);
    quint16 port() const { return m_server.serverPort(); }
    QString errorString() const { return m_server.errorString(); }

    static constexpr qsizetype MaxHeadBytes = 64 * 1024;

Q_SIGNALS:
    // A request answered here without reaching the server: for the request log.
    void refused(const QByteArray &method, const QByteArray &path, int status);

private:
    void accept();

    QTcpServer m_server;
    quint16 m_backendPort = 0;
    qint64 m_maxBodyBytes;
};

} // namespace ScoreDesk::Sandbox
