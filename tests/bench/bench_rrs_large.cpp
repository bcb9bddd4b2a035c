// Benchmark: a 100,000-row input from CSV through the sandbox and back, with the GUI thread's
// responsiveness measured throughout. Prints figures and ratios against baselines measured in
// the same run; asserts only that the results are right, never how fast they came.

#include "benchworkspace.h"
#include "peakmemory.h"
#include "sandboxprocess.h"
#include "stallmeter.h"
#include "timedapplication.h"

#include "appcontext.h"
#include "mainwindow.h"
#include "rrs/inputtablemodel.h"
#include "rrs/responsepanel.h"
#include "rrs/resulttablemodel.h"
#include "rrs/rrspage.h"

#include "core/http/httpclient.h"
#include "core/service/rrscall.h"
#include "core/table/csvreader.h"
#include "core/workspace/memorysecretstore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace ScoreDesk;
using namespace ScoreDesk::App;

namespace {

int rowCount()
{
    const int rows = qEnvironmentVariableIntValue("SCOREDESK_BENCH_ROWS");
    return rows > 0 ? rows : 100'000;
}

QString writeCsv(const QString &path, int rows)
{
    static const char *words[] = {"This", "is", "a", "good", "day", "rain", "again", "tomorrow", "sunny", "42", "café", "model"};
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write the benchmark's input");
    QByteArray chunk = "Col1,Col2\n";
    quint32 state = 7;
    for (int i = 0; i < rows; ++i) {
        chunk += QByteArray::number(i) + ',';
        for (int w = 0; w < 6; ++w) {
            state = state * 1103515245u + 12345u;
            chunk += (w ? " " : "") + QByteArray(words[(state >> 16) % 12]);
        }
        chunk += '\n';
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    return path;
}

bool waitFor(QObject *object, const char *signal, int timeoutMs)
{
    QSignalSpy spy(object, signal);
    return spy.wait(timeoutMs);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    TimedApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int rows = rowCount();

    SandboxProcess sandbox({QStringLiteral("--max-body-bytes"), QString::number(1024LL * 1024 * 1024)});
    QString error;
    if (!sandbox.start(&error)) {
        std::fprintf(stderr, "bench: %s\n", qPrintable(error));
        return 1;
    }
    QTemporaryDir dir;
    const QString csv = writeCsv(dir.filePath(QStringLiteral("input.csv")), rows);

    // Baseline 1: an idle event loop, for the timer's own jitter on this machine now.
    StallMeter meter;
    meter.start();
    QTest::qWait(1500);
    const double idleStallMs = meter.stopMs();

    // ScoreDesk: the real page, offscreen, from CSV import to results on screen.
    MemorySecretStore secrets;
    AppContext context(AppFiles::in(dir.path()), &secrets);
    if (!saveSandboxWorkspace(&context, sandbox)) {
        std::fprintf(stderr, "bench: could not save the workspace\n");
        return 1;
    }
    MainWindow window(&context);
    window.resize(1280, 800);
    window.show();
    window.showPage(MainWindow::Page::RequestResponse);
    RrsPage *page = window.rrsPage();
    QSignalSpy described(page, &RrsPage::schemaLoaded);
    described.wait(15000);

    QElapsedTimer clock;
    clock.start();
    meter.start();
    app.resetLongest();
    QSignalSpy loaded(page, &RrsPage::csvLoaded);
    page->importCsvFile(csv);
    loaded.wait(300000);
    const double importMs = clock.elapsed();
    QSignalSpy finished(page, &RrsPage::callFinished);
    page->send();
    finished.wait(300000);
    const double pageStallMs = meter.stopMs();
    std::printf("  longest event on the GUI thread: %.1f ms (event %s)\n", app.longestMs(), qPrintable(app.longestEvent()));
    const double pageTotalMs = clock.elapsed();
    const ResultTableModel *output = page->response()->outputModel(0);
    if (finished.isEmpty() || !finished.first().first().toBool() || !output || output->rowCount() != rows || output->columnCount() != 2 + 8) {
        std::fprintf(stderr, "bench: the page's call failed: %s %s\n", qPrintable(page->message()), qPrintable(page->response()->errorText()));
        return 1;
    }
    // Measured before the baseline runs: its table and answer would count otherwise.
    const double pagePeakMiB = peakResidentMiB();

    // Baseline 2: the same work done the way a freezing client does it, on the GUI thread.
    clock.restart();
    meter.start();
    DataTable table;
    CsvError csvError;
    readCsvFile(csv, &table, &csvError);
    RrsRequest request;
    request.inputs.append({QStringLiteral("input1"), table});
    QNetworkAccessManager network;
    HttpClient client(&network);
    RrsCall call(&client, ServiceEndpoint::parse(sandbox.url().toString()), {sandbox.apiKey(), QString()}, request);
    call.start();
    waitFor(&call, SIGNAL(finished()), 300000);
    const double blockingStallMs = meter.stopMs();
    const double blockingTotalMs = clock.elapsed();
    if (call.result().error.isError() || call.result().outputs.value(0).table.rowCount() != rows) {
        std::fprintf(stderr, "bench: the baseline call failed: %s\n", qPrintable(call.result().error.toOneLine()));
        return 1;
    }

    std::printf("RRS round trip of %d rows (CSV import, JSON encode, send, decode, show)\n", rows);
    std::printf("  on the GUI thread (baseline): total %8.0f ms, longest GUI freeze %8.1f ms\n", blockingTotalMs, blockingStallMs);
    std::printf("  ScoreDesk page:               total %8.0f ms (import %.0f ms), longest GUI freeze %8.1f ms\n", pageTotalMs, importMs, pageStallMs);
    std::printf("  idle event loop (baseline):                              longest gap %8.1f ms\n", idleStallMs);
    std::printf("  freeze ratio ScoreDesk / GUI-thread baseline: %.3f\n", pageStallMs / std::max(0.001, blockingStallMs));
    std::printf("  freeze ratio ScoreDesk / idle baseline:       %.1f\n", pageStallMs / std::max(0.001, idleStallMs));
    std::printf("  peak resident memory of the page's round trip: %.0f MiB (goal: 100 MiB or less)\n", pagePeakMiB);
    return 0;
}
