#pragma once

#include <QList>
#include <QMutex>
#include <QThread>
#include <QUrl>

#include <atomic>

class QTcpServer;

// A loopback HTTP proxy that misbehaves on purpose, between a client and an upstream (the
// sandbox, Azurite). Each request takes the first planned fault whose pattern matches its
// request line (no pattern: any), and everything else passes through; every request gets a
// connection of its own (the proxy says "Connection: close" both ways), so a plan reads as "the
// next N requests like this". It runs on a thread of its own, so that it keeps working while a
// test blocks on a process, and it records what went through.
class FaultProxy
{
public:
    enum class Fault {
        Pass,         // as it is
        CutResponse,  // the answer stops after `bytes` bytes (the connection is aborted)
        CutRequest,   // the request stops after `bytes` bytes of body (an upload cut half-way)
        Truncate,     // the answer's body stops half-way against its Content-Length, closed cleanly
        Stall,        // the request is read, then nothing ever comes back
        Trickle,      // the answer comes `bytes` bytes every `intervalMs`
        SlowRequest,  // the request's body goes on `bytes` bytes every `intervalMs` (a slow upload)
        Reset,        // the request is read, then the connection is reset (RST)
        Html500,      // an HTML error page from something in between
        Html502,
        Status429,    // the gateway's rate limit, with Retry-After when retryAfterSeconds >= 0
        Status503,    // the service's throttling, likewise
    };
    struct Plan
    {
        Fault fault = Fault::Pass;
        int connections = 1; // how many connections in a row get it
        qint64 bytes = 0;
        int intervalMs = 1000;
        int retryAfterSeconds = -1;
        QString match; // a regular expression for the request line ("PUT /x?comp=block... HTTP/1.1")
    };
    struct Exchange
    {
        QByteArray requestHead;
        int status = 0; // 0 while (or when) no answer came back
    };

    explicit FaultProxy(quint16 upstreamPort);
    ~FaultProxy();

    bool start();
    quint16 port() const { return m_port; }
    // The same URL, through the proxy.
    QUrl through(const QUrl &url) const;

    // Appends to the plan; requests it does not cover pass through.
    void plan(const QList<Plan> &faults);
    void plan(Fault fault, int connections = 1, qint64 bytes = 0, int retryAfterSeconds = -1, const QString &match = {});
    int connections() const { return m_connections; }
    int faultsInjected() const { return m_faulted; }
    int planned() const;
    void clearPlan();

    // What went through, in order; how many answers with this status matched the pattern.
    QList<Exchange> exchanges() const;
    int answered(const QString &pattern, int status) const;

    // For the worker: the fault for a request, and what became of it.
    Plan next(const QByteArray &requestLine);
    void countFault() { ++m_faulted; }
    int record(const QByteArray &requestHead);
    void recordStatus(int exchange, int status);

private:
    quint16 m_upstreamPort;
    quint16 m_port = 0;
    QThread m_thread;
    QTcpServer *m_server = nullptr; // lives on m_thread
    mutable QMutex m_mutex;
    QList<Plan> m_plan;
    QList<Exchange> m_exchanges;
    std::atomic_int m_connections{0};
    std::atomic_int m_faulted{0};
};
