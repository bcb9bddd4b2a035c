#include "messagebar.h"

#include "retrycountdown.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace ScoreDesk::App {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_countdown(new RetryCountdown(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_icon->setAlignment(Qt::AlignTop);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    setAccessibleName(tr("Message"));
    connect(m_countdown, &RetryCountdown::textChanged, m_text, &QLabel::setText);
    hide();
}

QString MessageBar::text() const
{
    return m_kind == Kind::None ? QString() : m_text->text();
}

void MessageBar::display(Kind kind, const QString &text)
{
    m_countdown->stop();
    m_kind = text.isEmpty() ? Kind::None : kind;
    m_text->setText(text);
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    switch (m_kind) {
    case Kind::Error:
        icon = QStyle::SP_MessageBoxCritical;
        break;
    case Kind::Success:
        icon = QStyle::SP_DialogApplyButton;
        break;
    case Kind::Waiting:
        icon = QStyle::SP_BrowserReload;
        break;
    case Kind::Info:
    case Kind::None:
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(QSize(size, size), devicePixelRatioF()));
    setAccessibleDescription(text);
    setVisible(m_kind != Kind::None);
}

void MessageBar::showRetryCountdown(int delayMs, int status)
{
    display(Kind::Waiting, RetryCountdown::textFor(status, (delayMs + 999) / 1000));
    m_countdown->start(delayMs, status);
}

void MessageBar::clear()
{
    display(Kind::None, QString());
}

} // namespace ScoreDesk::App
