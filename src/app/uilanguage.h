#pragma once

#include <QList>
#include <QString>

class QCoreApplication;

namespace ScoreDesk::App {

// A language the app's windows speak. The CLI and the sandbox stay English.
struct UiLanguage
{
    QString code; // "" follows the system's language
    QString name; // in its own language, as a user looking for it reads it
};

QList<UiLanguage> uiLanguages();

// The user's choice (View ▸ Language), kept in the settings; "" when none was made.
QString chosenUiLanguage();
void chooseUiLanguage(const QString &code);

// The language the windows speak now: the choice, or the system's when it is one of ours.
QString effectiveUiLanguage();

// Installs the translators for effectiveUiLanguage() on the application, English plural forms
// first so that the chosen language takes precedence. Call once, before any window exists:
// a change of choice takes effect at the next start.
void installUiTranslators(QCoreApplication *app);
// The language installUiTranslators() installed ("en" before it is called).
QString installedUiLanguage();

} // namespace ScoreDesk::App
