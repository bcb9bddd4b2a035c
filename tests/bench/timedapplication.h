#pragma once

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QString>

// A QApplication that times every event it delivers on the GUI thread and remembers the longest
// one with its receiver: when a benchmark finds the GUI blocked, it says by what.
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_depth++ > 0) {
            const bool handled = QApplication::notify(receiver, event);
            --m_depth;
            return handled;
        }
        QElapsedTimer clock;
        clock.start();
        const int type = event->type();
        const char *className = receiver->metaObject()->className();
        const bool handled = QApplication::notify(receiver, event);
        const qint64 ns = clock.nsecsElapsed();
        --m_depth;
        if (ns > m_longestNs) {
            m_longestNs = ns;
            m_longest = QStringLiteral("%1 to %2").arg(type).arg(QString::fromLatin1(className));
        }
        return handled;
    }

    void resetLongest()
    {
        m_longestNs = 0;
        m_longest.clear();
    }
    double longestMs() const { return m_longestNs / 1e6; }
    // "event type N to ClassName"
    QString longestEvent() const { return m_longest; }

private:
    int m_depth = 0;
    qint64 m_longestNs = 0;
    QString m_longest;
};
