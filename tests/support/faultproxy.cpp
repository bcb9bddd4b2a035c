#include "faultproxy.h"

#include <QPointer>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

namespace {

// Reads an HTTP head off the front of a buffer; false while it is incomplete.
bool splitHead(const QByteArray &buffer, QByteArray *head, qint64 *contentLength)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    *head = buffer.left(end + 4);
    *contentLength = 0;
    for (const QByteArray &line : head->split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            *contentLength = line.mid(15).trimmed().toLongLong();
    }
    return true;
}

// The head with "Connection: close" in place of any Connection header: one request a connection.
QByteArray closingHead(const QByteArray &head)
{
    QList<QByteArray> lines = head.trimmed().split('\n');
    QByteArray out;
    for (const QByteArray &line : lines) {
        if (!line.trimmed().toLower().startsWith("connection:"))
            out += line.trimmed() + "\r\n";
    }
    return out + "Connection: close\r\n\r\n";
}

QByteArray answer(int status, const QByteArray &reason, const QByteArray &contentType, const QByteArray &body, int retryAfterSeconds)
{
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: " + contentType
        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n";
    if (retryAfterSeconds >= 0)
        response += "Retry-After: " + QByteArray::number(retryAfterSeconds) + "\r\n";
    return response + "\r\n" + body;
}

// One client connection and what the plan says to do with it.
class Connection : public QObject
{
public:
    Connection(QTcpSocket *client, quint16 upstreamPort, FaultProxy *proxy)
        : QObject(client)
        , m_client(client)
        , m_upstreamPort(upstreamPort)
        , m_proxy(proxy)
    {
        connect(client, &QTcpSocket::readyRead, this, &Connection::fromClient);
        connect(client, &QTcpSocket::disconnected, this, [this] {
            if (m_upstream)
                m_upstream->abort();
            m_client->deleteLater();
        });
    }

private:
    bool answersItself() const
    {
        switch (m_plan.fault) {
        case FaultProxy::Fault::Stall:
        case FaultProxy::Fault::Reset:
        case FaultProxy::Fault::Html500:
        case FaultProxy::Fault::Html502:
        case FaultProxy::Fault::Status429:
        case FaultProxy::Fault::Status503:
            return true;
        default:
            return false;
        }
    }

    void fromClient()
    {
        if (!m_client->isOpen())
            return; // cut or reset by the plan already
        m_request += m_client->readAll();
        if (m_requestHead.isEmpty()) {
            if (!splitHead(m_request, &m_requestHead, &m_requestBodyLeft))
                return;
            m_request.remove(0, m_requestHead.size());
            m_plan = m_proxy->next(m_requestHead.left(m_requestHead.indexOf("\r\n")));
            m_exchange = m_proxy->record(m_requestHead);
            if (!answersItself()) {
                m_upstream = new QTcpSocket(this);
                connect(m_upstream, &QTcpSocket::readyRead, this, &Connection::fromUpstream);
                connect(m_upstream, &QTcpSocket::disconnected, this, [this] {
                    fromUpstream();
                    m_upstreamClosed = true;
                    if (!m_trickling) // a trickle closes once its last byte is out
                        m_client->disconnectFromHost();
                });
                m_upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
                m_upstream->write(closingHead(m_requestHead));
            }
        }
        const QByteArray body = m_request.left(m_requestBodyLeft);
        m_request.remove(0, body.size());
        m_requestBodyLeft -= body.size();
        m_bodySent += body.size();
        if (m_upstream) {
            if (m_plan.fault == FaultProxy::Fault::SlowRequest) {
                m_slowBody += body;
                if (!m_slowing) {
                    m_slowing = true;
                    m_proxy->countFault();
                    slowRequest();
                }
                return;
            }
            if (m_plan.fault == FaultProxy::Fault::CutRequest && m_bodySent >= m_plan.bytes) {
                m_upstream->write(body.left(body.size() - (m_bodySent - m_plan.bytes)));
                m_proxy->countFault();
                m_client->abort();
                return;
            }
            m_upstream->write(body);
        } else if (m_requestBodyLeft == 0 && !m_answered) {
            m_answered = true; // the whole request is read: now the planned answer
            answerItself();
        }
    }

    void slowRequest()
    {
        if (m_slowBody.isEmpty()) {
            m_slowing = false;
            return;
        }
        m_upstream->write(m_slowBody.left(qMax<qint64>(1, m_plan.bytes)));
        m_slowBody.remove(0, qMax<qint64>(1, m_plan.bytes));
        QPointer<Connection> self(this);
        QTimer::singleShot(m_plan.intervalMs, this, [self] {
            if (self)
                self->slowRequest();
        });
    }

    void answerItself()
    {
        m_proxy->countFault();
        switch (m_plan.fault) {
        case FaultProxy::Fault::Stall:
            return; // never a byte back
        case FaultProxy::Fault::Reset: {
            const linger abortive{1, 0}; // closing now sends RST instead of FIN
            ::setsockopt(int(m_client->socketDescriptor()), SOL_SOCKET, SO_LINGER, &abortive, sizeof abortive);
            m_client->abort();
            return;
        }
        case FaultProxy::Fault::Html500:
            m_client->write(answer(500, "Internal Server Error", "text/html",
                                   "<html><head><title>500 Internal Server Error</title></head><body><h1>Oops</h1></body></html>", -1));
            break;
        case FaultProxy::Fault::Html502:
            m_client->write(answer(502, "Bad Gateway", "text/html",
                                   "<html><head><title>502 Bad Gateway</title></head><body><center>nginx</center></body></html>", -1));
            break;
        case FaultProxy::Fault::Status429:
            m_client->write(answer(429, "Too Many Requests", "application/json",
                                   "{\"statusCode\":429,\"message\":\"Rate limit is exceeded. Try again later.\"}", m_plan.retryAfterSeconds));
            break;
        case FaultProxy::Fault::Status503:
            m_client->write(answer(503, "Service Unavailable", "application/json",
                                   "{\"error\":{\"code\":\"ServiceUnavailable\",\"message\":\"Busy.\",\"details\":[{\"code\":\"RequestThrottled\","
                                   "\"message\":\"Too many requests.\"}]}}",
                                   m_plan.retryAfterSeconds));
            break;
        default:
            return;
        }
        m_client->disconnectFromHost();
    }

    void fromUpstream()
    {
        if (!m_upstream || !m_upstream->isOpen())
            return;
        QByteArray bytes = m_upstream->readAll();
        if (!m_responseHeadDone) {
            m_response += bytes;
            QByteArray head;
            qint64 length = 0;
            if (!splitHead(m_response, &head, &length))
                return;
            m_responseHeadDone = true;
            m_responseLength = length;
            m_proxy->recordStatus(m_exchange, head.mid(9, 3).toInt());
            bytes = closingHead(head) + m_response.mid(head.size());
            m_headSize = closingHead(head).size();
            m_response.clear();
        }
        toClient(bytes);
    }

    void toClient(const QByteArray &bytes)
    {
        switch (m_plan.fault) {
        case FaultProxy::Fault::CutResponse:
            if (m_forwarded + bytes.size() > m_plan.bytes) {
                m_client->write(bytes.left(m_plan.bytes - m_forwarded));
                m_client->flush();
                m_proxy->countFault();
                m_client->abort();
                return;
            }
            break;
        case FaultProxy::Fault::Truncate: {
            const qint64 limit = m_headSize + m_responseLength / 2;
            if (m_forwarded + bytes.size() > limit) {
                m_client->write(bytes.left(limit - m_forwarded));
                m_forwarded = limit;
                m_proxy->countFault();
                if (m_upstream)
                    m_upstream->abort();
                m_client->disconnectFromHost(); // a clean close, short of the announced length
                return;
            }
            break;
        }
        case FaultProxy::Fault::Trickle:
            m_trickle += bytes;
            if (!m_trickling) {
                m_trickling = true;
                m_proxy->countFault();
                trickle();
            }
            return;
        default:
            break;
        }
        m_forwarded += bytes.size();
        m_client->write(bytes);
    }

    void trickle()
    {
        if (m_trickle.isEmpty()) {
            m_trickling = false;
            if (m_upstreamClosed)
                m_client->disconnectFromHost();
            return;
        }
        const QByteArray piece = m_trickle.left(qMax<qint64>(1, m_plan.bytes));
        m_trickle.remove(0, piece.size());
        m_client->write(piece);
        QPointer<Connection> self(this);
        QTimer::singleShot(m_plan.intervalMs, this, [self] {
            if (self)
                self->trickle();
        });
    }

    QTcpSocket *m_client;
    QTcpSocket *m_upstream = nullptr;
    quint16 m_upstreamPort;
    FaultProxy::Plan m_plan;
    FaultProxy *m_proxy;
    QByteArray m_request;
    QByteArray m_requestHead;
    qint64 m_requestBodyLeft = 0;
    qint64 m_bodySent = 0;
    bool m_answered = false;
    QByteArray m_response;
    bool m_responseHeadDone = false;
    qint64 m_responseLength = 0;
    qint64 m_headSize = 0;
    qint64 m_forwarded = 0;
    QByteArray m_trickle;
    bool m_trickling = false;
    QByteArray m_slowBody;
    bool m_slowing = false;
    int m_exchange = -1;
    bool m_upstreamClosed = false;
};

} // namespace

FaultProxy::FaultProxy(quint16 upstreamPort)
    : m_upstreamPort(upstreamPort)
{
}

FaultProxy::~FaultProxy()
{
    if (m_server)
        QMetaObject::invokeMethod(m_server, [server = m_server] { delete server; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool FaultProxy::start()
{
    m_thread.start();
    m_server = new QTcpServer;
    m_server->moveToThread(&m_thread);
    bool listening = false;
    QMetaObject::invokeMethod(
        m_server,
        [this, &listening] {
            listening = m_server->listen(QHostAddress::LocalHost, 0);
            m_port = m_server->serverPort();
            QObject::connect(m_server, &QTcpServer::newConnection, m_server, [this] {
                while (QTcpSocket *client = m_server->nextPendingConnection()) {
                    ++m_connections;
                    new Connection(client, m_upstreamPort, this);
                }
            });
        },
        Qt::BlockingQueuedConnection);
    return listening;
}

QUrl FaultProxy::through(const QUrl &url) const
{
    QUrl proxied = url;
    proxied.setHost(QStringLiteral("127.0.0.1"));
    proxied.setPort(m_port);
    return proxied;
}

void FaultProxy::plan(const QList<Plan> &faults)
{
    QMutexLocker lock(&m_mutex);
    for (const Plan &fault : faults) {
        for (int i = 0; i < fault.connections; ++i)
            m_plan.append(fault);
    }
}

void FaultProxy::plan(Fault fault, int connections, qint64 bytes, int retryAfterSeconds, const QString &match)
{
    Plan planned;
    planned.fault = fault;
    planned.connections = connections;
    planned.bytes = bytes;
    planned.retryAfterSeconds = retryAfterSeconds;
    planned.match = match;
    plan(QList<Plan>{planned});
}

QList<FaultProxy::Exchange> FaultProxy::exchanges() const
{
    QMutexLocker lock(&m_mutex);
    return m_exchanges;
}

int FaultProxy::answered(const QString &pattern, int status) const
{
    const QRegularExpression expression(pattern);
    int count = 0;
    for (const Exchange &exchange : exchanges()) {
        const QByteArray line = exchange.requestHead.left(exchange.requestHead.indexOf("\r\n"));
        if (exchange.status == status && expression.match(QString::fromLatin1(line)).hasMatch())
            ++count;
    }
    return count;
}

int FaultProxy::record(const QByteArray &requestHead)
{
    QMutexLocker lock(&m_mutex);
    m_exchanges.append(Exchange{requestHead, 0});
    return int(m_exchanges.size()) - 1;
}

void FaultProxy::recordStatus(int exchange, int status)
{
    QMutexLocker lock(&m_mutex);
    if (exchange >= 0 && exchange < m_exchanges.size())
        m_exchanges[exchange].status = status;
}

int FaultProxy::planned() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_plan.size());
}

void FaultProxy::clearPlan()
{
    QMutexLocker lock(&m_mutex);
    m_plan.clear();
}

FaultProxy::Plan FaultProxy::next(const QByteArray &requestLine)
{
    QMutexLocker lock(&m_mutex);
    for (qsizetype i = 0; i < m_plan.size(); ++i) {
        const QString &match = m_plan.at(i).match;
        if (match.isEmpty() || QRegularExpression(match).match(QString::fromLatin1(requestLine)).hasMatch())
            return m_plan.takeAt(i);
    }
    return Plan();
}
