// Benchmark, GUI half of bench_usage_pandas.py: fills a history database with ROWS calls spread
// over a year (or uses the one given), then times opening the Usage page of the real window
// (offscreen) on the last 30 days and on one workspace's last 24 hours. Prints one JSON line;
// the script sets the figures against pandas on the same file. Fails only when the page's
// totals are not the database's.
//   bench_usage FOLDER ROWS

#include "appcontext.h"
#include "mainwindow.h"
#include "usage/usagepage.h"

#include "core/http/redactor.h"
#include "core/workspace/memorysecretstore.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <cstdio>

using namespace ScoreDesk;
using namespace ScoreDesk::App;

namespace {

void fillHistory(HistoryStore *store, int rows)
{
    QRandomGenerator random(7);
    const QStringList workspaces = {QStringLiteral("Prod"), QStringLiteral("Staging"), QStringLiteral("Dev"), QStringLiteral("Via gateway")};
    const QList<int> statuses = {200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 400, 401, 429, 503, 502, 0};
    const QDateTime now = QDateTime::currentDateTime();
    const Redactor redactor;
    QSqlDatabase db = store->database();
    db.transaction();
    for (int i = 0; i < rows; ++i) {
        HistoryEntry entry;
        entry.startedAt = now.addSecs(-qint64(random.bounded(365 * 24 * 3600)));
        entry.workspaceName = workspaces.at(random.bounded(int(workspaces.size())));
        entry.workspaceId = QUuid::createUuidV5(QUuid(), entry.workspaceName);
        entry.url = QStringLiteral("https://example.net/workspaces/w/services/s/execute?api-version=2.0");
        entry.status = statuses.at(random.bounded(int(statuses.size())));
        entry.error = entry.status == 200 ? QString() : QStringLiteral("HTTP %1").arg(entry.status);
        entry.latencyMs = 20 + random.bounded(2000);
        entry.retries = entry.status == 429 ? 1 : 0;
        entry.waitedMs = entry.retries * 1000;
        entry.requestBody = "{\"Inputs\":{}}";
        entry.responseBody = "{\"Results\":{}}";
        store->record(entry, redactor);
    }
    db.commit();
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_usage FOLDER ROWS\n");
        return 2;
    }
    const QString folder = QString::fromLocal8Bit(argv[1]);
    const int rows = QString::fromLocal8Bit(argv[2]).toInt();
    QElapsedTimer clock;
    clock.start();
    {
        HistoryStore store(AppFiles::in(folder).history);
        QString error;
        if (!store.open(&error)) {
            std::fprintf(stderr, "bench_usage: %s\n", qPrintable(error));
            return 1;
        }
        fillHistory(&store, rows);
    }
    const qint64 fillMs = clock.elapsed();

    MemorySecretStore secrets;
    AppContext context(AppFiles::in(folder), &secrets);
    MainWindow window(&context);
    window.resize(1100, 700);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    UsagePage *usage = window.usagePage();
    usage->rangeBox()->setCurrentIndex(2); // the last 30 days, before the page is shown
    clock.restart();
    window.showPage(MainWindow::Page::Usage); // refreshes as it is shown
    QApplication::processEvents();
    const qint64 monthMs = clock.elapsed();
    const int monthTotal = usage->report().total;
    const QDateTime monthFrom = usage->report().from;

    clock.restart();
    usage->rangeBox()->setCurrentIndex(0);
    usage->workspaceBox()->setCurrentIndex(usage->workspaceBox()->findText(QStringLiteral("Prod")));
    QApplication::processEvents();
    const qint64 dayMs = clock.elapsed();

    // The check: the page's count is the database's.
    QSqlQuery count(context.history()->database());
    count.exec(QStringLiteral("SELECT COUNT(*) FROM calls WHERE started_at >= '%1'").arg(monthFrom.toString(Qt::ISODateWithMs)));
    count.next();
    const int expected = count.value(0).toInt();
    const QJsonObject figures{{QStringLiteral("rows"), rows},          {QStringLiteral("fill_ms"), fillMs},
                              {QStringLiteral("open_month_ms"), monthMs}, {QStringLiteral("month_calls"), monthTotal},
                              {QStringLiteral("day_one_workspace_ms"), dayMs}, {QStringLiteral("expected_month_calls"), expected}};
    std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Compact).constData());
    return monthTotal == expected ? 0 : 1;
}
