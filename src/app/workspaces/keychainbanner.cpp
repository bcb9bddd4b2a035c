#include "keychainbanner.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>

namespace ScoreDesk::App {

KeychainBanner::KeychainBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_sessionOnlyButton(new QPushButton(tr("Keep keys for this session only"), this))
{
    setObjectName(QStringLiteral("keychainBanner"));
    setFrameShape(QFrame::StyledPanel);
    // Set apart by its frame, background role and icon, in the palette's own colours.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/warning.svg")).pixmap(20, 20));
    m_text->setObjectName(QStringLiteral("keychainBannerText"));
    m_text->setWordWrap(true);
    m_sessionOnlyButton->setObjectName(QStringLiteral("sessionOnlyButton"));

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_sessionOnlyButton, 0, Qt::AlignVCenter);
    connect(m_sessionOnlyButton, &QPushButton::clicked, this, &KeychainBanner::sessionOnlyRequested);
    hide();
}

void KeychainBanner::showUnavailable(const QString &reason)
{
    m_text->setText(tr("<b>No system keychain is available.</b> ScoreDesk keeps keys only in the keychain and never "
                       "writes them to a file, so it cannot save keys now.<br><small>%1</small>")
                        .arg(reason.toHtmlEscaped()));
    m_sessionOnlyButton->show();
    show();
}

void KeychainBanner::showSessionOnly()
{
    m_text->setText(tr("<b>Keys are kept for this session only.</b> They stay in memory and are forgotten when "
                       "ScoreDesk quits; workspace definitions are still saved."));
    m_sessionOnlyButton->hide();
    show();
}

} // namespace ScoreDesk::App
