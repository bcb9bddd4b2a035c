// Benchmark, GUI half of bench_grid_pandas.py: opens a large CSV in the input grid or in a
// results grid of the real window (offscreen), then scrolls to its end, sorts by a column and
// copies it, timing each and the longest time the GUI thread was blocked. Prints one JSON line
// of figures; the script sets them against pandas.read_csv on the same file. Fails only when
// the grid does not show the file's rows.
//   bench_grid_load CSV ROWS input|results

#include "benchworkspace.h"
#include "peakmemory.h"
#include "sandboxprocess.h"
#include "stallmeter.h"
#include "timedapplication.h"

#include "appcontext.h"
#include "mainwindow.h"
#include "rrs/backgroundtask.h"
#include "rrs/inputgridview.h"
#include "rrs/inputtablemodel.h"
#include "rrs/responsepanel.h"
#include "rrs/resulttablemodel.h"
#include "rrs/rrspage.h"

#include "core/table/csvreader.h"
#include "core/workspace/memorysecretstore.h"

#include <QClipboard>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace ScoreDesk;
using namespace ScoreDesk::App;

namespace {

struct Step
{
    double ms = 0;
    double blockedMs = 0;
};

// Runs a step to its end (until done() is true), timing it and the GUI thread's longest block.
template<typename Start, typename Done>
Step timed(TimedApplication &app, Start start, Done done)
{
    StallMeter meter;
    QElapsedTimer clock;
    app.resetLongest();
    meter.start();
    clock.start();
    start();
    if (!QTest::qWaitFor(done, 600000))
        std::fprintf(stderr, "bench: a step did not end within 10 minutes\n");
    Step step;
    step.ms = clock.nsecsElapsed() / 1e6;
    step.blockedMs = std::max(meter.stopMs(), app.longestMs());
    return step;
}

int fail(const char *what)
{
    std::fprintf(stderr, "bench: %s\n", what);
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    TimedApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    if (argc != 4)
        return fail("usage: bench_grid_load CSV ROWS input|results");
    const QString csv = QString::fromLocal8Bit(argv[1]);
    const int rows = QByteArray(argv[2]).toInt();
    const bool results = QByteArray(argv[3]) == "results";

    SandboxProcess sandbox;
    QString error;
    if (!sandbox.start(&error))
        return fail(qPrintable(error));
    QTemporaryDir dir;
    MemorySecretStore secrets;
    AppContext context(AppFiles::in(dir.path()), &secrets);
    if (!saveSandboxWorkspace(&context, sandbox))
        return fail("could not save the workspace");
    MainWindow window(&context);
    window.resize(1400, 900);
    window.show();
    window.showPage(MainWindow::Page::RequestResponse);
    RrsPage *page = window.rrsPage();
    QSignalSpy described(page, &RrsPage::schemaLoaded);
    described.wait(15000);
    QTest::qWait(200);

    QTableView *view = nullptr;
    QAbstractItemModel *model = nullptr;
    Step open;
    if (!results) {
        QSignalSpy loaded(page, &RrsPage::csvLoaded);
        open = timed(app, [&] { page->importCsvFile(csv); }, [&] { return !loaded.isEmpty(); });
        view = page->grid(0);
        model = page->inputModel(0);
        if (loaded.isEmpty() || !loaded.first().first().toBool())
            return fail(qPrintable(page->message()));
    } else {
        // What a 1,000,000-row answer costs once read: the same reading off the GUI thread,
        // then the results grid.
        bool shown = false;
        open = timed(
            app,
            [&] {
                runInBackground<DataTable>(
                    page,
                    [csv] {
                        DataTable table;
                        CsvError csvError;
                        readCsvFile(csv, &table, &csvError);
                        // As a service declares them: id, age, label whole numbers, income and
                        // score numbers (they sort as numbers), the rest text.
                        for (const qsizetype c : {0, 1, 9})
                            table.setColumnType(c, ColumnType::Integer);
                        for (const qsizetype c : {2, 3})
                            table.setColumnType(c, ColumnType::Double);
                        return table;
                    },
                    [&](DataTable table) {
                        ResponsePanel::Shown answer;
                        answer.status = 200;
                        answer.outputs.append({QStringLiteral("output1"), table});
                        page->response()->showResponse(answer);
                        shown = true;
                    });
            },
            [&] { return shown; });
        view = page->response()->findChild<QTableView *>(QStringLiteral("output:output1"));
        model = view ? view->model() : nullptr;
    }
    if (!view || !model || model->rowCount() != rows)
        return fail("the grid does not show every row of the file");
    QTest::qWait(100); // the first paint

    // Scrolling to the end and painting it.
    const Step scroll = timed(
        app,
        [&] {
            view->scrollToBottom();
            view->viewport()->repaint();
        },
        [] { return true; });

    const double openPeakMiB = peakResidentMiB(); // what pandas is set against: the table open

    // Sorting by the third column (numbers), descending: only the results grid sorts.
    Step sort;
    if (results) {
        auto *resultModel = qobject_cast<ResultTableModel *>(model);
        QSignalSpy sorted(resultModel, &ResultTableModel::sortFinished);
        sort = timed(app, [&] { view->sortByColumn(2, Qt::DescendingOrder); }, [&] { return !sorted.isEmpty(); });
        bool ordered = !sorted.isEmpty();
        for (int row = 1; ordered && row < rows; row += 997)
            ordered = model->index(row - 1, 2).data().toDouble() >= model->index(row, 2).data().toDouble();
        if (!ordered)
            return fail("the sort did not finish or is wrong");
    }

    // Copying: the whole output (results), or 10,000 selected rows (input).
    Step copy;
    if (results) {
        QSignalSpy copied(page->response(), &ResponsePanel::outputCopied);
        page->response()->tabs()->setCurrentWidget(view);
        copy = timed(app, [&] { page->response()->copyCurrentOutput(); }, [&] { return !copied.isEmpty(); });
    } else {
        view->setCurrentIndex(model->index(0, 0));
        view->selectionModel()->select(QItemSelection(model->index(0, 0), model->index(9999, model->columnCount() - 1)), QItemSelectionModel::ClearAndSelect);
        auto *grid = static_cast<InputGridView *>(view);
        QSignalSpy copied(grid, &InputGridView::copied);
        copy = timed(app, [&] { grid->copySelection(); }, [&] { return !copied.isEmpty(); });
    }
    if (QApplication::clipboard()->text().count(QLatin1Char('\n')) < (results ? rows : 10000))
        return fail("the copy does not hold the rows");

    if (const QString shots = qEnvironmentVariable("SCOREDESK_SCREENSHOT_DIR"); !shots.isEmpty())
        window.grab().save(shots + QStringLiteral("/grid-%1.png").arg(results ? QStringLiteral("results") : QStringLiteral("input")));

    QJsonObject figures;
    figures.insert(QLatin1String("open_ms"), open.ms);
    figures.insert(QLatin1String("open_blocked_ms"), open.blockedMs);
    figures.insert(QLatin1String("scroll_blocked_ms"), scroll.blockedMs);
    figures.insert(QLatin1String("sort_ms"), sort.ms);
    figures.insert(QLatin1String("sort_blocked_ms"), sort.blockedMs);
    figures.insert(QLatin1String("copy_ms"), copy.ms);
    figures.insert(QLatin1String("copy_blocked_ms"), copy.blockedMs);
    figures.insert(QLatin1String("open_peak_mib"), openPeakMiB);
    figures.insert(QLatin1String("peak_mib"), peakResidentMiB());
    figures.insert(QLatin1String("rows"), model->rowCount());
    std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Compact).constData());
    return 0;
}
