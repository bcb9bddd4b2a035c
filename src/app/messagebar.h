#pragma once

#include <QFrame>

class QLabel;

namespace ScoreDesk::App {

class RetryCountdown;

// The one place a page says how something went: a line (or a few) of text beside an icon that
// tells its kind, in the palette's own colours so that dark themes read as well as light ones.
// Hidden while there is nothing to say.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { None, Info, Success, Error, Waiting };
    Q_ENUM(Kind)

    explicit MessageBar(QWidget *parent = nullptr);

    void showInfo(const QString &text) { display(Kind::Info, text); }
    void showSuccess(const QString &text) { display(Kind::Success, text); }
    void showError(const QString &text) { display(Kind::Error, text); }
    // Counts a Retry-After down, second by second, until the next message replaces it.
    void showRetryCountdown(int delayMs, int status);
    void clear();

    Kind kind() const { return m_kind; }
    QString text() const;

private:
    void display(Kind kind, const QString &text);

    QLabel *m_icon;
    QLabel *m_text;
    RetryCountdown *m_countdown;
    Kind m_kind = Kind::None;
};

} // namespace ScoreDesk::App
