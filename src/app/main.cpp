#include "appcontext.h"
#include "mainwindow.h"

#include "core/englishplurals.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ScoreDesk"));
    QApplication::setOrganizationName(QStringLiteral("ScoreDesk"));
    QApplication::setApplicationVersion(QStringLiteral(SCOREDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("scoredesk"));

    ScoreDesk::installEnglishPlurals(&app); // first: the user's language, below, takes precedence
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (QLocale().language() != QLocale::English && translator.load(QLocale(), QStringLiteral("scoredesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    ScoreDesk::App::AppContext context(ScoreDesk::App::AppFiles::standard(), nullptr);
    ScoreDesk::App::MainWindow window(&context);
    window.show();
    return app.exec();
}
