#pragma once

#include <QWidget>

class QLabel;

namespace ScoreDesk::App {

// A page's resting state: an icon, a headline and a line of guidance. Each page shows it
// until it has something of its own to show.
class EmptyStatePage : public QWidget
{
    Q_OBJECT
public:
    EmptyStatePage(const QIcon &icon, const QString &title, const QString &guidance, QWidget *parent = nullptr);

    QString title() const;
    QString guidance() const;

private:
    QLabel *m_title;
    QLabel *m_guidance;
};

} // namespace ScoreDesk::App
