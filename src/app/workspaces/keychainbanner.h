#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace ScoreDesk::App {

// The strip shown above the workspaces when no keychain answers: says so, and offers to keep
// keys in memory for this session, which the user must choose explicitly.
class KeychainBanner : public QFrame
{
    Q_OBJECT
public:
    explicit KeychainBanner(QWidget *parent = nullptr);

    void showUnavailable(const QString &reason);
    void showSessionOnly();

Q_SIGNALS:
    void sessionOnlyRequested();

private:
    QLabel *m_text;
    QPushButton *m_sessionOnlyButton;
};

} // namespace ScoreDesk::App
