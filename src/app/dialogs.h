#pragma once

#include <QString>
#include <QVariant>

class QWidget;

namespace ScoreDesk::App::Dialogs {

// Every question the app asks with a modal dialog goes through here, so that GUI tests can
// answer in advance (KeePassXC's pre-answered message boxes): while test answers are queued,
// no dialog is shown and the next answer is taken instead.
bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &confirmLabel);
void error(QWidget *parent, const QString &title, const QString &text);
QString openFileName(QWidget *parent, const QString &caption, const QString &filter);
QString saveFileName(QWidget *parent, const QString &caption, const QString &suggestedName, const QString &filter);

// Test seam: answers for the next calls, in order (bool for confirm, QString for files;
// error() takes and records nothing but the call).
void queueTestAnswers(const QVariantList &answers);
int pendingTestAnswers();
void clearTestAnswers();
QStringList shownErrors(); // texts passed to error() while test answers were active

} // namespace ScoreDesk::App::Dialogs
