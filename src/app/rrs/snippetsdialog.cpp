#include "snippetsdialog.h"

#include "core/snippets/snippetgenerator.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ScoreDesk::App {

SnippetsDialog::SnippetsDialog(const HttpRequest &request, QWidget *parent)
    : QDialog(parent)
    , m_request(request)
    , m_tabs(new QTabWidget(this))
    , m_reveal(new QCheckBox(tr("Reveal keys in the code (they are read from environment variables otherwise)"), this))
{
    setWindowTitle(tr("Code for This Request"));
    resize(760, 520);
    for (int language = 0; language < int(SnippetLanguage::Count); ++language) {
        auto *editor = new QPlainTextEdit(this);
        editor->setReadOnly(true);
        editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        editor->setLineWrapMode(QPlainTextEdit::NoWrap);
        m_tabs->addTab(editor, snippetLanguageName(SnippetLanguage(language)));
    }
    m_reveal->setObjectName(QStringLiteral("revealKeys"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(code(m_tabs->currentIndex())); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reveal, &QCheckBox::toggled, this, &SnippetsDialog::regenerate);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_reveal);
    layout->addWidget(buttons);
    regenerate();
}

void SnippetsDialog::regenerate()
{
    for (int language = 0; language < m_tabs->count(); ++language)
        static_cast<QPlainTextEdit *>(m_tabs->widget(language))->setPlainText(SnippetGenerator::generate(SnippetLanguage(language), m_request, m_reveal->isChecked()));
}

QString SnippetsDialog::code(int language) const
{
    auto *editor = qobject_cast<QPlainTextEdit *>(m_tabs->widget(language));
    return editor ? editor->toPlainText() : QString();
}

} // namespace ScoreDesk::App
