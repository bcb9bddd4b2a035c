#pragma once

#include <QApplication>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>

// Runs `act` on the next modal dialog once it is shown: the way to drive a dialog that
// exec() blocks on. The check repeats until the dialog is up or the time is spent.
inline void whenModalAppears(std::function<void(QWidget *dialog)> act, int timeoutMs = 10000)
{
    auto *timer = new QTimer;
    auto waited = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act, waited, timeoutMs] {
        *waited += 20;
        QWidget *dialog = QApplication::activeModalWidget();
        if (dialog && dialog->isVisible()) {
            timer->stop();
            timer->deleteLater();
            act(dialog);
        } else if (*waited > timeoutMs) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start(20);
}

// Makes `window` the active window, as the window manager does when the user clicks it or
// closes a dialog over it (QApplication::setActiveWindow is deprecated from Qt 6.5 on).
inline bool activate(QWidget *window)
{
    window->activateWindow();
    return QTest::qWaitForWindowActive(window);
}
