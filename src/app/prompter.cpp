#include "prompter.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace ScoreDesk::App {

bool DialogPrompter::confirm(QWidget *parent, const QString &title, const QString &text, const QString &confirmLabel)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QPushButton *yes = box.addButton(confirmLabel, QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == yes;
}

void DialogPrompter::error(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::warning(parent, title, text);
}

QString DialogPrompter::openFileName(QWidget *parent, const QString &caption, const QString &startPath, const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, caption, startPath, filter);
}

QString DialogPrompter::saveFileName(QWidget *parent, const QString &caption, const QString &suggestedPath, const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter);
}

QString DialogPrompter::existingFolder(QWidget *parent, const QString &caption, const QString &startPath)
{
    return QFileDialog::getExistingDirectory(parent, caption, startPath);
}

} // namespace ScoreDesk::App
