#include "uilanguage.h"

#include "core/englishplurals.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace ScoreDesk::App {

namespace {
const QString SettingsKey = QStringLiteral("ui/language");
QString g_installed = QStringLiteral("en");
} // namespace

QList<UiLanguage> uiLanguages()
{
    return {
        {QString(), QCoreApplication::translate("UiLanguage", "System Language")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("tr"), QStringLiteral("Türkçe")},
    };
}

QString chosenUiLanguage()
{
    const QString code = QSettings().value(SettingsKey).toString();
    for (const UiLanguage &language : uiLanguages()) {
        if (language.code == code)
            return code;
    }
    return QString(); // an unknown code (a newer version's language) falls back to the system's
}

void chooseUiLanguage(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(SettingsKey);
    else
        settings.setValue(SettingsKey, code);
}

QString effectiveUiLanguage()
{
    const QString chosen = chosenUiLanguage();
    if (!chosen.isEmpty())
        return chosen;
    return QLocale().language() == QLocale::Turkish ? QStringLiteral("tr") : QStringLiteral("en");
}

void installUiTranslators(QCoreApplication *app)
{
    installEnglishPlurals(app);
    const QString language = effectiveUiLanguage();
    if (language == QLatin1String("en"))
        return;
    // Qt's own words (dialog buttons, the context menus of text fields) in the same language.
    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(app);
    if (translator->load(QStringLiteral(":/i18n/scoredesk_") + language + QStringLiteral(".qm"))) {
        QCoreApplication::installTranslator(translator);
        g_installed = language;
    }
}

QString installedUiLanguage()
{
    return g_installed;
}

} // namespace ScoreDesk::App
