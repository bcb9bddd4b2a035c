#include "guihelpers.h"
#include "sandboxprocess.h"

#include "appcontext.h"
#include "batch/batchpage.h"
#include "mainwindow.h"
#include "rrs/inputgridview.h"
#include "rrs/inputtablemodel.h"
#include "rrs/rrspage.h"
#include "workspaces/workspacedialog.h"

#include "core/workspace/memorysecretstore.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QLabel>
#include <QRegularExpression>
#include <QToolButton>
#include <QAbstractScrollArea>
#include <QAccessible>
#include <QApplication>
#include <QListWidget>
#include <QMenuBar>
#include <QPalette>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace ScoreDesk;
using namespace ScoreDesk::App;
using Page = MainWindow::Page;

// How the app looks and reads beyond its words: every control named for a screen reader, the
// theme's colours only (a dark palette makes no white islands), icons sharp at any scale, and
// the Turkish translation on screen. Screenshots go to SCOREDESK_SCREENSHOT_DIR when it is set;
// ctest runs this once more with QT_SCALE_FACTOR=2.
class TestLook : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    MemorySecretStore m_secrets;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    QPalette m_lightPalette;

    static QString scaleSuffix()
    {
        const QByteArray scale = qgetenv("QT_SCALE_FACTOR");
        return scale.isEmpty() || scale == "1" ? QString() : QStringLiteral("@") + QString::fromLatin1(scale) + QStringLiteral("x");
    }

    void screenshot(const QString &name)
    {
        const QString out = qEnvironmentVariable("SCOREDESK_SCREENSHOT_DIR");
        if (!out.isEmpty())
            m_window->grab().save(QStringLiteral("%1/%2%3.png").arg(out, name, scaleSuffix()));
    }

    void openWindow()
    {
        m_window = std::make_unique<MainWindow>(m_context.get());
        m_window->resize(1100, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    // A sent grid, then a new row whose required cell is still empty: the page mid-work.
    void fillRequestPage()
    {
        m_window->showPage(Page::RequestResponse);
        QSignalSpy described(m_window->rrsPage(), &RrsPage::schemaLoaded);
        m_window->rrsPage()->reloadDescription();
        QVERIFY(described.count() > 0 || described.wait(15000));
        QSignalSpy finished(m_window->rrsPage(), &RrsPage::callFinished);
        m_window->rrsPage()->send();
        QVERIFY(finished.wait(30000));
        InputTableModel *model = m_window->rrsPage()->inputModel(0);
        model->insertRowsAt(1, 1);
        model->setData(model->index(1, 0), QString()); // a required cell left empty: tinted
        QApplication::processEvents();
    }

    static QStringList mnemonicClashes(QWidget *window)
    {
        QMap<QChar, QStringList> byKey;
        const auto note = [&](const QString &text) {
            static const QRegularExpression mnemonic(QStringLiteral("&([^&])"));
            const QRegularExpressionMatch match = mnemonic.match(QString(text).replace(QStringLiteral("&&"), QString()));
            if (match.hasMatch())
                byKey[match.captured(1).at(0).toLower()].append(text);
        };
        for (QLabel *label : window->findChildren<QLabel *>()) {
            if (label->buddy())
                note(label->text());
        }
        for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
            if (!qobject_cast<QToolButton *>(button)) // tool buttons show their action's text without one
                note(button->text());
        }
        QStringList clashes;
        for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
            if (it.value().size() > 1)
                clashes.append(QStringLiteral("Alt+%1: %2").arg(it.key(), it.value().join(QStringLiteral(", "))));
        }
        return clashes;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_sandbox.start(&error), qPrintable(error));
        m_context = std::make_unique<AppContext>(AppFiles::in(m_dir.path()), &m_secrets);
        Workspace workspace;
        workspace.name = QStringLiteral("Sandbox");
        workspace.apiLocation = m_sandbox.url().toString();
        bool saved = false;
        m_context->workspaces()->save(workspace, {{SecretKind::ApiKey, m_sandbox.apiKey()}}, this, [&](const WorkspaceOutcome &outcome) { saved = outcome.ok(); });
        QVERIFY(QTest::qWaitFor([&] { return saved; }, 5000));
        m_lightPalette = QApplication::palette();
    }

    // Every control that takes the focus has a name a screen reader can say: its text, its
    // label (buddy), or an accessible name given in the code.
    void everyControlHasAnAccessibleName()
    {
        openWindow();
        fillRequestPage();
        QStringList unnamed;
        for (const Page page : {Page::Workspaces, Page::RequestResponse, Page::BatchJobs, Page::Usage}) {
            m_window->showPage(page);
            QApplication::processEvents();
            const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
            for (QWidget *widget : widgets) {
                if (!widget->isVisibleTo(m_window.get()) || widget->focusPolicy() == Qt::NoFocus || widget->objectName().startsWith(QLatin1String("qt_")))
                    continue;
                if (qobject_cast<QAbstractItemView *>(widget->parentWidget()) != nullptr)
                    continue; // an item view's own editors and viewport
                if (auto *area = qobject_cast<QAbstractScrollArea *>(widget->parentWidget()); area && area->viewport() == widget)
                    continue; // a scroll area's viewport: the area itself is named
                QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
                if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
                    unnamed.append(QStringLiteral("%1 %2 in %3 (page %4)")
                                       .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
                                            QString::fromLatin1(widget->parentWidget()->metaObject()->className()))
                                       .arg(int(page)));
            }
        }
        unnamed.removeDuplicates();
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("\n"))));
        m_window.reset();
    }

    // Within one window no two labels or buttons answer the same Alt+letter, in either language:
    // a clash sends the keyboard user to the wrong field (tst_keyboard found three).
    void mnemonicsAreUnique()
    {
        QTranslator turkish;
        QVERIFY(turkish.load(QStringLiteral(":/i18n/scoredesk_tr.qm")));
        for (const bool inTurkish : {false, true}) {
            if (inTurkish)
                QApplication::installTranslator(&turkish);
            openWindow();
            m_window->showPage(Page::BatchJobs);
            QStringList clashes = mnemonicClashes(m_window->batchPage()) + mnemonicClashes(m_window->rrsPage());
            {
                WorkspaceDialog dialog(m_context->workspaces(), nullptr);
                clashes += mnemonicClashes(&dialog);
            }
            QVERIFY2(clashes.isEmpty(), qPrintable((inTurkish ? QStringLiteral("Turkish: ") : QString()) + clashes.join(QStringLiteral("; "))));
            m_window.reset();
            QApplication::removeTranslator(&turkish);
        }
    }

    // The navigation icons are vectors: at twice the pixels they are drawn anew, not blown up.
    void iconsAreSharpWhenScaled()
    {
        openWindow();
        auto *navigation = m_window->findChild<QListWidget *>(QStringLiteral("navigationList"));
        QVERIFY(navigation);
        for (int i = 0; i < navigation->count(); ++i) {
            const QPixmap pixmap = navigation->item(i)->icon().pixmap(QSize(24, 24), 2.0);
            QCOMPARE(pixmap.width(), 48);
        }
        screenshot(QStringLiteral("look-workspaces"));
        m_window->showPage(Page::RequestResponse);
        QTest::qWait(100);
        screenshot(QStringLiteral("look-request-response"));
        m_window.reset();
    }

    // With a dark palette nothing stays light: no colour of the app's own is fixed.
    void darkPaletteLeavesNoLightIslands()
    {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
        QApplication::setPalette(dark);
        openWindow();
        fillRequestPage();
        for (const auto &[page, name] : {std::pair{Page::Workspaces, QStringLiteral("dark-workspaces")}, std::pair{Page::RequestResponse, QStringLiteral("dark-request-response")},
                                         std::pair{Page::BatchJobs, QStringLiteral("dark-batch-jobs")}, std::pair{Page::Usage, QStringLiteral("dark-usage")}}) {
            m_window->showPage(page);
            QTest::qWait(150);
            const QImage image = m_window->grab().toImage();
            qsizetype light = 0;
            for (int y = 0; y < image.height(); y += 2) {
                for (int x = 0; x < image.width(); x += 2) {
                    if (QColor(image.pixel(x, y)).lightness() > 200)
                        ++light;
                }
            }
            const double share = double(light) / ((image.width() / 2) * (image.height() / 2));
            QVERIFY2(share < 0.03, qPrintable(QStringLiteral("%1: %2% of the window is light").arg(name).arg(share * 100, 0, 'f', 1)));
            screenshot(name);
        }
        m_window.reset();
        QApplication::setPalette(m_lightPalette);
    }

    // The Turkish translation compiled into the app, on screen.
    void turkish()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/scoredesk_tr.qm")));
        QApplication::installTranslator(&translator);
        openWindow();
        auto *navigation = m_window->findChild<QListWidget *>(QStringLiteral("navigationList"));
        QCOMPARE(navigation->item(0)->text(), QStringLiteral("Çalışma Alanları"));
        QCOMPARE(navigation->item(1)->text(), QStringLiteral("İstek / Yanıt"));
        QCOMPARE(m_window->menuBar()->actions().first()->text(), QStringLiteral("&Dosya"));
        fillRequestPage();
        QTest::qWait(100);
        screenshot(QStringLiteral("turkish-request-response"));
        m_window->showPage(Page::BatchJobs);
        QTest::qWait(100);
        screenshot(QStringLiteral("turkish-batch-jobs"));
        m_window.reset();
        QApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(TestLook)
#include "tst_look.moc"
