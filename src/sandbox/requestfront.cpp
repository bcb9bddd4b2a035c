#include "requestfront.h"

#include "sandboxreply.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace ScoreDesk::Sandbox {

namespace {

constexpr int DrainMs = 5000; // how long a refused client may go on sending before it is cut

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400: return "Bad Request";
    case 411: return "Length Required";
    case 413: return "Payload Too Large";
    case 431: return "Request Header Fields Too Large";
    default: return "Error";
    }
}

// One client connection, from its head to the end of its one request.
class Connection : public QObject
{
public:
    Connection(QTcpSocket *client, quint16 backendPort, qint64 maxBodyBytes, RequestFront *front)
        : QObject(client)
        , m_client(client)
        , m_backendPort(backendPort)
        , m_maxBodyBytes(maxBodyBytes)
        , m_front(front)
    {
        connect(client, &QTcpSocket::readyRead, this, &Connection::onClientData);
        connect(client, &QTcpSocket::disconnected, this, [this] {
            if (m_backend)
                m_backend->abort();
            m_client->deleteLater();
        });
    }

private:
    void onClientData()
    {
        if (m_draining) {
            m_client->readAll(); // refused: what comes now is read and thrown away, never kept
            return;
        }
        if (m_backend) {
            forwardBody(m_client->read(m_bodyLeft));
            return;
        }
        m_head += m_client->read(RequestFront::MaxHeadBytes + 4 - m_head.size());
        const qsizetype headEnd = m_head.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            if (m_head.size() > RequestFront::MaxHeadBytes)
                refuse(431, QStringLiteral("RequestHeadTooLarge"), QStringLiteral("The request's head is larger than 64 KiB."));
            return;
        }
        inspect(headEnd + 4);
    }

    void inspect(qsizetype headSize)
    {
        const QList<QByteArray> lines = m_head.left(headSize - 4).split('\n');
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        m_method = requestLine.value(0);
        m_path = requestLine.value(1).left(200);
        qint64 length = 0;
        int lengths = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "transfer-encoding")
                return refuse(411, QStringLiteral("LengthRequired"), QStringLiteral("Send the body with a Content-Length, not in chunks."));
            if (name == "content-length") {
                bool ok = false;
                length = value.toLongLong(&ok);
                if (!ok || length < 0 || ++lengths > 1)
                    return refuse(400, QStringLiteral("BadArgument"), QStringLiteral("The request's Content-Length is not one number."));
            }
        }
        if (length > m_maxBodyBytes)
            return refuse(413, QStringLiteral("RequestBodyTooLarge"),
                          QStringLiteral("The request body is %1 bytes; the limit is %2.").arg(length).arg(m_maxBodyBytes), QStringLiteral("MemoryQuotaViolation"));
        const QByteArray early = m_head.mid(headSize);
        m_head.truncate(headSize);
        m_bodyLeft = length;
        m_backend = new QTcpSocket(this);
        connect(m_backend, &QTcpSocket::readyRead, this, &Connection::onBackendData);
        connect(m_backend, &QTcpSocket::disconnected, this, [this] {
            m_client->write(m_backend->readAll());
            m_client->disconnectFromHost(); // one request per connection: the next one is checked too
        });
        connect(m_backend, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
            if (error != QAbstractSocket::RemoteHostClosedError)
                m_client->abort();
        });
        m_backend->connectToHost(QHostAddress::LocalHost, m_backendPort);
        m_backend->write(m_head);
        forwardBody(early.left(m_bodyLeft));
        if (m_client->bytesAvailable() > 0)
            forwardBody(m_client->read(m_bodyLeft));
    }

    // Passes the server's answer on and closes both sides once it is complete, by its
    // Content-Length: Qt 6.5's HTTP server keeps a connection open where 6.4's closed it.
    void onBackendData()
    {
        const QByteArray bytes = m_backend->readAll();
        m_client->write(bytes);
        if (m_answerLeft < 0) {
            m_answerHead += bytes;
            qsizetype headEnd = m_answerHead.indexOf("\r\n\r\n");
            // An interim answer (100 Continue) has no body: the real head follows it.
            while (headEnd >= 0 && m_answerHead.startsWith("HTTP/1.1 1")) {
                m_answerHead.remove(0, headEnd + 4);
                headEnd = m_answerHead.indexOf("\r\n\r\n");
            }
            if (headEnd < 0)
                return;
            const qint64 length = contentLength(m_answerHead.left(headEnd));
            if (length < 0)
                return; // no length: the server's own close ends the answer
            m_answerLeft = length - (m_answerHead.size() - headEnd - 4);
            m_answerHead.clear();
        } else {
            m_answerLeft -= bytes.size();
        }
        if (m_answerLeft <= 0) {
            m_backend->disconnectFromHost();
            m_client->disconnectFromHost(); // one request per connection: the next one is checked too
        }
    }

    static qint64 contentLength(const QByteArray &head)
    {
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length")
                return line.mid(colon + 1).trimmed().toLongLong();
        }
        return -1;
    }

    void forwardBody(const QByteArray &bytes)
    {
        m_bodyLeft -= bytes.size();
        m_backend->write(bytes);
        // Bytes past the announced body (a pipelined request) are not passed on.
    }

    void refuse(int status, const QString &detailCode, const QString &message, const QString &code = QStringLiteral("BadArgument"))
    {
        const SandboxReply reply = serviceError(status, code, detailCode, message);
        QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
        response += "Content-Type: " + reply.contentType + "\r\nContent-Length: " + QByteArray::number(reply.body.size())
            + "\r\nConnection: close\r\n\r\n" + reply.body;
        m_client->write(response);
        Q_EMIT m_front->refused(m_method, m_path, status);
        // Read and drop what the client still sends, so that it gets to read the answer (closing
        // on unread data would reset the connection first), then close.
        m_draining = true;
        m_head.clear();
        m_client->readAll();
        QPointer<QTcpSocket> client(m_client);
        QTimer::singleShot(DrainMs, m_client, [client] {
            if (client)
                client->disconnectFromHost();
        });
    }

    QTcpSocket *m_client;
    QTcpSocket *m_backend = nullptr;
    quint16 m_backendPort;
    qint64 m_maxBodyBytes;
    RequestFront *m_front;
    QByteArray m_head;
    QByteArray m_method;
    QByteArray m_path;
    qint64 m_bodyLeft = 0;
    QByteArray m_answerHead;
    qint64 m_answerLeft = -1; // bytes of the answer's body still to come; -1 until its head is read
    bool m_draining = false;
};

} // namespace

RequestFront::RequestFront(qint64 maxBodyBytes, QObject *parent)
    : QObject(parent)
    , m_maxBodyBytes(maxBodyBytes)
{
    connect(&m_server, &QTcpServer::newConnection, this, &RequestFront::accept);
}

bool RequestFront::listen(const QHostAddress &address, quint16 port, quint16 backendPort)
{
    m_backendPort = backendPort;
    return m_server.listen(address, port);
}

void RequestFront::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        client->setReadBufferSize(256 * 1024); // the kernel holds the rest until we read it
        new Connection(client, m_backendPort, m_maxBodyBytes, this);
    }
}

} // namespace ScoreDesk::Sandbox
