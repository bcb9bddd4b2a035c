#include "emptystatepage.h"

#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace ScoreDesk::App {

EmptyStatePage::EmptyStatePage(const QIcon &icon, const QString &title, const QString &guidance, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_guidance(new QLabel(guidance, this))
{
    auto *iconLabel = new QLabel(this);
    iconLabel->setPixmap(icon.pixmap(64, 64));
    iconLabel->setAlignment(Qt::AlignCenter);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);

    m_guidance->setWordWrap(true);
    m_guidance->setAlignment(Qt::AlignCenter);
    m_guidance->setMaximumWidth(480);
    m_guidance->setForegroundRole(QPalette::PlaceholderText);

    // Centred by stretches, not by an alignment flag: a word-wrapped label placed with an
    // alignment gets no height-for-width and is clipped to one line.
    auto *guidanceRow = new QHBoxLayout;
    guidanceRow->addStretch();
    guidanceRow->addWidget(m_guidance, 4);
    guidanceRow->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(iconLabel);
    layout->addSpacing(12);
    layout->addWidget(m_title);
    layout->addLayout(guidanceRow);
    layout->addStretch(3);
}

QString EmptyStatePage::title() const
{
    return m_title->text();
}

QString EmptyStatePage::guidance() const
{
    return m_guidance->text();
}

} // namespace ScoreDesk::App
