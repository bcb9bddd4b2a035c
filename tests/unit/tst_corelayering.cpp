#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

// DESIGN.md: core never includes Widgets (nor the app, CLI or sandbox), so that all three and
// the tests can link it alone; and inside core, dependencies point one way:
//     errors, table → http → {storage, service} → {workspace, history, snippets} → jobs
// so that transport and storage never depend on the ML protocol. The build would not catch a
// stray include, so this test reads the sources.
class TestCoreLayering : public QObject
{
    Q_OBJECT

    static QString coreDir() { return QStringLiteral(SCOREDESK_SOURCE_DIR "/src/core"); }

    // The folders each core folder may include; files at core's top (logging, savefile, the
    // SQLite helper) are for everyone.
    static QHash<QString, QSet<QString>> allowedFolders()
    {
        const QSet<QString> errors{QStringLiteral("errors")};
        const QSet<QString> http = errors + QSet<QString>{QStringLiteral("http")};
        const QSet<QString> service = http + QSet<QString>{QStringLiteral("table"), QStringLiteral("service")};
        return {
            {QStringLiteral("errors"), errors},
            {QStringLiteral("table"), {QStringLiteral("table")}},
            {QStringLiteral("http"), http},
            {QStringLiteral("storage"), http + QSet<QString>{QStringLiteral("storage")}},
            {QStringLiteral("service"), service},
            {QStringLiteral("workspace"), service + QSet<QString>{QStringLiteral("workspace")}},
            {QStringLiteral("history"), http + QSet<QString>{QStringLiteral("history")}},
            {QStringLiteral("snippets"), http + QSet<QString>{QStringLiteral("snippets")}},
            {QStringLiteral("jobs"), service + QSet<QString>{QStringLiteral("storage"), QStringLiteral("workspace"), QStringLiteral("jobs")}},
            // Reports over what the stores keep: calls and jobs.
            {QStringLiteral("usage"), service + QSet<QString>{QStringLiteral("storage"), QStringLiteral("workspace"), QStringLiteral("jobs"), QStringLiteral("history"), QStringLiteral("usage")}},
        };
    }

    // The core folder an include names, as seen from a file in `folder`; empty for a file at
    // core's top or anything outside core.
    static QString includedFolder(const QString &folder, const QString &include)
    {
        if (include.startsWith(QLatin1String("core/")))
            return include.count(QLatin1Char('/')) >= 2 ? include.section(QLatin1Char('/'), 1, 1) : QString();
        if (include.startsWith(QLatin1String("../")))
            return include.count(QLatin1Char('/')) >= 2 ? include.section(QLatin1Char('/'), 1, 1) : QString();
        if (!include.contains(QLatin1Char('/')))
            return folder; // beside the file
        return QStringLiteral("?") + include;
    }

private Q_SLOTS:
    void coreIncludesNoWidgetsOrUpperLayers()
    {
        static const QRegularExpression forbidden(
            QStringLiteral("^\\s*#\\s*include\\s*[<\"](QtWidgets|QWidget|QApplication|QMainWindow|QDialog|QMessageBox|"
                           "QAbstractButton|QLabel|QTableView|app/|cli/|sandbox/)[^>\"]*[>\"]"),
            QRegularExpression::MultilineOption);
        QDirIterator it(coreDir(), {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            const QRegularExpressionMatch match = forbidden.match(text);
            QVERIFY2(!match.hasMatch(), qPrintable(path + QStringLiteral(": ") + match.captured(0)));
            ++files;
        }
        QVERIFY(files > 10);
    }

    void eachFolderIncludesOnlyTheFoldersBelowIt()
    {
        static const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s*\"([^\"]+)\""), QRegularExpression::MultilineOption);
        const QHash<QString, QSet<QString>> allowed = allowedFolders();
        QDirIterator it(coreDir(), {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
        QSet<QString> seenFolders;
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = QDir(coreDir()).relativeFilePath(path);
            if (!relative.contains(QLatin1Char('/')))
                continue; // core's top: logging, savefile, the SQLite helper
            const QString folder = relative.section(QLatin1Char('/'), 0, 0);
            QVERIFY2(allowed.contains(folder), qPrintable(QStringLiteral("%1: a new core folder needs its place in the layering").arg(relative)));
            seenFolders.insert(folder);
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            for (auto match = include.globalMatch(text); match.hasNext();) {
                const QString included = match.next().captured(1);
                if (included.startsWith(QLatin1String("ui_")) || included.endsWith(QLatin1String(".moc")))
                    continue;
                const QString target = includedFolder(folder, included);
                if (target.isEmpty())
                    continue;
                QVERIFY2(allowed.value(folder).contains(target),
                         qPrintable(QStringLiteral("%1 includes %2: %3/ may not depend on %4/").arg(relative, included, folder, target)));
            }
        }
        QCOMPARE(seenFolders.size(), allowed.size());
    }

    // The check above must catch what it is for: http/ or storage/ reaching up to service/.
    void theCheckCatchesAnUpwardInclude()
    {
        const QHash<QString, QSet<QString>> allowed = allowedFolders();
        QVERIFY(!allowed.value(QStringLiteral("http")).contains(includedFolder(QStringLiteral("http"), QStringLiteral("../service/serviceerror.h"))));
        QVERIFY(!allowed.value(QStringLiteral("storage")).contains(includedFolder(QStringLiteral("storage"), QStringLiteral("../service/bescodec.h"))));
        QVERIFY(!allowed.value(QStringLiteral("storage")).contains(includedFolder(QStringLiteral("storage"), QStringLiteral("core/service/rrscall.h"))));
        QVERIFY(allowed.value(QStringLiteral("jobs")).contains(includedFolder(QStringLiteral("jobs"), QStringLiteral("../service/bescalls.h"))));
    }

    void coreTargetDoesNotLinkWidgets()
    {
        QFile cmake(QStringLiteral(SCOREDESK_SOURCE_DIR "/src/core/CMakeLists.txt"));
        QVERIFY(cmake.open(QIODevice::ReadOnly));
        QVERIFY(!cmake.readAll().contains("Qt6::Widgets"));
    }
};

QTEST_APPLESS_MAIN(TestCoreLayering)
#include "tst_corelayering.moc"
