#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace ScoreDesk::App {

// Runs work on the thread pool and hands its result back on the GUI thread to `done`, unless
// `context` is gone by then. For CSV parsing and JSON building of large tables, so that the GUI
// thread only ever sees finished results. The result is posted to the application object and
// the guard is read on the GUI thread only, never from the worker.
template<typename Result>
void runInBackground(QObject *context, std::function<Result()> work, std::function<void(Result)> done)
{
    QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start([guard, work = std::move(work), done = std::move(done)]() mutable {
        auto result = std::make_shared<Result>(work());
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, result, done = std::move(done)] {
                if (guard)
                    done(std::move(*result));
            },
            Qt::QueuedConnection);
    });
}

} // namespace ScoreDesk::App
