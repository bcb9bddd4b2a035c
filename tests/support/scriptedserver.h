#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

// A loopback TCP server whose answers a test scripts by hand: a hang, a cut connection, an
// HTML error page, a redirect. It listens on every IPv4 loopback address, so that 127.0.0.1
// and 127.0.0.2 are two different hosts for redirect tests.
class ScriptedServer : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(const QByteArray &name) const;
    };
    using Handler = std::function<void(const Request &request, QTcpSocket *socket)>;

    explicit ScriptedServer(Handler handler, QObject *parent = nullptr);

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString &path, const QString &host = QStringLiteral("127.0.0.1")) const;
    const QList<Request> &requests() const { return m_requests; }

    // Writes a complete HTTP/1.1 response and closes the connection.
    static void reply(QTcpSocket *socket, int status, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers = {});

private:
    void onReadyRead(QTcpSocket *socket);

    QTcpServer m_server;
    Handler m_handler;
    QList<Request> m_requests;
};
