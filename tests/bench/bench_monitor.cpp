// Benchmark: the batch monitor watching 200 running jobs (the sandbox keeps them running for an
// hour), the real window offscreen, for SCOREDESK_BENCH_MONITOR_SECONDS (300). Prints the CPU it
// took as a share of one core, against the guide's way of watching jobs (its sample asks every
// job's status once a second; guide_bes_poller.py, for a minute) measured in the same run.
// Fails only when a job is not shown or not running.

#include "benchworkspace.h"
#include "sandboxprocess.h"

#include "appcontext.h"
#include "batch/batchpage.h"
#include "mainwindow.h"

#include "core/jobs/jobstore.h"

#include <QTableView>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

#include <cstdio>

using namespace ScoreDesk;
using namespace ScoreDesk::App;

namespace {

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

int fail(const QString &what)
{
    std::fprintf(stderr, "bench: %s\n", qPrintable(what));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QString storage = qEnvironmentVariable("SCOREDESK_TEST_STORAGE");
    if (storage.isEmpty())
        return fail(QStringLiteral("SCOREDESK_TEST_STORAGE is not set (run through scripts/harness.sh)"));
    const int jobs = qEnvironmentVariableIsSet("SCOREDESK_BENCH_JOBS") ? qEnvironmentVariableIntValue("SCOREDESK_BENCH_JOBS") : 200;
    const int seconds = qEnvironmentVariableIsSet("SCOREDESK_BENCH_MONITOR_SECONDS") ? qEnvironmentVariableIntValue("SCOREDESK_BENCH_MONITOR_SECONDS") : 300;
    const int baselineSeconds = std::min(seconds, 60);

    SandboxProcess sandbox({QStringLiteral("--storage"), storage, QStringLiteral("--job-delay-ms"), QStringLiteral("7200000"),
                            QStringLiteral("--max-running-jobs"), QString::number(jobs * 2)});
    QString error;
    if (!sandbox.start(&error))
        return fail(error);
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("input.csv"));
    {
        QFile file(input);
        if (!file.open(QIODevice::WriteOnly))
            return fail(QStringLiteral("cannot write the input"));
        file.write("Col1,Col2\n1,This is a good day\n");
    }
    AppContext context(AppFiles::in(dir.path()), nullptr); // the system keychain, as the app uses it
    Workspace workspace;
    workspace.name = QStringLiteral("Sandbox");
    workspace.defaultContainer = QStringLiteral("monitor-bench");
    workspace.id = QUuid::createUuid();
    workspace.apiLocation = sandbox.url().toString(); // endpoint() below needs it here too
    if (!saveSandboxWorkspace(&context, sandbox, workspace, {{SecretKind::StorageConnectionString, storage}}))
        return fail(QStringLiteral("could not save the workspace"));

    // 200 jobs, submitted and started the way the Batch Jobs page does it.
    int done = 0;
    QString submitError;
    for (int i = 0; i < jobs; ++i) {
        BatchJobPlan plan;
        plan.workspaceId = workspace.id;
        plan.workspaceName = workspace.name;
        plan.endpoint = workspace.endpoint();
        plan.inputFile = input;
        plan.container = workspace.defaultContainer;
        plan.outputFolder = dir.filePath(QStringLiteral("outputs"));
        BatchSubmitJob *job = context.batch()->submit(plan);
        QObject::connect(job, &BatchSubmitJob::finished, &app, [&, job] {
            ++done;
            if (!job->succeeded())
                submitError = job->error().toOneLine();
        });
        if (i % 20 == 19 && !QTest::qWaitFor([&] { return done == i + 1; }, 60000))
            return fail(QStringLiteral("submitting timed out"));
    }
    if (!QTest::qWaitFor([&] { return done == jobs; }, 120000) || !submitError.isEmpty())
        return fail(QStringLiteral("could not submit the jobs: ") + submitError);

    MainWindow window(&context);
    window.resize(1400, 900);
    window.show();
    window.showPage(MainWindow::Page::BatchJobs);
    QTableView *monitor = window.findChild<BatchPage *>()->monitor();
    QTest::qWait(3000); // the first looks at every job
    if (monitor->model()->rowCount() != jobs)
        return fail(QStringLiteral("the monitor shows %1 jobs of %2").arg(monitor->model()->rowCount()).arg(jobs));

    const double cpuBefore = cpuSeconds();
    QElapsedTimer clock;
    clock.start();
    // A plain event loop: QTest::qWait() would wake every few milliseconds itself.
    QEventLoop idle;
    QTimer::singleShot(seconds * 1000, &idle, &QEventLoop::quit);
    idle.exec();
    const double share = (cpuSeconds() - cpuBefore) / (clock.elapsed() / 1000.0);

    int running = 0;
    QStringList ids;
    for (const JobRecord &record : context.jobs()->all()) {
        running += record.state == BesJobState::Running ? 1 : 0;
        ids.append(record.jobId);
    }
    if (running != jobs)
        return fail(QStringLiteral("%1 of %2 jobs are running at the end").arg(running).arg(jobs));

    // The baseline, watching the same jobs (the window is idle meanwhile; its share is not counted).
    QProcess guide;
    guide.start(QStringLiteral("python3"), QStringList{QStringLiteral(SCOREDESK_SOURCE_DIR "/tests/bench/guide_bes_poller.py"), sandbox.url().toString(),
                                                        sandbox.apiKey(), QString::number(baselineSeconds)} + ids);
    // The event loop runs meanwhile: the sandbox's log comes through this process's pipes.
    if (!QTest::qWaitFor([&] { return guide.state() == QProcess::NotRunning; }, (baselineSeconds + 120) * 1000) || guide.exitCode() != 0)
        return fail(QStringLiteral("the guide's poller failed (%1): ").arg(guide.errorString()) + QString::fromUtf8(guide.readAllStandardError()));
    const QList<QByteArray> figures = guide.readAllStandardOutput().trimmed().split(' ');
    const double guideShare = figures.value(0).toDouble() / baselineSeconds;

    std::printf("Watching %d running batch jobs\n", jobs);
    std::printf("  ScoreDesk's monitor (window, poller, job list): %6.2f%% of a core over %d s\n", share * 100, seconds);
    std::printf("  the guide's way (every job once a second):     %6.2f%% of a core over %d s (%s polls)\n", guideShare * 100, baselineSeconds,
                figures.value(1).constData());
    std::printf("  ratio %.3fx; goal: under 2%% of a core\n", share / std::max(1e-9, guideShare));
    return 0;
}
