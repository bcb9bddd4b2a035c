#include "rawbodyeditor.h"

#include "core/service/jsoncursor.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace ScoreDesk::App {

RawBodyEditor::RawBodyEditor(QWidget *parent)
    : QWidget(parent)
    , m_editor(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_format(new QPushButton(tr("&Format"), this))
{
    m_editor->setObjectName(QStringLiteral("rawBodyEditor"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setPlaceholderText(tr("The JSON body to send as it is, e.g. {\"data\": [[1, 2, 3]]}"));
    m_status->setObjectName(QStringLiteral("rawBodyStatus"));
    m_status->setWordWrap(true);
    m_format->setObjectName(QStringLiteral("formatBody"));
    m_format->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_format->setToolTip(tr("Indent the JSON (Ctrl+Shift+F)"));

    // Checking a large body on every key press would make typing lag: once typing pauses.
    m_checkLater.setSingleShot(true);
    m_checkLater.setInterval(250);
    connect(&m_checkLater, &QTimer::timeout, this, &RawBodyEditor::check);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        m_checkLater.start();
        Q_EMIT edited();
    });
    connect(m_format, &QPushButton::clicked, this, &RawBodyEditor::format);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_format);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_editor, 1);
    layout->addLayout(bottom);
    check();
}

QByteArray RawBodyEditor::body() const
{
    return m_editor->toPlainText().toUtf8();
}

void RawBodyEditor::setBody(const QByteArray &body)
{
    m_editor->setPlainText(QString::fromUtf8(body));
    check();
}

bool RawBodyEditor::isEmpty() const
{
    return m_editor->document()->isEmpty();
}

QString RawBodyEditor::problem() const
{
    const QByteArray text = body();
    if (text.trimmed().isEmpty())
        return tr("The body is empty.");
    JsonCursor json(text);
    if (json.skipValue() && json.atEnd())
        return QString();
    return tr("Not valid JSON at %1: %2").arg(json.where(json.errorOffset()), json.error());
}

bool RawBodyEditor::format()
{
    if (!problem().isEmpty()) {
        check();
        return false;
    }
    // Indented from the text, not through QJsonDocument, which would sort the keys ("data"
    // before "columns") and rewrite numbers.
    QByteArray out;
    const QByteArray text = body();
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (inString) {
            out.append(c);
            if (c == '\\' && i + 1 < text.size())
                out.append(text.at(++i));
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            out.append(c);
            break;
        case '{':
        case '[':
            out.append(c).append('\n').append(QByteArray(++depth * 2, ' '));
            break;
        case '}':
        case ']':
            out.append('\n').append(QByteArray(--depth * 2, ' ')).append(c);
            break;
        case ',':
            out.append(",\n").append(QByteArray(depth * 2, ' '));
            break;
        case ':':
            out.append(": ");
            break;
        case ' ':
        case '\t':
        case '\n':
        case '\r':
            break;
        default:
            out.append(c);
        }
    }
    // Empty containers read better on one line.
    static const QRegularExpression emptyContainer(QStringLiteral("([\\[{])\\n\\s*([\\]}])"));
    QString formatted = QString::fromUtf8(out);
    formatted.replace(emptyContainer, QStringLiteral("\\1\\2"));
    m_editor->setPlainText(formatted);
    return true;
}

void RawBodyEditor::check()
{
    const QString trouble = problem();
    m_status->setText(trouble.isEmpty() ? tr("Valid JSON, %n byte(s).", nullptr, int(body().size())) : trouble);
    m_format->setEnabled(trouble.isEmpty());
}

} // namespace ScoreDesk::App
