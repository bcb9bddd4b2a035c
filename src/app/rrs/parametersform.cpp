#include "parametersform.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace ScoreDesk::App {

namespace {

QString editorText(QWidget *editor)
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        return combo->currentText();
    return static_cast<QLineEdit *>(editor)->text().trimmed();
}

QString defaultText(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toString();
}

} // namespace

ParametersForm::ParametersForm(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QFormLayout(this))
    , m_empty(new QLabel(tr("This service has no global parameters."), this))
{
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_layout->addRow(m_empty);
}

void ParametersForm::setParameters(const QList<SchemaParameter> &parameters)
{
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    m_editors.clear();
    m_warnings.clear();
    m_empty = nullptr;
    m_parameters = parameters;
    if (parameters.isEmpty()) {
        m_empty = new QLabel(tr("This service has no global parameters."), this);
        m_empty->setForegroundRole(QPalette::PlaceholderText);
        m_layout->addRow(m_empty);
        return;
    }
    for (const SchemaParameter &parameter : parameters) {
        QWidget *editor = nullptr;
        if (!parameter.enumValues.isEmpty()) {
            auto *combo = new QComboBox(this);
            combo->addItems(parameter.enumValues);
            combo->setCurrentText(defaultText(parameter.defaultValue));
            connect(combo, QOverload<int>::of(&QComboBox::activated), this, &ParametersForm::valuesChanged);
            m_warnings.append(nullptr); // a list offers only allowed values
            editor = combo;
        } else {
            auto *line = new QLineEdit(defaultText(parameter.defaultValue), this);
            if (parameter.type == ColumnType::Integer)
                line->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("-?\\d*")), line));
            QString hint = columnTypeName(parameter.type).toLower();
            if (parameter.minimum && parameter.maximum)
                hint += tr(", %1 to %2").arg(*parameter.minimum).arg(*parameter.maximum);
            line->setPlaceholderText(hint);
            // Checked as typed, the problem shown at the field: its type and range in words.
            QAction *warning = line->addAction(QIcon(QStringLiteral(":/icons/warning.svg")), QLineEdit::TrailingPosition);
            warning->setVisible(false);
            m_warnings.append(warning);
            const int index = int(m_editors.size());
            connect(line, &QLineEdit::textChanged, this, [this, index] { checkField(index); });
            connect(line, &QLineEdit::textEdited, this, &ParametersForm::valuesChanged);
            editor = line;
        }
        editor->setObjectName(QStringLiteral("parameter:") + parameter.name);
        editor->setToolTip(parameter.description);
        m_editors.append(editor);
        m_layout->addRow(parameter.name + QLatin1Char(':'), editor);
        checkField(int(m_editors.size()) - 1);
    }
}

void ParametersForm::checkField(int index)
{
    QAction *warning = index < m_warnings.size() ? m_warnings.at(index) : nullptr;
    if (!warning)
        return;
    const QString problem = m_parameters.at(index).check(editorText(m_editors.at(index)));
    warning->setVisible(!problem.isEmpty());
    warning->setToolTip(problem);
    m_editors.at(index)->setToolTip(problem.isEmpty() ? m_parameters.at(index).description : problem);
    m_editors.at(index)->setAccessibleDescription(problem);
}

QJsonObject ParametersForm::values() const
{
    QJsonObject values;
    for (int i = 0; i < m_parameters.size(); ++i) {
        const QString text = editorText(m_editors.at(i));
        if (!text.isEmpty())
            values.insert(m_parameters.at(i).name, text);
    }
    return values;
}

void ParametersForm::setValues(const QJsonObject &values)
{
    for (int i = 0; i < m_parameters.size(); ++i) {
        const QJsonValue value = values.value(m_parameters.at(i).name);
        if (value.isUndefined())
            continue;
        if (auto *combo = qobject_cast<QComboBox *>(m_editors.at(i)))
            combo->setCurrentText(defaultText(value));
        else
            static_cast<QLineEdit *>(m_editors.at(i))->setText(defaultText(value));
    }
}

QStringList ParametersForm::problems() const
{
    QStringList found;
    for (int i = 0; i < m_parameters.size(); ++i) {
        const QString problem = m_parameters.at(i).check(editorText(m_editors.at(i)));
        if (!problem.isEmpty())
            found.append(problem);
    }
    return found;
}

} // namespace ScoreDesk::App
