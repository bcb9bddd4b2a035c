#include "core/workspace/workdraft.h"
#include "core/workspace/workspacefiles.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ScoreDesk;

// Unsent work as it is kept per workspace: the grid's text exactly as typed, its column types,
// the parameters and the raw body; and the folder that keeps it.
class TestWorkDraft : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripKeepsTextTypesAndNulls()
    {
        DataTable table({QStringLiteral("Amount"), QStringLiteral("Text")});
        table.setColumnType(0, ColumnType::Double);
        table.appendRow({QStringLiteral("1.50"), QStringLiteral("café, \"quoted\"")});
        table.appendRow({QStringLiteral("007"), QString()}, {false, true});
        WorkDraft draft;
        draft.inputs = {{QStringLiteral("input1"), table}};
        draft.parameters = {{QStringLiteral("Hashing bitsize"), QStringLiteral("5")}};
        draft.rawBody = QStringLiteral("{\"Inputs\": {}}");
        draft.rawMode = true;

        WorkDraft back;
        QString error;
        QVERIFY2(decodeWorkDraft(encodeWorkDraft(draft), &back, &error), qPrintable(error));
        QCOMPARE(back.inputs.size(), 1);
        const DataTable &restored = back.inputs.first().table;
        QCOMPARE(restored.columnNames(), table.columnNames());
        QCOMPARE(restored.column(0).type, ColumnType::Double);
        QCOMPARE(restored.column(1).type, ColumnType::String);
        QCOMPARE(restored.cell(0, 0), QStringLiteral("1.50")); // not 1.5: kept as typed
        QCOMPARE(restored.cell(1, 0), QStringLiteral("007"));
        QCOMPARE(restored.cell(0, 1), QStringLiteral("café, \"quoted\""));
        QVERIFY(restored.isNull(1, 1));
        QCOMPARE(back.parameters, draft.parameters);
        QCOMPARE(back.rawBody, draft.rawBody);
        QVERIFY(back.rawMode);
    }

    void brokenFilesAreRefused()
    {
        WorkDraft draft;
        QString error;
        QVERIFY(!decodeWorkDraft("{\"request\": {\"Inputs\": ", &draft, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!decodeWorkDraft("<html>", &draft, &error));
    }

    void filesArePerWorkspaceAndGoWithIt()
    {
        QTemporaryDir dir;
        const WorkspaceFiles files(dir.filePath(QStringLiteral("kept")));
        const QUuid kept = QUuid::createUuid();
        const QUuid removed = QUuid::createUuid();
        QString error;
        QVERIFY2(files.write(kept, QStringLiteral("draft"), "one", &error), qPrintable(error));
        QVERIFY(files.write(removed, QStringLiteral("draft"), "two", &error));
        QCOMPARE(files.read(kept, QStringLiteral("draft")), QByteArray("one"));
        QVERIFY(files.read(kept, QStringLiteral("other")).isEmpty());
        QVERIFY(!files.write(QUuid(), QStringLiteral("draft"), "x", &error));
        files.removeAllBut([&](const QUuid &id) { return id == kept; });
        QVERIFY(files.contains(kept, QStringLiteral("draft")));
        QVERIFY(!files.contains(removed, QStringLiteral("draft")));
    }
};

QTEST_GUILESS_MAIN(TestWorkDraft)
#include "tst_workdraft.moc"
