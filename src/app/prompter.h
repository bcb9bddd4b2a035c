#pragma once

#include <QString>

class QWidget;

namespace ScoreDesk::App {

// Every question the app asks in a modal dialog goes through the Prompter that the AppContext
// holds: the real one shows dialogs, a GUI test puts in one that answers from its script
// (KeePassXC's way). Nothing static, no test hooks in the production code.
class Prompter
{
public:
    virtual ~Prompter() = default;

    // True when the user chose confirmLabel (a destructive choice; Cancel is the default).
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &confirmLabel) = 0;
    virtual void error(QWidget *parent, const QString &title, const QString &text) = 0;
    // Empty when the user cancels. startPath is a folder or a suggested file name in one.
    virtual QString openFileName(QWidget *parent, const QString &caption, const QString &startPath, const QString &filter) = 0;
    virtual QString saveFileName(QWidget *parent, const QString &caption, const QString &suggestedPath, const QString &filter) = 0;
    virtual QString existingFolder(QWidget *parent, const QString &caption, const QString &startPath) = 0;
};

// The real dialogs.
class DialogPrompter : public Prompter
{
public:
    bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &confirmLabel) override;
    void error(QWidget *parent, const QString &title, const QString &text) override;
    QString openFileName(QWidget *parent, const QString &caption, const QString &startPath, const QString &filter) override;
    QString saveFileName(QWidget *parent, const QString &caption, const QString &suggestedPath, const QString &filter) override;
    QString existingFolder(QWidget *parent, const QString &caption, const QString &startPath) override;
};

} // namespace ScoreDesk::App
