#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

// DESIGN.md: core never includes Widgets (nor the app, CLI or sandbox), so that all three and
// the tests can link it alone. The build would not catch a stray include on a machine that
// has Widgets installed, so this test reads the sources.
class TestCoreLayering : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void coreIncludesNoWidgetsOrUpperLayers()
    {
        static const QRegularExpression forbidden(
            QStringLiteral("^\\s*#\\s*include\\s*[<\"](QtWidgets|QWidget|QApplication|QMainWindow|QDialog|QMessageBox|"
                           "QAbstractButton|QLabel|QTableView|app/|cli/|sandbox/)[^>\"]*[>\"]"),
            QRegularExpression::MultilineOption);
        const QString coreDir = QStringLiteral(SCOREDESK_SOURCE_DIR "/src/core");
        QDirIterator it(coreDir, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
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

    void coreTargetDoesNotLinkWidgets()
    {
        QFile cmake(QStringLiteral(SCOREDESK_SOURCE_DIR "/src/core/CMakeLists.txt"));
        QVERIFY(cmake.open(QIODevice::ReadOnly));
        QVERIFY(!cmake.readAll().contains("Qt6::Widgets"));
    }
};

QTEST_APPLESS_MAIN(TestCoreLayering)
#include "tst_corelayering.moc"
