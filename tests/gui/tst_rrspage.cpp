#include "guihelpers.h"
#include "faultproxy.h"
#include "scriptedserver.h"
#include "sandboxprocess.h"
#include "scriptedprompter.h"

#include "appcontext.h"
#include "mainwindow.h"
#include "rrs/historylistmodel.h"
#include "rrs/historypanel.h"
#include "rrs/inputgridview.h"
#include "rrs/inputtablemodel.h"
#include "rrs/parametersform.h"
#include "rrs/responsepanel.h"
#include "rrs/resulttablemodel.h"
#include "rrs/rrspage.h"

#include "core/workspace/memorysecretstore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMimeData>
#include <QPushButton>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoGroup>

using namespace ScoreDesk;
using namespace ScoreDesk::App;

// The request/response page against the real sandbox, offscreen.
class TestRrsPage : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    MemorySecretStore m_secrets;
    // Made anew for every test (init), so that no test depends on what an earlier one did.
    std::unique_ptr<QTemporaryDir> m_files;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;

    RrsPage *page() const { return m_window->rrsPage(); }

    QUuid saveWorkspace(const QString &name, const QString &url, const QString &apiKey)
    {
        Workspace workspace;
        if (const Workspace *existing = m_context->workspaces()->store()->findByName(name))
            workspace = *existing;
        workspace.name = name;
        workspace.apiLocation = url;
        bool done = false;
        m_context->workspaces()->save(workspace, {{SecretKind::ApiKey, apiKey}}, this, [&](const WorkspaceOutcome &outcome) {
            QVERIFY2(outcome.ok(), qPrintable(outcome.message));
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 5000))
            qFatal("workspace not saved");
        return m_context->workspaces()->store()->findByName(name)->id;
    }

    void select(const QUuid &id)
    {
        auto *selector = m_window->findChild<QComboBox *>(QStringLiteral("workspaceSelector"));
        for (int i = 0; i < selector->count(); ++i) {
            if (selector->itemData(i, Qt::UserRole + 1).toUuid() == id)
                selector->setCurrentIndex(i);
        }
    }

    bool sendAndWait(bool expectOk)
    {
        QSignalSpy finished(page(), &RrsPage::callFinished);
        activate(m_window.get());
        if (!QTest::qWaitForWindowActive(m_window.get()))
            return false;
        page()->grid(0)->setFocus();
        QTest::keyClick(page()->grid(0), Qt::Key_Return, Qt::ControlModifier);
        if (!finished.wait(30000))
            return false;
        return finished.first().first().toBool() == expectOk;
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write a test file");
        return file.fileName();
    }

    static void saveScreenshot(QWidget *widget, const QString &name)
    {
        const QString out = qEnvironmentVariable("SCOREDESK_SCREENSHOT_DIR");
        if (out.isEmpty())
            return;
        QTest::qWait(50);
        widget->grab().save(out + QLatin1Char('/') + name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    }

    // Each test starts from a fresh desk: its own files, the sandbox's workspace chosen and its
    // description read, the guide's row in the grid.
    void init()
    {
        m_files = std::make_unique<QTemporaryDir>();
        m_context = std::make_unique<AppContext>(AppFiles::in(m_files->path()), &m_secrets);
        QVERIFY(m_context->history());
        m_window = std::make_unique<MainWindow>(m_context.get());
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->showPage(MainWindow::Page::RequestResponse);
        QSignalSpy loaded(page(), &RrsPage::schemaLoaded);
        select(saveWorkspace(QStringLiteral("Sandbox"), m_sandbox.url().toString(), m_sandbox.apiKey()));
        QVERIFY(loaded.wait(15000));
        QVERIFY2(loaded.first().first().toBool(), qPrintable(page()->message()));
    }

    void cleanup()
    {
        m_window.reset();
        m_context.reset();
        m_files.reset();
    }

    void nothingFloatsBeforeTheFirstResponse()
    {
        // The JSON and header views join the page only inside the response's tabs.
        auto *json = page()->response()->findChild<QTreeView *>();
        auto *headers = page()->response()->findChild<QTableView *>();
        QVERIFY(json);
        QVERIFY(headers);
        QVERIFY(!json->isVisible());
        QVERIFY(!headers->isVisible());
    }

    void describedServiceBuildsTheGrid()
    {
        InputTableModel *model = page()->inputModel(0);
        QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Col2 *"));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("This is a good day"));
        auto *bits = page()->parameters()->findChild<QLineEdit *>(QStringLiteral("parameter:Hashing bitsize"));
        QVERIFY(bits);
        QCOMPARE(bits->text(), QStringLiteral("3"));
    }

    void sendShowsTheGuidesRow()
    {
        QVERIFY(sendAndWait(true));
        const ResultTableModel *output = page()->response()->outputModel(0);
        QVERIFY(output);
        QCOMPARE(output->columnCount(), 9);
        QCOMPARE(output->headerData(8, Qt::Horizontal).toString(), QStringLiteral("Col2_HashingFeature.7"));
        QStringList row;
        for (int c = 1; c < 9; ++c)
            row.append(output->index(0, c).data().toString());
        QCOMPARE(row.join(QLatin1Char(' ')), QStringLiteral("1 1 2 2 0 2 0 1"));
        QVERIFY(page()->response()->statusText().contains(QLatin1String("200 OK")));
        QVERIFY(page()->response()->tabs()->tabText(0).startsWith(QLatin1String("output1")));
        saveScreenshot(m_window.get(), QStringLiteral("rrs.png"));
    }

    void importCsvUndoRedo()
    {
        const QString path = writeFile(QStringLiteral("rows.csv"), "Col2\nThis is a good day\nrain again\n\"quoted, text\"\n");
        QSignalSpy loaded(page(), &RrsPage::csvLoaded);
        page()->importCsvFile(path);
        QVERIFY(loaded.wait(10000));
        QVERIFY(loaded.first().first().toBool());
        InputTableModel *model = page()->inputModel(0);
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->index(2, 0).data().toString(), QStringLiteral("quoted, text"));
        page()->undoGroup()->undo();
        QCOMPARE(model->rowCount(), 1);
        page()->undoGroup()->redo();
        QCOMPARE(model->rowCount(), 3);
        QVERIFY(sendAndWait(true));
        QCOMPARE(page()->response()->outputModel(0)->rowCount(), 3);
    }

    void malformedCsvIsExplained()
    {
        const QString rows = writeFile(QStringLiteral("rows.csv"), "Col2\nThis is a good day\nrain again\n\"quoted, text\"\n");
        QSignalSpy imported(page(), &RrsPage::csvLoaded);
        page()->importCsvFile(rows);
        QVERIFY(imported.wait(10000));
        const QString path = writeFile(QStringLiteral("bad.csv"), "Col2\n\"never closed\n");
        QSignalSpy loaded(page(), &RrsPage::csvLoaded);
        page()->importCsvFile(path);
        QVERIFY(loaded.wait(10000));
        QVERIFY(!loaded.first().first().toBool());
        QVERIFY2(page()->message().contains(QLatin1String("bad.csv:2:1: quoted field is never closed")), qPrintable(page()->message()));
        QCOMPARE(page()->inputModel(0)->rowCount(), 3); // nothing lost
    }

    void pasteFromTheClipboard()
    {
        page()->inputModel(0)->insertRowsAt(1, 2); // three rows, the guide's first
        InputGridView *grid = page()->grid(0);
        grid->setCurrentIndex(page()->inputModel(0)->index(1, 0));
        QApplication::clipboard()->setText(QStringLiteral("pasted one\npasted two\npasted three\n"));
        grid->setFocus();
        QTest::keyClick(grid, Qt::Key_V, Qt::ControlModifier);
        InputTableModel *model = page()->inputModel(0);
        QCOMPARE(model->rowCount(), 4); // one row added for the third line
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("This is a good day"));
        QCOMPARE(model->index(1, 0).data().toString(), QStringLiteral("pasted one"));
        QCOMPARE(model->index(3, 0).data().toString(), QStringLiteral("pasted three"));
        grid->selectionModel()->select(model->index(1, 0), QItemSelectionModel::ClearAndSelect);
        QSignalSpy copied(grid, &InputGridView::copied);
        QTest::keyClick(grid, Qt::Key_C, Qt::ControlModifier);
        QVERIFY(copied.wait(5000)); // the text is made off the GUI thread
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("pasted one\n"));
    }

    void invalidInputIsNotSent()
    {
        InputTableModel *model = page()->inputModel(0);
        model->editCells({{0, 0, QString(), true}}, QStringLiteral("clear"));
        page()->send();
        QVERIFY2(page()->message().contains(QLatin1String("Col2 is required")), qPrintable(page()->message()));
        QVERIFY(!page()->isBusy());
        page()->undoGroup()->undo();
        auto *bits = page()->parameters()->findChild<QLineEdit *>(QStringLiteral("parameter:Hashing bitsize"));
        bits->setText(QStringLiteral("40"));
        page()->send();
        QVERIFY(page()->message().contains(QLatin1String("at most 16")));
        bits->setText(QStringLiteral("3"));
    }

    void wrongKeyIsShownInWords()
    {
        select(saveWorkspace(QStringLiteral("Sandbox"), m_sandbox.url().toString(), QStringLiteral("wrong-key")));
        QVERIFY(sendAndWait(false));
        QVERIFY2(page()->response()->errorText().contains(QLatin1String("Unauthorized")), qPrintable(page()->response()->errorText()));
        QVERIFY(page()->response()->statusText().contains(QLatin1String("401")));
        saveScreenshot(m_window.get(), QStringLiteral("rrs-401.png"));
    }

    void htmlBadGatewayIsShownInWords()
    {
        ScriptedServer proxy([](const ScriptedServer::Request &, QTcpSocket *socket) {
            ScriptedServer::reply(socket, 502, "<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>",
                                  {{"Content-Type", "text/html"}});
        });
        QVERIFY(proxy.listen());
        QSignalSpy loaded(page(), &RrsPage::schemaLoaded);
        select(saveWorkspace(QStringLiteral("Behind a broken proxy"), proxy.url(QStringLiteral("/workspaces/w/services/s")).toString(), QStringLiteral("k")));
        QVERIFY(loaded.wait(10000)); // no description: an untyped grid of this workspace's own
        QVERIFY(page()->message().contains(QLatin1String("No service description")));
        DataTable table({QStringLiteral("Col2")});
        table.appendRow({QStringLiteral("This is a good day")});
        page()->inputModel(0)->replaceTable(table, QStringLiteral("rows"));
        QVERIFY(sendAndWait(false));
        QVERIFY2(page()->response()->errorText().contains(QLatin1String("502 Bad Gateway")), qPrintable(page()->response()->errorText()));
        auto *raw = page()->response()->findChild<QWidget *>(QStringLiteral("rawBody"));
        QVERIFY(raw && !raw->isVisible());
    }

    // Behind a gateway at its limit, Send waits the 429 out with a countdown, then shows the answer.
    void sendWaitsOutARateLimitWithACountdown()
    {
        FaultProxy gateway(quint16(m_sandbox.url().port()));
        QVERIFY(gateway.start());
        QSignalSpy loaded(page(), &RrsPage::schemaLoaded);
        select(saveWorkspace(QStringLiteral("Limited"), gateway.through(m_sandbox.url()).toString(), m_sandbox.apiKey()));
        QVERIFY(loaded.wait(10000));
        gateway.plan(FaultProxy::Fault::Status429, 1, 0, 2);
        bool sawCountdown = false;
        QTimer watch;
        connect(&watch, &QTimer::timeout, this, [&] {
            sawCountdown = sawCountdown || page()->response()->statusText().contains(QLatin1String("Trying again in"));
        });
        watch.start(20);
        QVERIFY(sendAndWait(true));
        watch.stop();
        QVERIFY(sawCountdown);
        QCOMPARE(gateway.faultsInjected(), 1);
        QVERIFY(page()->response()->statusText().contains(QLatin1String("200 OK")));
    }

    // Both exports run off the GUI thread: the same file twice (replaced whole), an output in the
    // order it is sorted, and a place that cannot be written (said, nothing left behind).
    void exportsTheGridAndASortedOutput()
    {
        ScriptedPrompter prompter;
        m_context->setPrompter(&prompter);
        QTemporaryDir out;
        const QString file = out.filePath(QStringLiteral("input1.csv"));
        QSignalSpy exported(page(), &RrsPage::csvExported);
        for (int time = 0; time < 2; ++time) {
            prompter.answer({file});
            page()->exportCsv();
            QVERIFY(exported.wait(5000));
            QVERIFY(exported.last().first().toBool());
        }
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), QByteArray("Col2\nThis is a good day\n"));
        QCOMPARE(QDir(out.path()).entryList(QDir::Files), QStringList{QStringLiteral("input1.csv")});

        page()->inputModel(0)->setData(page()->inputModel(0)->index(0, 0), QStringLiteral("rain again tomorrow"));
        QVERIFY(sendAndWait(true));
        auto *model = const_cast<ResultTableModel *>(page()->response()->outputModel(0));
        QSignalSpy sorted(model, &ResultTableModel::sortFinished);
        model->sort(0, Qt::DescendingOrder);
        QVERIFY(sorted.wait(5000));
        QSignalSpy outputExported(page()->response(), &ResponsePanel::outputExported);
        const QString output = out.filePath(QStringLiteral("output1.csv"));
        prompter.answer({output});
        page()->response()->exportCurrentOutput();
        QVERIFY(outputExported.wait(5000));
        QVERIFY(outputExported.first().first().toBool());
        QFile outputFile(output);
        QVERIFY(outputFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = outputFile.readAll().split('\n');
        QCOMPARE(lines.value(1).split(',').value(0), model->index(0, 0).data().toString().toUtf8());

        prompter.answer({QVariant(file + QStringLiteral("/inside-a-file.csv")), QVariant()});
        page()->exportCsv();
        QVERIFY(exported.wait(5000));
        QVERIFY(!exported.last().first().toBool());
        QCOMPARE(prompter.errors().size(), 1);
        QVERIFY2(prompter.errors().first().contains(QLatin1String("inside-a-file.csv")), qPrintable(prompter.errors().first()));
        m_context->setPrompter(nullptr);
    }

    void copyAnOutputForASpreadsheet()
    {
        QVERIFY(sendAndWait(true));
        auto *copy = page()->response()->findChild<QPushButton *>(QStringLiteral("copyOutput"));
        QVERIFY(copy && copy->isEnabled());
        QSignalSpy copied(page()->response(), &ResponsePanel::outputCopied);
        QTest::mouseClick(copy, Qt::LeftButton);
        QVERIFY(copied.wait(5000));
        const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), page()->response()->outputModel(0)->rowCount() + 1);
        QVERIFY(lines.first().startsWith(QLatin1String("Col2\tCol2_HashingFeature.0\t")));
    }

    void droppedCsvFileIsImported()
    {
        const QString path = writeFile(QStringLiteral("dropped.csv"), "Col2\ndropped row\n");
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QSignalSpy loaded(page(), &RrsPage::csvLoaded);
        QWidget *viewport = page()->grid(0)->viewport();
        QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &drop);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(page()->inputModel(0)->index(0, 0).data().toString(), QStringLiteral("dropped row"));
        page()->undoGroup()->undo(); // the drop was one undoable step
        QVERIFY(page()->inputModel(0)->index(0, 0).data().toString() != QLatin1String("dropped row"));
    }

    void cancelStopsAWaitingCall()
    {
        SandboxProcess slow({QStringLiteral("--delay-ms"), QStringLiteral("8000")});
        QString error;
        QVERIFY2(slow.start(&error), qPrintable(error));
        QSignalSpy loaded(page(), &RrsPage::schemaLoaded);
        select(saveWorkspace(QStringLiteral("Slow"), slow.url().toString(), slow.apiKey()));
        QVERIFY(loaded.wait(10000));
        QSignalSpy finished(page(), &RrsPage::callFinished);
        QElapsedTimer clock;
        clock.start();
        page()->send();
        QTRY_VERIFY(page()->isBusy());
        QTRY_VERIFY(page()->response()->statusText().contains(QLatin1String("Waiting for the service")));
        activate(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        page()->grid(0)->setFocus();
        QTest::keyClick(page()->grid(0), Qt::Key_Escape);
        QVERIFY(!finished.isEmpty() || finished.wait(5000)); // cancelling may end the call at once
        QVERIFY(!finished.first().first().toBool());
        QVERIFY(clock.elapsed() < 8000); // it did not wait for the answer
        QVERIFY(!page()->isBusy());
        QVERIFY2(page()->response()->statusText().contains(QLatin1String("No response")), qPrintable(page()->response()->statusText()));
    }

    void historyReRunsACall()
    {
        // Two calls: the guide's row, then another text, both recorded.
        QVERIFY(sendAndWait(true));
        page()->inputModel(0)->editCells({{0, 0, QStringLiteral("rain again"), false}}, QStringLiteral("edit"));
        QVERIFY(sendAndWait(true));
        HistoryPanel *history = page()->history();
        QCOMPARE(history->model()->rowCount(), 2);
        // The oldest call was the guide's row to the sandbox with the right key.
        const QModelIndex oldest = history->model()->index(history->model()->rowCount() - 1);
        QVERIFY(oldest.data(HistoryListModel::SucceededRole).toBool());
        const qint64 oldestId = oldest.data(HistoryListModel::IdRole).toLongLong(); // the list changes with the re-run
        QSignalSpy finished(page(), &RrsPage::callFinished);
        page()->rerunHistoryEntry(oldestId);
        QVERIFY(finished.wait(20000));
        QVERIFY(finished.first().first().toBool());
        QCOMPARE(page()->response()->outputModel(0)->index(0, 1).data().toString(), QStringLiteral("1"));
        const int before = history->model()->rowCount();
        QCOMPARE(before, int(m_context->history()->search().size()));

        QCOMPARE(before, 3);
        // Opened beside the work; its inputs go into the grid when asked.
        page()->openHistoryEntry(oldestId);
        QCOMPARE(page()->inputModel(0)->index(0, 0).data().toString(), QStringLiteral("rain again"));
        page()->useHistoryInputs();
        QCOMPARE(page()->inputModel(0)->index(0, 0).data().toString(), QStringLiteral("This is a good day"));
    }
};

QTEST_MAIN(TestRrsPage)
#include "tst_rrspage.moc"
