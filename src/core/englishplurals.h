#pragma once

class QCoreApplication;

namespace ScoreDesk {

// Installs ScoreDesk's English plural forms, so that "%n row(s)" reads "1 row" and "2 rows"
// (Qt's way: the source text is neutral, a catalogue holds the forms). The app, the CLI and the
// tests install it; a user's language, installed after it, takes precedence.
void installEnglishPlurals(QCoreApplication *application);

} // namespace ScoreDesk
