#include "dialogs.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace ScoreDesk::App::Dialogs {

namespace {

QVariantList &testAnswers()
{
    static QVariantList answers;
    return answers;
}

QStringList &testErrors()
{
    static QStringList errors;
    return errors;
}

bool inTestMode()
{
    return !testAnswers().isEmpty();
}

} // namespace

void queueTestAnswers(const QVariantList &answers)
{
    testAnswers().append(answers);
    testErrors().clear();
}

int pendingTestAnswers()
{
    return int(testAnswers().size());
}

void clearTestAnswers()
{
    testAnswers().clear();
}

QStringList shownErrors()
{
    return testErrors();
}

bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &confirmLabel)
{
    if (inTestMode())
        return testAnswers().takeFirst().toBool();
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QPushButton *yes = box.addButton(confirmLabel, QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == yes;
}

void error(QWidget *parent, const QString &title, const QString &text)
{
    if (inTestMode()) {
        testErrors().append(text);
        testAnswers().takeFirst();
        return;
    }
    QMessageBox::warning(parent, title, text);
}

QString openFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    if (inTestMode())
        return testAnswers().takeFirst().toString();
    return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
}

QString saveFileName(QWidget *parent, const QString &caption, const QString &suggestedName, const QString &filter)
{
    if (inTestMode())
        return testAnswers().takeFirst().toString();
    return QFileDialog::getSaveFileName(parent, caption, suggestedName, filter);
}

} // namespace ScoreDesk::App::Dialogs
