#pragma once

#include "core/http/httpmessage.h"

#include <QDialog>

class QCheckBox;
class QTabWidget;

namespace ScoreDesk::App {

// The current request as curl, Python, C# and R code. Keys appear as environment variables
// unless "Reveal keys" is ticked, and untick again as soon as the dialog closes.
class SnippetsDialog : public QDialog
{
    Q_OBJECT
public:
    SnippetsDialog(const HttpRequest &request, QWidget *parent = nullptr);

    QString code(int language) const;

private:
    void regenerate();

    HttpRequest m_request;
    QTabWidget *m_tabs;
    QCheckBox *m_reveal;
};

} // namespace ScoreDesk::App
