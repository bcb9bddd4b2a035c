#include "testdata.h"

#include "batch/joblistmodel.h"
#include "rrs/historylistmodel.h"
#include "rrs/inputtablemodel.h"
#include "rrs/jsontreemodel.h"
#include "rrs/resulttablemodel.h"
#include "workspaces/workspacelistmodel.h"

#include "core/workspace/memorysecretstore.h"
#include "core/workspace/workspacemanager.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QIcon>
#include <QBrush>
#include <QGuiApplication>
#include <QPalette>
#include <QTest>
#include <QUndoStack>

using namespace ScoreDesk;
using namespace ScoreDesk::App;

// Every model of the app under QAbstractItemModelTester, through the changes it goes through
// in use: the tester fails the test on any broken model contract.
class TestModels : public QObject
{
    Q_OBJECT

    static DataTable sample(int rows)
    {
        DataTable table;
        table.addColumn(QStringLiteral("name"), ColumnType::String);
        table.addColumn(QStringLiteral("score"), ColumnType::Double);
        for (int i = 0; i < rows; ++i)
            table.appendRow({QStringLiteral("row %1").arg(i), QString::number(i * 1.5)});
        return table;
    }

private Q_SLOTS:
    void inputTableModel()
    {
        QUndoStack undo;
        InputTableModel model(&undo);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reset(sample(5), {ColumnRules{true, {}}, ColumnRules{}});
        QVERIFY(model.setData(model.index(1, 1), QStringLiteral("not a number")));
        QVERIFY(!model.index(1, 1).data(InputTableModel::ProblemRole).toString().isEmpty());
        // The tint comes from the theme (its highlight), so it reads in a dark palette too.
        const QColor tint = model.index(1, 1).data(Qt::BackgroundRole).value<QBrush>().color();
        QCOMPARE(tint.rgb(), QGuiApplication::palette().color(QPalette::Highlight).rgb());
        QVERIFY(tint.alpha() < 255);
        model.insertRowsAt(2, 3);
        model.removeRowRange(0, 2);
        model.moveRowTo(0, 3);
        model.insertColumnAt(1, QStringLiteral("extra"));
        model.moveColumnTo(1, 2);
        model.removeColumnAt(2);
        model.pasteTsv(5, 0, QStringLiteral("a\t1\nb\t2\nc\t3\n"));
        QCOMPARE(model.rowCount(), 8);
        while (undo.canUndo())
            undo.undo();
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(1, 1).data().toString(), QStringLiteral("1.5"));
        while (undo.canRedo())
            undo.redo();
        QCOMPARE(model.rowCount(), 8);
        // The bad number went with the removed rows; three inserted rows have no (required) name.
        QCOMPARE(model.problems().size(), 3);
    }

    void resultTableModelSortsNumbersAsNumbers()
    {
        ResultTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTable(sample(12));
        const QString firstShown = model.index(0, 1).data().toString();
        const QPersistentModelIndex selected = model.index(0, 0);
        QSignalSpy sorted(&model, &ResultTableModel::sortFinished);
        model.sort(1, Qt::DescendingOrder);
        QVERIFY(model.isSorting());
        QCOMPARE(model.index(0, 1).data().toString(), firstShown); // nothing moves until the order is ready
        QVERIFY(sorted.wait(5000));
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("16.5")); // 16.5 > 9, unlike as text
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.index(row - 1, 1).data().toDouble() >= model.index(row, 1).data().toDouble());
        QCOMPARE(model.index(selected.row(), 1).data().toString(), firstShown); // a selection stays with its row
        // Sorting again the other way, and a new table while a sort runs: the old order never lands.
        model.sort(1, Qt::AscendingOrder);
        QVERIFY(sorted.wait(5000));
        QVERIFY(model.index(0, 1).data().toDouble() <= model.index(1, 1).data().toDouble());
        model.sort(1, Qt::DescendingOrder);
        model.setTable(DataTable());
        QVERIFY(!model.isSorting());
        QTest::qWait(200);
        QCOMPARE(sorted.count(), 2);
        QCOMPARE(model.rowCount(), 0);
    }

    void jsonTreeModel()
    {
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.setJson(classicSwaggerJson()));
        QVERIFY(model.rowCount() > 0);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("definitions")); // keys sorted, as QJsonObject does
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("{5 key(s)}"));
        // Walk everything: each child's parent is its parent.
        std::function<int(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            int count = 0;
            for (int row = 0; row < model.rowCount(parent); ++row) {
                const QModelIndex child = model.index(row, 0, parent);
                if (model.parent(child) != parent)
                    return -1000000;
                count += 1 + walk(child);
            }
            return count;
        };
        QVERIFY(walk(QModelIndex()) > 30);
        QVERIFY(!model.setJson("not json"));
        QCOMPARE(model.rowCount(), 0);
    }

    void historyListModel()
    {
        HistoryListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        HistoryEntry ok;
        ok.id = 1;
        ok.status = 200;
        ok.workspaceName = QStringLiteral("Prod");
        ok.startedAt = QDateTime::currentDateTime();
        HistoryEntry failed = ok;
        failed.id = 2;
        failed.status = 401;
        failed.error = QStringLiteral("HTTP 401");
        model.setEntries({failed, ok});
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(!model.index(0).data(HistoryListModel::SucceededRole).toBool());
        // A failure carries the warning sign and says so to a screen reader; no fixed colour.
        QVERIFY(!model.index(0).data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(!model.index(0).data(Qt::ForegroundRole).isValid());
        QCOMPARE(model.index(0).data(Qt::AccessibleDescriptionRole).toString(), QStringLiteral("Failed: HTTP 401"));
        QVERIFY(!model.index(1).data(Qt::DecorationRole).isValid());
        QVERIFY(model.index(1).data().toString().contains(QLatin1String("200  Prod")));
        model.setEntries({});
    }

    void jobListModel()
    {
        QTemporaryDir dir;
        JobStore store(dir.filePath(QStringLiteral("jobs.sqlite")));
        QString error;
        QVERIFY(store.open(&error));
        JobListModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        JobRecord record;
        record.jobId = QStringLiteral("a1");
        record.serviceUrl = QStringLiteral("http://127.0.0.1:1/workspaces/w/services/scorer");
        record.submittedAt = QDateTime::currentDateTimeUtc().addSecs(-90);
        store.save(record);
        model.refresh(QStringLiteral("a1"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, JobListModel::JobColumn).data().toString(), QStringLiteral("scorer · a1")); // no workspace: the service
        record.state = BesJobState::Running;
        record.startedAt = QDateTime::currentDateTimeUtc().addSecs(-65);
        store.save(record);
        model.refresh(QStringLiteral("a1"));
        QCOMPARE(model.index(0, JobListModel::StateColumn).data().toString(), QStringLiteral("Running"));
        QCOMPARE(model.index(0, JobListModel::ElapsedColumn).data().toString(), QStringLiteral("1:05"));
        QCOMPARE(model.index(0, JobListModel::StateColumn).data(JobListModel::StateRole).toInt(), int(BesJobState::Running));
        JobRecord other = record;
        other.jobId = QStringLiteral("b2");
        store.save(other);
        model.refresh(QStringLiteral("b2"));
        QCOMPARE(model.rowOf(QStringLiteral("b2")), 0); // newest first
        store.remove(QStringLiteral("a1"));
        model.refresh(QStringLiteral("a1"));
        QCOMPARE(model.rowCount(), 1);
        model.reload();
        QCOMPARE(model.rowCount(), 1);
    }

    void workspaceListModel()
    {
        QTemporaryDir dir;
        WorkspaceStore store(dir.filePath(QStringLiteral("w.json")));
        MemorySecretStore secrets;
        WorkspaceManager manager(&store, &secrets);
        WorkspaceListModel model(&manager);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (const QString &name : {QStringLiteral("A"), QStringLiteral("B")}) {
            Workspace workspace;
            workspace.name = name;
            workspace.apiLocation = QStringLiteral("https://h/workspaces/w/services/") + name;
            bool done = false;
            manager.save(workspace, {{SecretKind::ApiKey, QStringLiteral("k")}}, &manager, [&](const WorkspaceOutcome &) { done = true; });
            QTRY_VERIFY(done);
        }
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1).data(WorkspaceListModel::ApiLocationRole).toString(), QStringLiteral("https://h/workspaces/w/services/B"));
        QCOMPARE(model.indexOf(store.workspaces().first().id).row(), 0);
        bool removed = false;
        manager.remove(store.workspaces().first().id, &manager, [&](const WorkspaceOutcome &) { removed = true; });
        QTRY_VERIFY(removed);
        QCOMPARE(model.rowCount(), 1);
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
